// Rejections carry a catalogue code (stable, for programs) and a French sentence (for the technician).
import { DomainError, errorCatalogue, type ErrorCode } from '../errors.ts';

export function reject(code: ErrorCode, detail?: string): DomainError {
  const base = errorCatalogue[code].fr;
  return new DomainError(code, detail ? `${base} ${detail}` : base);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Equality of two field values as a person means it: the same instant written with two offsets is the
 * same date; objects compare by content whatever their key order; absent and null are the same.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && ISO_INSTANT.test(a) && ISO_INSTANT.test(b)) {
    return Date.parse(a) === Date.parse(b);
  }
  return canonical(a ?? null) === canonical(b ?? null);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
