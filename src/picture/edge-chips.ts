import { landInView } from '../basemap/land-in-view';
import type { Topology } from '../basemap/topology';
import type { Dataset } from '../data/schema';
import { edgeMarkers, layOutEdgeMarkers } from '../geo/edge-markers';
import type { Measure } from '../layers/capital-labels';
import { nearestCopy } from '../layers/geometry';

/** A country off a picture, named on a chip where its line leaves the picture: "United States →". */
export interface EdgeChip {
  /** The countries it names, space-separated. */
  code: string;
  text: string;
  /** The chip's box, in the picture's pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

const CHIP_HEIGHT = 20;

/**
 * The countries off a picture (an image or a printout of the map), each named on a chip at the point where the line
 * from the focus country leaves it, as the map names them at its edge: on paper or in a file, a line running off the
 * edge would otherwise lead nowhere a reader can see. Chips are drawn over the line, so it never strikes them through.
 */
export function edgeChips(
  dataset: Dataset,
  project: (lon: number, lat: number) => readonly [number, number],
  size: { width: number; height: number },
  measure: Measure,
  /** The basemap's countries: a country whose land is in the picture is not off it, its capital is. */
  topology?: Topology,
): EdgeChip[] {
  const focus = dataset.actors.find((a) => a.code === dataset.focus);
  if (!focus) return [];
  const from: [number, number] = [focus.capital.lon, focus.capital.lat];
  const [fx, fy] = project(...from);
  const inset = 6;
  const view = { left: inset, top: inset, right: size.width - inset, bottom: size.height - inset };
  const actors = dataset.actors
    .filter((a) => a.code !== dataset.focus)
    .map((a) => {
      const [x, y] = project(...nearestCopy(from, [a.capital.lon, a.capital.lat]));
      return { code: a.code, name: a.name, x, y };
    })
    .filter((a) => a.x < 0 || a.x > size.width || a.y < 0 || a.y > size.height);
  // Chips that would touch are one chip, as the map's markers are; none covers the focus capital's dot.
  const chipSize = (text: string) => ({ width: measure(text, 12) + 12, height: CHIP_HEIGHT });
  const dot = { left: fx - 8, top: fy - 8, right: fx + 8, bottom: fy + 8 };
  const toScreen = ([lon, lat]: [number, number]) => {
    const [x, y] = project(lon, lat);
    return { x, y };
  };
  const markers = edgeMarkers(view, { x: fx, y: fy }, actors).map((m) =>
    topology && landInView(topology, dataset, m.code, toScreen, view, from[0])
      ? { ...m, name: dataset.actors.find((a) => a.code === m.code)!.capital.name }
      : m,
  );
  return layOutEdgeMarkers(markers, view, chipSize, [dot]).map((m) => ({
    code: m.codes.join(' '),
    text: m.text,
    x: m.left,
    y: m.top,
    width: m.width,
    height: m.height,
  }));
}
