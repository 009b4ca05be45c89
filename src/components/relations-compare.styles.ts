import { css } from 'lit';
import { relationsTableStyles } from './relations-table.styles';

/**
 * The comparison's look: the tables as the table view has them; the small pictures side by side while each keeps
 * 240 px, stacked below that (a phone), and kept whole on a printed page.
 */
export const relationsCompareStyles = [
  relationsTableStyles,
  css`
    h2 {
      font-size: 16px;
      margin: 0 0 4px;
    }
    .rule {
      margin: 0 0 12px;
      max-width: 75ch;
      line-height: 1.45;
    }
    .multiples {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 12px;
    }
    .multiples li {
      break-inside: avoid;
    }
    .multiples button {
      display: flex;
      flex-direction: column;
      gap: 4px;
      width: 100%;
      padding: 4px;
      border: 1px solid rgba(127, 127, 127, 0.45);
      border-radius: 6px;
      background: var(--relations-panel-solid, #fff);
      cursor: pointer;
      text-align: left;
    }
    .multiples button[aria-pressed='true'] {
      border: 2px solid var(--relations-accent, #2563eb);
      padding: 3px;
    }
    .picture {
      display: block;
      aspect-ratio: 3 / 2;
      width: 100%;
    }
    .picture svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .caption {
      font-size: 13px;
    }
    .change-map {
      margin: 0 0 16px;
      max-width: 720px;
      break-inside: avoid;
    }
    .change-map h3 {
      margin: 0 0 6px;
    }
    .change-map .picture {
      aspect-ratio: 720 / 440;
    }
    .change-key {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 14px;
      margin: 6px 0 2px;
      padding: 0;
      font-size: 13px;
    }
    .change-key li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      display: inline-block;
      width: 22px;
      height: 5px;
      border-radius: 2px;
    }
    .change-map p {
      margin: 0;
      font-size: 13px;
    }
    .message {
      font-weight: 700;
    }
    td.change {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
      font-weight: 700;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    button.download {
      margin-top: 8px;
      background: var(--relations-panel-solid, #fff);
      border: 1px solid currentColor;
      border-radius: 4px;
      padding: 4px 8px;
      cursor: pointer;
    }
    @media print {
      .multiples {
        grid-template-columns: repeat(3, 1fr);
      }
      button.download {
        display: none;
      }
    }
  `,
];
