// The verdict from what the point touches. Both the indexed engine and the naive reference end
// here, so they can only differ in which candidates they find, never in how they judge them.
import { buildingFibreStatus, pickZone, type BuildingHit } from './fibre.ts';
import type { RadioHit } from './radio.ts';
import { nearbyHints, type NearbyContext } from './nearby.ts';
import { blockedReasons, buildingReasons, radioReasons, zoneReasons } from './reasons.ts';
import type {
  EligibilityOption,
  EligibilityResult,
  ExcludedSector,
  FibreZone,
  Lang,
  Verdict,
} from '../schemas/eligibility.ts';
import { lineOfSight, type TerrainModel } from './terrain.ts';

export interface Findings {
  lat: number;
  lon: number;
  /** Every sector that covers the point geometrically, in any order. */
  radio: readonly RadioHit[];
  /** The nearest building within the match radius, if any. */
  building: BuildingHit | null;
  /** Zones containing the point, in data order. */
  zones: readonly FibreZone[];
}

export interface DecideOptions {
  lang: Lang;
  dataAsOf: string;
  terrain?: TerrainModel | undefined;
  /** Where to look for the nearest relay and fibre when nothing covers the point. */
  nearby?: NearbyContext | undefined;
}

function radioOption(hit: RadioHit, lang: Lang): EligibilityOption {
  const { site, sector } = hit;
  const reasons = radioReasons(site.name, sector, hit.distanceM);
  const option: EligibilityOption = {
    technology: 'radio',
    status: sector.full ? 'full' : 'available',
    siteId: site.id,
    sectorId: sector.id,
    distanceM: hit.distanceM,
    reason: reasons[lang],
    reasons,
  };
  if (hit.bearingDeg !== undefined) option.bearingDeg = hit.bearingDeg;
  return option;
}

function fibreOption(f: Findings, lang: Lang): EligibilityOption | null {
  if (f.building) {
    // The nearest building decides, even when it rules fibre out: no fallback to a zone then.
    const { building, distanceM } = f.building;
    const status = buildingFibreStatus(building.state);
    if (!status) return null;
    const reasons = buildingReasons(building.state, distanceM);
    return {
      technology: 'fibre',
      status,
      buildingId: building.id,
      distanceM,
      reason: reasons[lang],
      reasons,
    };
  }
  const zone = pickZone(f.zones);
  if (!zone) return null;
  const reasons = zoneReasons(zone.name, zone.status);
  return { technology: 'fibre', status: zone.status, zoneId: zone.id, reason: reasons[lang], reasons };
}

/** Available first, then nearest (a zone containing the point counts as 0 m), then stable ids. */
function compareOptions(a: EligibilityOption, b: EligibilityOption): number {
  const rank = (o: EligibilityOption): number => (o.status === 'available' ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    (a.distanceM ?? 0) - (b.distanceM ?? 0) ||
    (a.technology === b.technology ? 0 : a.technology === 'fibre' ? -1 : 1) ||
    compareIds(optionKey(a), optionKey(b))
  );
}

// Code-unit order: locale collation is slower and could differ between Node and browsers.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function optionKey(o: EligibilityOption): string {
  return o.sectorId ?? o.buildingId ?? o.zoneId ?? '';
}

function verdictOf(options: readonly EligibilityOption[]): Verdict {
  if (options.some((o) => o.technology === 'fibre' && o.status === 'available')) return 'fibre';
  if (options.some((o) => o.technology === 'radio' && o.status === 'available')) return 'radio';
  return options.length > 0 ? 'planned' : 'none';
}

export function decide(f: Findings, opts: DecideOptions): EligibilityResult {
  const options: EligibilityOption[] = [];
  const excluded: ExcludedSector[] = [];
  for (const hit of f.radio) {
    const los = opts.terrain ? lineOfSight(hit.site, hit.sector, f, opts.terrain, hit.distanceM) : null;
    if (los?.status === 'blocked') {
      const reasons = blockedReasons({
        siteName: hit.site.name,
        azimuthDeg: hit.sector.azimuthDeg,
        beamwidthDeg: hit.sector.beamwidthDeg,
        rangeM: hit.sector.rangeM,
        distanceM: hit.distanceM,
        obstacleDistanceM: los.obstacleDistanceM,
      });
      excluded.push({ sectorId: hit.sector.id, siteId: hit.site.id, reason: reasons[opts.lang], reasons });
    } else {
      options.push(radioOption(hit, opts.lang));
    }
  }
  const fibre = fibreOption(f, opts.lang);
  if (fibre) options.push(fibre);
  options.sort(compareOptions);
  excluded.sort((a, b) => compareIds(a.sectorId, b.sectorId));
  const result: EligibilityResult = {
    verdict: verdictOf(options),
    options,
    dataAsOf: opts.dataAsOf,
    excluded,
  };
  if (result.verdict === 'none' && opts.nearby)
    result.nearby = nearbyHints(opts.nearby, f.lat, f.lon, excluded);
  return result;
}
