// Database refusals inside one mutation that are the data's fault, not the server's: they reject that
// mutation (with a catalogue code) instead of failing the batch, since a batch failing on the same entry
// at every retry would block the device's outbox for good. Anything else is a real failure: rethrown.
import { z } from 'zod';
import type { ErrorCode } from '../../../shared/errors.ts';

const pgError = z.object({ code: z.string().regex(/^[0-9A-Z]{5}$/), constraint: z.string().optional() });

export function rejectionCodeOf(error: unknown): ErrorCode | null {
  const parsed = pgError.safeParse(error);
  if (!parsed.success) return null;
  const { code, constraint } = parsed.data;
  // Two devices installing one ONT at the same instant: the unique index decides, the loser is told so.
  if (code === '23505' && constraint === 'installations_active_ont_key') return 'ONT_SERIAL_TAKEN';
  if (code === '23503') return 'UNKNOWN_REFERENCE'; // foreign key
  if (code.startsWith('23') || code.startsWith('22')) return 'INVALID_ARGS'; // constraint, bad value
  return null;
}
