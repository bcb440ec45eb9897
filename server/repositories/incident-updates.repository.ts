// The timeline of each incident (one row per step), read by coordinators in the console.
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IncidentUpdatesTable } from '../db/tables/operations.ts';

export type NewIncidentUpdate = Omit<Insertable<IncidentUpdatesTable>, 'id'>;

export async function insertUpdate(db: Kysely<DB>, row: NewIncidentUpdate): Promise<void> {
  await db
    .insertInto('incident_updates')
    .values({ id: randomUUID(), ...row })
    .execute();
}

/** Oldest first, with the author's name (coordinators know each other; the public never sees this). */
export function updatesOf(db: Kysely<DB>, incidentId: string) {
  return db
    .selectFrom('incident_updates as u')
    .leftJoin('users', 'users.id', 'u.author_id')
    .select([
      'u.id',
      'u.kind',
      'u.public_text_fr',
      'u.public_text_en',
      'u.note',
      'u.source',
      'u.at',
      'users.name as author_name',
    ])
    .where('u.incident_id', '=', incidentId)
    .orderBy('u.at')
    .orderBy('u.id')
    .limit(500)
    .execute();
}
