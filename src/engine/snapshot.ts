/** One key of the image's legend: a colour with its meaning, drawn as a line (flows, relations) or a dot (events). */
export interface ImageKey {
  color: string;
  label: string;
  shape: 'line' | 'dashed' | 'dotted' | 'dot';
}

export interface ImageDecorations {
  title: string;
  keys: ImageKey[];
  attribution: string;
  /** CSS colours of the legend box and its text, from the element's theme. */
  panel: string;
  text: string;
  font: string;
}

/** Wraps text into lines no wider than maxWidth, breaking at spaces. */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the legend (bottom left) and the attribution (bottom right) onto a snapshot of the map, so the image is
 * readable and credited without the page around it. Sizes follow the canvas's pixel ratio.
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
  const attribution = wrap(ctx, d.attribution, Math.max(120, width - 2 * pad));
  const attributionHeight = attribution.length * 14 + 6;
  ctx.fillStyle = d.panel;
  ctx.fillRect(0, height - attributionHeight, width, attributionHeight);
  ctx.fillStyle = d.text;
  ctx.textBaseline = 'top';
  attribution.forEach((line, i) => {
    ctx.fillText(line, pad, height - attributionHeight + 3 + i * 14);
  });

  const rowHeight = 17;
  ctx.font = `bold 13px ${d.font}`;
  const titleWidth = ctx.measureText(d.title).width;
  ctx.font = `12px ${d.font}`;
  const keyWidth = Math.max(0, ...d.keys.map((k) => ctx.measureText(k.label).width)) + 34;
  const boxWidth = Math.min(width - 2 * pad, Math.max(titleWidth, keyWidth) + 2 * pad);
  const boxHeight = 22 + d.keys.length * rowHeight + pad;
  const x = pad;
  const y = Math.max(pad, height - attributionHeight - pad - boxHeight);
  ctx.fillStyle = d.panel;
  ctx.fillRect(x, y, boxWidth, boxHeight);
  ctx.fillStyle = d.text;
  ctx.font = `bold 13px ${d.font}`;
  ctx.fillText(d.title, x + pad, y + pad);
  ctx.font = `12px ${d.font}`;
  d.keys.forEach((key, i) => {
    const cy = y + 22 + i * rowHeight + rowHeight / 2;
    ctx.strokeStyle = key.color;
    ctx.fillStyle = key.color;
    if (key.shape === 'dot') {
      ctx.beginPath();
      ctx.arc(x + pad + 10, cy, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.lineWidth = 4;
      ctx.setLineDash(key.shape === 'dashed' ? [6, 3] : key.shape === 'dotted' ? [2, 3] : []);
      ctx.beginPath();
      ctx.moveTo(x + pad, cy);
      ctx.lineTo(x + pad + 20, cy);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = d.text;
    ctx.textBaseline = 'middle';
    ctx.fillText(key.label, x + pad + 28, cy);
    ctx.textBaseline = 'top';
  });
  ctx.restore();
}
