// GeoJSON network import (contract §5): sites with their sectors, fibre buildings, fibre zones.
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
} from '../../../shared/schemas/network.ts';
import * as repo from '../../repositories/network-import.repository.ts';
import { invalidateCoverage } from '../eligibility-cache.service.ts';
import type { ImportRejection, ImportReport } from './report.ts';

const featureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

function issueText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(feature)'}: ${i.message}`).join('; ');
}

export function parseGeoJson(text: string): {
  sites: SiteFeature[];
  buildings: BuildingFeature[];
  zones: FibreZoneFeature[];
  rejected: ImportRejection[];
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
  };
  const rejected: ImportRejection[] = [];
  const seen = new Map<string, number>();
  fc.data.features.forEach((feature, index) => {
    const kind = z.object({ properties: z.object({ kind: z.string() }) }).safeParse(feature);
    const k = kind.success ? kind.data.properties.kind : undefined;
    if (k !== 'site' && k !== 'building' && k !== 'fibre-zone') {
      rejected.push({ index, reason: k ? `unknown kind "${k}"` : 'missing properties.kind' });
      return;
    }
    const accept = <T extends { properties: { id: string } }>(result: z.ZodSafeParseResult<T>, into: T[]) => {
      if (!result.success) return rejected.push({ index, reason: issueText(result.error) });
      const key = `${k}:${result.data.properties.id}`;
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
    else accept(fibreZoneFeature.safeParse(feature), out.zones);
  });
  return { ...out, rejected };
}

export async function importGeoJson(db: Kysely<DB>, text: string): Promise<ImportReport> {
  const parsed = parseGeoJson(text);
  const report = await db.transaction().execute(async (trx) => {
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
    const all = [sites, sectors, buildings, zones];
    return {
      format: 'GeoJSON',
      imported: all.reduce((n, c) => n + c.inserted, 0),
      updated: all.reduce((n, c) => n + c.updated, 0) + removed,
      unchanged: all.reduce((n, c) => n + c.unchanged, 0),
      rejected: parsed.rejected,
      details:
        `sites ${sites.inserted}+${sites.updated}~, sectors ${sectors.inserted}+${sectors.updated}~${removed}-, ` +
        `buildings ${buildings.inserted}+${buildings.updated}~, fibre zones ${zones.inserted}+${zones.updated}~`,
    };
  });
  // The eligibility index of this process must not answer from pre-import data.
  invalidateCoverage(db);
  return report;
}
