// Browser half of bench/tech-check.ts, bundled alone (never part of the app; the demo relays come from Node): the technician's check
// and the line-of-sight profile, through the device code (device-network, tech-check, terrain blocks),
// on the demo relays, 2,000 buildings around Jussy and a synthetic 1″ (≈ 30 m) terrain of the zone.
import { createEligibilityIndex } from '../../../../shared/eligibility/engine.ts';
import { direct, distanceM } from '../../../../shared/eligibility/geo.ts';
import { linkProfile } from '../../../../shared/eligibility/profile.ts';
import {
  blockId,
  blocksCovering,
  blockTerrainModel,
  decodeBlock,
  encodeBlock,
} from '../../../../shared/eligibility/terrain-blocks.ts';
import type { Building, Sector, Site } from '../../../../shared/schemas/sync.ts';
import { toDeviceNetwork } from '../device-network.ts';
import { technicianCheck } from '../tech-check.ts';

/** A demo relay as bench/tech-check.ts passes it (server/demo/data/sites.ts). */
export interface BenchSite {
  position: [number, number];
  properties: {
    id: string;
    name: string;
    groundAltitudeM?: number;
    mastHeightM?: number;
    sectors: {
      id: string;
      azimuth: number;
      beamwidth: number;
      rangeM: number;
      full?: true;
      frequencyMHz: number;
    }[];
  };
}

const stamp = '2026-12-01T00:00:00Z';
const JUSSY = { lat: 47.7219, lon: 3.585 };

function network(demoSites: BenchSite[]) {
  const sites: Site[] = demoSites.map(({ position: [lon, lat], properties: p }) => ({
    id: p.id,
    zoneId: 'z',
    name: p.name,
    position: { lat, lon },
    support: null,
    host: null,
    accessNotes: null,
    groundAltitudeM: p.groundAltitudeM ?? null,
    mastHeightM: p.mastHeightM ?? null,
    backhaul: null,
    power: null,
    notes: null,
    status: 'active',
    updatedAt: stamp,
  }));
  const sectors: Sector[] = demoSites.flatMap(({ properties: p }) =>
    p.sectors.map((s) => ({
      id: s.id,
      siteId: p.id,
      name: null,
      azimuthDeg: s.azimuth,
      beamwidthDeg: s.beamwidth,
      rangeM: s.rangeM,
      full: s.full ?? false,
      frequencyMHz: s.frequencyMHz,
      channelWidthMHz: null,
      tiltDeg: null,
      gainDbi: null,
      ssid: null,
      stations: null,
      deviceModel: null,
      planned: false,
      updatedAt: stamp,
    })),
  );
  const buildings: Building[] = Array.from({ length: 2000 }, (_, i) => {
    const p = direct(JUSSY.lat, JUSSY.lon, (i * 137.5) % 360, 200 + ((i * 7919) % 5000));
    return {
      id: `b${i}`,
      zoneId: 'z',
      state: 'deployed',
      network: 'own',
      operator: null,
      buildingType: null,
      position: p,
      address: null,
      addressCode: null,
      postcode: null,
      inseeCode: null,
      city: null,
      pmRef: null,
      pmState: null,
      access: null,
      source: 'bench',
      updatedAt: stamp,
    };
  });
  return toDeviceNetwork({ sites, sectors, buildings, fibreZones: [], fibrePoints: [] }, stamp);
}

/** ±0.1° around Jussy at 1″: rolling hills (deterministic), cut into blocks and read back as the phone does. */
function terrain() {
  const cell = 1 / 3600;
  const n = Math.round(0.2 / cell);
  const header = { ncols: n, nrows: n, x0: JUSSY.lon - 0.1, y0: JUSSY.lat - 0.1, cellsize: cell };
  const values = new Float32Array(n * n);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      values[r * n + c] = 170 + 25 * Math.sin(r / 40) * Math.cos(c / 55) + 8 * Math.sin((r + c) / 9);
  const grid = { ...header, values };
  const blocks = new Map<string, Float32Array>();
  let bytes = 0;
  for (const k of blocksCovering(header, { south: -90, west: -180, north: 90, east: 180 })) {
    const b = encodeBlock(grid, k);
    bytes += b.byteLength;
    blocks.set(blockId(k), decodeBlock(b));
  }
  return { model: blockTerrainModel(header, blocks), bytes };
}

function points(count: number) {
  return Array.from({ length: count }, (_, i) =>
    direct(JUSSY.lat, JUSSY.lon, (i * 61.8) % 360, 300 + ((i * 4421) % 5500)),
  );
}

declare const window: { terrainTechBench: unknown };
window.terrainTechBench = {
  run(count: number, demoSites: BenchSite[]) {
    const net = network(demoSites);
    const t = terrain();
    const index = createEligibilityIndex(net.coverage, { terrain: t.model });
    const settings = { receiverHeightM: 6, eirpDbm: 30, cpeGainDbi: 23 };
    const checkMs: number[] = [];
    const profileMs: number[] = [];
    const samples: number[] = [];
    const jussy = net.coverage.sites.find((s) => s.id === 'site-jussy');
    if (!jussy) throw new Error('no Jussy');
    for (const p of points(count)) {
      let t0 = performance.now();
      technicianCheck(net, index, t.model, p, settings);
      checkMs.push(performance.now() - t0);
      t0 = performance.now();
      const length = distanceM(jussy.lat, jussy.lon, p.lat, p.lon);
      const profile = linkProfile(jussy, { frequencyMHz: 5580 }, p, t.model, length, { receiverHeightM: 6 });
      profileMs.push(performance.now() - t0);
      if (profile.status !== 'unknown') samples.push(profile.samples.length);
    }
    return { checkMs, profileMs, samples, terrainBytes: t.bytes };
  },
};
