/** One key of the image's legend: a colour with its meaning, drawn as a line (flows, relations) or a dot (events). */
export type { KeyItem as ImageKey } from '../layers/key';

import { type KeyItem as ImageKey, KEY_DASH, type KeyMark } from '../layers/key';
import type { EdgeChip } from './edge-chips';

export interface ImageDecorations {
  title: string;
  keys: ImageKey[];
  /** The marks on the labels (∅, *) with what they mean. */
  marks: KeyMark[];
  /** The countries' shading: the focus country's colour and the other countries' in the data. */
  areas: Array<{ color: string; label: string }>;
  /** The countries off the image, named where their lines leave it, in CSS pixels of the image. */
  edges?: EdgeChip[];
  /** The arc widths with the values they stand for, in CSS pixels. */
  widths: Array<{ width: number; label: string }>;
  /** The publishers of what is drawn, as one line; empty for none. */
  sources: string;
  attribution: string;
  /** CSS colours of the legend box and its text, from the element's theme. */
  panel: string;
  text: string;
  font: string;
}

/** Wraps text into lines no wider than maxWidth, breaking at spaces, as `width` measures them. */
export function wrapWords(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const wrap = (ctx: CanvasRenderingContext2D, text: string, maxWidth: number) =>
  wrapWords(text, maxWidth, (line) => ctx.measureText(line).width);

/**
 * Draws the title (top), the key with the arc widths (bottom left), and the sources and attribution (bottom) onto
 * a snapshot of the map, so the image is readable and credited without the page around it. Sizes follow the canvas's
 * pixel ratio.
 */
export function decorateSnapshot(canvas: HTMLCanvasElement, cssWidth: number, d: ImageDecorations): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  const scale = canvas.width / Math.max(1, cssWidth);
  ctx.save();
  ctx.scale(scale, scale);
  const width = canvas.width / scale;
  const height = canvas.height / scale;
  const pad = 8;

  ctx.font = `11px ${d.font}`;
  const attribution = [
    ...(d.sources ? wrap(ctx, d.sources, Math.max(120, width - 2 * pad)) : []),
    ...wrap(ctx, d.attribution, Math.max(120, width - 2 * pad)),
  ];
  const attributionHeight = attribution.length * 14 + 6;
  ctx.fillStyle = d.panel;
  ctx.fillRect(0, height - attributionHeight, width, attributionHeight);
  ctx.fillStyle = d.text;
  ctx.textBaseline = 'top';
  attribution.forEach((line, i) => {
    ctx.fillText(line, pad, height - attributionHeight + 3 + i * 14);
  });

  const rowHeight = 17;
  // The title across the top, wrapped to the image's width.
  ctx.font = `bold 14px ${d.font}`;
  const title = wrap(ctx, d.title, Math.max(120, width - 4 * pad));
  const titleHeight = title.length * 18 + 8;
  ctx.fillStyle = d.panel;
  ctx.fillRect(0, 0, width, titleHeight);
  ctx.fillStyle = d.text;
  ctx.textBaseline = 'top';
  title.forEach((line, i) => {
    ctx.fillText(line, 2 * pad, 5 + i * 18);
  });

  // Over the line they name, inside the band between the title and the sources.
  ctx.font = `12px ${d.font}`;
  for (const chip of d.edges ?? []) {
    const y = Math.min(height - attributionHeight - chip.height - 4, Math.max(titleHeight + 4, chip.y));
    ctx.fillStyle = d.panel;
    ctx.strokeStyle = d.text;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(chip.x, y, chip.width, chip.height, chip.height / 2);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = d.text;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(chip.text, chip.x + chip.width / 2, y + chip.height / 2);
    ctx.textAlign = 'start';
  }
  const widest = (labels: string[]) => Math.max(0, ...labels.map((label) => ctx.measureText(label).width));
  const rows = [
    ...d.keys.map((key) => ({ key, label: key.label })),
    ...d.marks.map((m) => ({ mark: m.mark, label: m.label })),
    ...d.areas.map((a) => ({ area: a.color, label: a.label })),
  ];
  const keyWidth = Math.max(widest(rows.map((r) => r.label)), widest(d.widths.map((w) => w.label))) + 34;
  const widthRows = d.widths.map((w) => Math.max(rowHeight, w.width + 6));
  const boxWidth = Math.min(width - 2 * pad, keyWidth + 2 * pad);
  const boxHeight = pad + widthRows.reduce((a, b) => a + b, 0) + rows.length * rowHeight + pad;
  const x = pad;
  const y = Math.max(titleHeight + pad, height - attributionHeight - pad - boxHeight);
  ctx.fillStyle = d.panel;
  ctx.fillRect(x, y, boxWidth, boxHeight);
  let rowTop = y + pad;
  d.widths.forEach((w, i) => {
    const cy = rowTop + widthRows[i]! / 2;
    ctx.strokeStyle = d.text;
    ctx.lineWidth = w.width;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(x + pad + w.width / 2, cy);
    ctx.lineTo(x + pad + 20, cy);
    ctx.stroke();
    ctx.fillStyle = d.text;
    ctx.textBaseline = 'middle';
    ctx.fillText(w.label, x + pad + 28, cy);
    rowTop += widthRows[i]!;
  });
  ctx.lineCap = 'butt';
  ctx.textBaseline = 'top';
  rows.forEach((row, i) => {
    const cy = rowTop + i * rowHeight + rowHeight / 2;
    const { key } = row as { key?: ImageKey };
    if (!key) {
      const { mark, area } = row as { mark?: string; area?: string };
      if (area) {
        ctx.fillStyle = area;
        ctx.fillRect(x + pad + 1, cy - 6, 18, 12);
      } else {
        ctx.fillStyle = d.text;
        ctx.font = `bold 13px ${d.font}`;
        ctx.textBaseline = 'middle';
        ctx.fillText(mark ?? '', x + pad + 4, cy);
        ctx.font = `12px ${d.font}`;
      }
    } else if (key.shape === 'dot') {
      ctx.fillStyle = key.color;
      ctx.beginPath();
      ctx.arc(x + pad + 10, cy, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.strokeStyle = key.color;
      ctx.lineWidth = 4;
      ctx.setLineDash([...KEY_DASH[key.shape]]);
      ctx.beginPath();
      ctx.moveTo(x + pad, cy);
      ctx.lineTo(x + pad + 20, cy);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = d.text;
    ctx.textBaseline = 'middle';
    ctx.fillText(row.label, x + pad + 28, cy);
    ctx.textBaseline = 'top';
  });
  ctx.restore();
}
