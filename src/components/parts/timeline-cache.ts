import type { Dataset } from '../../data/schema';
import { type TimelineItem, timelineItems } from '../../data/timeline';
import { eventCategories } from '../../layers/categories';
import { cssColor, layerPalettes } from '../../layers/colors';
import type { EventCategory } from '../../layers/types';
import type { Lang } from '../../strings';

/**
 * The timeline's items and colours, the same objects while the dataset, year, language and theme are unchanged, so
 * the timeline does not re-render on each hover of the map.
 */
export class TimelineCache {
  private cachedItems: { dataset: Dataset; key: string; items: TimelineItem[] } | undefined;
  private cachedColors: { theme: string; colors: Record<EventCategory, string> } | undefined;

  items(dataset: Dataset, year: number, lang: Lang): TimelineItem[] {
    const key = `${year}|${lang.locale}`;
    const c = this.cachedItems;
    if (c && c.dataset === dataset && c.key === key) return c.items;
    const items = timelineItems(dataset, year, lang);
    this.cachedItems = { dataset, key, items };
    return items;
  }

  colors(theme: 'light' | 'dark'): Record<EventCategory, string> {
    if (this.cachedColors?.theme === theme) return this.cachedColors.colors;
    const palette = layerPalettes[theme];
    const colors = Object.fromEntries(eventCategories.map((c) => [c, cssColor(palette.event[c])])) as Record<
      EventCategory,
      string
    >;
    this.cachedColors = { theme, colors };
    return colors;
  }
}
