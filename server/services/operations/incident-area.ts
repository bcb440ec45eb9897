// The affected area of an incident, computed from the network: a relay takes its sectors with it, a
// fibre point the buildings behind it; zones follow from those elements, plus the zones chosen whole.
// Members affected is an estimate: active installations on those sectors, buildings or zones.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IncidentElements } from '../../../shared/schemas/incidents.ts';
import { DomainError } from '../../../shared/errors.ts';
import * as area from '../../repositories/incident-area.repository.ts';

export interface IncidentArea {
  siteIds: string[];
  /** The reported sites and the sites of reported sectors: what the map and the status name. */
  relayIds: string[];
  sectorIds: string[];
  fibrePointIds: string[];
  targetZoneIds: string[];
  zoneIds: string[];
  buildingIds: string[];
  membersAffected: number;
}

const unique = (xs: Iterable<string>) => [...new Set(xs)].sort();

async function known(db: Kysely<DB>, table: 'sites' | 'sectors' | 'zones', ids: string[]): Promise<void> {
  const found = new Set(await area.existingIds(db, table, ids));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw new DomainError('UNKNOWN_REFERENCE', `Inconnu : ${missing.slice(0, 5).join(', ')}`);
}

export async function computeArea(db: Kysely<DB>, e: IncidentElements): Promise<IncidentArea> {
  await known(db, 'sites', e.siteIds);
  await known(db, 'sectors', e.sectorIds);
  await known(db, 'zones', e.zoneIds);
  // A sector alone is down: its site is named (the public map shows the relay), its siblings are not.
  const relayIds = unique([...e.siteIds, ...(await area.sitesOfSectors(db, e.sectorIds))]);
  const affectedSectors = unique([...e.sectorIds, ...(await area.sectorsOfSites(db, e.siteIds))]);
  const buildings = await area.buildingsBehind(db, e.fibrePointIds);
  const zoneIds = unique([
    ...e.zoneIds,
    ...(await area.zonesOfSites(db, relayIds)),
    ...buildings.flatMap((b) => (b.zoneId ? [b.zoneId] : [])),
  ]);
  const buildingIds = unique(buildings.map((b) => b.id));
  const membersAffected = await area.activeInstallationsOn(db, {
    sectorIds: affectedSectors,
    buildingIds,
    zoneIds: e.zoneIds,
  });
  return {
    siteIds: unique(e.siteIds),
    relayIds,
    sectorIds: unique(e.sectorIds),
    fibrePointIds: unique(e.fibrePointIds),
    targetZoneIds: unique(e.zoneIds),
    zoneIds,
    buildingIds,
    membersAffected,
  };
}
