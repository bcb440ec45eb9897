// The affected area of an incident, computed from the network: a relay takes its sectors with it, a
// fibre point the buildings behind it; zones follow from those elements, plus the zones chosen whole.
// Members affected is an estimate: active installations on those sectors, buildings or zones.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IncidentAreaPreview, IncidentElements } from '../../../shared/schemas/incidents.ts';
import { DomainError } from '../../../shared/errors.ts';
import { distanceM } from '../../../shared/eligibility/geo.ts';
import * as area from '../../repositories/incident-area.repository.ts';

/** A PBO feeds the homes around it; buildings do not name their PBO, so its PM's buildings this close. */
const PBO_REACH_M = 250;

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

async function known(
  db: Kysely<DB>,
  table: 'sites' | 'sectors' | 'zones' | 'fibre_points',
  ids: string[],
): Promise<void> {
  const found = new Set(await area.existingIds(db, table, ids));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw new DomainError('UNKNOWN_REFERENCE', `Inconnu : ${missing.slice(0, 5).join(', ')}`);
}

export async function computeArea(db: Kysely<DB>, e: IncidentElements): Promise<IncidentArea> {
  await known(db, 'sites', e.siteIds);
  await known(db, 'sectors', e.sectorIds);
  await known(db, 'zones', e.zoneIds);
  await known(db, 'fibre_points', e.fibrePointIds);
  // A sector alone is down: its site is named (the public map shows the relay), its siblings are not.
  const relayIds = unique([...e.siteIds, ...(await area.sitesOfSectors(db, e.sectorIds))]);
  const affectedSectors = unique([...e.sectorIds, ...(await area.sectorsOfSites(db, e.siteIds))]);
  const points = await area.fibrePoints(db, e.fibrePointIds);
  const buildings = await buildingsBehind(db, points);
  const zoneIds = unique([
    ...e.zoneIds,
    ...(await area.zonesOfSites(db, relayIds)),
    ...buildings.flatMap((b) => (b.zoneId ? [b.zoneId] : [])),
    ...points.flatMap((p) => (p.zoneId ? [p.zoneId] : [])),
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

/** A PM takes all its buildings with it; a PBO, those of its PM within PBO_REACH_M of it. */
async function buildingsBehind(
  db: Kysely<DB>,
  points: area.FibrePointRef[],
): Promise<{ id: string; zoneId: string | null }[]> {
  const pms = points.filter((p) => p.kind === 'pm').map((p) => p.id);
  const pbos = points.filter((p) => p.kind === 'pbo' && p.pmId && p.lat !== null && p.lon !== null);
  const all = await area.buildingsOfPms(db, [
    ...new Set([...pms, ...pbos.flatMap((p) => (p.pmId ? [p.pmId] : []))]),
  ]);
  return all.filter(
    (b) =>
      pms.includes(b.pmId) ||
      pbos.some(
        (p) =>
          p.pmId === b.pmId &&
          p.lat !== null &&
          p.lon !== null &&
          distanceM(p.lat, p.lon, b.lat, b.lon) <= PBO_REACH_M,
      ),
  );
}

/** The area an incident on these elements would cover, without opening it. */
export async function previewArea(db: Kysely<DB>, e: IncidentElements): Promise<IncidentAreaPreview> {
  const covered = await computeArea(db, e);
  const sectorCount = new Set([...covered.sectorIds, ...(await area.sectorsOfSites(db, covered.siteIds))])
    .size;
  return {
    relayIds: covered.relayIds,
    sectorCount,
    zoneIds: covered.zoneIds,
    buildingCount: covered.buildingIds.length,
    membersAffected: covered.membersAffected,
  };
}
