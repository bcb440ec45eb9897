// Failed logins slow down guessing without locking anyone out: failures are counted per account AND
// address, and each one beyond the first few makes that pair wait twice as long before the next try.
// The owner, from another address (their phone, the office), logs in normally meanwhile. Only failures
// count; a success clears the pair. Kept in the database, so it holds across server processes.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import * as repo from '../repositories/rate-limits.repository.ts';

const FREE_FAILURES = 3;
export const MAX_DELAY_S = 15 * 60;

/** Seconds the pair must wait after its `failures`-th failure (0 for the first few). */
export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_S);
}

/** Seconds left before this account may be tried again from this address (0: go ahead). */
export async function waitBeforeLogin(
  db: Kysely<DB>,
  email: string,
  ip: string,
  now = new Date(),
): Promise<number> {
  const state = await repo.loginFailures(db, email, ip);
  if (!state) return 0;
  const until = state.lastFailedAt.getTime() + delayAfter(state.failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export async function loginFailed(
  db: Kysely<DB>,
  email: string,
  ip: string,
  now = new Date(),
): Promise<number> {
  await repo.deleteLoginFailuresBefore(db, new Date(now.getTime() - 86_400_000));
  return repo.recordLoginFailure(db, email, ip, now);
}

export function loginSucceeded(db: Kysely<DB>, email: string, ip: string): Promise<void> {
  return repo.clearLoginFailures(db, email, ip);
}
