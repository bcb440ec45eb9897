// Fixed one-minute windows per key, kept in the database: with DATABASE_URL and several server processes
// the limit holds across all of them (the same SQL runs on the embedded database). One upsert per
// limited request; old windows are pruned at most once a minute per process.
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';
import * as repo from './repositories/rate-limits.repository.ts';

const WINDOW_MS = 60_000;
const lastPrune = new WeakMap<Kysely<DB>, number>();

/** Counts a hit of `key`; false once more than `limit` hits fell in the current minute. */
export async function consume(
  db: Kysely<DB>,
  key: string,
  limit: number,
  now = new Date(),
): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const count = await repo.hit(db, key, windowStart);
  if (now.getTime() - (lastPrune.get(db) ?? 0) > WINDOW_MS) {
    lastPrune.set(db, now.getTime());
    await repo.deleteWindowsBefore(db, new Date(windowStart.getTime() - WINDOW_MS));
  }
  return count <= limit;
}

/** Forgets every window (tests that reuse one database across limits). */
export function resetRateLimits(db: Kysely<DB>): Promise<void> {
  return repo.deleteAllWindows(db);
}
