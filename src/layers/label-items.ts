import type { Accessor, AccessorFunction } from '@deck.gl/core';
import type { TextLayerProps } from '@deck.gl/layers';
import type { LabelDatum, LayerSpec } from './types';

/** Reads a deck.gl accessor (a constant or a function of the datum) for one datum, as deck.gl reads it. */
export function readAccessor<D, T>(
  accessor: Accessor<D, T> | undefined,
  d: D,
  index: number,
  data: D[],
  fallback: T,
): T {
  if (accessor === undefined) return fallback;
  if (typeof accessor === 'function')
    return (accessor as AccessorFunction<D, T>)(d, { index, data, target: [] });
  return accessor;
}

/** One label of a text spec, in the map's pixels: where its anchor point is, and how it sits on it. */
export interface LabelItem extends Pick<LabelDatum, 'text' | 'size' | 'anchor' | 'baseline'> {
  id: string | undefined;
  x: number;
  y: number;
  color: ArrayLike<number>;
}

/** A text spec's look shared by all its labels: font and halo. */
export interface LabelLook {
  fontFamily: string;
  fontWeight: string;
  /** The halo around each label (deck.gl's outline), or none. */
  halo: { width: number; color: ArrayLike<number> } | undefined;
}

export function labelLook(spec: LayerSpec): LabelLook {
  const props = spec.props as unknown as TextLayerProps<unknown>;
  return {
    fontFamily: String(props.fontFamily ?? 'sans-serif'),
    fontWeight: String(props.fontWeight ?? 'normal'),
    halo: props.outlineWidth
      ? {
          width: props.outlineWidth,
          color: (props.outlineColor ?? [255, 255, 255, 255]) as ArrayLike<number>,
        }
      : undefined,
  };
}

/**
 * The labels of a text spec, read as deck.gl's TextLayer reads them (its pixel offset points down the screen), so
 * whatever draws them (the map's label overlay, the static picture, an exported image) puts them in the same place.
 */
export function labelItems(
  spec: LayerSpec,
  project: (lon: number, lat: number) => readonly [number, number],
): LabelItem[] {
  if (spec.type !== 'text') return [];
  const props = spec.props as unknown as TextLayerProps<unknown>;
  const data = Array.isArray(props.data) ? (props.data as unknown[]) : [];
  return data.map((d, i) => {
    const position = readAccessor(props.getPosition, d, i, data, [0, 0]) as ArrayLike<number>;
    const [x, y] = project(position[0] ?? 0, position[1] ?? 0);
    const offset = readAccessor(props.getPixelOffset, d, i, data, [0, 0]) as ArrayLike<number>;
    const id = (d as { id?: unknown } | null)?.id;
    return {
      id: typeof id === 'string' ? id : undefined,
      text: String(readAccessor(props.getText, d, i, data, '')),
      x: x + (offset[0] ?? 0),
      y: y + (offset[1] ?? 0),
      size: readAccessor(props.getSize, d, i, data, 12),
      anchor: readAccessor(props.getTextAnchor, d, i, data, 'middle'),
      baseline: readAccessor(props.getAlignmentBaseline, d, i, data, 'center'),
      color: readAccessor(props.getColor, d, i, data, [0, 0, 0, 255]) as ArrayLike<number>,
    };
  });
}
