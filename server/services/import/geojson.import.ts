// GeoJSON network import (contract §5): sites with their sectors, fibre buildings, fibre zones, working
// zones, fibre points (PM, PBO).
// Invalid features are rejected with their index and reason; valid ones still import, all in one transaction.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import {
  buildingFeature,
  fibreZoneFeature,
  siteFeature,
  type BuildingFeature,
  type FibreZoneFeature,
  type SiteFeature,
  workZoneFeature,
  type WorkZoneFeature,
} from '../../../shared/schemas/network.ts';
import {
  pboFeature,
  pmFeature,
  type PboFeature,
  type PmFeature,
} from '../../../shared/schemas/fibre-points.ts';
import * as pointsRepo from '../../repositories/fibre-points.repository.ts';
import * as zonesRepo from '../../repositories/zones.repository.ts';
import { assignZonesByPosition } from '../zones/membership.ts';
import * as repo from '../../repositories/network-import.repository.ts';
import type { UpsertCounts } from '../../db/upsert.ts';
import { invalidateCoverage } from '../eligibility-cache.service.ts';
import type { ImportRejection, ImportReport } from './report.ts';

const knownKinds = new Set(['site', 'building', 'fibre-zone', 'zone', 'pm', 'pbo']);
const featureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

function issueText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(feature)'}: ${i.message}`).join('; ');
}

