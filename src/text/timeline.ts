import { type EventCategory, eventCategory } from '../data/categories';
import { formatEventDate } from '../data/format';
import type { Dataset, RelationsEvent } from '../data/schema';
import { eventsForYear } from '../data/selectors';
import { english, type Lang } from './strings';

/** One line of the timeline, as plain data: the component renders it as text. */
export interface TimelineItem {
  id: string;
  /** ISO date, for `<time datetime>`. */
  date: string;
  dateText: string;
  kind: RelationsEvent['kind'];
  kindName: string;
  category: EventCategory;
  title: string;
  /** The place's name, or "not on this map" for an event with no coordinates. */
  placeText: string;
  /** Where the map flies when the event is chosen; absent for an event with no place on the map. */
  position?: [number, number];
}

/** Every event of a year, in date order, each with its kind and whether the map can show where. */
export function timelineItems(dataset: Dataset, year: number, lang: Lang = english): TimelineItem[] {
  const { t, locale } = lang;
  return eventsForYear(dataset, year).map((e) => {
    const { place } = e;
    const onMap = place?.lon !== undefined && place.lat !== undefined;
    return {
      id: e.id,
      date: e.date,
      dateText: formatEventDate(e, locale),
      kind: e.kind,
      kindName: t.eventKindNames[e.kind],
      category: eventCategory[e.kind],
      title: e.title,
      placeText: onMap ? place.name : place ? `${place.name} (${t.notOnMap})` : t.notOnMap,
      ...(onMap ? { position: [place.lon!, place.lat!] as [number, number] } : {}),
    };
  });
}
