import { drawnKey, labelMarks } from '../layers';
import { LABEL_FONT } from '../layers/capital-labels';
import type { Strings } from '../text/strings';
import { mapMarkup, type PictureInput } from './static-picture';
import { keyEntries, type PictureLook, pictureInk, standalonePicture, svgKey, svgText } from './svg-export';
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
  const main = standalonePicture(change, text, look);
  const width = main.width;
  const { ink, paper } = pictureInk(look.theme);
  const cols = Math.max(1, multiples.length);
  const cellWidth = (width - 2 * PAD - (cols - 1) * GAP) / cols;
  const first = multiples[0]?.input.size;
  const cellHeight = first ? (cellWidth * first.height) / first.width : 0;
  let y = main.height + 6;
  const out = [svgText(PAD, y + 9, text.heading, 14, ink, 'bold')];
  y += 26;
  multiples.forEach((m, i) => {
    const x = PAD + i * (cellWidth + GAP);
    const { width: w, height: h } = m.input.size;
    out.push(
      `<svg data-year-picture="${i}" x="${x.toFixed(1)}" y="${y}" width="${cellWidth.toFixed(1)}" height="${cellHeight.toFixed(1)}" viewBox="0 0 ${w} ${h}" overflow="hidden">${mapMarkup(m.input)}</svg>`,
      svgText(Number(x.toFixed(1)), Number((y + cellHeight + 11).toFixed(1)), m.caption, 12, ink),
    );
  });
  // The small pictures' own marks (every year's directions, statuses, kinds of event and label marks), under them.
  const seen = new Set<string>();
  const entries = multiples
    .flatMap(({ input: { dataset, state: s } }) =>
      keyEntries({
        keys: drawnKey(dataset, s.year, s.layers, s.direction, s.palette, text.strings),
        marks: labelMarks(dataset, s.year, s.layers, text.strings),
      }),
    )
    .filter((e) => !seen.has(e.label) && seen.add(e.label));
  const key = svgKey(entries, y + cellHeight + 24, width, change.measure, ink);
  out.push(key.markup);
  const height = Math.ceil(key.bottom + PAD);
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
