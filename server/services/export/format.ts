// How every file the server produces writes times and numbers for a French office: local time in
// Europe/Paris (Intl knows the DST rules; no hand-made offsets) and decimal commas.

const parisParts = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * `2026-12-02T07:15:00Z` → `2026-12-02 08:15:00`: the wall-clock time in Paris, in the ISO order that
 * LibreOffice and Excel read as a date-time whatever their locale. Empty for a missing value.
 */
export function parisDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = Object.fromEntries(parisParts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The calendar day in Paris (`YYYY-MM-DD`), for filenames and per-day groupings. */
export function parisDay(date: Date): string {
  return parisDateTime(date.toISOString()).slice(0, 10);
}

/** `-21.5` → `-21,5` (a French spreadsheet reads a point as text). Empty for a missing value. */
export function frenchNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return String(n).replace('.', ',');
}

export function yesNo(b: boolean | null | undefined): string {
  return b === null || b === undefined ? '' : b ? 'oui' : 'non';
}
