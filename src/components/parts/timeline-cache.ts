import { eventCategories } from '../../data/categories';
import { LastValue } from '../../data/memo';
import type { Dataset } from '../../data/schema';
import { cssColor, layerPalettes } from '../../layers/colors';
import type { EventCategory } from '../../layers/types';
import type { Lang } from '../../text/strings';
import { type TimelineItem, timelineItems } from '../../text/timeline';

/**
 * The timeline's items and colours, the same objects while the dataset, year, language and theme are unchanged, so
 * the timeline does not re-render on each hover of the map.
 */
export class TimelineCache {
  private readonly itemsMemo = new LastValue<TimelineItem[]>();
  private readonly colorsMemo = new LastValue<Record<EventCategory, string>>();

  items(dataset: Dataset, year: number, lang: Lang): TimelineItem[] {
    return this.itemsMemo.get(dataset, `${year}|${lang.locale}`, () => timelineItems(dataset, year, lang));
  }

  colors(theme: 'light' | 'dark'): Record<EventCategory, string> {
    return this.colorsMemo.get(layerPalettes, theme, () => {
      const palette = layerPalettes[theme];
      return Object.fromEntries(eventCategories.map((c) => [c, cssColor(palette.event[c])])) as Record<
        EventCategory,
        string
      >;
    });
  }
}
