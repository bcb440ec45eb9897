// SQL of the console's inventory editing: relays, sectors and buildings as JSON rows (for before/after
// versions), and the audit log's reading side.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { BuildingState, SiteStatus } from '../db/tables/network.ts';
import type { AuditListInput } from '../../shared/schemas/inventory.ts';

/** The row as the change log sees it (to_jsonb), or undefined. */
export async function rowJson(
  db: Kysely<DB>,
  table: 'sites' | 'sectors' | 'fibre_points' | 'zones' | 'buildings',
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const res = await sql<{ row: Record<string, unknown> }>`
    select to_jsonb(t) as row from ${sql.table(table)} t where t.id = ${id} for update`.execute(db);
  return res.rows[0]?.row;
}

export async function allRowsJson(
  db: Kysely<DB>,
  table: 'sites' | 'sectors' | 'fibre_points',
): Promise<Record<string, unknown>[]> {
  const res = await sql<{ row: Record<string, unknown> }>`
    select to_jsonb(t) as row from ${sql.table(table)} t order by t.id`.execute(db);
  return res.rows.map((r) => r.row);
}

export async function saveSite(
  db: Kysely<DB>,
  s: {
    id: string;
    name: string;
    lat: number;
    lon: number;
    access_notes: string | null;
    power: string | null;
    notes: string | null;
    status: SiteStatus;
  },
): Promise<void> {
  const { id: _id, ...rest } = s;
  await db
    .insertInto('sites')
    .values(s)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...rest, updated_at: new Date() }))
    .execute();
}

/** An admin's correction of an imported building (the service has checked that it exists). */
export async function updateBuilding(
  db: Kysely<DB>,
  id: string,
  b: { state: BuildingState; network: 'own' | 'wholesale'; address: string | null; pm_id: string | null },
): Promise<void> {
  await db
    .updateTable('buildings')
    .set({ ...b, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function saveSector(
  db: Kysely<DB>,
  s: {
    id: string;
    site_id: string;
    name: string | null;
    azimuth_deg: number;
    beamwidth_deg: number;
    range_m: number;
    full: boolean;
    frequency_mhz: number | null;
    device_model: string | null;
    planned: boolean;
  },
): Promise<void> {
  const { id: _id, ...rest } = s;
  await db
    .insertInto('sectors')
    .values(s)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...rest, updated_at: new Date() }))
    .execute();
}

export async function deleteRow(db: Kysely<DB>, table: 'sites' | 'sectors', id: string): Promise<boolean> {
  const res = await db.deleteFrom(table).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function listAudit(db: Kysely<DB>, f: AuditListInput) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.id',
      'a.at',
      'a.actor_id',
      'u.name as actor_name',
      'a.action',
      'a.target_table',
      'a.target_id',
      'a.details',
    ]);
  if (f.actorId) q = q.where('a.actor_id', '=', f.actorId);
  // "user." finds every user action; an exact name finds that one.
  if (f.action) q = q.where('a.action', 'like', `${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.targetTable) q = q.where('a.target_table', '=', f.targetTable);
  if (f.targetId) q = q.where('a.target_id', '=', f.targetId);
  if (f.from) q = q.where('a.at', '>=', new Date(f.from));
  if (f.to) q = q.where('a.at', '<', new Date(f.to));
  if (f.before) q = q.where('a.id', '<', f.before);
  return q.orderBy('a.id', 'desc').limit(f.limit).execute();
}
