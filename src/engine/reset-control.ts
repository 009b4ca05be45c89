import type { IControl } from 'maplibre-gl';

/** A MapLibre control with one button that returns the map to the story's framing. */
export class ResetViewControl implements IControl {
  private container: HTMLDivElement | undefined;

  constructor(
    private readonly label: string,
    private readonly onReset: () => void,
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'relations-reset-view';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    button.textContent = '⟲';
    button.addEventListener('click', this.onReset);
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.querySelector('button')?.removeEventListener('click', this.onReset);
    this.container?.remove();
    this.container = undefined;
  }
}
