// Incidents and the monitoring alerts attached to them.
import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IncidentsTable } from '../db/tables/operations.ts';

export type IncidentRow = Selectable<IncidentsTable>;
export type NewIncidentRow = Insertable<IncidentsTable>;
export type IncidentPatch = Updateable<IncidentsTable>;

// Fixed namespace for pg_advisory_xact_lock(int, int); the second key is a hash of the element id.
const ELEMENT_LOCK = 72_610_011;

/**
 * Serialises incident changes about one element (a site hit by Alertmanager and a technician's report at
 * the same moment): the "find the open incident, else open one" step cannot interleave.
 */
export async function lockElement(db: Kysely<DB>, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${ELEMENT_LOCK}, hashtext(${key}))`.execute(db);
}

export async function insertIncident(db: Kysely<DB>, row: NewIncidentRow): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

export async function updateIncident(db: Kysely<DB>, id: string, patch: IncidentPatch): Promise<void> {
  await db
    .updateTable('incidents')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export function findIncident(
  db: Kysely<DB>,
  id: string,
  forUpdate = false,
): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('id', '=', id)
    .$if(forUpdate, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** The open incident on this site, if any (the newest when, unusually, there are several). */
export function findOpenIncidentOnSite(db: Kysely<DB>, siteId: string): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('status', '=', 'open')
    .where(sql<boolean>`relay_ids @> array[${siteId}]::text[]`)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findOpenIncidentByAlert(
  db: Kysely<DB>,
  fingerprint: string,
): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .innerJoin('incident_alerts', 'incident_alerts.incident_id', 'incidents.id')
    .selectAll('incidents')
    .where('incidents.status', '=', 'open')
    .where('incident_alerts.fingerprint', '=', fingerprint)
    .limit(1)
    .executeTakeFirst();
}

/** An incident this alert belonged to, resolved after `since`: the same alert firing again reopens it. */
export function recentlyResolvedByAlert(
  db: Kysely<DB>,
  fingerprint: string,
  since: Date,
): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .innerJoin('incident_alerts', 'incident_alerts.incident_id', 'incidents.id')
    .selectAll('incidents')
    .where('incidents.status', '=', 'resolved')
    .where('incidents.resolved_at', '>=', since)
    .where('incident_alerts.fingerprint', '=', fingerprint)
    .orderBy('incidents.resolved_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function openIncidents(db: Kysely<DB>): Promise<IncidentRow[]> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('status', '=', 'open')
    .orderBy('started_at', 'desc')
    .execute();
}

/** Newest first (open and resolved alike), as the public status lists them. */
export function recentIncidents(
  db: Kysely<DB>,
  q: { status?: 'open' | 'resolved'; limit: number },
): Promise<IncidentRow[]> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .$if(q.status !== undefined, (b) => b.where('status', '=', q.status ?? 'open'))
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit)
    .execute();
}

/** Records that this alert fires (or no longer does) for the incident. */
export async function upsertAlert(
  db: Kysely<DB>,
  a: { incidentId: string; fingerprint: string; firing: boolean },
): Promise<void> {
  await db
    .insertInto('incident_alerts')
    .values({ incident_id: a.incidentId, fingerprint: a.fingerprint, firing: a.firing })
    .onConflict((oc) =>
      oc.columns(['incident_id', 'fingerprint']).doUpdateSet({ firing: a.firing, last_seen_at: sql`now()` }),
    )
    .execute();
}

export async function firingAlertCount(db: Kysely<DB>, incidentId: string): Promise<number> {
  const row = await db
    .selectFrom('incident_alerts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('incident_id', '=', incidentId)
    .where('firing', '=', true)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
