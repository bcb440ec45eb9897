// Fibre buildings as the CSV importers (IPE, Arcep) see them: by id, address and position. They write
// only the columns their file carries, so a re-import never wipes what people added (zone, access
// notes) nor what another source said (own / wholesale network).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { countChanges, upsertChanged, type UpsertCounts } from '../db/upsert.ts';

/** The building columns a CSV import owns besides the id: what an importer compares to recognise one. */
export const IMPORTED_BUILDING_VALUES = [
  'source',
  'state',
  'lat',
  'lon',
  'address',
  'postcode',
  'insee_code',
  'city',
  'pm_ref',
  'pm_state',
  'building_type',
] as const satisfies readonly (keyof KnownBuilding)[];

export interface KnownBuilding {
  id: string;
  source: string;
  state: string;
  lat: number;
  lon: number;
  address: string | null;
  postcode: string | null;
  insee_code: string | null;
  city: string | null;
  pm_ref: string | null;
  pm_state: string | null;
  building_type: string | null;
}

/** A row a CSV import writes: the columns it owns, indexable by column name for upsertChanged. */
export interface ImportedBuildingRow extends KnownBuilding, Record<string, string | number | null> {}

export async function upsertImportedBuildings<R extends ImportedBuildingRow>(
  db: Kysely<DB>,
  rows: readonly R[],
): Promise<UpsertCounts> {
  const first = rows[0];
  if (!first) return { inserted: 0, updated: 0, unchanged: 0 };
  const columns = Object.keys(first) as (keyof R & string)[];
  const { inserted, updated, unchanged } = await upsertChanged(db, 'buildings', columns, rows);
  return { inserted, updated, unchanged };
}

/** Every building, with what an importer needs to recognise it under a new id. */
export function listKnownBuildings(db: Kysely<DB>): Promise<KnownBuilding[]> {
  return db
    .selectFrom('buildings')
    .select(['id', ...IMPORTED_BUILDING_VALUES])
    .orderBy('id')
    .execute();
}

/** What upsertImportedBuildings would write (the dry run of an import). */
export async function countImportedBuildingChanges<R extends ImportedBuildingRow>(
  db: Kysely<DB>,
  rows: readonly R[],
): Promise<UpsertCounts> {
  const first = rows[0];
  if (!first) return { inserted: 0, updated: 0, unchanged: 0 };
  return countChanges(db, 'buildings', Object.keys(first) as (keyof R & string)[], rows);
}
