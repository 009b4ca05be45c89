import type { StyleSpecification } from 'maplibre-gl';
import type { Dataset } from '../data/schema';
import { highlightIds } from './highlight';
import { basemapThemes, buildBasemapStyle } from './style';
import type { Topology } from './topology';

type Theme = keyof typeof basemapThemes;

/** The basemap's colours and highlighted countries for a dataset, in a theme. */
export const basemapStyle = (topology: Topology, dataset: Dataset, theme: Theme): StyleSpecification =>
  buildBasemapStyle(topology, { colors: basemapThemes[theme], ...highlightIds(dataset) });

/**
 * Converting the basemap to GeoJSON takes a good part of a frame budget: the style is made while MapLibre and
 * deck.gl are still downloading, and taken once when the map is made, if it still fits the dataset and theme.
 */
export class PreparedStyle {
  private prepared: { dataset: Dataset; theme: Theme; style: StyleSpecification } | undefined;

  prepare(topology: Topology, dataset: Dataset, theme: Theme): void {
    this.prepared = { dataset, theme, style: basemapStyle(topology, dataset, theme) };
  }

  /** The prepared style if it fits, else one made now; the prepared one is used once. */
  take(topology: Topology, dataset: Dataset, theme: Theme): StyleSpecification {
    const prepared = this.prepared;
    this.prepared = undefined;
    return prepared && prepared.dataset === dataset && prepared.theme === theme
      ? prepared.style
      : basemapStyle(topology, dataset, theme);
  }
}
