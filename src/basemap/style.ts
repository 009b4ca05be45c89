import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { crossesAntimeridian, unwrapRing } from './antimeridian';

export interface BasemapColors {
  ocean: string;
  land: string;
  partner: string;
  focus: string;
  border: string;
  coast: string;
}

export const basemapThemes: Record<'light' | 'dark', BasemapColors> = {
  light: {
    ocean: '#dbe7f0',
    land: '#f4f1ea',
    partner: '#e6dcc4',
    focus: '#f0c9b8',
    border: '#a9a49a',
    coast: '#9fb4c4',
  },
  dark: {
    ocean: '#0f1a24',
    land: '#23282e',
    partner: '#3a3a30',
    focus: '#4d3128',
    border: '#5a5f66',
    coast: '#2e4456',
  },
};

export interface BasemapOptions {
  colors: BasemapColors;
  /** ISO 3166 numeric ids of the countries to highlight as partners. */
  partnerIds: readonly string[];
  /** ISO 3166 numeric id of the focus country. */
  focusId?: string | undefined;
}

interface CountryProperties {
  name: string;
  role: 'focus' | 'partner' | 'other';
}

const ANTARCTICA = '010';

/**
 * Countries, and, in the project's mixed-detail basemap, `frontier`: the borders between a country drawn at 1:50m
 * and a neighbour drawn at 1:110m, which no longer share an arc.
 */
export type CountriesTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  frontier?: GeometryCollection;
}>;

export function isCountriesTopology(value: unknown): value is CountriesTopology {
  const v = value as Partial<CountriesTopology> | null;
  return (
    !!v && v.type === 'Topology' && !!v.objects && typeof v.objects === 'object' && 'countries' in v.objects
  );
}

function fixPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring) => (crossesAntimeridian(ring) ? unwrapRing(ring) : ring));
}

type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
/** Converted once per topology and highlight: the MapLibre style and the static picture share the work. */
const converted = new WeakMap<CountriesTopology, Map<string, Countries>>();

/**
 * The countries of a world-atlas topology as GeoJSON, with antimeridian rings repaired and Antarctica left out.
 * The result is shared: read it, never change it.
 */
export function countriesFromTopology(
  topology: CountriesTopology,
  options: Pick<BasemapOptions, 'partnerIds' | 'focusId'>,
): Countries {
  const key = `${options.focusId}|${options.partnerIds.join()}`;
  const byKey = converted.get(topology) ?? new Map<string, Countries>();
  converted.set(topology, byKey);
  const countries = byKey.get(key) ?? convertCountries(topology, options);
  byKey.set(key, countries);
  return countries;
}

function convertCountries(
  topology: CountriesTopology,
  options: Pick<BasemapOptions, 'partnerIds' | 'focusId'>,
): Countries {
  const all = feature(topology, topology.objects.countries);
  const partners = new Set(options.partnerIds);
  const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  for (const f of all.features) {
    const id = f.id === undefined ? '' : String(f.id);
    if (id === ANTARCTICA || !f.geometry) continue;
    const g = f.geometry;
    let geometry: Polygon | MultiPolygon;
    if (g.type === 'Polygon') geometry = { type: 'Polygon', coordinates: fixPolygon(g.coordinates) };
    else if (g.type === 'MultiPolygon') {
      geometry = { type: 'MultiPolygon', coordinates: g.coordinates.map(fixPolygon) };
    } else continue;
    const role = id === options.focusId ? 'focus' : partners.has(id) ? 'partner' : 'other';
    features.push({ type: 'Feature', id, properties: { name: f.properties?.name ?? '', role }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

const borders = new WeakMap<CountriesTopology, MultiLineString>();

/**
 * Land borders only (arcs shared by two countries): coastlines come from the fill, so no antimeridian seam. Made
 * once per topology and shared by the MapLibre style and the static picture: read it, never change it.
 */
export function bordersFromTopology(topology: CountriesTopology): MultiLineString {
  const made = borders.get(topology) ?? meshBorders(topology);
  borders.set(topology, made);
  return made;
}

function meshBorders(topology: CountriesTopology): MultiLineString {
  const shared = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const frontier = topology.objects.frontier;
  if (!frontier) return shared;
  return {
    type: 'MultiLineString',
    coordinates: [...shared.coordinates, ...mesh(topology, frontier).coordinates],
  };
}

/**
 * A complete MapLibre style built from local data: no glyphs, sprites or tiles, so MapLibre never requests
 * anything. Labels are SVG text over the map (src/engine/label-overlay.ts) instead of MapLibre symbols for the same reason.
 */
export function buildBasemapStyle(topology: CountriesTopology, options: BasemapOptions): StyleSpecification {
  const c = options.colors;
  return {
    version: 8,
    name: 'relations-map offline basemap',
    sources: {
      countries: {
        type: 'geojson',
        data: countriesFromTopology(topology, options),
        attribution: 'Natural Earth',
      },
      borders: {
        type: 'geojson',
        data: { type: 'Feature', properties: {}, geometry: bordersFromTopology(topology) },
      },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': c.ocean } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': ['match', ['get', 'role'], 'focus', c.focus, 'partner', c.partner, c.land],
          'fill-antialias': true,
          'fill-outline-color': c.coast,
        },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': c.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2],
        },
      },
    ],
  };
}

/** Recolours an existing style for a theme change without rebuilding its sources. */
export function paintForTheme(
  colors: BasemapColors,
): Array<[layer: string, property: string, value: unknown]> {
  return [
    ['ocean', 'background-color', colors.ocean],
    [
      'land',
      'fill-color',
      ['match', ['get', 'role'], 'focus', colors.focus, 'partner', colors.partner, colors.land],
    ],
    ['land', 'fill-outline-color', colors.coast],
    ['borders', 'line-color', colors.border],
  ];
}
