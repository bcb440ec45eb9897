// Why a point is not covered and what would help (issue #12): the nearest relay, told apart by
// cause — too far, behind its antennas, or the land in the way — and the nearest fibre within
// reach. Built only for a `none` verdict, by the indexed engine and the naive reference alike.
import { buildingFibreStatus, type BuildingHit } from './fibre.ts';
import { inverse, metresPerDegree } from './geo.ts';
import { bearingInBeam } from './radio.ts';
import { formatDistance } from './reasons.ts';
import type {
  ExcludedSector,
  FibreBuilding,
  FibreZone,
  NearbyHint,
  RadioSector,
  RadioSite,
  Reasons,
} from '../schemas/eligibility.ts';
import { relayNoun, sentence, towards } from './wording.ts';

/** Fibre farther than this is not worth naming to someone asking about their home. */
export const NEARBY_FIBRE_M = 5000;

/** A building that brings or will bring fibre (not abandoned). */
export function hasFibre(b: FibreBuilding): boolean {
  return buildingFibreStatus(b.state) !== null;
}

export interface NearbyContext {
  sites: readonly RadioSite[];
  sectorsBySite: ReadonlyMap<string, readonly RadioSector[]>;
  zones: readonly FibreZone[];
  /** The nearest building with fibre within NEARBY_FIBRE_M (first in data order on a tie). */
  nearestFibreBuilding(lat: number, lon: number): BuildingHit | null;
}

export function sectorsBySite(sectors: readonly RadioSector[]): Map<string, RadioSector[]> {
  const bySite = new Map<string, RadioSector[]>();
  for (const s of sectors) bySite.set(s.siteId, [...(bySite.get(s.siteId) ?? []), s]);
  return bySite;
}

const HELP: Record<NearbyHint['why'], Reasons> = {
  out_of_range: {
    fr: 'Un relais plus proche rendrait la radio possible. En laissant votre contact, vous comptez dans la demande qui décide où en installer.',
    en: 'A closer relay would make radio possible. Leaving your contact adds to the demand that decides where new relays go.',
  },
  behind_antenna: {
    fr: 'Une antenne de plus, tournée vers chez vous, pourrait suffire. Dites-nous que cela vous intéresse : la demande décide où en ajouter.',
    en: 'One more antenna facing your way could be enough. Tell us you are interested: demand decides where antennas are added.',
  },
  line_of_sight: {
    fr: 'Une antenne posée plus haut chez vous (sur le toit ou sur un mât) peut voir par-dessus ; un technicien peut venir vérifier.',
    en: 'An antenna set higher at your home (on the roof or on a mast) may see over it; a technician can come and check.',
  },
  fibre_elsewhere: {
    fr: 'La fibre ne vient que là où un déploiement est prévu : laissez votre contact pour savoir s’il s’étend jusqu’à vous.',
    en: 'Fibre only comes where a roll-out is planned: leave your contact to hear if it reaches you.',
  },
};

function relayHint(
  ctx: NearbyContext,
  lat: number,
  lon: number,
  excluded: readonly ExcludedSector[],
): NearbyHint | null {
  // A relay whose line of sight is blocked is the one to talk about, even when another is nearer.
  const blocked = new Set(excluded.map((x) => x.siteId));
  let best: { site: RadioSite; d: number } | null = null;
  for (const site of ctx.sites) {
    if (!ctx.sectorsBySite.get(site.id)?.length) continue;
    if (blocked.size > 0 && !blocked.has(site.id)) continue;
    const d = inverse(lat, lon, site.lat, site.lon).distanceM;
    if (!best || d < best.d) best = { site, d };
  }
  if (!best) return null;
  const { site } = best;
  const sectors = ctx.sectorsBySite.get(site.id) ?? [];
  const toRelay = inverse(lat, lon, site.lat, site.lon);
  const fromRelay = inverse(site.lat, site.lon, lat, lon).bearingDeg;
  const facing = sectors.filter((s) => bearingInBeam(fromRelay, s));
  const reach = Math.max(...(facing.length ? facing : sectors).map((s) => s.rangeM));
  const why: NearbyHint['why'] = blocked.has(site.id)
    ? 'line_of_sight'
    : facing.length === 0 && toRelay.distanceM <= reach
      ? 'behind_antenna'
      : 'out_of_range';
  const where = (lang: 'fr' | 'en') =>
    lang === 'fr'
      ? `${sentence(relayNoun(site.name, 'fr'))} est à ${formatDistance(toRelay.distanceM, 'fr')} ${towards(toRelay.bearingDeg, 'fr')}`
      : `${sentence(relayNoun(site.name, 'en'))} is ${formatDistance(toRelay.distanceM, 'en')} away ${towards(toRelay.bearingDeg, 'en')}`;
  const reasons: Reasons =
    why === 'line_of_sight'
      ? {
          fr: `${where('fr')} et l’une de ses antennes est tournée vers vous, mais le relief cache la vue vers lui.`,
          en: `${where('en')} and one of its antennas faces your way, but the land hides the view to it.`,
        }
      : why === 'behind_antenna'
        ? {
            fr: `${where('fr')}, assez près, mais ses antennes sont tournées dans d’autres directions.`,
            en: `${where('en')}, close enough, but its antennas face other ways.`,
          }
        : {
            fr: `${where('fr')} : c’est trop loin, ${facing.length ? 'l’antenne tournée vers vous porte' : 'ses antennes portent'} à ${formatDistance(reach, 'fr')}.`,
            en: `${where('en')}: too far, as ${facing.length ? 'the antenna facing your way reaches' : 'its antennas reach'} ${formatDistance(reach, 'en')}.`,
          };
  return {
    technology: 'radio',
    why,
    siteId: site.id,
    distanceM: toRelay.distanceM,
    bearingDeg: toRelay.bearingDeg,
    reasons,
    help: HELP[why],
  };
}

