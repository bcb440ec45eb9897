// Surveys, and the prospects' places technicians see on their map (positions; contact only on their
// own visits — the service decides, these queries only read).
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SurveysTable } from '../db/tables/surveys.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** false when a survey with this id exists (a replay, or someone else's id). */
export async function insertSurveyIfAbsent(db: Db, row: Insertable<SurveysTable>): Promise<boolean> {
  const res = await db
    .insertInto('surveys')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function surveyOwner(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('surveys').select('technician_id').where('id', '=', id).executeTakeFirst();
  return row?.technician_id;
}

export async function setSurveyOutcome(
  db: Db,
  subscriptionId: string,
  outcome: 'feasible' | 'not_feasible',
): Promise<void> {
  await db
    .updateTable('subscription_requests')
    .set({ survey_outcome: outcome })
    .where('id', '=', subscriptionId)
    .execute();
}

export interface Place {
  lat: number;
  lon: number;
  sector_id: string | null;
  building_id: string | null;
}

export function subscriptionPlace(db: Db, id: string): Promise<Place | undefined> {
  return db
    .selectFrom('subscription_requests')
    .select(['lat', 'lon', 'sector_id', 'building_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function interestPlace(db: Db, id: string): Promise<Place | undefined> {
  return db
    .selectFrom('interest_registrations')
    .select(['lat', 'lon', sql<null>`null`.as('sector_id'), sql<null>`null`.as('building_id')])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function jobOwner(
  db: Db,
  id: string,
): Promise<{ technician_id: string; subscription_id: string | null } | undefined> {
  return db
    .selectFrom('installation_jobs')
    .select(['technician_id', 'subscription_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Zone of each sector (its relay's) and of each building, for the zone test of prospects. */
export async function networkZones(
  db: Db,
): Promise<{ sectors: Map<string, string>; buildings: Map<string, string> }> {
  const sectors = await db
    .selectFrom('sectors as s')
    .innerJoin('sites as t', 't.id', 's.site_id')
    .select(['s.id', 't.zone_id'])
    .where('t.zone_id', 'is not', null)
    .execute();
  const buildings = await db
    .selectFrom('subscription_requests as r')
    .innerJoin('buildings as b', 'b.id', 'r.building_id')
    .select(['b.id', 'b.zone_id'])
    .where('b.zone_id', 'is not', null)
    .execute();
  const map = (rows: { id: string; zone_id: string | null }[]) =>
    new Map(rows.flatMap((r) => (r.zone_id ? [[r.id, r.zone_id] as const] : [])));
  return { sectors: map(sectors), buildings: map(buildings) };
}

export function subscriptionPoints(db: Db) {
  return db
    .selectFrom('subscription_requests')
    .select([
      'id',
      'lat',
      'lon',
      'status',
      'technology',
      'sector_id',
      'building_id',
      'survey_outcome',
      'created_at',
      'name',
      'phone',
      'address',
    ])
    .orderBy('created_at', 'desc')
    .limit(5000)
    .execute();
}

/** Registrations confirmed (or made before confirmation existed), never unsubscribed ones' contact. */
export function interestPoints(db: Db) {
  return db
    .selectFrom('interest_registrations')
    .select(['id', 'lat', 'lon', 'kind', 'created_at', 'name', 'phone', 'address'])
    .orderBy('created_at', 'desc')
    .limit(5000)
    .execute();
}

/** Requests and registrations this technician has a visit or a survey for: they may see the contact. */
export async function assignedTo(db: Db, technicianId: string): Promise<Set<string>> {
  const jobs = await db
    .selectFrom('installation_jobs')
    .select('subscription_id as id')
    .where('technician_id', '=', technicianId)
    .where('subscription_id', 'is not', null)
    .execute();
  const surveys = await db
    .selectFrom('surveys')
    .select(sql<string | null>`coalesce(subscription_id, interest_id)`.as('id'))
    .where('technician_id', '=', technicianId)
    .execute();
  return new Set([...jobs, ...surveys].flatMap((r) => (r.id ? [r.id] : [])));
}

/** Every survey of these requests, newest first, with who made it. */
export async function surveysOf(db: Db, subscriptionIds: readonly string[]) {
  if (!subscriptionIds.length) return [];
  return db
    .selectFrom('surveys as s')
    .leftJoin('users as u', 'u.id', 's.technician_id')
    .leftJoin('sectors as sec', 'sec.id', 's.sector_id')
    .leftJoin('sites as site', 'site.id', 'sec.site_id')
    .selectAll('s')
    .select(['u.name as technician_name', 'site.name as site_name', 'sec.azimuth_deg'])
    .where('s.subscription_id', 'in', [...subscriptionIds])
    .orderBy('s.surveyed_at', 'desc')
    .execute();
}
