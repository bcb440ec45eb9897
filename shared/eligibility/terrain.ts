// The eligibility engine's line-of-sight verdict, read off the path profile (profile.ts).
import type { RadioSector, RadioSite } from '../schemas/eligibility.ts';
import { linkProfile } from './profile.ts';
import type { TerrainModel } from './terrain-model.ts';

export type { TerrainModel } from './terrain-model.ts';
export { RECEIVER_ANTENNA_HEIGHT_M } from './profile.ts';

export type LineOfSight =
  | { status: 'clear' }
  | { status: 'blocked'; obstacleDistanceM: number; intrusionM: number }
  /** Site heights or the terrain at the point unknown: no judgement, the sector is not excluded. */
  | { status: 'unknown' };

/**
 * Does terrain plus earth bulge intrude into 60 % of the first Fresnel zone anywhere between the
 * sector's antenna (ground + mast) and a receiver 4 m above the ground at the point?
 */
export function lineOfSight(
  site: RadioSite,
  sector: RadioSector,
  point: { lat: number; lon: number },
  terrain: TerrainModel,
  pathLengthM: number,
): LineOfSight {
  const profile = linkProfile(site, sector, point, terrain, pathLengthM);
  if (profile.status === 'unknown') return { status: 'unknown' };
  if (!profile.worst) return { status: 'clear' };
  return {
    status: 'blocked',
    obstacleDistanceM: profile.worst.distanceM,
    intrusionM: profile.worst.intrusionM,
  };
}
