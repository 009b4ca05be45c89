import type { ReactiveController } from 'lit';
import type { LayoutController } from '../../controllers/layout';
import type { ReaderActions } from '../../controllers/reader-actions';
import type { StoryController } from '../../controllers/story';
import type { Selection } from '../../data/selection';
import type { DisplayMode } from '../../types';

export interface EscapeKeyHost extends HTMLElement {
  mode: DisplayMode;
  selection: Selection | null;
  addController(controller: ReactiveController): void;
}

/**
 * Escape closes the topmost thing open, one at a time: the story, the details (focus going back where it came
 * from, else to the map), the drawer, the table view.
 */
export class EscapeKey implements ReactiveController {
  constructor(
    private readonly host: EscapeKeyHost,
    private readonly parts: {
      story: StoryController;
      actions: ReaderActions;
      layout: LayoutController;
      /** Where focus goes when the details close and it came from nowhere in particular. */
      mapFocus(): HTMLElement | undefined;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const { story, actions, layout } = this.parts;
    if (this.host.mode === 'story') story.close();
    else if (this.host.selection) actions.closeDetails(this.parts.mapFocus());
    else if (layout.drawerOpen) layout.closePanel();
    else if (this.host.mode === 'table' || this.host.mode === 'compare') actions.setMode('map');
  };
}
