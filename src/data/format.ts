export type DatePrecision = 'day' | 'month' | 'year';

// Building an Intl formatter costs a tenth of a millisecond or more; a year switch formats dozens of dates and
// figures, so formatters are made once per locale and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A plain number in the reader's locale (thousands separators, decimal sign). */
export function formatNumber(value: number, locale = 'en'): string {
  return numberFormat(locale).format(value);
}

/** Months and days in the locale's short style, the same for single dates and periods. */
function dateOptions(precision: 'month' | 'day'): Intl.DateTimeFormatOptions {
  return precision === 'month'
    ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
}

/** A dataset date (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's locale, no more precise than it was written. */
export function formatDate(date: string, precision: DatePrecision, locale = 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'year' || m === undefined) return String(y);
  const value = new Date(Date.UTC(y!, m - 1, d ?? 1));
  return dateFormat(locale, dateOptions(precision === 'month' || d === undefined ? 'month' : 'day')).format(
    value,
  );
}

/** An event's date, or the span its sources leave it in ("6 – 7 Mar 2017"), as exact as it is known. */
export function formatEventDate(
  event: { date: string; dateTo?: string | undefined; precision: DatePrecision },
  locale = 'en',
): string {
  if (
    event.dateTo === undefined ||
    (event.precision === 'year' && event.date.slice(0, 4) === event.dateTo.slice(0, 4))
  )
    return formatDate(event.date, event.precision, locale);
  return formatPeriod({ from: event.date, to: event.dateTo }, locale);
}

export function precisionOf(date: string): DatePrecision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/**
 * A period (`from`/`to`, each YYYY, YYYY-MM or YYYY-MM-DD) in the reader's locale, in the same style as single dates
 * and no more precise than it was written: "Jan – May 2017", "Jan 2017 – Jun 2018", "2016 – 2017".
 */
export function formatPeriod(period: { from: string; to: string }, locale = 'en'): string {
  const precision = precisionOf(period.from) === precisionOf(period.to) ? precisionOf(period.from) : 'year';
  if (precision === 'year') {
    const [a, b] = [period.from.slice(0, 4), period.to.slice(0, 4)];
    return a === b ? a : `${a} – ${b}`;
  }
  const toDate = (date: string, end: boolean) => {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d ?? (end ? 28 : 1)));
  };
  return dateFormat(locale, dateOptions(precision)).formatRange(
    toDate(period.from, false),
    toDate(period.to, true),
  );
}

/** A US dollar figure, short: `$2.63B`. */
export function formatUsd(value: number, locale = 'en'): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(value);
}
