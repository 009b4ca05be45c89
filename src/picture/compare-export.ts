import { drawnKey, labelMarks } from '../layers';
import { LABEL_FONT } from '../layers/capital-labels';
import { type KeyItem, type KeyMark, keyDashArray } from '../layers/key';
import type { Strings } from '../text/strings';
import { mapMarkup, type PictureInput } from './static-picture';
import { type PictureLook, standalonePicture } from './svg-export';
import { escapeXml } from './svg-layers';

const PAD = 10;
const GAP = 8;

/** One year's small picture in a comparison, and what its caption says. */
export interface MultipleInput {
  input: PictureInput;
  caption: string;
}

/**
 * A comparison as one picture that stands alone: the change map with its title, key, sources and attribution (as
 * the map's own SVG download has them), then every year's small picture on the same scale, captioned.
 */
export function comparePicture(
  change: PictureInput,
  multiples: readonly MultipleInput[],
  text: { strings: Strings; locale: string; heading: string },
  look: PictureLook,
): { svg: string; width: number; height: number } {
  const measure = change.measure;
  const main = standalonePicture(change, text, look);
  const width = main.width;
  const ink = look.theme === 'dark' ? '#f3f4f6' : '#1f2937';
  const paper = look.theme === 'dark' ? '#111827' : '#ffffff';
  const cols = Math.max(1, multiples.length);
  const cellWidth = (width - 2 * PAD - (cols - 1) * GAP) / cols;
  const first = multiples[0]?.input.size;
  const cellHeight = first ? (cellWidth * first.height) / first.width : 0;
  let y = main.height + 6;
  const out = [
    `<text x="${PAD}" y="${y + 9}" font-size="14" font-weight="bold" fill="${ink}" dominant-baseline="central">${escapeXml(text.heading)}</text>`,
  ];
  y += 26;
  multiples.forEach((m, i) => {
    const x = PAD + i * (cellWidth + GAP);
    const { width: w, height: h } = m.input.size;
    out.push(
      `<svg data-year-picture="${i}" x="${x.toFixed(1)}" y="${y}" width="${cellWidth.toFixed(1)}" height="${cellHeight.toFixed(1)}" viewBox="0 0 ${w} ${h}" overflow="hidden">${mapMarkup(m.input)}</svg>`,
      `<text x="${x.toFixed(1)}" y="${(y + cellHeight + 11).toFixed(1)}" font-size="12" fill="${ink}" dominant-baseline="central">${escapeXml(m.caption)}</text>`,
    );
  });
  y += cellHeight + 24;
  // The small pictures' own marks (every year's directions, statuses and kinds of event), under them.
  const seen = new Set<string>();
  const keys: Array<KeyItem | KeyMark> = multiples
    .flatMap((m): Array<KeyItem | KeyMark> => {
      const { dataset, state: s } = m.input;
      return [
        ...drawnKey(dataset, s.year, s.layers, s.direction, s.palette, text.strings),
        ...labelMarks(dataset, s.year, s.layers, text.strings),
      ];
    })
    .filter((k) => !seen.has(k.label) && seen.add(k.label));
  let x = PAD;
  for (const k of keys) {
    const itemWidth = 30 + measure(k.label, 12) + 16;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += 20;
    }
    const cy = y + 10;
    if ('mark' in k) {
      out.push(
        `<text x="${x + 4}" y="${cy}" font-size="13" font-weight="bold" fill="${ink}" dominant-baseline="central">${escapeXml(k.mark)}</text>`,
        `<text x="${x + 30}" y="${cy}" font-size="12" fill="${ink}" dominant-baseline="central">${escapeXml(k.label)}</text>`,
      );
      x += itemWidth;
      continue;
    }
    const dash = keyDashArray(k.shape);
    out.push(
      k.shape === 'dot'
        ? `<circle cx="${x + 10}" cy="${cy}" r="5" fill="${k.color}"/>`
        : `<line x1="${x}" y1="${cy}" x2="${x + 22}" y2="${cy}" stroke="${k.color}" stroke-width="${k.heavy ? 7 : 4}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text x="${x + 30}" y="${cy}" font-size="12" fill="${ink}" dominant-baseline="central">${escapeXml(k.label)}</text>`,
    );
    x += itemWidth;
  }
  const height = Math.ceil(y + (keys.length ? 20 : 0) + PAD);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(change.title)}" font-family="${escapeXml(look.font ?? LABEL_FONT)}">`,
    `<rect width="${width}" height="${height}" fill="${paper}"/>`,
    `<svg x="0" y="0" width="${main.width}" height="${main.height}">${main.svg}</svg>`,
    ...out,
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/** An SVG drawn into a PNG at `scale` times its pixels; rejects when the browser cannot draw or encode it. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas to draw the picture in');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode a PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
