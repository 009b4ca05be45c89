/** Every string the element shows, in one table, so a translation is one more entry. */
export const en = {
  mapLabel: "Map of North Korea's relations and trade",
  loading: 'Loading the map…',
  loadingData: 'Loading data…',
  noFigure: 'no reported figure',
  dataErrorTitle: 'This dataset could not be shown',
  dataErrorKeep: 'The map keeps showing the data it had before.',
  retry: 'Retry',
  noWebgl: 'This browser cannot draw the interactive map because WebGL 2 is not available.',
  yearRefused: (year: string, years: string) =>
    `There is no ${year} in this dataset; choose one of ${years}.`,
  basemapError: 'The basemap could not be loaded',
  attributionBasemap: 'Basemap: Natural Earth',
  attributionData: 'Data',
  attributionStory: 'Story: 9DASHLINE, "Malaysia and North Korea: Friends to foes" (2021)',
  exportsLabel: 'DPRK exports',
  importsLabel: 'DPRK imports',
  totalLabel: 'Two-way trade',
  contextLost: 'The graphics context was lost; redrawing the map…',
  resetView: 'Reset view',
  legend: 'Legend',
  showDetails: 'Details of',
  nothingSelected: 'Choose a country, flow or event…',
};

export type Strings = typeof en;
