// The radio path between a relay's antenna and a point, sample by sample: the ground, the earth
// bulge, the first Fresnel zone and its 60 % line (DOMAIN.md, Radio). Pure, so the server's engine,
// the phone's engine and the phone's profile drawing all judge a path by the same numbers.
import { interiorSamples, type LatLon } from './geo.ts';
import type { RadioSector, RadioSite } from '../schemas/eligibility.ts';
import type { TerrainModel } from './terrain-model.ts';

/** A member's antenna is assumed on the roof or a short pole: 4 m above the ground at the point. */
export const RECEIVER_ANTENNA_HEIGHT_M = 4;
/** Sectors without a frequency are assumed in the 5 GHz outdoor band (DOMAIN.md, Radio). */
const DEFAULT_FREQUENCY_GHZ = 5.5;
/** Keep 60 % of the first Fresnel zone clear (DOMAIN.md, Radio). */
export const FRESNEL_CLEARANCE = 0.6;
/** Effective earth-radius factor for standard atmospheric refraction. */
const K_FACTOR = 4 / 3;
/** Mean earth radius (km) used by the bulge formula. */
const EARTH_RADIUS_KM = 6371;
/** Terrain is sampled about this often along the path. */
const SAMPLE_STEP_M = 50;

/** First Fresnel zone radius (m) at d1 km from one end and d2 km from the other: 17.32·√(d1·d2/(f·D)). */
export function fresnelRadiusM(d1Km: number, d2Km: number, fGHz: number): number {
  const totalKm = d1Km + d2Km;
  if (totalKm <= 0 || d1Km <= 0 || d2Km <= 0) return 0;
  return 17.32 * Math.sqrt((d1Km * d2Km) / (fGHz * totalKm));
}

/** How far the earth's curve rises into the path (m): d1·d2·1000 / (2·k·6371), ≈ d1·d2 / 17 for k = 4/3. */
export function earthBulgeM(d1Km: number, d2Km: number, k = K_FACTOR): number {
  return (d1Km * d2Km * 1000) / (2 * k * EARTH_RADIUS_KM);
}

/** The sector's frequency in GHz, or the 5 GHz band default. */
export function frequencyGHz(sector: Pick<RadioSector, 'frequencyMHz'>): number {
  return sector.frequencyMHz != null ? sector.frequencyMHz / 1000 : DEFAULT_FREQUENCY_GHZ;
}

export interface ProfileSample {
  /** From the relay, along the ground (m). */
  distanceM: number;
  /** Terrain height above sea level (m); null where the model does not know. */
  groundM: number | null;
  bulgeM: number;
  /** The straight line between the two antennas, above sea level (m). */
  rayM: number;
  fresnelM: number;
  /** How far ground + bulge rise above the 60 % line (m): > 0 is an obstruction; null if unknown. */
  intrusionM: number | null;
}

export interface PathEnds {
  /** Antenna at the relay, above sea level (m): ground + mast. */
  txM: number;
  /** Antenna at the point, above sea level (m): ground + receiver height. */
  rxM: number;
  lengthM: number;
  fGHz: number;
}

/** Judges one sample: the ray, the zone, the bulge and how much ground pokes through the 60 % line. */
export function sampleAt(ends: PathEnds, distanceM: number, groundM: number | null): ProfileSample {
  const d1 = distanceM / 1000;
  const d2 = (ends.lengthM - distanceM) / 1000;
  const bulgeM = earthBulgeM(d1, d2);
  const fresnelM = fresnelRadiusM(d1, d2, ends.fGHz);
  const rayM = ends.txM + ((ends.rxM - ends.txM) * distanceM) / ends.lengthM;
  const intrusionM = groundM === null ? null : groundM + bulgeM - (rayM - FRESNEL_CLEARANCE * fresnelM);
  return { distanceM, groundM, bulgeM, rayM, fresnelM, intrusionM };
}

export interface ProfileOptions {
  /** Antenna height above the ground at the point (roof or pole), default 4 m. */
  receiverHeightM?: number;
  /** Overrides the site's mast height (m). */
  mastHeightM?: number;
  stepM?: number;
}

export type LinkProfile =
  | { status: 'unknown'; reason: 'site-heights' | 'ground-at-point' }
  | (PathEnds & {
      status: 'clear' | 'blocked';
      txGroundM: number;
      rxGroundM: number;
      mastHeightM: number;
      receiverHeightM: number;
      /** Interior samples, relay to point. */
      samples: ProfileSample[];
      /** The sample where the ground rises most into the 60 % line, when it does. */
      worst: { distanceM: number; intrusionM: number } | null;
    });

/**
 * The whole path from the sector's antenna to the point. Samples where the terrain is unknown are kept
 * (groundM null) but never count as obstacles: no terrain data is no judgement, not a wall.
 */
export function linkProfile(
  site: RadioSite,
  sector: Pick<RadioSector, 'frequencyMHz'>,
  point: LatLon,
  terrain: TerrainModel,
  pathLengthM: number,
  options: ProfileOptions = {},
): LinkProfile {
  const mastHeightM = options.mastHeightM ?? site.mastHeightM;
  if (site.groundAltitudeM == null || mastHeightM == null)
    return { status: 'unknown', reason: 'site-heights' };
  const rxGroundM = terrain.elevationAt(point.lat, point.lon);
  if (rxGroundM === null) return { status: 'unknown', reason: 'ground-at-point' };
  const receiverHeightM = options.receiverHeightM ?? RECEIVER_ANTENNA_HEIGHT_M;
  const ends: PathEnds = {
    txM: site.groundAltitudeM + mastHeightM,
    rxM: rxGroundM + receiverHeightM,
    lengthM: pathLengthM,
    fGHz: frequencyGHz(sector),
  };
  const samples: ProfileSample[] = [];
  let worst: { distanceM: number; intrusionM: number } | null = null;
  if (pathLengthM > 0) {
    for (const p of interiorSamples(site, point, options.stepM ?? SAMPLE_STEP_M)) {
      const sample = sampleAt(ends, p.s, terrain.elevationAt(p.lat, p.lon));
      samples.push(sample);
      const i = sample.intrusionM;
      if (i !== null && i > 0 && (!worst || i > worst.intrusionM)) worst = { distanceM: p.s, intrusionM: i };
    }
  }
  return {
    ...ends,
    status: worst ? 'blocked' : 'clear',
    txGroundM: site.groundAltitudeM,
    rxGroundM,
    mastHeightM,
    receiverHeightM,
    samples,
    worst,
  };
}
