/**
 * The last value made for a dataset and a key, made again only when either changes: the panel's models keep their
 * identity between renders, so a hover over the map does not re-render the legend, the key or the timeline.
 */
export class LastValue<T> {
  private last: { dataset: object; key: string; value: T } | undefined;

  get(dataset: object, key: string, make: () => T): T {
    const last = this.last;
    if (last && last.dataset === dataset && last.key === key) return last.value;
    const value = make();
    this.last = { dataset, key, value };
    return value;
  }
}
