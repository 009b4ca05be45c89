import { projector } from '../geo/mercator';
import { LABEL_FONT, type Measure } from '../layers/capital-labels';
import { type KeyItem, type KeyMark, keyDashArray } from '../layers/key';
import type { Strings } from '../text/strings';
import { edgeChips } from './edge-chips';
import { type ImageState, imageDecorations } from './image-export';
import { wrapWords } from './snapshot';
import { mapMarkup, type PictureInput } from './static-picture';
import { escapeXml } from './svg-layers';

/** How the picture's title, key and sources look: the element's theme. */
export interface PictureLook {
  theme: 'light' | 'dark';
  font?: string;
}

/** Wraps text into lines no wider than `max` pixels at `size`. */
const wrap = (text: string, max: number, size: number, measure: Measure) =>
  wrapWords(text, max, (line) => measure(line, size));

const PAD = 10;

/** The countries off the picture, on chips where their lines leave it (./edge-chips). */
function edgeNames(input: PictureInput, ink: string, paper: string): string {
  const project = projector(input.camera, input.size);
  return edgeChips(input.dataset, project, input.size, input.measure, input.topology)
    .map(
      (c) =>
        `<g data-edge="${escapeXml(c.code)}"><rect x="${c.x.toFixed(1)}" y="${c.y.toFixed(1)}" width="${c.width.toFixed(1)}" height="${c.height}" rx="10" fill="${paper}" stroke="${ink}" stroke-width="1"/><text x="${(c.x + c.width / 2).toFixed(1)}" y="${(c.y + c.height / 2).toFixed(1)}" font-size="12" fill="${ink}" text-anchor="middle" dominant-baseline="central">${escapeXml(c.text)}</text></g>`,
    )
    .join('');
}

/** The text and paper colours of a picture that stands alone, in a theme. */
export const pictureInk = (theme: 'light' | 'dark') =>
  theme === 'dark' ? { ink: '#f3f4f6', paper: '#111827' } : { ink: '#1f2937', paper: '#ffffff' };

/** A line of text in a picture, centred on `y`. */
export const svgText = (x: number, y: number, value: string, size: number, ink: string, weight = 'normal') =>
  `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${ink}" dominant-baseline="central">${escapeXml(value)}</text>`;

/** One entry of a picture's key and its words: a stroke or a dot, a mark, a shaded area, or an arc's width. */
export type KeyEntry = { label: string; height: number } & (
  | { kind: 'key'; key: KeyItem }
  | { kind: 'mark'; mark: string }
  | { kind: 'area'; color: string }
  | { kind: 'width'; width: number }
);

const ROW = 20;

/** The entries of a key, in the order a picture lists them. */
export function keyEntries(d: {
  keys: readonly KeyItem[];
  marks: readonly KeyMark[];
  areas?: ReadonlyArray<{ color: string; label: string }>;
  widths?: ReadonlyArray<{ width: number; label: string }>;
}): KeyEntry[] {
  return [
    ...d.keys.map((k) => ({ kind: 'key' as const, key: k, label: k.label, height: ROW })),
    ...d.marks.map((m) => ({ kind: 'mark' as const, mark: m.mark, label: m.label, height: ROW })),
    ...(d.areas ?? []).map((a) => ({ kind: 'area' as const, color: a.color, label: a.label, height: ROW })),
    ...(d.widths ?? []).map((w) => ({
      kind: 'width' as const,
      width: w.width,
      label: w.label,
      height: Math.max(ROW, w.width + 6),
    })),
  ];
}

/** A key's entries flowing in rows across a picture `width` wide from `top`: its markup, and where it ends. */
export function svgKey(
  entries: readonly KeyEntry[],
  top: number,
  width: number,
  measure: Measure,
  ink: string,
): { markup: string; bottom: number } {
  let x = PAD;
  let y = top;
  let rowTallest = 0;
  const items: string[] = [];
  for (const e of entries) {
    const itemWidth = 30 + measure(e.label, 12) + 16;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowTallest;
      rowTallest = 0;
    }
    const cy = y + e.height / 2;
    if (e.kind === 'key') {
      const k = e.key;
      if (k.shape === 'dot') items.push(`<circle cx="${x + 10}" cy="${cy}" r="5" fill="${k.color}"/>`);
      else {
        const dashArray = keyDashArray(k.shape);
        const dash = dashArray ? ` stroke-dasharray="${dashArray}"` : '';
        items.push(
          `<line x1="${x}" y1="${cy}" x2="${x + 22}" y2="${cy}" stroke="${k.color}" stroke-width="${k.heavy ? 7 : 4}"${dash}/>`,
        );
      }
    } else if (e.kind === 'mark') {
      items.push(svgText(x + 4, cy, e.mark, 13, ink, 'bold'));
    } else if (e.kind === 'area') {
      items.push(
        `<rect x="${x + 2}" y="${cy - 6}" width="18" height="12" fill="${e.color}" stroke="${ink}" stroke-opacity="0.3"/>`,
      );
    } else {
      items.push(
        `<line x1="${x + e.width / 2}" y1="${cy}" x2="${x + 22}" y2="${cy}" stroke="${ink}" stroke-width="${e.width}" stroke-linecap="round"/>`,
      );
    }
    items.push(svgText(x + 30, cy, e.label, 12, ink));
    x += itemWidth;
    rowTallest = Math.max(rowTallest, e.height);
  }
  return {
    markup: `<g data-key="">${items.join('')}</g>`,
    bottom: y + rowTallest + (entries.length ? 6 : 0),
  };
}

/**
 * The map as a picture that stands alone (print, the SVG download, the build's posters): the dataset's title and
 * the year above it; under it, the key of what is drawn with the arc widths, the sources of what is drawn and the
 * attribution. Returns the markup and the picture's size.
 */
export function standalonePicture(
  input: PictureInput,
  text: { strings: Strings; locale: string },
  look: PictureLook,
): { svg: string; width: number; height: number } {
  const { dataset, state, size, measure } = input;
  const imageState: ImageState = { dataset, ...state, strings: text.strings, locale: text.locale };
  const d = imageDecorations(imageState, input.colors);
  const { ink, paper } = pictureInk(look.theme);
  const font = escapeXml(look.font ?? LABEL_FONT);
  const width = size.width;
  const inner = width - 2 * PAD;
  const out: string[] = [];
  const textAt = (x: number, y: number, value: string, fontSize: number, weight = 'normal') =>
    svgText(x, y, value, fontSize, ink, weight);

  const heading = wrap(d.title, inner, 15, measure);
  const top = heading.length * 20 + 12;
  heading.forEach((line, i) => {
    out.push(textAt(PAD, 16 + i * 20, line, 15, 'bold'));
  });

  const key = svgKey(keyEntries(d), top + size.height + PAD, width, measure, ink);
  out.push(key.markup);
  let y = key.bottom;
  for (const line of [
    ...(d.sources ? wrap(d.sources, inner, 11, measure) : []),
    ...wrap(d.attribution, inner, 11, measure),
  ]) {
    out.push(textAt(PAD, y + 7, line, 11));
    y += 15;
  }
  const height = Math.ceil(y + PAD);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(input.title)}" font-family="${font}">`,
    `<title>${escapeXml(input.title)}</title><desc>${escapeXml(input.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${paper}"/>`,
    `<svg x="0" y="${top}" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" overflow="hidden">${mapMarkup(input)}${edgeNames(input, ink, paper)}</svg>`,
    ...out,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
