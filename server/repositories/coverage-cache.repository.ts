// A cheap fingerprint of the coverage tables, so each server process can tell whether its in-memory
// eligibility index is still current without reloading 100k buildings.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * Row counts catch deletions; the exact (numeric) sum of updated_at catches inserts and updates, even
 * an update committed late by a transaction that started before the newest one (so max(updated_at)
 * alone would not move). One statement, hence one consistent snapshot on PostgreSQL.
 */
export async function coverageFingerprint(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ fp: string }>`
    select concat_ws('|',
      (select count(*) || ':' || coalesce(sum(extract(epoch from updated_at)), 0) from sites),
      (select count(*) || ':' || coalesce(sum(extract(epoch from updated_at)), 0) from sectors),
      (select count(*) || ':' || coalesce(sum(extract(epoch from updated_at)), 0) from buildings),
      (select count(*) || ':' || coalesce(sum(extract(epoch from updated_at)), 0) from fibre_zones)) as fp`.execute(
    db,
  );
  return rows[0]?.fp ?? '';
}
