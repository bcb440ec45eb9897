// Interventions: technicians' logs of work on relays, sectors and fibre points.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, InterventionsTable } from '../db/schema.ts';

export type InterventionRow = Selectable<InterventionsTable>;
export type NewInterventionRow = Insertable<InterventionsTable>;

export async function insertIntervention(db: Kysely<DB>, row: NewInterventionRow): Promise<void> {
  await db.insertInto('interventions').values(row).execute();
}

export function findIntervention(db: Kysely<DB>, id: string): Promise<InterventionRow | undefined> {
  return db.selectFrom('interventions').selectAll().where('id', '=', id).executeTakeFirst();
}
