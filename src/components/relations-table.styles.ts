import { css } from 'lit';
import { darkThemeProperties, lightThemeProperties } from '../theme';

/** The tables' look: their own panel colours with `theme`, else the colours around them (the map's table view). */
export const relationsTableStyles = css`
  :host {
    display: block;
    container: tables / inline-size;
    font: inherit;
    color: inherit;
    font-size: 13px;
  }
  :host([theme='light']) {
    ${lightThemeProperties}
  }
  :host([theme='dark']) {
    ${darkThemeProperties}
  }
  :host([theme]) {
    color: var(--relations-text);
    background: var(--relations-panel-solid);
    padding: 8px;
    border-radius: 6px;
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }
  /*
   * Wider than a phone: a shadow at the edge the tables continue past says they scroll sideways (the covers move
   * with the content, the shadows stay: the classic scroll-shadow backgrounds, no script).
   */
  .tables {
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 16px;
    overflow-x: auto;
    background:
      linear-gradient(to right, var(--relations-panel-solid, #fff) 40%, transparent) left / 28px 100% no-repeat local,
      linear-gradient(to left, var(--relations-panel-solid, #fff) 40%, transparent) right / 28px 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.3), transparent) left / 14px 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.3), transparent) right / 14px 100% no-repeat scroll;
  }
  .side {
    display: flex;
    flex-wrap: wrap;
    gap: 12px 24px;
  }
  .method {
    flex: 3 1 320px;
    max-width: 75ch;
  }
  .downloads {
    flex: 1 1 180px;
  }
  h3 {
    font-size: 14px;
    margin: 0 0 4px;
  }
  .method p {
    margin: 0;
    line-height: 1.45;
  }
  .downloads {
    display: flex;
    flex-direction: column;
    gap: 6px;
    align-items: flex-start;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 12px;
  }
  caption {
    text-align: left;
    font-weight: 700;
    font-size: 14px;
    padding: 4px 0;
  }
  th,
  td {
    border-bottom: 1px solid rgba(127, 127, 127, 0.45);
    padding: 4px 6px;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    white-space: nowrap;
  }
  /*
   * On a phone-wide table long cells keep a readable width (squeezed, the sources made every row 250 px tall) and
   * the tables scroll sideways instead; wider, every column fits.
   */
  @container tables (max-width: 560px) {
    td.sources {
      min-width: 22em;
    }
    td:nth-child(n + 2):not(.number):not(.share):not(.sources) {
      min-width: 7em;
    }
  }
  td.number {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  tr.shown > * {
    font-weight: 700;
  }
  .alternative,
  .note {
    font-weight: 400;
    font-size: 11px;
  }
  /* Lists of names (sources, other figures) may break inside a long name rather than push the table past its box. */
  .alternative,
  .sources {
    overflow-wrap: anywhere;
  }
  /* Why a figure is missing, under "no reported figure": wraps like text, not like a number. */
  td.number .note {
    white-space: normal;
    text-align: left;
    min-width: 14em;
  }
  .sources {
    font-size: 11px;
    min-width: 100px;
  }
  td.share {
    font-variant-numeric: tabular-nums;
    min-width: 5em;
  }
  /* A header of several words over short cells ("Counted by") wraps instead of widening the table past its box. */
  thead th.wrap {
    white-space: normal;
  }
  thead th.wrap button.sort {
    flex-wrap: wrap;
    text-align: left;
  }
  /* A row's header is bold only when its row is (drawn on the map), as the caption says. */
  tbody th {
    font-weight: 400;
  }
  th[scope='row'] {
    min-width: 90px;
  }
  a {
    color: var(--relations-link, #1d4ed8);
  }
  button {
    font: inherit;
    color: inherit;
  }
  button.open-event {
    background: none;
    border: none;
    padding: 0;
    text-align: left;
    text-decoration: underline;
    cursor: pointer;
    color: var(--relations-link, #1d4ed8);
  }
  button.sort {
    background: none;
    border: none;
    padding: 0;
    font-weight: 700;
    cursor: pointer;
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  .downloads button {
    background: var(--relations-panel-solid, #fff);
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 4px 8px;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--relations-focus, #2563eb);
    outline-offset: 2px;
  }
  .hidden-note {
    margin: 0;
    font-style: italic;
  }
`;
