import { z } from 'zod';
import { latitude, longitude } from './common.ts';

// zod 4's z.number() already refuses NaN and ±Infinity, so every number below is finite.

/** GeoJSON position: [lon, lat], an optional altitude and more are tolerated and ignored. */
const position = z.tuple([longitude, latitude]).rest(z.number());
// Three points are enough for ray casting; closed rings (first = last, as GeoJSON asks) work too.
const ring = z.array(position).min(3);
const polygonCoordinates = z.array(ring).min(1);

export const fibreZoneGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates).min(1) }),
]);
export type FibreZoneGeometry = z.infer<typeof fibreZoneGeometry>;

export const buildingState = z.enum(['deployed', 'signed', 'in_progress', 'targeted', 'abandoned']);
export type BuildingState = z.infer<typeof buildingState>;

export const radioSite = z.object({
  id: z.string().min(1),
  name: z.string(),
  lat: latitude,
  lon: longitude,
  groundAltitudeM: z.number().nullish(),
  mastHeightM: z.number().min(0).nullish(),
});
export type RadioSite = z.infer<typeof radioSite>;

export const radioSector = z.object({
  id: z.string().min(1),
  siteId: z.string().min(1),
  name: z.string().nullish(),
  azimuthDeg: z.number().min(0).max(360),
  beamwidthDeg: z.number().gt(0).max(360),
  rangeM: z.number().gt(0),
  full: z.boolean(),
  frequencyMHz: z.number().gt(0).nullish(),
});
export type RadioSector = z.infer<typeof radioSector>;

const fibreBuilding = z.object({
  id: z.string().min(1),
  lat: latitude,
  lon: longitude,
  state: buildingState,
  network: z.enum(['own', 'wholesale']).nullish(),
  address: z.string().nullish(),
});
export type FibreBuilding = z.infer<typeof fibreBuilding>;

export const fibreZone = z.object({
  id: z.string().min(1),
  name: z.string(),
  status: z.enum(['available', 'planned']),
  geometry: fibreZoneGeometry,
});
export type FibreZone = z.infer<typeof fibreZone>;

export const coverageData = z
  .object({
    dataAsOf: z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
    sites: z.array(radioSite),
    sectors: z.array(radioSector),
    buildings: z.array(fibreBuilding),
    fibreZones: z.array(fibreZone),
  })
  .superRefine((data, ctx) => {
    // A sector without its site cannot be placed on the map; catch it here rather than
    // letting the engine silently ignore it.
    const siteIds = new Set(data.sites.map((s) => s.id));
    data.sectors.forEach((sector, i) => {
      if (!siteIds.has(sector.siteId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sectors', i, 'siteId'],
          message: `unknown site ${sector.siteId}`,
        });
      }
    });
  });
export type CoverageData = z.infer<typeof coverageData>;

const lang = z.enum(['fr', 'en']);
export type Lang = z.infer<typeof lang>;

export const eligibilityCheckInput = z.object({
  lat: latitude,
  lon: longitude,
  lang: lang.optional(),
});
export type EligibilityCheckInput = z.infer<typeof eligibilityCheckInput>;

const reasons = z.object({ fr: z.string(), en: z.string() });
export type Reasons = z.infer<typeof reasons>;

const eligibilityOption = z.object({
  technology: z.enum(['fibre', 'radio']),
  status: z.enum(['available', 'full', 'planned']),
  siteId: z.string().optional(),
  sectorId: z.string().optional(),
  buildingId: z.string().optional(),
  zoneId: z.string().optional(),
  distanceM: z.number().optional(),
  bearingDeg: z.number().optional(),
  /** Text in the requested language (French by default). */
  reason: z.string(),
  reasons,
  /** Set when an open network incident affects this option (CONTRACT §7). */
  incident: z.object({ id: z.string(), title: z.string(), startedAt: z.string() }).optional(),
});
export type EligibilityOption = z.infer<typeof eligibilityOption>;

/** A sector that covers the point geometrically but whose line of sight is blocked by terrain. */
const excludedSector = z.object({
  sectorId: z.string(),
  siteId: z.string(),
  reason: z.string(),
  reasons,
});
export type ExcludedSector = z.infer<typeof excludedSector>;

/**
 * Why a point is not covered, and what would help: the nearest relay (out of range, behind its
 * antennas, or hidden by the land) and the nearest fibre within reach. Only on a `none` verdict.
 */
const nearbyHint = z.object({
  technology: z.enum(['fibre', 'radio']),
  why: z.enum(['out_of_range', 'behind_antenna', 'line_of_sight', 'fibre_elsewhere']),
  siteId: z.string().optional(),
  buildingId: z.string().optional(),
  zoneId: z.string().optional(),
  /** From the point to the relay, the building or the edge of the fibre area. */
  distanceM: z.number(),
  /** From the point towards it, degrees from true north. */
  bearingDeg: z.number().optional(),
  reasons,
  /** What would help, in plain words. */
  help: reasons,
});
export type NearbyHint = z.infer<typeof nearbyHint>;

export const eligibilityResult = z.object({
  verdict: z.enum(['fibre', 'radio', 'planned', 'none']),
  options: z.array(eligibilityOption),
  dataAsOf: z.string(),
  excluded: z.array(excludedSector),
  nearby: z.array(nearbyHint).optional(),
});
export type EligibilityResult = z.infer<typeof eligibilityResult>;
export type Verdict = EligibilityResult['verdict'];
