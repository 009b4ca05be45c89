import { css, html } from 'lit';
import { MapLinkController, type MapLinkPort } from '../controllers/map-link';
import type { Direction } from '../data/selectors';
import { type LayerToken, layerTokens } from '../layers/types';
import { adoptString, en } from '../text/strings';
import { FrameworkElement } from './framework-element';

export interface LayersInputDetail {
  layers: LayerToken[];
}
export interface DirectionInputDetail {
  direction: Direction;
}

export const layerNames: Record<LayerToken, string> = en.layerNames;
export const directionNames: Record<Direction, string> = en.directionNames;

/**
 * Checkboxes for the map's layers and a choice of trade direction. Inside `<relations-map>` it is the built-in
 * control; with `for="map-id"` it follows and drives that map from anywhere on the page.
 *
 * @fires layers-input - The reader changed the layers (not composed). `detail: { layers }`
 * @fires direction-input - The reader changed the direction (not composed). `detail: { direction }`
 * @csspart group - The fieldset of checkboxes.
 */
export class RelationsLayerToggles extends FrameworkElement {
  static override properties = {
    layers: { attribute: false },
    direction: { type: String },
    for: { type: String, reflect: true },
    legend: { type: String },
    names: { attribute: false },
    directions: { attribute: false },
    directionLabel: { attribute: false },
  };

  /** The layers that are on. */
  declare layers: ReadonlySet<LayerToken>;
  declare direction: Direction;
  /** The id of a `<relations-map>` to follow and drive. */
  declare for: string | null;
  declare legend: string;
  declare names: Record<LayerToken, string>;
  declare directions: Record<Direction, string>;
  /** Accessible name of the direction list. */
  declare directionLabel: string;

  private readonly link = new MapLinkController(this, (map: MapLinkPort) => {
    this.layers = new Set(map.visibleLayers);
    this.direction = map.direction;
    // A linked control speaks the map's language.
    const t = map.strings;
    if (!this.hasAttribute('legend')) this.legend = adoptString('layersLegend', this.legend, t.layersLegend);
    this.names = adoptString('layerNames', this.names, t.layerNames);
    this.directions = adoptString('directionNames', this.directions, t.directionNames);
    this.directionLabel = adoptString('tradeDirection', this.directionLabel, t.tradeDirection);
  });

  constructor() {
    super();
    this.layers = new Set(layerTokens);
    this.direction = 'both';
    this.for = null;
    this.legend = en.layersLegend;
    this.names = layerNames;
    this.directions = directionNames;
    this.directionLabel = en.tradeDirection;
  }

  private toggle(token: LayerToken, on: boolean): void {
    const next = new Set(this.layers);
    if (on) next.add(token);
    else next.delete(token);
    this.layers = next;
    const map = this.link.map();
    if (map) map.setLayers(next);
    else {
      const layers = layerTokens.filter((t) => next.has(t));
      this.dispatchEvent(
        new CustomEvent<LayersInputDetail>('layers-input', { detail: { layers }, bubbles: true }),
      );
    }
  }

  private choose(direction: Direction): void {
    this.direction = direction;
    const map = this.link.map();
    if (map) map.setDirection(direction);
    else
      this.dispatchEvent(
        new CustomEvent<DirectionInputDetail>('direction-input', { detail: { direction }, bubbles: true }),
      );
  }

  protected override render() {
    return html`
      <fieldset part="group">
        <legend>${this.legend}</legend>
        ${layerTokens.map(
          (token) => html`<label class="toggle">
            <input
              type="checkbox"
              name=${token}
              .checked=${this.layers.has(token)}
              @change=${(e: Event) => this.toggle(token, (e.target as HTMLInputElement).checked)}
            />
            ${this.names[token]}
          </label>`,
        )}
        <label class="direction">
          <select
            aria-label=${this.directionLabel}
            .value=${this.direction}
            ?disabled=${!this.layers.has('trade')}
            @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value as Direction)}
          >
            ${(['both', 'exports', 'imports'] as const).map(
              (d) =>
                html`<option value=${d} ?selected=${d === this.direction}>${this.directions[d]}</option>`,
            )}
          </select>
        </label>
      </fieldset>
    `;
  }

  static override styles = css`
    :host {
      display: block;
      font: inherit;
      color: inherit;
    }
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
    }
    legend {
      font-weight: 700;
      font-size: 13px;
      padding: 0;
      margin-bottom: 2px;
    }
    /* --relations-touch-size: the map sets it to 44px on phones, so each toggle is a finger's size. */
    .toggle {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font-size: 13px;
      cursor: pointer;
      min-height: var(--relations-touch-size, auto);
      min-width: var(--relations-touch-size, auto);
    }
    input[type='checkbox'] {
      width: calc(var(--relations-touch-size, 26px) / 2);
      height: calc(var(--relations-touch-size, 26px) / 2);
    }
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--relations-focus, #2563eb);
      outline-offset: 2px;
    }
    select {
      font: inherit;
      font-size: 13px;
      min-height: var(--relations-touch-size, auto);
    }
  `;
}

customElements.get('relations-layer-toggles') ??
  customElements.define('relations-layer-toggles', RelationsLayerToggles);

declare global {
  interface HTMLElementTagNameMap {
    'relations-layer-toggles': RelationsLayerToggles;
  }
}
