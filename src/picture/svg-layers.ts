import type { ArcLayerProps, ScatterplotLayerProps } from '@deck.gl/layers';
import { labelItems, labelLook, readAccessor as read } from '../layers/label-items';
import type { LayerSpec } from '../layers/types';

/**
 * The layers' specs drawn as SVG instead of by deck.gl: each accessor is read as deck.gl reads it, so the static
 * picture has the WebGL map's arcs, dots and labels with the same positions, widths, colours and fades.
 */

type Point = [number, number];
/** Longitude and latitude to the picture's pixels. */
export type Projector = (lon: number, lat: number) => Point;

/** Escapes text for SVG markup, in text and in double-quoted attributes. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RGBA colour as SVG paint and opacity attributes (`fill` or `stroke`). */
export function paint(kind: 'fill' | 'stroke', color: ArrayLike<number> | undefined): string {
  if (!color) return `${kind}="none"`;
  const alpha = (color[3] ?? 255) / 255;
  const rgb = `rgb(${color[0] ?? 0},${color[1] ?? 0},${color[2] ?? 0})`;
  return alpha >= 1 ? `${kind}="${rgb}"` : `${kind}="${rgb}" ${kind}-opacity="${alpha.toFixed(3)}"`;
}

const f1 = (n: number) => n.toFixed(1);

/**
 * The curve deck.gl's ArcLayer draws on a flat map seen from above: a paraboloid of height `height` × the arc's
 * length, leaned sideways by `tilt` degrees (to the left of the direction of travel), sampled as its shader does.
 */
export function arcPoints(
  source: Point,
  target: Point,
  height: number,
  tilt: number,
  segments: number,
): Point[] {
  const dx = target[0] - source[0];
  const dy = target[1] - source[1];
  const length = Math.hypot(dx, dy);
  if (length === 0 || height === 0) return [source, target];
  // The left of the direction of travel, on a screen whose y points down.
  const nx = dy / length;
  const ny = -dx / length;
  const lean = Math.sin((tilt * Math.PI) / 180);
  const out: Point[] = [];
  for (let i = 0; i < segments; i++) {
    const u = i / (segments - 1);
    const t = u * u * (3 - 2 * u);
    const z = Math.sqrt(t * (1 - t)) * length * height * lean;
    out.push([source[0] + dx * t + nx * z, source[1] + dy * t + ny * z]);
  }
  return out;
}

/** The datum's id as an attribute, so a test or a style can find one feature in the picture. */
const idOf = (d: unknown) => {
  const id = (d as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? ` data-id="${escapeXml(id)}"` : '';
};

const baselines = { top: 'text-before-edge', center: 'central', bottom: 'text-after-edge' } as const;

/** One layer as SVG markup, or '' when it has nothing to draw. */
function layerSvg(spec: LayerSpec, project: Projector): string {
  const parts: string[] = [];
  const at = (position: ArrayLike<number>) => project(position[0] ?? 0, position[1] ?? 0);
  switch (spec.type) {
    case 'arc': {
      const p = spec.props as ArcLayerProps<unknown>;
      const data = Array.isArray(p.data) ? (p.data as unknown[]) : [];
      data.forEach((d, i) => {
        const source = at(read(p.getSourcePosition, d, i, data, [0, 0]) as ArrayLike<number>);
        const target = at(read(p.getTargetPosition, d, i, data, [0, 0]) as ArrayLike<number>);
        const height = read(p.getHeight, d, i, data, 1);
        const tilt = read(p.getTilt, d, i, data, 0);
        const width = read(p.getWidth, d, i, data, 1);
        const color = read(p.getSourceColor, d, i, data, [0, 0, 0, 255]) as ArrayLike<number>;
        const points = arcPoints(source, target, height, tilt, Math.max(2, p.numSegments ?? 50));
        const path = `M${points.map(([x, y]) => `${f1(x)} ${f1(y)}`).join(' ')}`;
        parts.push(
          `<path${idOf(d)} d="${path}" fill="none" ${paint('stroke', color)} stroke-width="${width}"/>`,
        );
      });
      break;
    }
    case 'scatter': {
      const p = spec.props as ScatterplotLayerProps<unknown>;
      const data = Array.isArray(p.data) ? (p.data as unknown[]) : [];
      data.forEach((d, i) => {
        const [x, y] = at(read(p.getPosition, d, i, data, [0, 0]) as ArrayLike<number>);
        // deck.gl's ScatterplotLayer offsets point up the screen for y.
        const offset = read(p.getPixelOffset, d, i, data, [0, 0]) as ArrayLike<number>;
        const radius = read(p.getRadius, d, i, data, 1);
        const fill = read(p.getFillColor, d, i, data, [0, 0, 0, 255]) as ArrayLike<number>;
        const line = p.stroked
          ? (read(p.getLineColor, d, i, data, [0, 0, 0, 255]) as ArrayLike<number>)
          : undefined;
        const lineWidth = read(p.getLineWidth, d, i, data, 1);
        parts.push(
          `<circle${idOf(d)} cx="${f1(x + (offset[0] ?? 0))}" cy="${f1(y - (offset[1] ?? 0))}" r="${radius}" ${paint('fill', fill)} ${line ? `${paint('stroke', line)} stroke-width="${lineWidth}"` : ''}/>`,
        );
      });
      break;
    }
    case 'text': {
      const { halo } = labelLook(spec);
      const haloPaint = halo
        ? `${paint('stroke', halo.color)} stroke-width="${halo.width}" stroke-linejoin="round" paint-order="stroke"`
        : '';
      for (const label of labelItems(spec, project)) {
        const id = label.id === undefined ? '' : ` data-id="${escapeXml(label.id)}"`;
        parts.push(
          `<text${id} x="${f1(label.x)}" y="${f1(label.y)}" font-size="${label.size}" text-anchor="${label.anchor}" dominant-baseline="${baselines[label.baseline]}" ${paint('fill', label.color)} ${haloPaint}>${escapeXml(label.text)}</text>`,
        );
      }
      break;
    }
  }
  if (!parts.length) return '';
  const text =
    spec.type === 'text'
      ? ` font-family="${escapeXml(String(spec.props.fontFamily ?? 'sans-serif'))}" font-weight="${spec.props.fontWeight ?? 'normal'}"`
      : '';
  return `<g data-layer="${escapeXml(String(spec.props.id))}"${text}>${parts.join('')}</g>`;
}

/** The layers, bottom to top, as SVG markup in the picture's pixels. */
export function layersSvg(specs: readonly LayerSpec[], project: Projector): string {
  return specs.map((spec) => layerSvg(spec, project)).join('');
}