export function parseGeoJson(text: string): {
  sites: SiteFeature[];
  buildings: BuildingFeature[];
  zones: FibreZoneFeature[];
  workZones: WorkZoneFeature[];
  pms: PmFeature[];
  pbos: PboFeature[];
  rejected: ImportRejection[];
  /** `kind:id` (PBOs under `pm:`) → index of the feature in the file, for later rejections. */
  featureIndex: Map<string, number>;
} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`Not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  const fc = featureCollection.safeParse(json);
  if (!fc.success) throw new Error(`Not a GeoJSON FeatureCollection: ${issueText(fc.error)}`);
  const out = {
    sites: [] as SiteFeature[],
    buildings: [] as BuildingFeature[],
    zones: [] as FibreZoneFeature[],
    workZones: [] as WorkZoneFeature[],
    pms: [] as PmFeature[],
    pbos: [] as PboFeature[],
  };
  const rejected: ImportRejection[] = [];
  const seen = new Map<string, number>();
  fc.data.features.forEach((feature, index) => {
    const kind = z.object({ properties: z.object({ kind: z.string() }) }).safeParse(feature);
    const k = kind.success ? kind.data.properties.kind : undefined;
    if (!k || !knownKinds.has(k)) {
      rejected.push({ index, reason: k ? `unknown kind "${k}"` : 'missing properties.kind' });
      return;
    }
    const accept = <T extends { properties: { id: string } }>(result: z.ZodSafeParseResult<T>, into: T[]) => {
      if (!result.success) return rejected.push({ index, reason: issueText(result.error) });
      // PM and PBO share one table, so one id space.
      const key = `${k === 'pbo' ? 'pm' : k}:${result.data.properties.id}`;
      const first = seen.get(key);
      if (first !== undefined) {
        return rejected.push({
          index,
          reason: `duplicate ${k} id "${result.data.properties.id}" (feature ${first})`,
        });
      }
      seen.set(key, index);
      return into.push(result.data);
    };
    if (k === 'site') accept(siteFeature.safeParse(feature), out.sites);
    else if (k === 'building') accept(buildingFeature.safeParse(feature), out.buildings);
    else if (k === 'fibre-zone') accept(fibreZoneFeature.safeParse(feature), out.zones);
    else if (k === 'zone') accept(workZoneFeature.safeParse(feature), out.workZones);
    else if (k === 'pm') accept(pmFeature.safeParse(feature), out.pms);
    else accept(pboFeature.safeParse(feature), out.pbos);
  });
  return { ...out, rejected, featureIndex: seen };
}

export async function importGeoJson(db: Kysely<DB>, text: string): Promise<ImportReport> {
  const parsed = parseGeoJson(text);
  const report = await db.transaction().execute(async (trx) => {
    for (const f of parsed.workZones) {
      await zonesRepo.upsertZone(trx, {
        id: f.properties.id,
        name: f.properties.name,
        geometry: JSON.stringify(f.geometry),
      });
    }
    const zoneIds = new Set<string>();
    for (const f of [...parsed.sites, ...parsed.buildings])
      if (f.properties.zone) zoneIds.add(f.properties.zone);
    await repo.ensureZones(
      trx,
      [...zoneIds].map((id) => ({ id, name: id })),
    );

    const sites = await repo.upsertSites(
      trx,
      parsed.sites.map((f) => ({
        id: f.properties.id,
        zone_id: f.properties.zone ?? null,
        name: f.properties.name,
        lat: f.geometry.coordinates[1],
        lon: f.geometry.coordinates[0],
        support: f.properties.support ?? null,
        host: f.properties.host ?? null,
        ground_altitude_m: f.properties.groundAltitudeM ?? null,
        mast_height_m: f.properties.mastHeightM ?? null,
      })),
    );
    const sectorRows = parsed.sites.flatMap((f) =>
      f.properties.sectors.map((s) => ({
        id: s.id,
        site_id: f.properties.id,
        name: s.name ?? null,
        azimuth_deg: s.azimuth,
        beamwidth_deg: s.beamwidth,
        range_m: s.rangeM,
        full: s.full,
        frequency_mhz: s.frequencyMHz ?? null,
      })),
    );
    const sectors = await repo.upsertSectors(trx, sectorRows);
    const removed = await repo.deleteSectorsNotIn(
      trx,
      parsed.sites.map((f) => f.properties.id),
      sectorRows.map((s) => s.id),
    );
    const buildings = await repo.upsertBuildings(
      trx,
      parsed.buildings.map((f) => {
        const p = f.properties;
        return {
          id: p.id,
          zone_id: p.zone ?? null,
          state: p.state,
          network: p.network ?? 'own',
          operator: p.operator ?? null,
          building_type: p.type ?? null,
          lat: f.geometry.coordinates[1],
          lon: f.geometry.coordinates[0],
          address: p.address ?? null,
          address_code: null,
          postcode: p.address?.match(/\b(\d{5})\b/)?.[1] ?? null,
          insee_code: null,
          city: null,
          pm_ref: p.pm ?? null,
          pm_state: null,
          access: p.access ?? null,
          source: 'geojson',
        };
      }),
    );
    const zones = await repo.upsertFibreZones(
      trx,
      parsed.zones.map((f) => ({
        id: f.properties.id,
        name: f.properties.name,
        status: f.properties.status,
        geometry: JSON.stringify(f.geometry),
      })),
    );
    const points = await importFibrePoints(trx, parsed);
    const linked = await pointsRepo.linkBuildingsToPms(
      trx,
      parsed.buildings.map((f) => f.properties.id),
    );
    // New or redrawn outlines move the rows inside them; rows this file wrote find their zone.
    await assignZonesByPosition(trx);
    const all = [sites, sectors, buildings, zones, points];
    return {
      format: 'GeoJSON',
      imported: all.reduce((n, c) => n + c.inserted, 0),
      updated: all.reduce((n, c) => n + c.updated, 0) + removed,
      unchanged: all.reduce((n, c) => n + c.unchanged, 0),
      rejected: parsed.rejected,
      details:
        `sites ${sites.inserted}+${sites.updated}~, sectors ${sectors.inserted}+${sectors.updated}~${removed}-, ` +
        `buildings ${buildings.inserted}+${buildings.updated}~ (${linked} linked to their PM), ` +
        `fibre zones ${zones.inserted}+${zones.updated}~, working zones ${parsed.workZones.length}, ` +
        `fibre points ${points.inserted}+${points.updated}~`,
    };
  });
  // The eligibility index of this process must not answer from pre-import data.
  invalidateCoverage(db);
  return report;
}

/** PMs, then PBOs whose PM is in the file or already known; a PBO naming an unknown PM is rejected. */
async function importFibrePoints(
  trx: Kysely<DB>,
  { pms, pbos, rejected, featureIndex }: ReturnType<typeof parseGeoJson>,
): Promise<UpsertCounts> {
  const wanted = [...new Set(pbos.map((f) => f.properties.pm).filter((id): id is string => !!id))];
  const inFile = new Set(pms.map((f) => f.properties.id));
  const known = await pointsRepo.existingPmIds(
    trx,
    wanted.filter((id) => !inFile.has(id)),
  );
  const rows: pointsRepo.WrittenFibrePoint[] = pms.map((f) => ({
    id: f.properties.id,
    kind: 'pm',
    name: f.properties.name ?? null,
    lat: f.geometry.coordinates[1],
    lon: f.geometry.coordinates[0],
    capacity: f.properties.capacity ?? null,
    pm_id: null,
  }));
  for (const f of pbos) {
    const pm = f.properties.pm ?? null;
    if (pm && !inFile.has(pm) && !known.has(pm)) {
      rejected.push({ index: featureIndex.get(`pm:${f.properties.id}`), reason: `unknown pm "${pm}"` });
      continue;
    }
    rows.push({
      id: f.properties.id,
      kind: 'pbo',
      name: f.properties.name ?? null,
      lat: f.geometry.coordinates[1],
      lon: f.geometry.coordinates[0],
      capacity: null,
      pm_id: pm,
    });
  }
  return pointsRepo.upsertFibrePoints(trx, rows);
}
