// Rate-limit windows and failed logins, in the database so every server process sees the same counts.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * Counts one hit of `key` in the fixed window starting at `windowStart` and returns the count so far.
 * One atomic statement: two processes hitting the same key at once both see their own increment.
 */
export async function hit(db: Kysely<DB>, key: string, windowStart: Date): Promise<number> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start = excluded.window_start
          then rate_limits.count + 1 else 1 end`,
        window_start: sql<Date>`excluded.window_start`,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function deleteWindowsBefore(db: Kysely<DB>, before: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before).execute();
}

export async function deleteAllWindows(db: Kysely<DB>): Promise<void> {
  await db.deleteFrom('rate_limits').execute();
}

export async function loginFailures(
  db: Kysely<DB>,
  email: string,
  ip: string,
): Promise<{ failures: number; lastFailedAt: Date } | undefined> {
  const row = await db
    .selectFrom('login_failures')
    .select(['failures', 'last_failed_at'])
    .where('email', '=', email)
    .where('ip', '=', ip)
    .executeTakeFirst();
  return row && { failures: row.failures, lastFailedAt: row.last_failed_at };
}

export async function recordLoginFailure(
  db: Kysely<DB>,
  email: string,
  ip: string,
  at: Date,
): Promise<number> {
  const row = await db
    .insertInto('login_failures')
    .values({ email, ip, failures: 1, last_failed_at: at })
    .onConflict((oc) =>
      oc.columns(['email', 'ip']).doUpdateSet({
        failures: sql<number>`login_failures.failures + 1`,
        last_failed_at: sql<Date>`excluded.last_failed_at`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

export async function clearLoginFailures(db: Kysely<DB>, email: string, ip: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', email).where('ip', '=', ip).execute();
}

/** Failures older than a day are forgotten (the delay they imposed has long passed). */
export async function deleteLoginFailuresBefore(db: Kysely<DB>, before: Date): Promise<void> {
  await db.deleteFrom('login_failures').where('last_failed_at', '<', before).execute();
}
