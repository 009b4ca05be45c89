import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isBuiltInDataset } from '../../controllers/dataset-source';
import type { LayoutController } from '../../controllers/layout';
import type { ReaderActions } from '../../controllers/reader-actions';
import type { Dataset } from '../../data/schema';
import type { Selection } from '../../data/selection';
import { type Direction, yearsOf } from '../../data/selectors';
import type { SharedView } from '../../data/share';
import type { ImageType } from '../../picture/image-download';
import type { Lang } from '../../text/strings';
import type { DisplayMode } from '../../types';
import '../relations-layer-toggles';
import type { DirectionInputDetail, LayersInputDetail } from '../relations-layer-toggles';
import '../relations-legend';
import { widthScaleFor } from '../../layers/scales';
import { embedPoster, libraryUrl } from '../../picture/build-urls';
import type { ScaleMode } from '../relations-legend';
import type { TimelineSelectDetail } from '../relations-timeline';
import { renderDownloads } from './downloads';
import { LegendModelCache } from './legend-model';
import { MapKeyCache, renderMapKey } from './map-key';
import { DetailsPicker } from './picker';
import { ShareBox } from './share-box';
import { TimelineCache } from './timeline-cache';

export interface ControlsPanelHost extends ReactiveControllerHost {
  direction: Direction;
  mode: DisplayMode;
  scale: ScaleMode;
  selection: Selection | null;
  readonly resolvedTheme: 'light' | 'dark';
  /** The library file's URL on the page's site, for the embed code (`embed-script`). */
  embedScript: string | undefined;
  /** The element reads its view back from the page's URL: only then is a link to the view offered. */
  syncUrl: boolean;
}

/** What the panel's actions need from the element beyond its state. */
export interface ControlsPanelOptions {
  actions: ReaderActions;
  /** The year slider, shared with the no-WebGL picture; `compact` without the caption, for the year bar. */
  slider(compact?: boolean): TemplateResult;
  /** The element's layout: where the panel stands, the bar, the drawer. */
  layout: LayoutController;
  downloadImage(type: ImageType): void;
  /** The view on screen, for the permalink, and the view for the embed code (the part of the map the reader saw). */
  share: { sharedView(): SharedView; embedView(): SharedView };
  urlKey(name: string): string;
  /** Says something to screen readers through the element's live region. */
  announce(text: string): void;
  /** Opens or leaves the dataset's story (the "Story" button; only when the dataset tells one); what its step compares. */
  story?: { open(): void; close(): void; readonly comparison: readonly [number, number] | undefined };
}

/**
 * The built-in panel: year, layers, the table switch, the details list, the method note, downloads, share and the
 * key. Its parts with state of their own (the list, the share box, the legend's model) live as long as the element.
 */
const loadTimeline = () => void import('../relations-timeline');

export class ControlsPanel {
  private readonly picker: DetailsPicker;
  private readonly shareBox: ShareBox;
  private readonly legend = new LegendModelCache();
  private readonly timeline = new TimelineCache();
  private readonly key = new MapKeyCache();
  private timelineRequested = false;

  constructor(
    private readonly host: ControlsPanelHost,
    private readonly options: ControlsPanelOptions,
  ) {
    this.picker = new DetailsPicker(host);
    this.shareBox = new ShareBox(host, options.announce);
  }

  /** The year's events in date order, folded under their count; choosing one shows it on the map. */
  private renderTimeline(dataset: Dataset, year: number, lang: Lang) {
    const items = this.timeline.items(dataset, year, lang);
    if (items.length === 0) return nothing;
    const selection = this.host.selection;
    const title = lang.t.timelineTitle(String(year), items.length);
    // The list's element is not in the first download: it is fetched once the browser is idle after the first
    // paint, or at once when a reader reaches the list first. Lit keeps the properties set before the element is
    // defined and hands them over when it upgrades.
    if (!this.timelineRequested) {
      this.timelineRequested = true;
      if ('requestIdleCallback' in window) requestIdleCallback(loadTimeline, { timeout: 3000 });
      else setTimeout(loadTimeline, 1000);
    }
    return html`<details
      class="timeline-box"
      @toggle=${loadTimeline}
      @focusin=${loadTimeline}
      @pointerenter=${loadTimeline}
    >
      <summary>${title}</summary>
      <relations-timeline
        .items=${items}
        .selected=${selection?.kind === 'event' ? selection.id : null}
        .label=${title}
        .colors=${this.timeline.colors(this.host.resolvedTheme)}
        @timeline-select=${(e: CustomEvent<TimelineSelectDetail>) => this.options.actions.showEvent(e.detail.id)}
      ></relations-timeline>
    </details>`;
  }

  /** The key over the map, in every layout and with `no-controls` too; it names the capitals left unlabelled. */
  renderKey(dataset: Dataset, year: number, lang: Lang, unlabelled: readonly string[]) {
    const { host } = this;
    const layers = this.options.actions.visibleLayers;
    const scale = widthScaleFor(dataset, year, host.scale);
    const compare = this.options.story?.comparison;
    const items = this.key.items(
      dataset,
      year,
      layers,
      host.direction,
      host.resolvedTheme,
      lang,
      scale,
      compare,
    );
    const names = new Intl.ListFormat(lang.locale, { type: 'conjunction' }).format(unlabelled);
    return renderMapKey(items, lang.t.keyLabel, unlabelled.length ? lang.t.unlabelled(names) : '');
  }

