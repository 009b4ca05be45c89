import type { EventCategory } from '../data/categories';
import type { DiplomaticStatus } from '../data/schema';
import type { FlowRole } from '../data/selectors';

export type RGBA = [number, number, number, number];

export interface LayerPalette {
  flow: Record<FlowRole, RGBA>;
  status: Record<DiplomaticStatus, RGBA>;
  capital: RGBA;
  focusCapital: RGBA;
  capitalOutline: RGBA;
  label: RGBA;
  labelHalo: RGBA;
  event: Record<EventCategory, RGBA>;
  eventOutline: RGBA;
  /** What changed between two years: more, less, two figures not comparable, a figure in one year only. */
  change: { up: RGBA; down: RGBA; notCompared: RGBA; oneYear: RGBA };
}

/** Orange and teal stay apart for the common colour-vision deficiencies; two-way totals are neutral. */
export const layerPalettes: Record<'light' | 'dark', LayerPalette> = {
  light: {
    flow: { exports: [194, 65, 12, 220], imports: [14, 116, 144, 220], total: [87, 83, 78, 200] },
    status: {
      full: [21, 128, 61, 230],
      downgraded: [202, 138, 4, 240],
      severed: [185, 28, 28, 240],
      none: [107, 114, 128, 200],
    },
    capital: [31, 41, 55, 255],
    focusCapital: [153, 27, 27, 255],
    capitalOutline: [255, 255, 255, 255],
    label: [17, 24, 39, 255],
    labelHalo: [255, 255, 255, 230],
    event: {
      diplomatic: [124, 58, 237, 225],
      economic: [161, 98, 7, 225],
      security: [190, 24, 93, 225],
      context: [100, 116, 139, 210],
    },
    eventOutline: [255, 255, 255, 255],
    // Blue and vermilion: a diverging pair apart for the common colour-vision deficiencies; grey says "no change told".
    change: {
      up: [37, 99, 235, 225],
      down: [220, 38, 38, 225],
      notCompared: [120, 113, 108, 170],
      oneYear: [168, 162, 158, 150],
    },
  },
  dark: {
    flow: { exports: [251, 146, 60, 230], imports: [34, 211, 238, 230], total: [214, 211, 209, 210] },
    status: {
      full: [74, 222, 128, 230],
      downgraded: [250, 204, 21, 240],
      severed: [248, 113, 113, 240],
      none: [156, 163, 175, 200],
    },
    capital: [229, 231, 235, 255],
    focusCapital: [252, 165, 165, 255],
    capitalOutline: [17, 24, 39, 255],
    label: [243, 244, 246, 255],
    labelHalo: [17, 24, 39, 230],
    event: {
      diplomatic: [196, 181, 253, 230],
      economic: [253, 186, 116, 230],
      security: [249, 168, 212, 230],
      context: [203, 213, 225, 220],
    },
    eventOutline: [17, 24, 39, 255],
    change: {
      up: [96, 165, 250, 230],
      down: [248, 113, 113, 230],
      notCompared: [168, 162, 158, 190],
      oneYear: [120, 113, 108, 170],
    },
  },
};

export function cssColor([r, g, b, a]: RGBA): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
}
