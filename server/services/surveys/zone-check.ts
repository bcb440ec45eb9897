// Is a prospect's place in one of a technician's zones? Inside one of their zones' outlines, or served
// by a relay or building of their zones (zones without outline are hand-made groups of network rows).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import * as surveysRepo from '../../repositories/surveys.repository.ts';
import { userZoneIds } from '../../repositories/zones.repository.ts';
import { loadOutlines, zoneAt } from '../zones/membership.ts';

export interface PlaceRef {
  lat: number;
  lon: number;
  sector_id: string | null;
  building_id: string | null;
}

export async function zoneCheck(db: Kysely<DB>, userId: string): Promise<(place: PlaceRef) => boolean> {
  const mine = new Set(await userZoneIds(db, userId));
  if (!mine.size) return () => false;
  const outlines = (await loadOutlines(db)).outlines.filter((o) => mine.has(o.id));
  const network = await surveysRepo.networkZones(db);
  const holds = (zone: string | undefined): boolean => zone !== undefined && mine.has(zone);
  return (p) =>
    zoneAt(outlines, p.lat, p.lon) !== undefined ||
    (p.sector_id !== null && holds(network.sectors.get(p.sector_id))) ||
    (p.building_id !== null && holds(network.buildings.get(p.building_id)));
}
