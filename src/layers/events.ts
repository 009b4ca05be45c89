import { eventCategories, eventCategory } from '../data/categories';
import type { Dataset, RelationsEvent } from '../data/schema';
import { eventsForYear } from '../data/selectors';
import { cssColor } from './colors';
import { fade, noEmphasis } from './emphasis';
import type { LonLat } from './geometry';
import { type Dots, dotLayerDefaults, type EventDatum, type LayerKind, type ViewState } from './types';

export const EVENT_RADIUS = 5;
/** Events closer than this (degrees) share one spot at the story's zoom: Kuala Lumpur, Putrajaya and klia2 do. */
const SAME_SPOT_DEGREES = 0.5;
/** Room between two dots of one ring, in pixels, outlines included. */
const DOT_SPACING = 2 * EVENT_RADIUS + 6;
/** A capital's dot is drawn over the events; a ring around a capital starts outside it. */
const CAPITAL_CLEARANCE = 7 + EVENT_RADIUS + 3;

/** A place's short name, for a label or a list: its name up to the first comma ("Federal Court", not "…, Putrajaya"). */
export function placeName(event: RelationsEvent): string {
  return (event.place?.name.split(',')[0] ?? '').trim();
}

/** A named place's label beside its event's dot, and its id among the capitals' labels. */
export const PLACE_LABEL_SIZE = 12;
export const placeLabelId = (eventId: string) => `place:${eventId}`;

interface Spot {
  anchor: LonLat;
  events: RelationsEvent[];
}

/**
 * One dot per event, so each can be pointed at and opened. Events at one spot are set on a ring around it, in
 * date order clockwise from the top, at a distance in pixels (deck.gl's pixel offset): they stay apart at any zoom
 * and stay on their place. A ring around a capital clears the capital's dot.
 */
export function eventData(dataset: Dataset, year: number): EventDatum[] {
  const spots: Spot[] = [];
  for (const event of eventsForYear(dataset, year)) {
    const place = event.place;
    if (!place || place.lon === undefined || place.lat === undefined) continue;
    const spot = spots.find(
      (s) =>
        Math.abs(s.anchor[0] - place.lon!) < SAME_SPOT_DEGREES &&
        Math.abs(s.anchor[1] - place.lat!) < SAME_SPOT_DEGREES,
    );
    if (spot) spot.events.push(event);
    else spots.push({ anchor: [place.lon, place.lat], events: [event] });
  }
  const capitals = dataset.actors.map((a) => [a.capital.lon, a.capital.lat] as const);
  return spots.flatMap((spot) => {
    const atCapital = capitals.some(
      ([lon, lat]) => Math.abs(lon - spot.anchor[0]) < 0.1 && Math.abs(lat - spot.anchor[1]) < 0.1,
    );
    const n = spot.events.length;
    // Short names: they are listed together.
    const spotPlaces = [...new Set(spot.events.map(placeName))];
    const ringRadius =
      n === 1 && !atCapital
        ? 0
        : Math.max(atCapital ? CAPITAL_CLEARANCE : 0, n > 1 ? DOT_SPACING / (2 * Math.sin(Math.PI / n)) : 0);
    return spot.events.map((event, i): EventDatum => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      return {
        kind: 'event',
        id: event.id,
        event,
        place: event.place!.name,
        position: [event.place!.lon!, event.place!.lat!],
        // Screen pixels: a negative y is above the place.
        offset: [Math.round(ringRadius * Math.cos(angle)), Math.round(ringRadius * Math.sin(angle))],
        atSpot: n,
        spotPlaces,
        radius: EVENT_RADIUS,
        category: eventCategory[event.kind],
      };
    });
  });
}

export function eventsLayer(dataset: Dataset, state: ViewState): Dots<EventDatum> {
  const p = state.palette;
  const emphasis = state.emphasis ?? noEmphasis;
  const on = (d: EventDatum) => emphasis.event(d.id, d.event.actors);
  return {
    type: 'scatter',
    props: {
      id: 'events',
      data: eventData(dataset, state.year),
      ...dotLayerDefaults,
      getPosition: (d) => d.position,
      // deck.gl's pixel offsets point up the screen for y; the data's offsets are screen pixels, down for y.
      getPixelOffset: (d) => [d.offset[0], -d.offset[1]],
      getRadius: (d) => d.radius,
      getFillColor: (d) => fade(p.event[d.category], on(d)),
      getLineColor: (d) => fade(p.eventOutline, on(d)),
      getLineWidth: 1.5,
      updateTriggers: {
        getFillColor: [state.year, p.event, emphasis.key],
        getLineColor: [p.eventOutline, emphasis.key],
      },
    },
  };
}

/** Events: a dot per event of the year; the key names the kinds present. */
export const eventsKind: LayerKind = {
  token: 'events',
  keyRank: 3,
  specs: (dataset, state) => [eventsLayer(dataset, state)],
  key: (dataset, { year, palette }, t) => {
    const present = new Set(eventsForYear(dataset, year).map((e) => eventCategory[e.kind]));
    return eventCategories
      .filter((c) => present.has(c))
      .map((c) => ({ color: cssColor(palette.event[c]), label: t.categoryNames[c], shape: 'dot' }));
  },
};
