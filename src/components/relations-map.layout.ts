import { css, unsafeCSS } from 'lit';
import { SIDE_PANEL_WIDTH } from '../geo/framing';

/**
 * The element's three layouts, chosen by its own size (src/controllers/layout.ts sets `data-layout` and
 * `data-panel` on the frame): `wide`, the panel beside the map, the map's box starting where the panel ends;
 * `medium`, a year bar over the map and the rest in a drawer; `narrow`, the map first and everything else below it,
 * the element growing with its content (or scrolling inside when the page fixed its height).
 */
export const layoutStyles = css`
  .stage {
    position: absolute;
    inset: 0;
  }
  .frame[data-panel='beside'] .stage {
    left: ${unsafeCSS(SIDE_PANEL_WIDTH)}px;
  }
  .frame[data-panel='beside'] .controls {
    left: 0;
    top: 0;
    bottom: 0;
    max-height: none;
    border-radius: 0;
    box-shadow: none;
    border-right: 1px solid rgba(127, 127, 127, 0.35);
    background: var(--relations-panel-solid, #fff);
  }
  .frame[data-panel='hidden'] .controls {
    display: none;
  }
  .frame[data-panel='drawer'] .controls {
    left: 0;
    top: 0;
    bottom: 0;
    width: min(${unsafeCSS(SIDE_PANEL_WIDTH + 20)}px, calc(100% - 40px));
    max-height: none;
    border-radius: 0 6px 6px 0;
    z-index: 6;
    background: var(--relations-panel-solid, #fff);
    box-shadow: 2px 0 12px rgba(0, 0, 0, 0.3);
  }
  /* The headline: a strip over the map's box (which starts under it), or on a phone the first line above the map. */
  .headline {
    margin: 0;
    padding: 4px 10px;
    font-size: 14px;
    font-weight: 700;
    line-height: 20px;
    color: var(--relations-text);
    background: var(--relations-panel-solid, #fff);
    box-sizing: border-box;
  }
  .frame:not([data-layout='narrow']) .headline {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    height: 28px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    border-bottom: 1px solid rgba(127, 127, 127, 0.35);
  }
  .frame[data-panel='beside'] .headline {
    left: ${unsafeCSS(SIDE_PANEL_WIDTH)}px;
  }
  .frame:not([data-layout='narrow']):has(.headline) .stage {
    top: 28px;
  }
  .panel-head {
    display: flex;
    justify-content: flex-end;
  }
  /* The year bar: the years, play, and the way to the rest; a tenth of a medium map, not half. */
  .bar {
    left: 10px;
    top: 10px;
    max-width: calc(100% - 70px);
    box-sizing: border-box;
    padding: 2px 8px;
    display: flex;
    align-items: center;
    gap: 8px;
    z-index: 2;
    background: var(--relations-panel-solid, #fff);
  }
  .bar relations-year-slider {
    flex: 1 1 auto;
    min-width: 0;
  }
  .bar .panel-open {
    flex: none;
    max-width: 84px;
    white-space: normal;
    line-height: 1.2;
    font-size: 12px;
  }
  /* The key and the attribution at the map's foot, the key above: neither covers the other at any width. */
  .stage-foot {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    pointer-events: none;
  }
  .stage-foot > * {
    pointer-events: auto;
  }
  .stage-foot .attribution {
    position: static;
    align-self: flex-end;
  }
  /* The key stays on the map, bottom left: small, opaque, listing only what is drawn. */
  .map-key {
    align-self: flex-start;
    margin: 0 0 4px 10px;
    padding: 2px 6px;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 1px 8px;
    max-width: min(460px, calc(100% - 20px));
    font-size: 10px;
    line-height: 1.2;
    background: var(--relations-panel-solid, #fff);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
  }
  .map-key li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  /* Actors out of view, named at the edge where their line leaves it. */
  /* Over the lines they name (deck.gl's canvas is at z-index 2, earlier in the page): never struck through. */
  .edges {
    position: absolute;
    inset: 0;
    pointer-events: none;
    z-index: 2;
  }
  .edge-marker {
    position: absolute;
    pointer-events: auto;
    font: inherit;
    font-size: 12px;
    font-weight: 700;
    color: var(--relations-text);
    background: var(--relations-panel-solid, #fff);
    border: 1px solid currentColor;
    border-radius: 12px;
    padding: 2px 8px;
    min-height: 24px;
    white-space: nowrap;
    cursor: pointer;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
  }
  .edge-marker:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
    outline-offset: 2px;
  }
  /* Narrow: one column, the map first. */
  :host([layout='narrow']) {
    height: auto;
    min-height: 0;
  }
  .frame[data-layout='narrow'] {
    display: flex;
    flex-direction: column;
    overflow-y: auto;
    --relations-touch-size: 44px;
  }
  /*
   * The map keeps a phone's proportions (4:5, at most 75% of the screen's height); in a box the page fixed (a sticky
   * map 45% of the screen high) the map shrinks so that it and its key fit the box: the percentage is "none" while
   * the element grows with its content.
   */
  .frame[data-layout='narrow'] .stage {
    position: relative;
    inset: auto;
    flex: none;
    width: 100%;
    max-height: 100%;
  }
  .frame[data-layout='narrow'] .map {
    flex: 0 1 auto;
    width: 100%;
    aspect-ratio: 4 / 5;
    max-height: 75vh;
    min-height: var(--map-min-height, 0px);
  }
  /*
   * On a phone and in a column (medium) the key is a strip right under the map, not over it: over a 600-px map it
   * took 80% of the width, and with the attribution a quarter of the map.
   */
  .frame:is([data-layout='narrow'], [data-layout='medium']) .stage {
    display: flex;
    flex-direction: column;
  }
  .frame:is([data-layout='narrow'], [data-layout='medium']) .map {
    position: relative;
    inset: auto;
  }
  .frame[data-layout='medium'] .map {
    flex: 1 1 auto;
    min-height: 0;
  }
  .frame:is([data-layout='narrow'], [data-layout='medium']) .stage-foot {
    position: static;
    flex: none;
  }
  .frame:is([data-layout='narrow'], [data-layout='medium']) .map-key {
    margin: 0;
    max-width: none;
    border-radius: 0;
    box-shadow: none;
  }
  .frame:is([data-layout='narrow'], [data-layout='medium']) .attribution {
    border-radius: 0;
    text-align: right;
  }
  .frame[data-layout='narrow'] .details,
  .frame[data-layout='narrow'] .story-card {
    position: static;
    order: 2;
    width: auto;
    max-height: none;
    border-radius: 0;
    box-shadow: none;
    border-top: 3px solid var(--relations-accent, #b91c1c);
    background: var(--relations-panel-solid, #fff);
  }
  .frame[data-layout='narrow'] .year-caption {
    margin: 8px 0;
    font-size: 14px;
    line-height: 1.45;
  }
  .frame[data-layout='narrow'] .story-nav {
    margin-bottom: 8px;
  }
  .frame[data-layout='narrow'] .controls {
    position: static;
    order: 3;
    width: auto;
    max-height: none;
    overflow: visible;
    border-radius: 0;
    box-shadow: none;
    background: var(--relations-panel-solid, #fff);
  }
  /* A finger's size for every control on a phone. */
  .frame[data-layout='narrow'] .controls :is(button, select, summary),
  .frame[data-layout='narrow'] .story-card button {
    min-height: 44px;
  }
  .frame[data-layout='narrow'] .controls relations-layer-toggles {
    --relations-touch-size: 44px;
  }
  /* MapLibre's zoom buttons and the reset button (29 px) and the edge markers (24 px): a finger's size too. */
  .frame[data-layout='narrow'] .maplibregl-ctrl-group button {
    width: 44px;
    height: 44px;
  }
  .frame[data-layout='narrow'] .edge-marker {
    min-height: 44px;
    border-radius: 22px;
  }
  .frame[data-layout='narrow'] .table-view {
    position: absolute;
    inset: 0;
  }
`;
