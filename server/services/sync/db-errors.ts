// Database refusals sorted by whose fault they are. SQL states of classes 22 (data exception) and 23
// (integrity constraint) are the data's fault: the same input fails the same way at every retry, so a
// pushed mutation is rejected (with a catalogue code) and a procedure answers BAD_REQUEST, instead of a
// batch failing forever and blocking the device's outbox. Transient ones (connection, serialization,
// deadlock, resources, shutdown) say nothing about the input: retryable, never a rejection.
import { z } from 'zod';
import type { ErrorCode } from '../../../shared/errors.ts';

const pgError = z.object({ code: z.string().regex(/^[0-9A-Z]{5}$/), constraint: z.string().optional() });

/** 08 connection, 40 rollback (serialization, deadlock), 53 resources, 57 operator (shutdown, cancel), 58 system. */
const TRANSIENT_CLASSES = new Set(['08', '40', '53', '57', '58']);

export type DbErrorKind = 'data' | 'transient';

export function dbErrorKind(error: unknown): DbErrorKind | null {
  const parsed = pgError.safeParse(error);
  if (!parsed.success) return null;
  const cls = parsed.data.code.slice(0, 2);
  if (cls === '22' || cls === '23') return 'data';
  return TRANSIENT_CLASSES.has(cls) ? 'transient' : null;
}

export function rejectionCodeOf(error: unknown): ErrorCode | null {
  const parsed = pgError.safeParse(error);
  if (!parsed.success) return null;
  const { code, constraint } = parsed.data;
  // Two devices installing one ONT at the same instant: the unique index decides, the loser is told so.
  if (code === '23505' && constraint === 'installations_active_ont_key') return 'ONT_SERIAL_TAKEN';
  if (code === '23503') return 'UNKNOWN_REFERENCE'; // foreign key
  // 22021 / 22P05: a character the database cannot store (NUL), should the text rule ever miss one.
  if (code === '22021' || code === '22P05') return 'INVALID_TEXT';
  if (dbErrorKind(error) === 'data') return 'INVALID_ARGS'; // constraint, bad value
  return null;
}
