// The pull cursor: opaque to devices, it carries where the stream stands and what it was filtered for.
import { createHash } from 'node:crypto';
import type { LogPosition } from '../../repositories/change-log.repository.ts';

export interface Cursor {
  position: LogPosition;
  /** The device's last acknowledged mutation as of `position` (acks travel in the change log). */
  lastMutationId: number;
  /** Hash of who the stream was filtered for (user, role scope, zones): see pull.ts for a change. */
  scope: string;
  /**
   * While a zone change is being sent (zone-change.ts): the scope it leads to, and the log id of the
   * last row sent. `scope` stays the old one until it is done.
   */
  delta?: { target: string; after: number };
}

const VERSION = 'c1';

export function scopeKey(userId: string, everything: boolean, zones: readonly string[]): string {
  const what = everything ? '*' : [...zones].sort().join('\n');
  return createHash('sha256').update(`${userId}\n${what}`).digest('base64url').slice(0, 16);
}

export function encodeCursor(c: Cursor): string {
  const parts = [VERSION, c.position.txid, c.position.id, c.lastMutationId, c.scope];
  if (c.delta) parts.push(c.delta.target, c.delta.after);
  const text = parts.join('.');
  return Buffer.from(text).toString('base64url');
}

/** null for anything that is not a cursor of this version: the pull then starts over (reset). */
export function decodeCursor(value: string | null): Cursor | null {
  if (!value) return null;
  const parts = Buffer.from(value, 'base64url').toString('utf8').split('.');
  const [version, txid, id, lastMutationId, scope, target, after] = parts;
  if (parts.length !== 5 && parts.length !== 7) return null;
  if (version !== VERSION || !txid || !id || !lastMutationId || !scope) return null;
  if (!/^\d{1,20}$/.test(txid) || !/^\d{1,16}$/.test(id) || !/^\d{1,16}$/.test(lastMutationId)) return null;
  const cursor: Cursor = {
    position: { txid, id: Number(id) },
    lastMutationId: Number(lastMutationId),
    scope,
  };
  if (parts.length === 7) {
    if (!target || !after || !/^\d{1,16}$/.test(after)) return null;
    cursor.delta = { target, after: Number(after) };
  }
  return cursor;
}

/** The later of two log positions (txids compared as 64-bit integers). */
export function laterPosition(a: LogPosition, b: LogPosition): LogPosition {
  const ta = BigInt(a.txid);
  const tb = BigInt(b.txid);
  if (ta !== tb) return ta > tb ? a : b;
  return a.id >= b.id ? a : b;
}
