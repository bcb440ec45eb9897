// One line that says what a refused mutation carried, for a coordinator scanning the list.

/** The fields that tell a person which record it was, in the order worth reading. */
const telling = [
  'kind',
  'summary',
  'technology',
  'ontSerial',
  'cpeMac',
  'ptoReference',
  'siteId',
  'sectorId',
  'buildingId',
  'startedAt',
  'installedAt',
];

function short(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * `labels` names the fields in the reader's words (`ontSerial` → "Numéro de série ONT"); a field
 * without a label is shown by its key only in the fallback, when nothing telling was found.
 */
export function summariseArgs(args: unknown, max = 160, labels: Record<string, string> = {}): string {
  const name = (key: string) => labels[key] ?? key;
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return short(args) ?? '';
  const record: Record<string, unknown> = { ...args };
  const set = typeof record.set === 'object' && record.set !== null ? { ...record.set } : null;
  const parts: string[] = [];
  for (const key of telling) {
    const value = short(record[key]);
    if (value !== null) parts.push(`${name(key)} : ${value}`);
  }
  // An update carries its changes under `set`.
  if (set) parts.push(...Object.keys(set).map((k) => `${name(k)} ←`));
  if (!parts.length) {
    for (const [key, value] of Object.entries(record)) {
      const text = short(value);
      if (text !== null && key !== 'id') parts.push(`${name(key)} : ${text}`);
    }
  }
  const line = parts.join(' · ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The intervention a refused mutation was about, when it names one (to link to it). */
export function interventionIdOf(name: string, args: unknown): string | null {
  if (!name.startsWith('intervention.') || typeof args !== 'object' || args === null) return null;
  const id: unknown = 'id' in args ? args.id : null;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}
