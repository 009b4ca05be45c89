import type { Dataset, RelationsEvent } from '../data/schema';
import { eventsForYear } from '../data/selectors';
import type { EventDatum, LayerSpec, ViewState } from './types';

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
  }));
}

export function eventsLayer(dataset: Dataset, state: ViewState): LayerSpec {
  const p = state.palette;
  return {
    type: 'events',
    props: {
      id: 'events',
      data: eventData(dataset, state.year),
      pickable: true,
      stroked: true,
      filled: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (d) => d.position,
      getRadius: (d) => d.radius,
      getFillColor: p.event,
      getLineColor: p.eventOutline,
      getLineWidth: 1.5,
      updateTriggers: { getRadius: [state.year] },
    },
  };
}

/** Events at one spot may name it differently ("Kuala Lumpur", "Kuala Lumpur area"); the marker uses the usual name. */
function mostCommon(names: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
