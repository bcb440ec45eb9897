// Versions of interventions as written (filled by the trigger terrain_keep_intervention_version).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function listVersions(
  db: Db,
  id: string,
): Promise<{ version: number; data: unknown; created_at: Date; by_name: string | null }[]> {
  return db
    .selectFrom('intervention_versions as v')
    .leftJoin('users as u', 'u.id', 'v.updated_by')
    .select(['v.version', 'v.data', 'v.created_at', 'u.name as by_name'])
    .where('v.intervention_id', '=', id)
    .orderBy('v.version')
    .execute();
}
