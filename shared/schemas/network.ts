// Network reference data as it enters Terrain (GeoJSON import, contract §5) and as the map reads it.
import { z } from 'zod';
import { latitude, longitude } from './common.ts';
import { ipeStateToBuildingState } from '../eligibility/ipe-state.ts';

/** IPE (`EN COURS DE DEPLOIEMENT`), Arcep (`en cours de deploiement`) or English state → our state. */
export { ipeStateToBuildingState as normaliseBuildingState } from '../eligibility/ipe-state.ts';

const id = z.string().trim().min(1).max(64);
const lonLat = z.tuple([longitude, latitude]).rest(z.number());
const ring = z.array(lonLat).min(4);
export const polygonGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
export type PolygonGeometry = z.infer<typeof polygonGeometry>;
export const pointGeometry = z.object({ type: z.literal('Point'), coordinates: lonLat });

const sectorImport = z.object({
  id,
  name: z.string().max(120).nullish(),
  azimuth: z
    .number()
    .min(0)
    .max(360)
    .transform((a) => a % 360),
  beamwidth: z.number().gt(0).max(360),
  rangeM: z.number().gt(0).max(100_000),
  full: z.boolean().optional().default(false),
  frequencyMHz: z.number().min(100).max(100_000).nullish(),
});

export const siteFeature = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: z.object({
    kind: z.literal('site'),
    id,
    name: z.string().trim().min(1).max(120),
    sectors: z.array(sectorImport).default([]),
    zone: id.nullish(),
    support: z.string().max(60).nullish(),
    host: z.string().max(200).nullish(),
    groundAltitudeM: z.number().min(-500).max(9000).nullish(),
    mastHeightM: z.number().min(0).max(300).nullish(),
  }),
});

export const buildingFeature = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: z.object({
    kind: z.literal('building'),
    id: z.string().trim().min(1).max(30),
    state: z.string().transform((s, ctx) => {
      const state = ipeStateToBuildingState(s);
      if (!state) ctx.addIssue({ code: 'custom', message: `unknown building state "${s}"` });
      return state ?? 'targeted';
    }),
    address: z.string().max(300).nullish(),
    access: z.string().max(300).nullish(),
    network: z.enum(['own', 'wholesale']).nullish(),
    operator: z.string().max(60).nullish(),
    type: z.string().max(30).nullish(),
    pm: z.string().max(60).nullish(),
    zone: id.nullish(),
  }),
});

export const fibreZoneFeature = z.object({
  type: z.literal('Feature'),
  geometry: polygonGeometry,
  properties: z.object({
    kind: z.literal('fibre-zone'),
    id,
    name: z.string().trim().min(1).max(120),
    status: z.enum(['available', 'planned']),
  }),
});

/** A working zone: technicians are assigned to zones; what lies inside belongs to it. */
export const workZoneFeature = z.object({
  type: z.literal('Feature'),
  geometry: polygonGeometry,
  properties: z.object({ kind: z.literal('zone'), id, name: z.string().trim().min(1).max(120) }),
});
export type WorkZoneFeature = z.infer<typeof workZoneFeature>;

export type SiteFeature = z.infer<typeof siteFeature>;
export type BuildingFeature = z.infer<typeof buildingFeature>;
export type FibreZoneFeature = z.infer<typeof fibreZoneFeature>;
