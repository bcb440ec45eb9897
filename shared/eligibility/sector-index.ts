// Finds the sectors covering a point without testing all of them: a Flatbush R-tree over each
// sector's bounding box, then a cheap planar prefilter, then the exact geodesic rule for the few
// sectors that can still cover the point. The prefilter only ever discards with a safety margin;
// the final decision always comes from `sectorCovers` (geodesic numbers).
import Flatbush from 'flatbush';
import { metresPerDegree } from './geo.ts';
import { angleBetween, sectorCovers, type RadioHit } from './radio.ts';
import type { RadioSector, RadioSite } from '../schemas/eligibility.ts';

const RAD = Math.PI / 180;
/** Relative slack on the planar distance, ~20× the approximation's error at 200 km. */
const DISTANCE_SLACK = 0.002;
/** Beyond this range (or near the poles) the planar prefilter is not trusted and is skipped. */
const PREFILTER_MAX_RANGE_M = 200_000;
const PREFILTER_MAX_ABS_LAT = 80;

interface Entry {
  site: RadioSite;
  sector: RadioSector;
  /** Metres per degree of latitude and per degree of longitude / cos(lat), at the site. */
  mLat: number;
  mLonPerCos: number;
  prefilter: boolean;
}

export interface SectorIndex {
  covering(lat: number, lon: number): RadioHit[];
  /** Sectors left out because their site is unknown. */
  orphans: number;
}

function boundingBox(site: RadioSite, rangeM: number): [number, number, number, number] {
  // 1 % wider than needed: the box only has to contain the coverage, never to be tight.
  const dLat = (rangeM / metresPerDegree(site.lat).lat) * 1.01;
  const minLat = Math.max(site.lat - dLat, -90);
  const maxLat = Math.min(site.lat + dLat, 90);
  // A degree of longitude is shortest at the box edge farthest from the equator.
  const poleward = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const lonMetres = poleward >= 89 ? 0 : metresPerDegree(poleward).lon;
  const dLon = lonMetres > 0 ? (rangeM / lonMetres) * 1.01 : 360;
  if (site.lon - dLon < -180 || site.lon + dLon > 180) return [-180, minLat, 180, maxLat];
  return [site.lon - dLon, minLat, site.lon + dLon, maxLat];
}

/** False when the sector certainly does not cover the point; true means "ask geodesics". */
function mayCover(e: Entry, lat: number, lon: number): boolean {
  const { site, sector } = e;
  const midLat = (lat + site.lat) / 2;
  const dLonDeg = ((((lon - site.lon + 540) % 360) + 360) % 360) - 180;
  const dy = (lat - site.lat) * e.mLat;
  const dx = dLonDeg * e.mLonPerCos * Math.cos(midLat * RAD);
  const dist = Math.sqrt(dx * dx + dy * dy);
  if (dist > sector.rangeM * (1 + DISTANCE_SLACK) + 1) return false;
  if (sector.beamwidthDeg >= 360 || dist < 1) return true;
  // The geodesic azimuth at the site differs from the planar one by about half the meridian
  // convergence (Δlon·sin φ / 2); the margin allows all of it plus a fixed 0.2°.
  const bearing = Math.atan2(dx, dy) / RAD;
  const margin = 0.2 + Math.abs(dLonDeg * Math.sin(midLat * RAD));
  return angleBetween(bearing, sector.azimuthDeg) <= sector.beamwidthDeg / 2 + margin;
}

export function createSectorIndex(sites: readonly RadioSite[], sectors: readonly RadioSector[]): SectorIndex {
  // First site wins on a duplicate id, as in the naive reference (`Array.find`).
  const siteById = new Map<string, RadioSite>();
  for (const s of sites) if (!siteById.has(s.id)) siteById.set(s.id, s);
  const entries: Entry[] = [];
  for (const sector of sectors) {
    const site = siteById.get(sector.siteId);
    if (!site) continue;
    const m = metresPerDegree(site.lat);
    const cos = Math.cos(site.lat * RAD);
    entries.push({
      site,
      sector,
      mLat: m.lat,
      mLonPerCos: cos > 1e-9 ? m.lon / cos : 0,
      prefilter: sector.rangeM <= PREFILTER_MAX_RANGE_M && Math.abs(site.lat) <= PREFILTER_MAX_ABS_LAT,
    });
  }
  const orphans = sectors.length - entries.length;
  if (entries.length === 0) return { covering: () => [], orphans };

  const tree = new Flatbush(entries.length);
  for (const e of entries) tree.add(...boundingBox(e.site, e.sector.rangeM));
  tree.finish();

  return {
    orphans,
    covering(lat, lon) {
      const hits: RadioHit[] = [];
      for (const i of tree.search(lon, lat, lon, lat)) {
        const e = entries[i];
        if (!e || (e.prefilter && !mayCover(e, lat, lon))) continue;
        const hit = sectorCovers(e.site, e.sector, lat, lon);
        if (hit) hits.push(hit);
      }
      return hits;
    },
  };
}
