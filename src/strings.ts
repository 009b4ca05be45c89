/** Every string the element shows, in one table, so a translation is one more entry. */
export const en = {
  mapLabel: "Map of North Korea's relations and trade",
  poster:
    "Map of North Korea's relations and trade with South-East Asia and China: loads when scrolled into view.",
  loading: 'Loading the map…',
  loadingData: 'Loading data…',
  noFigure: 'no reported figure',
  dataErrorTitle: 'This dataset could not be shown',
  dataErrorKeep: 'The map keeps showing the data it had before.',
  retry: 'Retry',
  noWebgl:
    'This browser cannot draw the interactive map because WebGL 2 is not available; here is a static picture and the figures.',
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
  share: 'Share or embed this view',
  permalink: 'Link to this view',
  embedCode: 'Code to embed this view in another page',
  copy: 'Copy',
  staticMapLabel: (year: string) => `Static map of North Korea's trade flows in ${year}`,
  tradeTableCaption: (year: string) => `Trade figures, ${year} (bold: drawn on the map)`,
  relationsTableCaption: (year: string) => `Diplomatic relations, ${year}`,
  showDetails: 'Details of',
  nothingSelected: 'Choose a country, flow or event…',
};

export type Strings = typeof en;
