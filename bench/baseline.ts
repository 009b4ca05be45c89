/**
 * The benchmark's baseline: a bare MapLibre map with the same offline basemap as <relations-map> and nothing else
 * (no Lit, no deck.gl, no dataset), so the benchmark can report the element's cost as a ratio.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapThemes, buildBasemapStyle } from '../src/basemap/style';
import { loadTopology } from '../src/basemap/topology';

setWorkerUrl(workerUrl);
performance.mark('baseline:start');
const topology = await loadTopology();
performance.mark('baseline:topology');
const map = new MapLibreMap({
  container: 'map',
  style: buildBasemapStyle(topology, {
    colors: basemapThemes.light,
    partnerIds: ['156', '458', '764', '360'],
    focusId: '408',
  }),
  center: [112, 18],
  zoom: 2.5,
  attributionControl: false,
  fadeDuration: 0,
});
performance.mark('baseline:map');
map.fitBounds(
  [
    [94, -9],
    [130, 43],
  ],
  { padding: { top: 16, bottom: 24, left: 320, right: 50 }, animate: false },
);
map.once('idle', () => {
  performance.mark('baseline:idle');
  (window as unknown as { __baselineMap: MapLibreMap }).__baselineMap = map;
});
