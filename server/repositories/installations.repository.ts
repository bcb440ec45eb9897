// Installations: equipment at members' homes.
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  type Transaction,
  type Updateable,
} from 'kysely';
import type { DB, InstallationsTable } from '../db/schema.ts';
import type { InstallationFilters } from '../../shared/schemas/installations.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Inserts the rows whose id is new (a replayed create is skipped); returns the ids inserted. Only the
 * id conflict is absorbed: a second active ONT serial still fails on installations_active_ont_key.
 */
export async function insertInstallationsIfAbsent(
  db: Db,
  rows: Insertable<InstallationsTable>[],
): Promise<string[]> {
  if (!rows.length) return [];
  const res = await db
    .insertInto('installations')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return res.map((r) => r.id);
}

export async function updateInstallation(
  db: Db,
  id: string,
  columns: Updateable<InstallationsTable>,
): Promise<void> {
  await db
    .updateTable('installations')
    .set({ ...columns, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The active installation of a (normalised) ONT serial, as JSON; served by installations_active_ont_key. */
export async function findActiveByOntSerial(
  db: Db,
  serial: string,
): Promise<Record<string, unknown> | undefined> {
  const res = await sql<{ row: Record<string, unknown> }>`
    select to_jsonb(i) as row from installations i
    where i.ont_serial = ${serial} and i.status = 'active'`.execute(db);
  return res.rows[0]?.row;
}

export interface ListedInstallationRow {
  row: Record<string, unknown>;
  technician_name: string;
  zone_name: string | null;
  building_address: string | null;
  pm_ref: string | null;
  pm_id: string | null;
  pm_name: string | null;
  place_lat: number | null;
  place_lon: number | null;
}

/** The normal optical window at install (shared/domain/optical.ts, GPON class B+). */
const RX_MIN = -27;
const RX_MAX = -8;

function matching(
  eb: ExpressionBuilder<DB & { i: InstallationsTable }, 'i'>,
  f: InstallationFilters,
): Expression<SqlBool> {
  const conds: Expression<SqlBool>[] = [];
  if (f.technology !== undefined) conds.push(eb('i.technology', '=', f.technology));
  if (f.status !== undefined) conds.push(eb('i.status', '=', f.status));
  if (f.zoneId !== undefined) conds.push(eb('i.zone_id', '=', f.zoneId));
  if (f.technicianId !== undefined) conds.push(eb('i.technician_id', '=', f.technicianId));
  if (f.buildingId !== undefined) conds.push(eb('i.building_id', '=', f.buildingId));
  if (f.from !== undefined) conds.push(eb('i.installed_at', '>=', new Date(f.from)));
  if (f.to !== undefined) conds.push(eb('i.installed_at', '<', new Date(f.to)));
  if (f.outOfWindow) {
    conds.push(eb('i.technology', '=', 'fibre'));
    conds.push(eb.or([eb('i.rx_power_dbm', '<', RX_MIN), eb('i.rx_power_dbm', '>', RX_MAX)]));
  }
  return eb.and(conds);
}

/** Newest installed first; keyset on (installed_at desc, id asc). */
export function listInstallations(
  db: Db,
  filters: InstallationFilters & { id?: string },
  page: { after: { at: Date; id: string } | null; limit: number },
): Promise<ListedInstallationRow[]> {
  const { after } = page;
  return db
    .selectFrom('installations as i')
    .innerJoin('users as u', 'u.id', 'i.technician_id')
    .leftJoin('zones as z', 'z.id', 'i.zone_id')
    .leftJoin('buildings as b', 'b.id', 'i.building_id')
    .leftJoin('fibre_points as pm', 'pm.id', 'b.pm_id')
    .select([
      sql<Record<string, unknown>>`to_jsonb(i)`.as('row'),
      'u.name as technician_name',
      'z.name as zone_name',
      'b.address as building_address',
      'b.pm_ref as pm_ref',
      'b.pm_id as pm_id',
      'pm.name as pm_name',
      sql<number | null>`coalesce(i.lat, b.lat)`.as('place_lat'),
      sql<number | null>`coalesce(i.lon, b.lon)`.as('place_lon'),
    ])
    .$if(filters.id !== undefined, (q) => q.where('i.id', '=', filters.id ?? ''))
    .where((eb) => matching(eb, filters))
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('i.installed_at', '<', after?.at ?? new Date(0)),
          eb.and([eb('i.installed_at', '=', after?.at ?? new Date(0)), eb('i.id', '>', after?.id ?? '')]),
        ]),
      ),
    )
    .orderBy('i.installed_at', 'desc')
    .orderBy('i.id', 'asc')
    .limit(page.limit)
    .execute();
}
