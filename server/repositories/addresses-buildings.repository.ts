// Fibre buildings as the CSV importers (IPE, Arcep) see them: by id, address and position. They write
// only the columns their file carries, so a re-import never wipes what people added (zone, access
// notes) nor what another source said (own / wholesale network).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { upsertChanged, type UpsertCounts } from '../db/upsert.ts';

/** The building columns a CSV import owns. */
export interface ImportedBuildingRow extends Record<string, string | number | null> {
  id: string;
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
  source: string;
}

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

/** Every building, with what an importer needs to recognise it under a new id. */
export function listKnownBuildings(db: Kysely<DB>): Promise<KnownBuilding[]> {
  return db
    .selectFrom('buildings')
    .select([
      'id',
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
    ])
    .orderBy('id')
    .execute();
}
