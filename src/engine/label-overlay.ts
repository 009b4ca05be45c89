import type { Measure } from '../layers/capital-labels';
import { type LabelItem, type LabelLook, labelItems, labelLook } from '../layers/label-items';
import type { Box } from '../layers/label-placement';
import { settleLineLabels } from '../layers/line-labels';
import type { LayerSpec } from '../layers/types';

const SVG = 'http://www.w3.org/2000/svg';
const baselines = { top: 'text-before-edge', center: 'central', bottom: 'text-after-edge' } as const;
const canvasBaselines = { top: 'top', center: 'middle', bottom: 'bottom' } as const;
const canvasAligns = { start: 'left', middle: 'center', end: 'right' } as const;

const rgb = (c: ArrayLike<number>) => `rgb(${c[0] ?? 0},${c[1] ?? 0},${c[2] ?? 0})`;
const alpha = (c: ArrayLike<number>) => (c[3] ?? 255) / 255;

/**
 * The map's labels as SVG text over its canvases, moved with the map on every frame it draws, instead of deck.gl's
 * TextLayer. Measured: on a machine drawing WebGL in software, the TextLayer's shaders held the WebGL map's first
 * picture back by 1.3–1.5 s (the compositor waits for them when it reads the canvas); SVG text costs the page a few
 * elements, shapes any script the browser can, and is the very text the static picture draws from the same specs.
 * Hidden from assistive technology: the element's list of places names them.
 */
/** What labels on lines need: text widths, and what they keep off besides the map's names and dots (edge markers). */
export interface LineLabelOptions {
  measure: Measure;
  /** In the map's pixels. */
  obstacles: () => readonly Box[];
}

export class LabelOverlay {
  private readonly svg: SVGSVGElement;
  private specs: LayerSpec[] = [];
  /** Every layer's spec: labels on lines keep off the dots and names they draw. */
  private all: readonly LayerSpec[] = [];
  /** The zoom the labels on lines were last settled for: a pan moves everything alike, a zoom does not. */
  private settledFor = '';
  /** Shown with deck.gl's first frame, as the arcs they name. */
  private shown = false;

  constructor(
    container: HTMLElement,
    private readonly lines: LineLabelOptions,
    private readonly project: (lon: number, lat: number) => readonly [number, number],
  ) {
    this.svg = document.createElementNS(SVG, 'svg');
    // A class, not a style attribute: a strict Content-Security-Policy blocks those (the element's sheet places it).
    this.svg.setAttribute('class', 'map-labels');
    this.svg.setAttribute('aria-hidden', 'true');
    container.append(this.svg);
  }

  /** The layers' specs, of which it draws the text; drawn at once once shown (a year switch shows its labels with its arcs). */
  set(specs: readonly LayerSpec[]): void {
    this.all = specs;
    this.settledFor = '';
    this.settle();
    this.draw();
  }

  private settle(): void {
    const [a, b] = [this.project(0, 0), this.project(10, 10)];
    const zoom = `${(b[0] - a[0]).toFixed(1)},${(b[1] - a[1]).toFixed(1)}`;
    if (zoom === this.settledFor) return;
    this.settledFor = zoom;
    const visible = this.all.filter((s) => s.props.visible !== false);
    this.specs = settleLineLabels(visible, this.project, this.lines.measure, this.lines.obstacles).filter(
      (s) => s.type === 'text',
    );
  }

  show(): void {
    this.shown = true;
    this.draw();
  }

  /** Places every label where the map's camera puts it now (on every frame the map draws). */
  draw = (): void => {
    if (!this.shown) return;
    this.settle();
    const groups = this.svg.children;
    this.specs.forEach((spec, i) => {
      let group = groups[i] as SVGGElement | undefined;
      if (!group) {
        group = document.createElementNS(SVG, 'g');
        this.svg.append(group);
      }
      this.drawSpec(group, spec);
    });
    while (groups.length > this.specs.length) groups[groups.length - 1]!.remove();
  };

  private drawSpec(group: SVGGElement, spec: LayerSpec): void {
    const look = labelLook(spec);
    setAttributes(group, {
      'data-layer': String(spec.props.id),
      'font-family': look.fontFamily,
      'font-weight': look.fontWeight,
      stroke: look.halo ? rgb(look.halo.color) : 'none',
      'stroke-opacity': look.halo ? String(alpha(look.halo.color)) : '1',
      'stroke-width': String(look.halo?.width ?? 0),
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    });
    const items = labelItems(spec, this.project);
    const texts = group.children;
    items.forEach((label, i) => {
      let text = texts[i] as SVGTextElement | undefined;
      if (!text) {
        text = document.createElementNS(SVG, 'text');
        group.append(text);
      }
      if (text.textContent !== label.text) text.textContent = label.text;
      setAttributes(text, {
        'data-id': label.id ?? '',
        x: label.x.toFixed(1),
        y: label.y.toFixed(1),
        'font-size': String(label.size),
        'text-anchor': label.anchor,
        'dominant-baseline': baselines[label.baseline],
        fill: rgb(label.color),
        'fill-opacity': String(alpha(label.color)),
      });
    });
    while (texts.length > items.length) texts[texts.length - 1]!.remove();
  }

  /** Draws the labels into an image of the map (`ratio`: its pixels per CSS pixel), as they are on screen. */
  paint(ctx: CanvasRenderingContext2D, ratio: number): void {
    if (!this.shown) return;
    for (const spec of this.specs) paintLabels(ctx, ratio, labelLook(spec), labelItems(spec, this.project));
  }

  destroy(): void {
    this.svg.remove();
  }
}

function setAttributes(element: Element, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes))
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function paintLabels(
  ctx: CanvasRenderingContext2D,
  ratio: number,
  look: LabelLook,
  items: LabelItem[],
): void {
  ctx.save();
  ctx.scale(ratio, ratio);
  ctx.lineJoin = 'round';
  for (const label of items) {
    ctx.font = `${look.fontWeight} ${label.size}px ${look.fontFamily}`;
    ctx.textAlign = canvasAligns[label.anchor];
    ctx.textBaseline = canvasBaselines[label.baseline];
    if (look.halo) {
      // SVG's halo is a stroke under the fill, half of it outside the letters: the same here.
      ctx.globalAlpha = alpha(look.halo.color);
      ctx.strokeStyle = rgb(look.halo.color);
      ctx.lineWidth = look.halo.width;
      ctx.strokeText(label.text, label.x, label.y);
    }
    ctx.globalAlpha = alpha(label.color);
    ctx.fillStyle = rgb(label.color);
    ctx.fillText(label.text, label.x, label.y);
  }
  ctx.restore();
}
