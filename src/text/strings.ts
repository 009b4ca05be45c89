import type { EventCategory, LayerToken } from '../data/categories';
import type { NotComparedReason } from '../data/compare';
import type { Dataset, DiplomaticStatus, Evidence, RelationsEvent } from '../data/schema';
import { type Direction, type FlowRole, plainName } from '../data/selectors';
import type { NoShareReason } from '../data/shares';
import { namesLanguageOf } from '../data/translations';

/** A dataset's own names for the interface's sentences: its focus country's, short and plain, and its story's credit. */
export interface DatasetNames {
  focus: string;
  short: string;
  credit: string | undefined;
  /** The primary language the focus country's name is written in (`en`, `ms`). */
  language: string;
}

export type DatasetWords = Pick<
  Strings,
  'mapLabel' | 'poster' | 'attributionStory' | 'role' | 'staticMapLabel' | 'directionNames' | 'shareColumn'
>;

/**
 * Every string the interface shows, in one table per language, so a translation is one more entry and the type
 * checker refuses an incomplete one. Dataset text (names, captions, summaries, the method note) is the dataset's own.
 */
export interface Strings {
  mapLabel: string;
  poster: string;
  loading: string;
  loadingData: string;
  noFigure: string;
  /** Under a capital's label: figures were published for that year, but none is drawn. */
  notDrawn: string;
  /** In a capital's tooltip: the published figure that is not drawn, and its period when partial. */
  notDrawnFigure: (value: string, period: string) => string;
  noFigureAbout: (about: string) => string;
  dataErrorTitle: string;
  dataErrorKeep: string;
  retry: string;
  noWebgl: string;
  yearRefused: (year: string, years: string) => string;
  basemapError: string;
  /** deck.gl's code failed to load: the basemap is there, the relations cannot be drawn. */
  layersError: string;
  attributionBasemap: string;
  attributionData: string;
  attributionStory: string;
  role: Record<FlowRole, string>;
  contextLost: string;
  resetView: string;
  legend: string;
  share: string;
  permalink: string;
  embedCode: string;
  /** In place of the embed code where the library's own file cannot be found (an app bundled it): how to offer one. */
  embedCodeUnavailable: string;
  copy: string;
  /** Said on the Copy button, and announced, once the text is on the clipboard. */
  copied: string;
  /** When the browser refused the clipboard: the text is selected for the reader to copy. */
  copyByHand: string;
  staticMapLabel: (year: string) => string;
  /** An exported picture's heading: the dataset's title, then the year and its label. */
  imageTitle: (title: string, year: number, label: string) => string;
  /** The key's swatch of the focus country's shading, and of the other countries in the data. */
  shadingFocus: (name: string) => string;
  shadingPartners: string;
  /** The year's summary for readers who cannot see the map: its largest partner, its relations, its events. */
  summaryPartner: (year: string, focus: string, partner: string, value: string, series: string) => string;
  summaryRelations: (status: string, partners: string) => string;
  /** The map's headline, the first sentence of its alt text: the story's relation that year. */
  headline: (year: string, focus: string, partner: string, status: string) => string;
  /** The key's line for the story's relation, drawn thick. */
  featuredRelation: (status: string, partner: string) => string;
  summaryEvents: (count: number) => string;
  tradeTableCaption: (year: string) => string;
  relationsTableCaption: (year: string) => string;
  eventsTableCaption: (year: string) => string;
  showDetails: string;
  nothingSelected: string;
  // Year slider
  year: string;
  play: string;
  pause: string;
  // Layer toggles
  layersLegend: string;
  layerNames: Record<LayerToken, string>;
  tradeDirection: string;
  directionNames: Record<Direction, string>;
  // Legend
  tradeKey: string;
  tradeKeyTitle: string;
  widthRule: (minWidth: string) => string;
  sameScale: string;
  /** The legend's smallest width: every smaller value is drawn as thin. */
  upTo: (value: string) => string;
  /** Partners drawn in both directions but with no figure for the one chosen (only two-way totals, say). */
  noDirectionFigure: (direction: string, partners: string) => string;
  scaledTo: (year: string) => string;
  rescale: string;
  relationsKey: string;
  statusNames: Record<DiplomaticStatus, string>;
  embassyKey: string;
  eventsKey: string;
  eventsKeyTitle: string;
  categoryNames: Record<EventCategory, string>;
  // Details, tooltips and the table's cells
  closeDetails: string;
  /** Opens the rest of the details on a phone, where they open as a few lines. */
  moreDetails: string;
  sources: string;
  source: string;
  capital: string;
  trade: string;
  evidence: string;
  evidenceNames: Record<Evidence, string>;
  /** How a figure is known, in a reader's words: "reported by KOTRA", "worked out from Matrade figures". */
  figureBasis: (series: string, evidence: Evidence) => string;
  /** How a relation or event is known, as a sentence. */
  evidenceSentence: Record<Evidence, string>;
  tradeSuspensionNames: Record<'none' | 'partial' | 'full', string>;
  /** A status as a phrase inside a sentence. */
  statusRelations: Record<DiplomaticStatus, string>;
  pairTrade: (a: string, b: string) => string;
  /** "0.8% of North Korea's recorded trade (KOTRA)": a figure against the total of its own series. */
  shareOf: (share: string, role: FlowRole, focus: string, series: string) => string;
  /** A table cell's share with its base, as short as a cell allows: "70.9% of exports". */
  shareOfBase: (share: string, role: FlowRole) => string;
  /** Why a figure has no share of the total (a part-year figure, another series …). */
  noShare: (reason: NoShareReason, focus: string, series: string, totalSeries: string) => string;
  /** The same reasons in a few words, for a table cell. */
  noShareShort: Record<NoShareReason, string>;
  /** The trade table's column of shares. */
  shareColumn: string;
  /**
   * The words that name the dataset's focus country ("North Korea's exports", "Map of North Korea's relations and
   * trade") and its credit, filled in once a dataset is in: the interface names no country of its own.
   */
  forDataset: (names: DatasetNames) => DatasetWords;
  shownOnMap: string;
  method: string;
  embassyIn: (owner: string, where: string) => string;
  embassyState: { resident: string; none: string; unknown: string; vacated: string };
  visaFree: string;
  tradeSuspension: string;
  yes: string;
  no: string;
  notKnown: string;
  relationsIn: (year: string) => string;
  tradeIn: (year: string) => string;
  eventsExplaining: (year: string) => string;
  eventCount: (count: number) => string;
  figure: string;
  otherFigures: string;
  relationsInYear: (year: string) => string;
  statusAndCauses: string;
  alsoAt: (place: string) => string;
  explains: (year: string) => string;
  countries: string;
  tradeFlowsIn: (year: string) => string;
  relationsOf: (year: string) => string;
  embassyTitle: (owner: string, capital: string, year: string) => string;
  residentRelations: (status: string) => string;
  eventsAt: (place: string, count: number) => string;
  /** Events of several nearby places drawn in one ring: how many, and the places. */
  eventsAround: (count: number, places: string) => string;
  /** An event's kind, as the timeline and the tooltip name it. */
  eventKindNames: Record<RelationsEvent['kind'], string>;
  /** The timeline's heading: the year and how many events it lists. */
  timelineTitle: (year: string, count: number) => string;
  /** Beside an event of the timeline that has no place on the map (a resolution in New York). */
  notOnMap: string;
  // Data table view
  tableView: string;
  /** The button and the view of `mode="compare"`. */
  compareView: string;
  mapView: string;
  /** The year bar's button that opens the rest of the controls (a drawer, or the folded side panel). */
  moreControls: string;
  /** Folds the side panel of a wide map to the year bar. */
  hidePanel: string;
  /** Closes the drawer of controls. */
  closePanel: string;
  /** The accessible name of the key over the map. */
  keyLabel: string;
  /** In the key: capitals drawn without their names, for want of room at this size. */
  unlabelled: (names: string) => string;
  /** An actor out of view, on the button at the map's edge: "United States, out of view: show". */
  edgeMarker: (name: string) => string;
  /** The button that opens the story, and the step card's name. */
  storyView: string;
  /** "Step 3 of 11". */
  stepCounter: (index: number, count: number) => string;
  previousStep: string;
  nextStep: string;
  leaveStory: string;
  /** Said once when a step opens: "Step 3 of 11: A killing at Kuala Lumpur's airport". */
  stepAnnouncement: (index: number, count: number, title: string) => string;
  /** A `step` the dataset's story does not have. */
  stepRefused: (id: string) => string;
  tableLabel: (year: string) => string;
  columns: {
    pair: string;
    direction: string;
    value: string;
    original: string;
    period: string;
    series: string;
    evidence: string;
    sources: string;
    alternatives: string;
    status: string;
    embassies: string;
    summary: string;
    date: string;
    event: string;
    place: string;
    category: string;
  };
  sortBy: (column: string) => string;
  noRows: string;
  hiddenLayers: string;
  aboutFigures: string;
  /** Heads the dataset's list of what changed in its data since it was published. */
  dataChanges: string;
  // Downloads
  downloads: string;
  csvYear: (year: string) => string;
  csvAll: string;
  png: string;
  /** The download of the view as an SVG picture. */
  svg: string;
  pngFailed: string;
  /** Over the static first frame, until the interactive map has drawn. */
  loadingInteractive: string;
  keyboardHelp: string;
  /** MapLibre's own control texts, by its locale keys. */
  mapControls: Record<string, string>;
  // Comparing two years
  /** A drawn figure's change between two years of one series: "down 94% from 2016 to 2017 ($2.62B less), KOTRA figures". */
  changeCompared: (
    way: 'up' | 'down' | 'same',
    percent: string,
    amount: string,
    yearA: string,
    yearB: string,
    series: string,
  ) => string;
  /** A figure drawn in one year only: the other year has no reported figure, which is not a fall to zero. */
  changeOnly: (year: string, missing: string) => string;
  /** Two figures not set against each other, and why: each year's counting body, or the months each covers. */
  changeNotCompared: (
    parts: readonly { year: string; series: string; months: string }[],
    reasons: readonly NotComparedReason[],
  ) => string;
  /** The months of a figure that covers the whole calendar year. */
  wholeYear: string;
  /** A change's short label on the map and in a table cell. */
  changeShort: { onlyIn: (year: string) => string; notCompared: string; same: string };
  /** A relation's status in two years: "full relations → severed". */
  relationChange: (from: string, to: string) => string;
  relationSame: (status: string) => string;
  compare: {
    title: (a: string, b: string) => string;
    /** The comparison rule, in two sentences, where the changes are listed. */
    rule: string;
    multiples: string;
    /** A small picture's button: what it does. */
    openYear: (year: string, label: string) => string;
    flowsCaption: (a: string, b: string) => string;
    relationsCaption: (a: string, b: string) => string;
    change: string;
    inWords: string;
    csv: string;
    /** `compare` names a year the dataset does not have, or not two years. */
    refused: (asked: string, years: string) => string;
    /** The map of the change: its heading, its accessible name, and its key. */
    changeMap: (a: string, b: string) => string;
    changeKey: { up: string; down: string; notCompared: string; oneYear: string; width: string };
    /** The key's first entry while the map draws a change: "2016 → 2021". */
    keyTitle: (a: string, b: string) => string;
    /** An exported picture's title while it shows a change. */
    imageTitle: (title: string, a: string, b: string) => string;
    /** The compare view's downloads of its picture. */
    png: string;
    svg: string;
  };
}

