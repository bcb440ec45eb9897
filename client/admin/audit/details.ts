// An audit entry's details as lines a person reads: for a versioned change, only the fields that
// changed ("azimuth_deg: 40 → 55"); otherwise each detail on its own line. Pure, unit-tested.

export interface DetailLine {
  field: string;
  before?: string;
  after?: string;
  value?: string;
}

const show = (v: unknown): string =>
  v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields whose change says nothing to a reader (the row's own clock). */
const quiet = new Set(['updated_at', 'updatedAt']);

/** `say` writes a value for a reader (the journal passes one that puts codes in words). */
export function detailLines(
  details: unknown,
  say: (field: string, value: unknown) => string = (_field, value) => show(value),
): DetailLine[] {
  if (!isRecord(details))
    return details === null || details === undefined ? [] : [{ field: '', value: say('', details) }];
  const { before, after, ...rest } = details;
  const lines: DetailLine[] = [];
  if ('before' in details || 'after' in details) {
    if (isRecord(before) || isRecord(after)) {
      const b = isRecord(before) ? before : {};
      const a = isRecord(after) ? after : {};
      for (const field of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
        if (quiet.has(field)) continue;
        if (JSON.stringify(b[field]) === JSON.stringify(a[field])) continue;
        lines.push({ field, before: say(field, b[field]), after: say(field, a[field]) });
      }
    } else {
      lines.push({ field: '', before: say('', before), after: say('', after) });
    }
  }
  for (const [field, value] of Object.entries(rest)) lines.push({ field, value: say(field, value) });
  return lines;
}
