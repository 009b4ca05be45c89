import { css, unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { SIDE_PANEL_WIDTH } from '../geo/framing';
import { darkThemeProperties, lightThemeProperties } from '../theme';
import { layoutStyles } from './relations-map.layout';
import { pictureStyles } from './relations-map.picture';

/** The styles of `<relations-map>`'s shadow root, MapLibre's own included (a page's stylesheet cannot reach it). */
export const relationsMapStyles = [
  unsafeCSS(maplibreCss),
  css`
  /* Defaults live on :host so that a page's own --relations-* values, set on the element, win in both themes. */
  :host {
    display: block;
    position: relative;
    height: var(--relations-height, 560px);
    min-height: 320px;
    --relations-font: system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    ${lightThemeProperties}
    font-family: var(--relations-font);
    color: var(--relations-text);
  }
  :host([theme='dark']) {
    ${darkThemeProperties}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkThemeProperties}
    }
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    position: relative;
    width: 100%;
    height: 100%;
    overflow: hidden;
    background: var(--relations-background);
  }
  .map {
    position: absolute;
    inset: 0;
  }
  .map:focus-within .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
    outline-offset: -3px;
  }
  .panel,
  .loading,
  .message,
  .tooltip,
  .attribution {
    position: absolute;
    background: var(--relations-panel);
    border-radius: 6px;
    font-size: 13px;
    line-height: 1.4;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
  }
  .controls {
    left: 10px;
    top: 10px;
    width: ${unsafeCSS(SIDE_PANEL_WIDTH)}px;
    max-height: calc(100% - 46px);
    overflow: auto;
    padding: 8px 12px;
    display: flex;
    flex-direction: column;
    gap: 8px;
    z-index: 2;
    box-sizing: border-box;
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 13px;
    font-weight: 700;
  }
  .picker select {
    font: inherit;
    font-weight: 400;
    max-width: 100%;
  }
  .picker select:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
  }
  .share summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 13px;
  }
  .share label {
    display: block;
    font-size: 12px;
    margin-top: 4px;
  }
  .share textarea {
    display: block;
    width: 100%;
    box-sizing: border-box;
    font: 11px ui-monospace, monospace;
    resize: vertical;
  }
  .share summary:focus-visible,
  .share button:focus-visible,
  .share textarea:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
  }
  .actions {
    display: flex;
    gap: 6px;
  }
  /* The element's own buttons: one look for all of them (the panel, the table view, the story card, the bar). */
  .actions button,
  .download-buttons button,
  .table-view .to-map,
  .story-nav button,
  .panel-head button,
  .bar .panel-open {
    font: inherit;
    font-size: 13px;
    color: inherit;
    background: var(--relations-panel-solid, #fff);
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 3px 8px;
    cursor: pointer;
  }
  .story-nav button,
  .panel-head button,
  .bar .panel-open {
    padding: 4px 10px;
    min-height: 32px;
  }
  .actions button[aria-pressed='true'],
  .actions .story-switch[aria-pressed='true'] {
    background: var(--relations-accent, #b91c1c);
    border-color: var(--relations-accent, #b91c1c);
    /* Light text on the light theme's dark red, dark text on the dark theme's light red: 4.5:1 or more in both. */
    color: var(--relations-on-accent, #fff);
  }
  .actions button:focus-visible,
  .download-buttons button:focus-visible,
  .table-view .to-map:focus-visible,
  .panel-head button:focus-visible,
  .bar .panel-open:focus-visible,
  .downloads summary:focus-visible,
  .table-view h2:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
    outline-offset: 2px;
  }
  .about p {
    margin: 4px 0;
    font-size: 12px;
  }
  .about summary:focus-visible,
  .timeline-box summary:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
    outline-offset: 2px;
  }
  .timeline-box relations-timeline {
    margin-top: 4px;
  }
  .about summary,
  .timeline-box summary,
  .downloads summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 13px;
  }
  .download-buttons {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 4px;
    margin-top: 4px;
  }
  .table-view {
    left: ${unsafeCSS(SIDE_PANEL_WIDTH + 20)}px;
    right: 10px;
    top: 10px;
    bottom: 26px;
    overflow: auto;
    padding: 10px 14px;
    z-index: 3;
    background: var(--relations-panel-solid, #fff);
    box-sizing: border-box;
  }
  .table-view header {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 12px;
    margin-bottom: 8px;
  }
  .table-view h2 {
    font-size: 16px;
    margin: 0;
  }
  .legend-box summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 13px;
  }
  .legend-box summary:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
  }
  .legend-box relations-legend {
    margin-top: 4px;
  }
  .details {
    background: var(--relations-panel-solid, #fff);
    right: 10px;
    top: 10px;
    bottom: calc(var(--foot-height, 20px) + 6px);
    width: min(340px, calc(100% - 20px));
    padding: 10px 12px;
    overflow: auto;
    z-index: 3;
    box-sizing: border-box;
  }
  /* The step card sits where the details do, opaque, so the story's words are never mixed with the map under them. */
  .story-card {
    right: 10px;
    top: 10px;
    width: min(340px, calc(100% - 20px));
    max-height: calc(100% - 36px);
    padding: 10px 12px;
    overflow: auto;
    z-index: 3;
    box-sizing: border-box;
    background: var(--relations-panel-solid, #fff);
  }
  .story-counter {
    margin: 0;
    font-size: 12px;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .story-card h2 {
    font-size: 17px;
    margin: 2px 0 6px;
  }
  .story-card h2:focus {
    outline: none;
  }
  .story-card h2:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
  }
  .story-text {
    margin: 0 0 6px;
    font-size: 14px;
    line-height: 1.5;
  }
  .story-sources {
    margin: 0 0 8px;
    font-size: 11px;
  }
  .story-sources a {
    color: var(--relations-link, #1d4ed8);
  }
  .story-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  /* Still readable (contrast unchanged): a dashed border and no pointer say it leads nowhere. */
  .story-nav button[aria-disabled='true'] {
    border-style: dashed;
    cursor: default;
  }
  .story-nav .story-exit {
    margin-left: auto;
  }
  .story-nav button:focus-visible,
  .story-sources a:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
    outline-offset: 2px;
  }
  .loading {
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    padding: 8px 12px;
  }
  .message {
    left: 12px;
    right: 12px;
    top: 12px;
    padding: 10px 12px;
    max-height: 60%;
    overflow: auto;
    border-left: 4px solid #b45309;
    z-index: 4;
  }
  .message.error,
  .message.fatal {
    border-left-color: #b91c1c;
  }
  .message ul {
    margin: 6px 0;
    padding-left: 18px;
  }
  .tooltip {
    pointer-events: none;
    max-width: 320px;
    padding: 8px 10px;
    z-index: 5;
  }
  .attribution {
    right: 0;
    bottom: 0;
    padding: 2px 6px;
    font-size: 11px;
    border-radius: 4px 0 0 0;
    max-width: 100%;
    box-shadow: none;
  }
  .poster {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    padding: 16px;
  }
  .poster img,
  .poster ::slotted(img) {
    max-width: 100%;
    max-height: 100%;
    object-fit: contain;
  }
  .fallback {
    position: absolute;
    inset: 0 0 22px 0;
    overflow: auto;
    padding: 10px 12px;
    background: var(--relations-panel-solid, #fff);
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .fallback-note {
    margin: 0;
    font-weight: 700;
  }
  .static-map {
    width: 100%;
    height: auto;
    max-height: 70%;
    flex: none;
  }
  .data-table {
    border-collapse: collapse;
    font-size: 12px;
    width: 100%;
  }
  .data-table caption {
    text-align: left;
    font-weight: 700;
    font-size: 13px;
    padding: 4px 0;
  }
  .data-table th,
  .data-table td {
    border-bottom: 1px solid rgba(127, 127, 127, 0.35);
    padding: 3px 6px;
    text-align: left;
    vertical-align: top;
  }
  .data-table tr.shown th,
  .data-table tr.shown td {
    font-weight: 700;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .maplibregl-ctrl button.relations-reset-view {
    font-size: 18px;
    color: #111827;
  }
`,
  layoutStyles,
  pictureStyles,
];