export const en: Strings = {
  mapLabel: 'Map of relations and trade',
  poster: 'Map of relations and trade: loads when scrolled into view.',
  loading: 'Loading the map…',
  loadingData: 'Loading data…',
  noFigure: 'no reported figure',
  notDrawn: 'a figure exists, not drawn',
  notDrawnFigure: (value, period) => `${value}${period ? ` (${period})` : ''} published, not drawn`,
  noFigureAbout: (about) => `No reported figure (${about})`,
  dataErrorTitle: 'This dataset could not be shown',
  dataErrorKeep: 'The map keeps showing the data it had before.',
  retry: 'Retry',
  noWebgl:
    'This browser cannot draw the interactive map because WebGL 2 is not available; here is a static picture and the figures.',
  yearRefused: (year, years) => `There is no ${year} in this dataset; choose one of ${years}.`,
  basemapError: 'The basemap could not be loaded',
  layersError: 'The map layers could not be loaded',
  attributionBasemap: 'Basemap: Natural Earth',
  attributionData: 'Data',
  attributionStory: '',
  role: { exports: 'Exports', imports: 'Imports', total: 'Two-way trade' },
  contextLost: 'The graphics context was lost; redrawing the map…',
  resetView: 'Reset view',
  legend: 'Legend',
  share: 'Share or embed this view',
  permalink: 'Link to this view',
  embedCode: 'Code to embed this view in another page',
  embedCodeUnavailable:
    'Embed code is not offered here: this site bundles the map, so its script has no public address. The site can name one with the embed-script attribute.',
  copy: 'Copy',
  copied: 'Copied',
  copyByHand: 'Selected: press Ctrl+C (⌘C) to copy',
  staticMapLabel: (year) => `Map of relations and trade in ${year}`,
  imageTitle: (title, year, label) => `${title}: the map in ${year}${label ? ` (${label})` : ''}`,
  shadingFocus: (name) => `${name}, shaded`,
  shadingPartners: 'Other countries in the data',
  summaryPartner: (year, focus, partner, value, series) =>
    `In ${year}, ${focus}'s largest recorded trading partner was ${partner} (${value}, ${series}).`,
  summaryRelations: (status, partners) => `${status[0]!.toUpperCase()}${status.slice(1)} with ${partners}.`,
  headline: (year, focus, partner, status) => `In ${year}, ${focus} and ${partner} had ${status}.`,
  featuredRelation: (status, partner) => `${status}: ${partner}, the story's subject`,
  summaryEvents: (count) =>
    count === 1 ? 'One event explains the year.' : `${count} events explain the year.`,
  tradeTableCaption: (year) => `Trade figures, ${year} (bold: drawn on the map)`,
  relationsTableCaption: (year) => `Diplomatic relations, ${year}`,
  eventsTableCaption: (year) => `Events explaining ${year}`,
  showDetails: 'Details of',
  nothingSelected: 'Choose a country, flow or event…',
  year: 'Year',
  play: 'Play the years',
  pause: 'Pause',
  layersLegend: 'Layers',
  layerNames: {
    trade: 'Trade flows',
    relations: 'Diplomatic relations',
    events: 'Events',
    labels: 'Labels',
  },
  tradeDirection: 'Trade direction',
  directionNames: { both: 'Both directions', exports: 'Exports only', imports: 'Imports only' },
  tradeKey: 'Trade flows key',
  tradeKeyTitle: 'Trade, US dollars',
  widthRule: (minWidth) => `Width by the square root of the value; no arc thinner than ${minWidth} px.`,
  sameScale: 'Same scale for every year.',
  upTo: (value) => `up to ${value}`,
  noDirectionFigure: (direction, partners) =>
    `Not drawn: ${partners}, with no figure for ${direction} this year (the table shows what was published).`,
  scaledTo: (year) => `Scaled to ${year} alone.`,
  rescale: 'Rescale widths per year',
  relationsKey: 'Diplomatic relations key',
  statusNames: { full: 'Full relations', downgraded: 'Downgraded', severed: 'Severed', none: 'No relations' },
  embassyKey: 'Resident embassy, drawn beside the capital that hosts it',
  eventsKey: 'Events key',
  eventsKeyTitle: 'Events (larger: several at one place)',
  categoryNames: {
    diplomatic: 'Diplomacy',
    economic: 'Trade and sanctions',
    security: 'Security and courts',
    context: 'Context',
  },
  closeDetails: 'Close details',
  moreDetails: 'More: causes, events and sources',
  sources: 'Sources',
  source: 'Source',
  capital: 'Capital',
  trade: 'Trade',
  evidence: 'Evidence',
  evidenceNames: {
    reported: 'reported',
    derived: 'derived',
    seed: 'from the article this map tells',
    unverified: 'unverified',
  },
  figureBasis: (series, evidence) =>
    ({
      reported: `reported by ${series}`,
      derived: `worked out from ${series} figures`,
      seed: 'as the article this map tells gives it',
      unverified: `${series}, not yet checked`,
    })[evidence] ?? `${series}, evidence: ${evidence}`,
  evidenceSentence: {
    reported: 'Reported in the sources below.',
    derived: 'Worked out from reported figures.',
    seed: 'From the article this map tells, not checked elsewhere.',
    unverified: 'Not yet checked against a source.',
  },
  tradeSuspensionNames: {
    none: 'trade not suspended',
    partial: 'trade partly suspended',
    full: 'trade suspended',
  },
  statusRelations: {
    full: 'full relations',
    downgraded: 'downgraded relations',
    severed: 'severed relations',
    none: 'no relations',
  },
  pairTrade: (a, b) => `Trade between ${a} and ${b}`,
  shareOf: (share, role, focus, series) =>
    `${share} of ${focus}'s recorded ${role === 'total' ? 'trade' : role} (${series})`,
  shareOfBase: (share, role) => `${share} of ${role === 'total' ? 'all trade' : role}`,
  noShare: (reason, focus, series, totalSeries) =>
    ({
      'part-year': `No share of ${focus}'s trade: the figure covers part of the year, the total the whole year.`,
      'no-total': `No share of ${focus}'s trade: no total of its trade is given for this year.`,
      'other-series': `No share of ${focus}'s trade: this figure is from ${series}, the total from ${totalSeries}, and figures counted by different bodies are not divided.`,
      'no-direction-total': `No share of ${focus}'s trade: the year's total is not split into exports and imports.`,
    })[reason] ?? `No share of ${focus}'s trade.`,
  noShareShort: {
    'part-year': 'none: part of the year',
    'no-total': 'none: no total',
    'other-series': 'none: counted by another body than the total',
    'no-direction-total': 'none: total not split',
  },
  shareColumn: 'Share of trade',
  forDataset: ({ focus, credit }) => ({
    mapLabel: `Map of ${focus}'s relations and trade`,
    poster: `Map of ${focus}'s relations and trade: loads when scrolled into view.`,
    attributionStory: credit ? `Story: ${credit}` : '',
    // Its name, not an acronym ("North Korea's exports", not "DPRK exports"): readers need no key to the key.
    role: { exports: `${focus}'s exports`, imports: `${focus}'s imports`, total: 'Two-way trade' },
    staticMapLabel: (year) => `Map of ${focus}'s relations and trade in ${year}`,
    directionNames: {
      both: 'Both directions',
      exports: `${focus}'s exports only`,
      imports: `${focus}'s imports only`,
    },
    shareColumn: `Share of ${focus}'s trade`,
  }),
  shownOnMap: 'shown on the map',
  method: 'method',
  embassyIn: (owner, where) => `${owner}'s embassy in ${where}`,
  embassyState: {
    resident: 'resident',
    none: 'none',
    unknown: 'not known',
    vacated: 'kept, its staff withdrawn for a time',
  },
  visaFree: 'Visa-free travel',
  tradeSuspension: 'Trade suspension',
  yes: 'yes',
  no: 'no',
  notKnown: 'not known',
  relationsIn: (year) => `Relations in ${year}`,
  tradeIn: (year) => `Trade in ${year}`,
  eventsExplaining: (year) => `Events explaining ${year}`,
  eventCount: (count) => (count === 1 ? '1 event' : `${count} events`),
  figure: 'Figure',
  otherFigures: 'Other figures for this pair and year',
  relationsInYear: (year) => `Diplomatic relations in ${year}`,
  statusAndCauses: 'Status and causes',
  alsoAt: (place) => `Also at ${place}`,
  explains: (year) => `shown on the ${year} map`,
  countries: 'Countries',
  tradeFlowsIn: (year) => `Trade flows, ${year}`,
  relationsOf: (year) => `Relations, ${year}`,
  embassyTitle: (owner, capital, year) => `${owner}'s embassy in ${capital}, ${year}`,
  residentRelations: (status) => `Resident; ${status}`,
  eventsAt: (place, count) => `${count} events at ${place} this year, each its own dot`,
  eventsAround: (count, places) => `${count} events close together this year (${places}), each its own dot`,
  eventKindNames: {
    diplomatic: 'Diplomatic',
    trade: 'Trade',
    sanctions: 'Sanctions',
    security: 'Security',
    legal: 'Legal',
    context: 'Background',
  },
  timelineTitle: (year, count) => `Timeline of ${year}: ${count === 1 ? '1 event' : `${count} events`}`,
  notOnMap: 'not on this map',
  tableView: 'Data table',
  compareView: 'Compare years',
  mapView: 'Back to the map',
  moreControls: 'Layers and more',
  hidePanel: 'Hide the panel',
  closePanel: 'Close',
  keyLabel: 'Key',
  unlabelled: (names) => `Dots without names here: ${names}`,
  edgeMarker: (name) => `${name}, out of view: show it`,
  storyView: 'Story',
  stepCounter: (index, count) => `Step ${index} of ${count}`,
  previousStep: 'Previous',
  nextStep: 'Next',
  leaveStory: 'Leave the story',
  stepAnnouncement: (index, count, title) => `Step ${index} of ${count}: ${title}`,
  stepRefused: (id) => `There is no step "${id}" in this story; the map stays where it is.`,
  tableLabel: (year) => `The map's figures as tables, ${year}`,
  columns: {
    pair: 'Pair',
    direction: 'Direction',
    value: 'Value (USD)',
    original: 'As published',
    period: 'Period',
    series: 'Counted by',
    evidence: 'Evidence',
    sources: 'Sources',
    alternatives: 'Other figures',
    status: 'Status',
    embassies: 'Embassies',
    summary: 'Summary',
    date: 'Date',
    event: 'Event',
    place: 'Place',
    category: 'Kind',
  },
  sortBy: (column) => `Sort by ${column}`,
  noRows: 'Nothing for this year.',
  hiddenLayers: 'Layers switched off on the map are not listed; switch them on to see their rows.',
  aboutFigures: 'About these figures',
  dataChanges: 'What changed in the data',
  downloads: 'Download',
  csvYear: (year) => `Trade figures, ${year} (CSV)`,
  csvAll: 'All trade figures (CSV)',
  png: 'Image of this view (PNG)',
  svg: 'Image of this view (SVG)',
  pngFailed: 'The image could not be made',
  loadingInteractive: 'A picture of the map: loading the interactive map…',
  keyboardHelp:
    'Keyboard: arrow keys pan the map, + and − zoom, Tab moves between controls, Escape closes details.',
  mapControls: {
    'Map.Title': 'Map: arrow keys pan, + and − zoom',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
  changeCompared: (way, percent, amount, a, b, series) =>
    way === 'same'
      ? `no change from ${a} to ${b}, ${series} figures`
      : `${way} ${percent} from ${a} to ${b} (${amount} ${way === 'up' ? 'more' : 'less'}), ${series} figures`,
  changeOnly: (year, missing) => `figure for ${year} only: no reported figure for ${missing}`,
  changeNotCompared: (parts, reasons) => {
    const [a, b] = parts;
    if (!a || !b) return 'not compared';
    const why = [
      reasons.includes('series')
        ? `counted by different bodies (${a.year}: ${a.series}; ${b.year}: ${b.series})`
        : '',
      reasons.includes('coverage')
        ? `over different months (${a.year}: ${a.months}; ${b.year}: ${b.months})`
        : '',
    ].filter(Boolean);
    return `not compared: ${why.join(', and ')}`;
  },
  wholeYear: 'the whole year',
  changeShort: { onlyIn: (year) => `${year} only`, notCompared: 'not compared', same: 'no change' },
  relationChange: (from, to) => `${from} → ${to}`,
  relationSame: (status) => `${status}, unchanged`,
  compare: {
    title: (a, b) => `What changed from ${a} to ${b}`,
    rule: 'A change is given only between two figures counted by the same body over the same months; any other pair of figures is listed with the reason it is not compared. A year without a figure has no reported figure, which is not a fall to zero.',
    multiples: 'Every year, on one scale',
    openYear: (year, label) => `Open ${year} (${label}) on the map`,
    flowsCaption: (a, b) => `Trade figures drawn in ${a} and ${b}`,
    relationsCaption: (a, b) => `Diplomatic relations in ${a} and ${b}`,
    change: 'Change',
    inWords: 'In words',
    csv: 'Changes (CSV)',
    refused: (asked, years) => `Cannot compare "${asked}": give two of the years ${years}.`,
    changeMap: (a, b) => `Trade from ${a} to ${b}, on the map`,
    changeKey: {
      up: 'more',
      down: 'less',
      notCompared: 'two figures not comparable',
      oneYear: 'a figure in one year only',
      width: "An arc's width is the size of the change, on the scale of every year's trade.",
    },
    keyTitle: (a, b) => `Trade ${a} → ${b}`,
    imageTitle: (title, a, b) => `${title}: what changed from ${a} to ${b}`,
    png: 'Picture (PNG)',
    svg: 'Picture (SVG)',
  },
};

export const ms: Strings = {
  mapLabel: 'Peta hubungan dan perdagangan',
  poster: 'Peta hubungan dan perdagangan: dimuatkan apabila ditatal ke paparan.',
  loading: 'Memuatkan peta…',
  loadingData: 'Memuatkan data…',
  noFigure: 'tiada angka dilaporkan',
  notDrawn: 'angka ada, tidak dilukis',
  notDrawnFigure: (value, period) => `${value}${period ? ` (${period})` : ''} diterbitkan, tidak dilukis`,
  noFigureAbout: (about) => `Tiada angka dilaporkan (${about})`,
  dataErrorTitle: 'Set data ini tidak dapat dipaparkan',
  dataErrorKeep: 'Peta terus memaparkan data yang ada sebelum ini.',
  retry: 'Cuba lagi',
  noWebgl:
    'Pelayar ini tidak dapat melukis peta interaktif kerana WebGL 2 tiada; berikut gambar statik dan angka-angkanya.',
  yearRefused: (year, years) => `Tiada tahun ${year} dalam set data ini; pilih salah satu daripada ${years}.`,
  basemapError: 'Peta asas tidak dapat dimuatkan',
  layersError: 'Lapisan peta tidak dapat dimuatkan',
  attributionBasemap: 'Peta asas: Natural Earth',
  attributionData: 'Data',
  attributionStory: '',
  role: { exports: 'Eksport', imports: 'Import', total: 'Perdagangan dua hala' },
  contextLost: 'Konteks grafik hilang; peta sedang dilukis semula…',
  resetView: 'Set semula paparan',
  legend: 'Petunjuk',
  share: 'Kongsi atau benamkan paparan ini',
  permalink: 'Pautan ke paparan ini',
  embedCode: 'Kod untuk membenamkan paparan ini dalam halaman lain',
  embedCodeUnavailable:
    'Kod benaman tidak ditawarkan di sini: laman ini menggabungkan peta ke dalam skripnya sendiri, jadi skrip peta tiada alamat awam. Laman ini boleh menamakannya dengan atribut embed-script.',
  copy: 'Salin',
  copied: 'Disalin',
  copyByHand: 'Dipilih: tekan Ctrl+C (⌘C) untuk menyalin',
  staticMapLabel: (year) => `Peta hubungan dan perdagangan pada ${year}`,
  imageTitle: (title, year, label) => `${title}: peta pada ${year}${label ? ` (${label})` : ''}`,
  shadingFocus: (name) => `${name}, berlorek`,
  shadingPartners: 'Negara lain dalam data',
  summaryPartner: (year, focus, partner, value, series) =>
    `Pada ${year}, rakan dagang tercatat terbesar ${focus} ialah ${partner} (${value}, ${series}).`,
  summaryRelations: (status, partners) => `${status[0]!.toUpperCase()}${status.slice(1)} dengan ${partners}.`,
  headline: (year, focus, partner, status) => `Pada ${year}, ${focus} dan ${partner}: ${status}.`,
  featuredRelation: (status, partner) => `${status}: ${partner}, subjek kisah ini`,
  summaryEvents: (count) => `${count} peristiwa menjelaskan tahun ini.`,
  tradeTableCaption: (year) => `Angka perdagangan, ${year} (tebal: dilukis pada peta)`,
  relationsTableCaption: (year) => `Hubungan diplomatik, ${year}`,
  eventsTableCaption: (year) => `Peristiwa yang menjelaskan ${year}`,
  showDetails: 'Butiran bagi',
  nothingSelected: 'Pilih negara, aliran atau peristiwa…',
  year: 'Tahun',
  play: 'Mainkan tahun demi tahun',
  pause: 'Jeda',
  layersLegend: 'Lapisan',
  layerNames: {
    trade: 'Aliran perdagangan',
    relations: 'Hubungan diplomatik',
    events: 'Peristiwa',
    labels: 'Label nama',
  },
  tradeDirection: 'Arah perdagangan',
  directionNames: { both: 'Kedua-dua arah', exports: 'Eksport sahaja', imports: 'Import sahaja' },
  tradeKey: 'Petunjuk aliran perdagangan',
  tradeKeyTitle: 'Perdagangan, dolar AS',
  widthRule: (minWidth) =>
    `Lebar mengikut punca kuasa dua nilai; tiada lengkung yang lebih nipis daripada ${minWidth} px.`,
  sameScale: 'Skala yang sama bagi setiap tahun.',
  upTo: (value) => `sehingga ${value}`,
  noDirectionFigure: (direction, partners) =>
    `Tidak dilukis: ${partners}, tanpa angka ${direction} tahun ini (jadual menunjukkan angka yang diterbitkan).`,
  scaledTo: (year) => `Diskalakan mengikut ${year} sahaja.`,
  rescale: 'Skalakan semula lebar bagi setiap tahun',
  relationsKey: 'Petunjuk hubungan diplomatik',
  statusNames: {
    full: 'Hubungan penuh',
    downgraded: 'Diturunkan taraf',
    severed: 'Diputuskan',
    none: 'Tiada hubungan',
  },
  embassyKey: 'Kedutaan bermastautin, dilukis di sebelah ibu negara tuan rumahnya',
  eventsKey: 'Petunjuk peristiwa',
  eventsKeyTitle: 'Peristiwa (lebih besar: beberapa di satu tempat)',
  categoryNames: {
    diplomatic: 'Diplomasi',
    economic: 'Perdagangan dan sekatan',
    security: 'Keselamatan dan mahkamah',
    context: 'Latar belakang',
  },
  closeDetails: 'Tutup butiran',
  moreDetails: 'Lagi: punca, peristiwa dan sumber',
  sources: 'Sumber',
  source: 'Sumber',
  capital: 'Ibu negara',
  trade: 'Perdagangan',
  evidence: 'Bukti',
  evidenceNames: {
    reported: 'dilaporkan',
    derived: 'diterbitkan daripada angka dilaporkan',
    seed: 'daripada artikel asal',
    unverified: 'belum disahkan',
  },
  figureBasis: (series, evidence) =>
    ({
      reported: `dilaporkan oleh ${series}`,
      derived: `dikira daripada angka ${series}`,
      seed: 'seperti yang diberikan oleh artikel yang diceritakan peta ini',
      unverified: `${series}, belum disemak`,
    })[evidence] ?? `${series}, bukti: ${evidence}`,
  evidenceSentence: {
    reported: 'Dilaporkan dalam sumber di bawah.',
    derived: 'Dikira daripada angka yang dilaporkan.',
    seed: 'Daripada artikel yang diceritakan peta ini, tidak disemak di tempat lain.',
    unverified: 'Belum disemak dengan sumber.',
  },
  tradeSuspensionNames: {
    none: 'perdagangan tidak digantung',
    partial: 'perdagangan digantung sebahagiannya',
    full: 'perdagangan digantung',
  },
  statusRelations: {
    full: 'hubungan penuh',
    downgraded: 'hubungan diturunkan taraf',
    severed: 'hubungan diputuskan',
    none: 'tiada hubungan',
  },
  pairTrade: (a, b) => `Perdagangan antara ${a} dan ${b}`,
  shareOf: (share, role, focus, series) =>
    `${share} daripada ${role === 'total' ? 'perdagangan' : role === 'exports' ? 'eksport' : 'import'} tercatat ${focus} (${series})`,
  shareOfBase: (share, role) =>
    `${share} daripada ${role === 'total' ? 'semua perdagangan' : role === 'exports' ? 'eksport' : 'import'}`,
  noShare: (reason, focus, series, totalSeries) =>
    ({
      'part-year': `Tiada bahagian daripada perdagangan ${focus}: angka ini meliputi sebahagian tahun, jumlahnya setahun penuh.`,
      'no-total': `Tiada bahagian daripada perdagangan ${focus}: tiada jumlah perdagangannya bagi tahun ini.`,
      'other-series': `Tiada bahagian daripada perdagangan ${focus}: angka ini daripada ${series}, jumlahnya daripada ${totalSeries}, dan angka yang dikira oleh badan berlainan tidak dibahagikan.`,
      'no-direction-total': `Tiada bahagian daripada perdagangan ${focus}: jumlah tahun ini tidak dipecahkan kepada eksport dan import.`,
    })[reason] ?? `Tiada bahagian daripada perdagangan ${focus}.`,
  noShareShort: {
    'part-year': 'tiada: sebahagian tahun',
    'no-total': 'tiada: tiada jumlah',
    'other-series': 'tiada: dikira oleh badan lain daripada jumlahnya',
    'no-direction-total': 'tiada: jumlah tidak dipecahkan',
  },
  shareColumn: 'Bahagian perdagangan',
  // A name the dataset gives in Malay (Korea Utara); until it does, the short name ("DPRK"), which reads in both.
  forDataset: ({ focus, short: shortName, credit, language }) => {
    const short = language === 'ms' ? focus : shortName;
    return {
      mapLabel: `Peta hubungan dan perdagangan ${short}`,
      poster: `Peta hubungan dan perdagangan ${short}: dimuatkan apabila ditatal ke paparan.`,
      attributionStory: credit ? `Kisah: ${credit}` : '',
      role: { exports: `Eksport ${short}`, imports: `Import ${short}`, total: 'Perdagangan dua hala' },
      staticMapLabel: (year) => `Peta hubungan dan perdagangan ${short} pada ${year}`,
      directionNames: {
        both: 'Kedua-dua arah',
        exports: `Eksport ${short} sahaja`,
        imports: `Import ${short} sahaja`,
      },
      shareColumn: `Bahagian perdagangan ${short}`,
    };
  },
  shownOnMap: 'dipaparkan pada peta',
  method: 'kaedah',
  embassyIn: (owner, where) => `Kedutaan ${owner} di ${where}`,
  embassyState: {
    resident: 'bermastautin',
    none: 'tiada',
    unknown: 'tidak diketahui',
    vacated: 'dikekalkan, kakitangannya ditarik balik buat sementara',
  },
  visaFree: 'Perjalanan tanpa visa',
  tradeSuspension: 'Penggantungan perdagangan',
  yes: 'ya',
  no: 'tidak',
  notKnown: 'tidak diketahui',
  relationsIn: (year) => `Hubungan pada ${year}`,
  tradeIn: (year) => `Perdagangan pada ${year}`,
  eventsExplaining: (year) => `Peristiwa yang menjelaskan ${year}`,
  eventCount: (count) => `${count} peristiwa`,
  figure: 'Angka',
  otherFigures: 'Angka lain bagi pasangan dan tahun ini',
  relationsInYear: (year) => `Hubungan diplomatik pada ${year}`,
  statusAndCauses: 'Status dan punca',
  alsoAt: (place) => `Juga di ${place}`,
  explains: (year) => `ditunjukkan pada peta ${year}`,
  countries: 'Negara',
  tradeFlowsIn: (year) => `Aliran perdagangan, ${year}`,
  relationsOf: (year) => `Hubungan, ${year}`,
  embassyTitle: (owner, capital, year) => `Kedutaan ${owner} di ${capital}, ${year}`,
  residentRelations: (status) => `Bermastautin; ${status}`,
  eventsAt: (place, count) => `${count} peristiwa di ${place} tahun ini, setiap satu bertitik sendiri`,
  eventsAround: (count, places) =>
    `${count} peristiwa berdekatan tahun ini (${places}), setiap satu bertitik sendiri`,
  eventKindNames: {
    diplomatic: 'Diplomatik',
    trade: 'Perdagangan',
    sanctions: 'Sekatan',
    security: 'Keselamatan',
    legal: 'Undang-undang',
    context: 'Latar belakang',
  },
  timelineTitle: (year, count) => `Garis masa ${year}: ${count} peristiwa`,
  notOnMap: 'tiada pada peta ini',
  tableView: 'Jadual data',
  compareView: 'Bandingkan tahun',
  mapView: 'Kembali ke peta',
  moreControls: 'Lapisan dan lain-lain',
  hidePanel: 'Sembunyikan panel',
  closePanel: 'Tutup',
  keyLabel: 'Petunjuk',
  unlabelled: (names) => `Titik tanpa nama di sini: ${names}`,
  edgeMarker: (name) => `${name}, di luar pandangan: tunjukkan`,
  storyView: 'Cerita',
  stepCounter: (index, count) => `Langkah ${index} daripada ${count}`,
  previousStep: 'Sebelumnya',
  nextStep: 'Seterusnya',
  leaveStory: 'Tinggalkan cerita',
  stepAnnouncement: (index, count, title) => `Langkah ${index} daripada ${count}: ${title}`,
  stepRefused: (id) => `Tiada langkah "${id}" dalam cerita ini; peta kekal di tempatnya.`,
  tableLabel: (year) => `Angka peta dalam bentuk jadual, ${year}`,
  columns: {
    pair: 'Pasangan',
    direction: 'Arah',
    value: 'Nilai (USD)',
    original: 'Seperti diterbitkan',
    period: 'Tempoh',
    series: 'Dikira oleh',
    evidence: 'Bukti',
    sources: 'Sumber',
    alternatives: 'Angka lain',
    status: 'Status',
    embassies: 'Kedutaan',
    summary: 'Ringkasan',
    date: 'Tarikh',
    event: 'Peristiwa',
    place: 'Tempat',
    category: 'Jenis',
  },
  sortBy: (column) => `Isih mengikut ${column}`,
  noRows: 'Tiada apa-apa bagi tahun ini.',
  hiddenLayers: 'Lapisan yang dimatikan pada peta tidak disenaraikan; hidupkannya untuk melihat barisnya.',
  aboutFigures: 'Tentang angka-angka ini',
  dataChanges: 'Perubahan pada data',
  downloads: 'Muat turun',
  csvYear: (year) => `Angka perdagangan, ${year} (CSV)`,
  csvAll: 'Semua angka perdagangan (CSV)',
  png: 'Imej paparan ini (PNG)',
  svg: 'Imej paparan ini (SVG)',
  pngFailed: 'Imej tidak dapat dihasilkan',
  loadingInteractive: 'Gambar peta: memuatkan peta interaktif…',
  keyboardHelp:
    'Papan kekunci: kekunci anak panah menggerakkan peta, + dan − mengezum, Tab beralih antara kawalan, Escape menutup butiran.',
  mapControls: {
    'Map.Title': 'Peta: kekunci anak panah menggerakkan, + dan − mengezum',
    'NavigationControl.ZoomIn': 'Zum masuk',
    'NavigationControl.ZoomOut': 'Zum keluar',
    'CooperativeGesturesHandler.WindowsHelpText': 'Gunakan Ctrl + tatal untuk mengezum peta',
    'CooperativeGesturesHandler.MacHelpText': 'Gunakan ⌘ + tatal untuk mengezum peta',
    'CooperativeGesturesHandler.MobileHelpText': 'Gunakan dua jari untuk menggerakkan peta',
  },
  changeCompared: (way, percent, amount, a, b, series) =>
    way === 'same'
      ? `tiada perubahan dari ${a} ke ${b}, angka ${series}`
      : `${way === 'up' ? 'naik' : 'turun'} ${percent} dari ${a} ke ${b} (${amount} ${way === 'up' ? 'lebih' : 'kurang'}), angka ${series}`,
  changeOnly: (year, missing) => `angka bagi ${year} sahaja: tiada angka dilaporkan bagi ${missing}`,
  changeNotCompared: (parts, reasons) => {
    const [a, b] = parts;
    if (!a || !b) return 'tidak dibandingkan';
    const why = [
      reasons.includes('series')
        ? `dikira oleh badan berbeza (${a.year}: ${a.series}; ${b.year}: ${b.series})`
        : '',
      reasons.includes('coverage')
        ? `meliputi bulan berbeza (${a.year}: ${a.months}; ${b.year}: ${b.months})`
        : '',
    ].filter(Boolean);
    return `tidak dibandingkan: ${why.join(', dan ')}`;
  },
  wholeYear: 'sepanjang tahun',
  changeShort: {
    onlyIn: (year) => `${year} sahaja`,
    notCompared: 'tidak dibandingkan',
    same: 'tiada perubahan',
  },
  relationChange: (from, to) => `${from} → ${to}`,
  relationSame: (status) => `${status}, tidak berubah`,
  compare: {
    title: (a, b) => `Apa yang berubah dari ${a} ke ${b}`,
    rule: 'Perubahan diberi hanya antara dua angka yang dikira oleh badan yang sama bagi bulan yang sama; pasangan angka lain disenaraikan dengan sebab ia tidak dibandingkan. Tahun tanpa angka tiada angka dilaporkan, yang bukan penurunan kepada sifar.',
    multiples: 'Setiap tahun, pada satu skala',
    openYear: (year, label) => `Buka ${year} (${label}) pada peta`,
    flowsCaption: (a, b) => `Angka perdagangan yang dilukis pada ${a} dan ${b}`,
    relationsCaption: (a, b) => `Hubungan diplomatik pada ${a} dan ${b}`,
    change: 'Perubahan',
    inWords: 'Dalam perkataan',
    csv: 'Perubahan (CSV)',
    refused: (asked, years) => `Tidak dapat membandingkan "${asked}": beri dua daripada tahun ${years}.`,
    changeMap: (a, b) => `Perdagangan dari ${a} ke ${b}, pada peta`,
    changeKey: {
      up: 'lebih',
      down: 'kurang',
      notCompared: 'dua angka tidak setara',
      oneYear: 'angka bagi satu tahun sahaja',
      width: 'Lebar lengkok ialah saiz perubahan, pada skala perdagangan setiap tahun.',
    },
    keyTitle: (a, b) => `Perdagangan ${a} → ${b}`,
    imageTitle: (title, a, b) => `${title}: apa yang berubah dari ${a} ke ${b}`,
    png: 'Gambar (PNG)',
    svg: 'Gambar (SVG)',
  },
};

/** The interface languages, by primary language subtag. */
export const interfaceLanguages: Readonly<Record<string, Strings>> = { en, ms };

/**
 * The string table for a BCP 47 locale: its primary language (`ms-MY` → Malay), English when there is none.
 * Indonesian (`id`) stays English: close to Malay but not the same language.
 */
export function stringsFor(locale: string): Strings {
  const primary = locale.toLowerCase().split('-')[0] ?? 'en';
  return interfaceLanguages[primary] ?? en;
}

/** What text functions outside the components need: the strings and the locale for numbers and dates. */
export interface Lang {
  locale: string;
  t: Strings;
}

export const english: Lang = { locale: 'en', t: en };

/** The credits under the map and on its pictures: the basemap, the data by its title, and the story when there is one. */
export function creditLine(t: Strings, title: string): string {
  return [t.attributionBasemap, `${t.attributionData}: ${title}`, t.attributionStory]
    .filter(Boolean)
    .join(' · ');
}

/** Tables with a dataset's names filled in, and the ones made for each dataset from each language's table. */
const boundTables = new WeakSet<Strings>();
const bound = new WeakMap<Dataset, Map<Strings, Strings>>();

/** A language's table with the dataset's names filled in (a table that has them already is kept as it is). */
export function bindStrings(t: Strings, dataset: Dataset): Strings {
  if (boundTables.has(t)) return t;
  const byTable = bound.get(dataset) ?? new Map<Strings, Strings>();
  bound.set(dataset, byTable);
  const known = byTable.get(t);
  if (known) return known;
  const made: Strings = { ...t, ...t.forDataset(datasetNames(dataset)) };
  boundTables.add(made);
  byTable.set(t, made);
  return made;
}

/** The strings of a locale, with the dataset's names filled in where the interface speaks of its focus country. */
export function langFor(locale: string, dataset?: Dataset): Lang {
  const t = stringsFor(locale);
  return { locale, t: dataset ? bindStrings(t, dataset) : t };
}

/** A Lang that speaks of the dataset's focus country by its names, whatever table it was given. */
export function withDataset(lang: Lang, dataset: Dataset): Lang {
  const t = bindStrings(lang.t, dataset);
  return t === lang.t ? lang : { locale: lang.locale, t };
}

function datasetNames(dataset: Dataset): DatasetNames {
  const focus = dataset.actors.find((a) => a.code === dataset.focus);
  const plain = focus ? plainName(focus) : dataset.focus;
  return {
    focus: plain,
    short: focus?.shortName ?? plain,
    credit: dataset.credit,
    language: namesLanguageOf(dataset),
  };
}

/**
 * The map's text for a control linked to it, unless the page gave the control its own: a value found in none of
 * the tables is the page's and is kept.
 */
export function adoptString<K extends keyof Strings>(
  key: K,
  current: Strings[K],
  next: Strings[K],
): Strings[K] {
  return Object.values(interfaceLanguages).some((t) => t[key] === current) ? next : current;
}
