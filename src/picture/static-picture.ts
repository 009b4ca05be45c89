import { highlightIds } from '../basemap/highlight';
import { type BasemapColors, bordersFromTopology, countriesFromTopology } from '../basemap/style';
import type { Topology } from '../basemap/topology';
import type { Dataset } from '../data/schema';
import { type Camera, projector, type Size } from '../geo/mercator';
import { buildLayers } from '../layers';
import { LABEL_FONT, type Measure, placeCapitalLabels } from '../layers/capital-labels';
import type { Box, Placement } from '../layers/label-placement';
import { settleLineLabels } from '../layers/line-labels';
import type { LayerSpec, ViewState } from '../layers/types';
import { borderPath, borderWidth, landPaths } from './static-map';
import { escapeXml, layersSvg } from './svg-layers';

/**
 * The map as one SVG picture, from the dataset and the basemap's topology, in the same projection and camera as the
 * WebGL map: land, borders, and the layers' own specs (arcs, relation lines, dots, labels) drawn as SVG. It is the
 * element's first frame, its picture without WebGL, and (with a title, key and sources around it) its print, its
 * SVG download and the build's posters.
 */
export interface PictureInput {
  dataset: Dataset;
  state: Omit<ViewState, 'transitionMs' | 'labelPlacement'>;
  topology: Topology | undefined;
  colors: BasemapColors;
  camera: Camera;
  size: Size;
  /** Text widths for placing the labels: a canvas in the browser, a guess in Node. */
  measure: Measure;
  /** The picture's accessible name and its description (a summary of the year). */
  title: string;
  description: string;
  /** Boxes the labels keep out of: the element's own bar, key and panels over the picture. */
  obstacles?: readonly Box[];
}

/** Where the picture's labels go (null: no room), as the map's label placement would put them. */
export function picturePlacements(
  input: Pick<PictureInput, 'dataset' | 'state' | 'camera' | 'size' | 'measure' | 'obstacles'>,
): Map<string, Placement | null> {
  const { size } = input;
  const project = projector(input.camera, size);
  return placeCapitalLabels(
    input.dataset,
    input.state.year,
    input.state.layers,
    ([lon, lat]) => {
      const [x, y] = project(lon, lat);
      return { x, y };
    },
    input.measure,
    { left: 2, top: 2, right: size.width - 2, bottom: size.height - 2 },
    input.obstacles ?? [],
    input.state.emphasis?.places,
  );
}

/** The map's drawing, without the `<svg>` around it: ocean, land, borders, layers, in the picture's pixels. */
export function mapMarkup(input: PictureInput): string {
  return mapDrawing(input).markup;
}

/**
 * The map's drawing and the layer specs it drew: a pointer over the picture finds what it points at in the very
 * specs the picture was drawn from (its shapes carry their layer's id and their datum's).
 */
export function mapDrawing(input: PictureInput): { markup: string; specs: LayerSpec[] } {
  const { dataset, state, colors, camera, size } = input;
  const project = projector(camera, size);
  const parts = [`<rect width="${size.width}" height="${size.height}" fill="${colors.ocean}"/>`];
  if (input.topology) {
    const shapes = {
      countries: countriesFromTopology(input.topology, highlightIds(dataset)),
      borders: bordersFromTopology(input.topology),
    };
    const fill = { focus: colors.focus, partner: colors.partner, other: colors.land };
    for (const role of ['other', 'partner', 'focus'] as const) {
      const d = landPaths(shapes.countries, camera, size)
        .filter((l) => l.role === role)
        .map((l) => l.d)
        .join('');
      if (d)
        parts.push(
          `<path data-land="${role}" d="${d}" fill="${fill[role]}" stroke="${colors.coast}" stroke-width="0.8"/>`,
        );
    }
    const borders = borderPath(shapes.borders, camera, size);
    if (borders)
      parts.push(
        `<path data-borders="" d="${borders}" fill="none" stroke="${colors.border}" stroke-width="${borderWidth(camera.zoom).toFixed(2)}"/>`,
      );
  }
  const placements = picturePlacements(input);
  const specs = settleLineLabels(
    buildLayers(dataset, { ...state, transitionMs: 0, labelPlacement: { version: 0, placements } }),
    project,
    input.measure,
  );
  parts.push(layersSvg(specs, project));
  return { markup: parts.join(''), specs };
}

/** The map alone as an `<svg>` of its size: the element's first frame and its picture without WebGL. */
export function staticPicture(input: PictureInput, className = 'static-map'): string {
  return staticDrawing(input, className).svg;
}

/** The map alone as an `<svg>`, with the layer specs it drew. */
export function staticDrawing(
  input: PictureInput,
  className = 'static-map',
): { svg: string; specs: LayerSpec[] } {
  const { width, height } = input.size;
  const drawing = mapDrawing(input);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(input.title)}" font-family="${escapeXml(LABEL_FONT)}"><title>${escapeXml(input.title)}</title><desc>${escapeXml(input.description)}</desc>${drawing.markup}</svg>`;
  return { svg, specs: drawing.specs };
}
