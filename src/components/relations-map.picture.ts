import { css } from 'lit';

/**
 * The static picture in the element: the first frame over the map's box until the WebGL map has drawn (then a short
 * fade, none under reduced motion), and on paper, the print picture instead of the canvas and the controls.
 */
export const pictureStyles = css`
  .first-frame {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    /* The picture answers as the map will (./picture/picture-pointer.ts): it can be hovered, clicked and dragged. */
    cursor: grab;
    transition: opacity 250ms ease-out;
  }
  .first-frame svg {
    display: block;
  }
  .first-frame.leaving {
    opacity: 0;
    pointer-events: none;
  }
  /* The WebGL map's own labels are drawn by then: the picture's would show every name twice while it fades. */
  .first-frame.leaving [data-layer='capital-labels'] {
    visibility: hidden;
  }
  .first-frame-note {
    position: absolute;
    /* Beside the zoom buttons, which MapLibre adds before the map has drawn. */
    top: 10px;
    right: 52px;
    max-width: calc(100% - 70px);
    margin: 0;
    padding: 3px 8px;
    font-size: 12px;
    border-radius: 6px;
    background: var(--relations-panel);
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.2);
  }
  @media (prefers-reduced-motion: reduce) {
    .first-frame {
      transition: none;
    }
  }
  /* The WebGL map's labels, SVG like the picture's: over deck.gl's canvas (in MapLibre's control corner, z-index 2). */
  .map-labels {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    z-index: 2;
    pointer-events: none;
    overflow: hidden;
  }
  .print-picture {
    display: none;
  }
  @media print {
    :host {
      height: auto !important;
      break-inside: avoid;
    }
    .frame > :not(.print-picture):not(slot) {
      display: none !important;
    }
    .frame {
      position: static !important;
      height: auto !important;
    }
    .print-picture {
      display: block;
    }
    .print-picture svg {
      display: block;
      width: 100%;
      height: auto;
    }
    /* A comparison prints as itself: every year's picture on one scale and what changed, not one year's map. */
    :host([mode='compare']) .frame > .compare-view {
      display: block !important;
      position: static;
      overflow: visible;
      padding: 0;
    }
    :host([mode='compare']) .frame > .print-picture,
    :host([mode='compare']) .compare-view .to-map {
      display: none;
    }
  }
`;
