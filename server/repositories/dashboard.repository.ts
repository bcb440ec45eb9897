// Counts for the coordination dashboard. Weeks and months are cut in Europe/Paris, the office's time.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function interventionsPerWeek(db: Kysely<DB>, since: Date) {
  const res = await sql<{ week: string; kind: string; count: string }>`
    select to_char(date_trunc('week', started_at at time zone 'Europe/Paris'), 'YYYY-MM-DD') as week,
           kind, count(*) as count
    from interventions where started_at >= ${since}
    group by 1, 2 order by 1, 2`.execute(db);
  return res.rows.map((r) => ({ week: r.week, kind: r.kind, count: Number(r.count) }));
}

export async function installationsPerMonth(db: Kysely<DB>, since: Date) {
  const res = await sql<{ month: string; technology: 'fibre' | 'radio'; count: string }>`
    select to_char(date_trunc('month', installed_at at time zone 'Europe/Paris'), 'YYYY-MM-DD') as month,
           technology, count(*) as count
    from installations where installed_at >= ${since}
    group by 1, 2 order by 1, 2`.execute(db);
  return res.rows.map((r) => ({ month: r.month, technology: r.technology, count: Number(r.count) }));
}

export async function followUps(db: Kysely<DB>) {
  const res = await sql<{
    to_correct: string;
    to_review: string;
    rejections: string;
    conflicts: string;
    jobs: string;
  }>`
    select
      (select count(*) from interventions where status = 'changes_requested') as to_correct,
      (select count(*) from interventions where status = 'submitted') as to_review,
      (select count(*) from sync_rejections where resolved_at is null) as rejections,
      (select count(*) from conflicts where resolved_at is null) as conflicts,
      (select count(*) from installation_jobs where status = 'open') as jobs`.execute(db);
  const r = res.rows[0];
  return {
    toCorrect: Number(r?.to_correct ?? 0),
    toReview: Number(r?.to_review ?? 0),
    rejections: Number(r?.rejections ?? 0),
    conflicts: Number(r?.conflicts ?? 0),
    openJobs: Number(r?.jobs ?? 0),
  };
}

/** Devices of active technicians not seen since `before`, oldest first. */
export function staleDevices(db: Kysely<DB>, before: Date) {
  return db
    .selectFrom('sync_clients as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.client_id', 'u.name', 'c.last_seen_at'])
    .where('u.role', '=', 'technician')
    .where('u.disabled_at', 'is', null)
    .where('c.last_seen_at', '<', before)
    .orderBy('c.last_seen_at')
    .limit(100)
    .execute();
}

/** The address and kind of every registration (the commune is read from the address). */
export function registrationPlaces(db: Kysely<DB>) {
  return db.selectFrom('interest_registrations').select(['address', 'kind']).execute();
}