  /**
   * The year bar over the map (a medium map, or a wide one with its panel folded): the years, play, and the button
   * that opens the rest. The year changes with one tap or key, with nothing else open.
   */
  renderBar(lang: Lang) {
    const layout = this.options.layout;
    if (!layout.barShown) return nothing;
    return html`<div class="panel bar" part="bar">
      ${this.options.slider(true)}
      <button
        type="button"
        class="panel-open"
        aria-controls="controls"
        aria-expanded="false"
        @click=${() => layout.openPanel()}
      >${lang.t.moreControls}</button>
    </div>`;
  }

  /**
   * The panel. The root puts it before the map where it stands beside it (a wide map), so Tab reaches it first as
   * the eye does, and after the map elsewhere (a drawer, or below a phone's map).
   */
  render(dataset: Dataset, year: number, lang: Lang) {
    const { host, options } = this;
    const a = options.actions;
    const s = lang.t;
    const layers = a.visibleLayers;
    const layout = options.layout;
    // In the story the step card tells the year: the year's caption beside it was two texts at once. On a phone the
    // caption follows the layer toggles, so a toggled layer changes the map a thumb's reach below it.
    const captionless = host.mode === 'story';
    const narrow = layout.layout === 'narrow';
    const caption = dataset.years.find((y) => y.year === year)?.caption;
    // In a medium map's drawer the panel is also the `drawer` part, for pages that style the two apart.
    return html`<div class="panel controls" part=${layout.drawerOpen ? 'controls drawer' : 'controls'} id="controls">
      ${
        layout.layout === 'narrow'
          ? nothing
          : html`<div class="panel-head">
              ${
                layout.layout === 'wide'
                  ? html`<button type="button" class="panel-fold" aria-controls="controls" aria-expanded="true" @click=${() => layout.closePanel()}>
                      <span aria-hidden="true">⟨</span> ${s.hidePanel}
                    </button>`
                  : html`<button type="button" class="panel-close" aria-controls="controls" aria-expanded="true" @click=${() => layout.closePanel()}>
                      <span aria-hidden="true">×</span> ${s.closePanel}
                    </button>`
              }
            </div>`
      }
      ${options.slider(captionless || narrow)}
      <relations-layer-toggles
        .layers=${layers}
        .direction=${host.direction}
        .legend=${s.layersLegend}
        .names=${s.layerNames}
        .directions=${s.directionNames}
        .directionLabel=${s.tradeDirection}
        @layers-input=${(e: CustomEvent<LayersInputDetail>) => a.setLayers(new Set(e.detail.layers))}
        @direction-input=${(e: CustomEvent<DirectionInputDetail>) => a.setDirection(e.detail.direction)}
      ></relations-layer-toggles>
      ${narrow && !captionless && caption ? html`<p class="year-caption">${caption}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="view-switch"
          aria-pressed=${host.mode === 'table' ? 'true' : 'false'}
          @click=${() => a.setMode(host.mode === 'table' ? 'map' : 'table')}
        >${s.tableView}</button>
        ${
          yearsOf(dataset).length > 1
            ? html`<button
                type="button"
                class="compare-switch"
                aria-pressed=${host.mode === 'compare' ? 'true' : 'false'}
                @click=${() => a.setMode(host.mode === 'compare' ? 'map' : 'compare')}
              >${s.compareView}</button>`
            : nothing
        }
        ${
          options.story && dataset.story.length > 0
            ? html`<button
                type="button"
                class="story-switch"
                aria-pressed=${host.mode === 'story' ? 'true' : 'false'}
                @click=${() => (host.mode === 'story' ? options.story?.close() : options.story?.open())}
              >${s.storyView}</button>`
            : nothing
        }
      </div>
      ${this.picker.render(dataset, year, host.selection, lang, (selection) =>
        // Focus stays on the list: arrow keys on a closed select change it, and each change must not jump away.
        selection ? a.openDetails(selection, false) : a.select(null),
      )}
      ${layers.has('events') ? this.renderTimeline(dataset, year, lang) : nothing}
      <details class="about">
        <summary>${s.aboutFigures}</summary>
        <p>${dataset.method}</p>
        ${dataset.changes ? html`<p class="changes"><strong>${s.dataChanges}:</strong> ${dataset.changes}</p>` : nothing}
        <p>${s.keyboardHelp}</p>
      </details>
      ${renderDownloads(dataset, year, s, options.downloadImage)}
      ${this.shareBox.render(
        s,
        () => options.share.sharedView(),
        () => options.share.embedView(),
        options.urlKey,
        () =>
          // The embed code shows the built-in dataset: its poster only when that is the dataset on screen.
          isBuiltInDataset(dataset) ? embedPoster(dataset, year, lang) : undefined,
        libraryUrl(host.embedScript),
        host.syncUrl,
      )}
      <details class="legend-box" open>
        <summary>${s.legend}</summary>
        <slot name="legend"><relations-legend
          part="legend"
          .model=${this.legend.model(dataset, year, host.scale, host.resolvedTheme, layers, host.direction, lang, !!options.story?.comparison)}
          @scale-input=${(e: CustomEvent<{ mode: ScaleMode }>) => {
            host.scale = e.detail.mode;
          }}
        ></relations-legend></slot>
      </details>
    </div>`;
  }
}
