import type { Dataset, RelationsEvent } from '../data/schema';
import { eventsForYear } from '../data/selectors';
import {
  dotLayerDefaults,
  type EventCategory,
  type EventDatum,
  type LayerSpec,
  type ViewState,
} from './types';

/** Six kinds of event read as four colours: what the reader needs is diplomacy, money, or force. */
export const eventCategory: Record<RelationsEvent['kind'], EventCategory> = {
  diplomatic: 'diplomatic',
  trade: 'economic',
  sanctions: 'economic',
  security: 'security',
  legal: 'security',
  context: 'context',
};

/** Events of one year at one place share a marker that grows with their number, so none hides another. */
export function eventData(dataset: Dataset, year: number): EventDatum[] {
  const byPlace = new Map<string, { position: [number, number]; name: string; events: RelationsEvent[] }>();
  for (const event of eventsForYear(dataset, year)) {
    const place = event.place;
    if (!place || place.lon === undefined || place.lat === undefined) continue;
    const key = `${place.lon.toFixed(2)},${place.lat.toFixed(2)}`;
    const entry = byPlace.get(key) ?? { position: [place.lon, place.lat], name: place.name, events: [] };
    entry.events.push(event);
    byPlace.set(key, entry);
  }
  return [...byPlace.entries()].map(([key, entry]) => ({
    kind: 'event',
    id: `events@${key}`,
    place: mostCommon(entry.events.map((e) => e.place!.name)) ?? entry.name,
    position: entry.position,
    events: entry.events,
    radius: 6 + 3 * Math.sqrt(entry.events.length - 1),
    category: mostCommon(entry.events.map((e) => eventCategory[e.kind])) ?? 'context',
  }));
}

export function eventsLayer(dataset: Dataset, state: ViewState): LayerSpec {
  const p = state.palette;
  return {
    type: 'events',
    props: {
      id: 'events',
      data: eventData(dataset, state.year),
      ...dotLayerDefaults,
      getPosition: (d) => d.position,
      getRadius: (d) => d.radius,
      getFillColor: (d) => p.event[d.category],
      getLineColor: p.eventOutline,
      getLineWidth: 1.5,
      updateTriggers: { getRadius: [state.year], getFillColor: [state.year, p.event] },
    },
  };
}

/** Events at one spot may name it differently ("Kuala Lumpur", "Kuala Lumpur area"); the marker uses the usual name. */
function mostCommon<T>(names: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
