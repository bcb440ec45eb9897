// Formatting shared by the coordination pages. Pure: the locale (and, in tests, the time zone) is passed in.
import { formatNumber } from '../../lib/format.ts';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "12 nov. 2026, 14:30" / "12 Nov 2026, 14:30". */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    dateTimeFormats.set(key, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

function isPosition(value: object): value is { lat: number; lon: number } {
  return 'lat' in value && 'lon' in value && typeof value.lat === 'number' && typeof value.lon === 'number';
}

/**
 * Any stored value (a conflict's kept or overwritten value, a measurement) as one line of text;
 * null when there is nothing to show, so the caller can say "(vide)" in the user's language.
 */
export function formatValue(value: unknown, locale: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return formatNumber(value, locale, 6);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value))
    return value.length ? value.map((v) => formatValue(v, locale) ?? '∅').join(', ') : null;
  if (typeof value === 'object') {
    if (isPosition(value)) return `${value.lat.toFixed(5)}, ${value.lon.toFixed(5)}`;
    const entries = Object.entries(value);
    if (!entries.length) return null;
    return entries.map(([k, v]) => `${k} : ${formatValue(v, locale) ?? '∅'}`).join(' · ');
  }
  return String(value);
}
