export type DatePrecision = 'day' | 'month' | 'year';

/** A dataset date (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's locale, no more precise than it was written. */
export function formatDate(date: string, precision: DatePrecision, locale = 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'year' || m === undefined) return String(y);
  const value = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' || d === undefined
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(value);
}

export function precisionOf(date: string): DatePrecision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}
