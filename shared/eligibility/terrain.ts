import { interiorSamples } from './geo.ts';
import type { RadioSector, RadioSite } from '../schemas/eligibility.ts';

/** Terrain height above sea level (m) at a WGS84 position, null where unknown. */
export interface TerrainModel {
  elevationAt(lat: number, lon: number): number | null;
}

/** A member's antenna is assumed on the roof or a short pole: 4 m above the ground at the point. */
export const RECEIVER_ANTENNA_HEIGHT_M = 4;
/** Sectors without a frequency are assumed in the 5 GHz outdoor band (DOMAIN.md, Radio). */
const DEFAULT_FREQUENCY_GHZ = 5.5;
/** Keep 60 % of the first Fresnel zone clear (DOMAIN.md, Radio). */
const FRESNEL_CLEARANCE = 0.6;
/** Effective earth-radius factor for standard atmospheric refraction. */
const K_FACTOR = 4 / 3;
/** Terrain is sampled about this often along the path. */
const SAMPLE_STEP_M = 50;

export type LineOfSight =
  | { status: 'clear' }
  | { status: 'blocked'; obstacleDistanceM: number; intrusionM: number }
  /** Site heights or the terrain at the point unknown: no judgement, the sector is not excluded. */
  | { status: 'unknown' };

/**
 * Does terrain plus earth bulge intrude into 60 % of the first Fresnel zone anywhere between the
 * sector's antenna (ground + mast) and a receiver 4 m above the ground at the point?
 * Samples where the terrain is unknown are skipped rather than counted as obstacles.
 */
export function lineOfSight(
  site: RadioSite,
  sector: RadioSector,
  point: { lat: number; lon: number },
  terrain: TerrainModel,
  pathLengthM: number,
): LineOfSight {
  if (site.groundAltitudeM == null || site.mastHeightM == null) return { status: 'unknown' };
  const groundAtPoint = terrain.elevationAt(point.lat, point.lon);
  if (groundAtPoint === null) return { status: 'unknown' };
  if (pathLengthM <= 0) return { status: 'clear' };

  const txM = site.groundAltitudeM + site.mastHeightM;
  const rxM = groundAtPoint + RECEIVER_ANTENNA_HEIGHT_M;
  const fGHz = sector.frequencyMHz != null ? sector.frequencyMHz / 1000 : DEFAULT_FREQUENCY_GHZ;
  const totalKm = pathLengthM / 1000;

  let worst: { obstacleDistanceM: number; intrusionM: number } | null = null;
  for (const sample of interiorSamples(site, point, SAMPLE_STEP_M)) {
    const ground = terrain.elevationAt(sample.lat, sample.lon);
    if (ground === null) continue;
    const d1 = sample.s / 1000;
    const d2 = totalKm - d1;
    const bulgeM = (d1 * d2) / (12.74 * K_FACTOR);
    const fresnelM = 17.32 * Math.sqrt((d1 * d2) / (fGHz * totalKm));
    const rayM = txM + ((rxM - txM) * sample.s) / pathLengthM;
    const intrusionM = ground + bulgeM - (rayM - FRESNEL_CLEARANCE * fresnelM);
    if (intrusionM > 0 && (!worst || intrusionM > worst.intrusionM)) {
      worst = { obstacleDistanceM: sample.s, intrusionM };
    }
  }
  return worst ? { status: 'blocked', ...worst } : { status: 'clear' };
}