/** Distance and bearing from the point to the nearest edge of a zone, on a local flat projection. */
function zoneEdge(zone: FibreZone, lat: number, lon: number): { d: number; bearing: number } {
  const m = metresPerDegree(lat);
  const polygons = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
  let best = { d: Infinity, bearing: 0 };
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (!a || !b) continue;
        const ax = (a[0] - lon) * m.lon;
        const ay = (a[1] - lat) * m.lat;
        const bx = (b[0] - lon) * m.lon;
        const by = (b[1] - lat) * m.lat;
        const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
        const t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * (bx - ax) + ay * (by - ay)) / len2)) : 0;
        const x = ax + t * (bx - ax);
        const y = ay + t * (by - ay);
        const d = Math.hypot(x, y);
        if (d < best.d) best = { d, bearing: ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360 };
      }
    }
  }
  return best;
}

function fibreHint(ctx: NearbyContext, lat: number, lon: number): NearbyHint | null {
  let zone: { zone: FibreZone; d: number; bearing: number } | null = null;
  for (const z of ctx.zones) {
    const edge = zoneEdge(z, lat, lon);
    if (edge.d <= NEARBY_FIBRE_M && (!zone || edge.d < zone.d)) zone = { zone: z, ...edge };
  }
  const hit = ctx.nearestFibreBuilding(lat, lon);
  if (hit && (!zone || hit.distanceM <= zone.d)) {
    const { building } = hit;
    const bearing = inverse(lat, lon, building.lat, building.lon).bearingDeg;
    const ready = building.state === 'deployed';
    return {
      technology: 'fibre',
      why: 'fibre_elsewhere',
      buildingId: building.id,
      distanceM: hit.distanceM,
      bearingDeg: bearing,
      reasons: {
        fr: `La fibre la plus proche est à ${formatDistance(hit.distanceM, 'fr')} ${towards(bearing, 'fr')} (${ready ? 'un immeuble déjà raccordable' : 'un immeuble où elle est prévue'}).`,
        en: `The nearest fibre is ${formatDistance(hit.distanceM, 'en')} away ${towards(bearing, 'en')} (${ready ? 'a building already connected' : 'a building where it is planned'}).`,
      },
      help: HELP.fibre_elsewhere,
    };
  }
  if (!zone) return null;
  return {
    technology: 'fibre',
    why: 'fibre_elsewhere',
    zoneId: zone.zone.id,
    distanceM: zone.d,
    bearingDeg: zone.bearing,
    reasons: {
      fr: `La zone fibre « ${zone.zone.name} » commence à ${formatDistance(zone.d, 'fr')} ${towards(zone.bearing, 'fr')}.`,
      en: `The “${zone.zone.name}” fibre area starts ${formatDistance(zone.d, 'en')} away ${towards(zone.bearing, 'en')}.`,
    },
    help: HELP.fibre_elsewhere,
  };
}

export function nearbyHints(
  ctx: NearbyContext,
  lat: number,
  lon: number,
  excluded: readonly ExcludedSector[],
): NearbyHint[] {
  return [relayHint(ctx, lat, lon, excluded), fibreHint(ctx, lat, lon)].filter(
    (h): h is NearbyHint => h !== null,
  );
}
