// Interventions: technicians' logs of work on relays, sectors and fibre points.
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type SqlBool,
  type Insertable,
  type Kysely,
  type Selectable,
  type Transaction,
  type Updateable,
} from 'kysely';
import type { DB, InterventionsTable } from '../db/schema.ts';
import type { InterventionFilters } from '../../shared/schemas/interventions.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type InterventionRow = Selectable<InterventionsTable>;
export type NewInterventionRow = Insertable<InterventionsTable>;

export async function insertIntervention(db: Db, row: NewInterventionRow): Promise<void> {
  await db.insertInto('interventions').values(row).execute();
}

/** Inserts the rows whose id is new (a replayed create is skipped); returns the ids inserted. */
export async function insertInterventionsIfAbsent(db: Db, rows: NewInterventionRow[]): Promise<string[]> {
  if (!rows.length) return [];
  const res = await db
    .insertInto('interventions')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return res.map((r) => r.id);
}

export function findIntervention(db: Db, id: string): Promise<InterventionRow | undefined> {
  return db.selectFrom('interventions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every write bumps `version` (devices show it; coordinators see edits happened since they looked). */
export async function updateIntervention(
  db: Db,
  id: string,
  columns: Updateable<InterventionsTable>,
  clientId: string | null,
): Promise<void> {
  await db
    .updateTable('interventions')
    .set({ ...columns, updated_by_client: clientId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function lastWriterClient(db: Db, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('interventions')
    .select('updated_by_client')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.updated_by_client ?? null;
}

/**
 * A review: only a record not yet approved changes; returns the row (as JSON) or undefined when it
 * was missing or already approved.
 */
export async function setReview(
  db: Db,
  review: {
    id: string;
    status: 'approved' | 'changes_requested';
    comment: string | null;
    reviewerId: string;
  },
): Promise<Record<string, unknown> | undefined> {
  const res = await sql<{ row: Record<string, unknown> }>`
    update interventions i set status = ${review.status}, review_comment = ${review.comment},
      reviewed_by = ${review.reviewerId}, reviewed_at = now(), updated_by = ${review.reviewerId},
      updated_by_client = null, version = version + 1, updated_at = now()
    where i.id = ${review.id} and i.status <> 'approved'
    returning to_jsonb(i) as row`.execute(db);
  return res.rows[0]?.row;
}

/** The list's filters, shared by the list, its export and the export's reading columns. */
function matching(eb: ExpressionBuilder<DB & { i: InterventionsTable }, 'i'>, f: InterventionFilters) {
  const conds: Expression<SqlBool>[] = [];
  if (f.from !== undefined) conds.push(eb('i.started_at', '>=', new Date(f.from)));
  if (f.to !== undefined) conds.push(eb('i.started_at', '<', new Date(f.to)));
  if (f.status !== undefined) conds.push(eb('i.status', '=', f.status));
  if (f.siteId !== undefined) conds.push(eb('i.site_id', '=', f.siteId));
  if (f.technicianId !== undefined) conds.push(eb('i.technician_id', '=', f.technicianId));
  if (f.kind !== undefined) conds.push(eb('i.kind', '=', f.kind));
  if (f.zoneId !== undefined) conds.push(eb('i.zone_id', '=', f.zoneId));
  if (f.buildingId !== undefined) conds.push(eb('i.building_id', '=', f.buildingId));
  if (f.fibreNodeId !== undefined) conds.push(eb('i.fibre_node_id', '=', f.fibreNodeId));
  return eb.and(conds);
}

export interface ListedInterventionRow {
  row: Record<string, unknown>;
  technician_name: string;
  site_name: string | null;
  zone_name: string | null;
  building_address: string | null;
  /** The PM of the building (IPE `ReferencePM`), and the fibre point worked on. */
  pm_ref: string | null;
  fibre_node_kind: 'pm' | 'pbo' | 'pto' | null;
  fibre_node_reference: string | null;
  /** The fibre point (PM or PBO) worked on, by its name. */
  fibre_point_name: string | null;
  photo_count: number;
  /** Where the map puts it: its GPS fix, else its relay, building or fibre point. */
  place_lat: number | null;
  place_lon: number | null;
  place_source: 'gps' | 'site' | 'building' | 'fibre_node' | null;
}

/** Coordinators' list, newest first; keyset pagination on (started_at desc, id asc) (index interventions_started_idx). */
export function listInterventions(
  db: Db,
  filters: InterventionFilters & { id?: string },
  page: { after: { startedAt: Date; id: string } | null; limit: number },
): Promise<ListedInterventionRow[]> {
  const { after } = page;
  return (
    db
      .selectFrom('interventions as i')
      .innerJoin('users as u', 'u.id', 'i.technician_id')
      .leftJoin('sites as s', 's.id', 'i.site_id')
      .leftJoin('zones as z', 'z.id', 'i.zone_id')
      .leftJoin('buildings as b', 'b.id', 'i.building_id')
      .leftJoin('fibre_nodes as fn', 'fn.id', 'i.fibre_node_id')
      // fibre_node_id names a fibre point now (migration 20261204010300); fibre_nodes stays for old rows.
      .leftJoin('fibre_points as fp', 'fp.id', 'i.fibre_node_id')
      .select([
        sql<Record<string, unknown>>`to_jsonb(i)`.as('row'),
        'u.name as technician_name',
        's.name as site_name',
        'z.name as zone_name',
        'b.address as building_address',
        'b.pm_ref as pm_ref',
        'fn.kind as fibre_node_kind',
        'fn.reference as fibre_node_reference',
        'fp.name as fibre_point_name',
        sql<number>`jsonb_array_length(i.photos)`.as('photo_count'),
        sql<number | null>`coalesce(i.lat, s.lat, b.lat, fp.lat, fn.lat)`.as('place_lat'),
        sql<number | null>`coalesce(i.lon, s.lon, b.lon, fp.lon, fn.lon)`.as('place_lon'),
        sql<ListedInterventionRow['place_source']>`case when i.lat is not null then 'gps'
        when s.lat is not null then 'site' when b.lat is not null then 'building'
        when coalesce(fp.lat, fn.lat) is not null then 'fibre_node' end`.as('place_source'),
      ])
      .$if(filters.id !== undefined, (q) => q.where('i.id', '=', filters.id ?? ''))
      .where((eb) => matching(eb, filters))
      .$if(after !== null, (q) =>
        q.where((eb) =>
          eb.or([
            eb('i.started_at', '<', after?.startedAt ?? new Date(0)),
            eb.and([
              eb('i.started_at', '=', after?.startedAt ?? new Date(0)),
              eb('i.id', '>', after?.id ?? ''),
            ]),
          ]),
        ),
      )
      .orderBy('i.started_at', 'desc')
      .orderBy('i.id', 'asc')
      .limit(page.limit)
      .execute()
  );
}

/** The reading names used by the interventions these filters select (one CSV column each). */
export async function measurementKeys(db: Db, filters: InterventionFilters): Promise<string[]> {
  const rows = await db
    .selectFrom('interventions as i')
    .select(sql<string>`jsonb_object_keys(i.measurements)`.as('key'))
    .where('i.measurements', 'is not', null)
    .where((eb) => matching(eb, filters))
    .execute();
  return [...new Set(rows.map((r) => r.key))].sort();
}

export interface ReviewAuditRow {
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  details: unknown;
}

/** The review history of one intervention, oldest first, from the audit log. */
export function reviewHistory(db: Db, id: string): Promise<ReviewAuditRow[]> {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.at', 'a.actor_id', 'u.name as actor_name', 'a.details'])
    .where('a.target_table', '=', 'interventions')
    .where('a.target_id', '=', id)
    .where('a.action', '=', 'intervention.review')
    .orderBy('a.id')
    .execute();
}
