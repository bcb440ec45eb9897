// Plain-language explanations shown to the public, always built in both languages so a cached
// answer can be shown in either without asking again.
import type { FibreStatus } from './fibre.ts';
import type { BuildingState, Lang, RadioSector, Reasons } from '../schemas/eligibility.ts';

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

// Formatters are built once: constructing Intl.NumberFormat costs far more than using one.
const wholeFormat: Record<Lang, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat(locales.fr, { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 0 }),
};
const oneDecimalFormat: Record<Lang, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat(locales.fr, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 1 }),
};

/** "850 m" below one kilometre, "2,3 km" / "2.3 km" (at most one decimal) from there on. */
export function formatDistance(metres: number, lang: Lang): string {
  if (Math.round(metres) < 1000) return `${wholeFormat[lang].format(Math.round(metres))} m`;
  return `${oneDecimalFormat[lang].format(metres / 1000)} km`;
}

function sectorLabel(azimuthDeg: number, beamwidthDeg: number, lang: Lang): string {
  if (beamwidthDeg >= 360) return lang === 'fr' ? 'secteur omnidirectionnel' : 'omnidirectional sector';
  const deg = `${oneDecimalFormat[lang].format(azimuthDeg)}°`;
  return lang === 'fr' ? `secteur ${deg}` : `${deg} sector`;
}

type SectorShape = Pick<RadioSector, 'azimuthDeg' | 'beamwidthDeg' | 'rangeM'>;

// "secteur 120°, portée 5 km" depends on the sector alone, and formatting it was half the cost of
// a check (measured): keep it per sector object. Coverage data is never mutated in place.
const sectorPhrases = new WeakMap<SectorShape, Reasons>();

function sectorPhrase(sector: SectorShape): Reasons {
  let phrase = sectorPhrases.get(sector);
  if (!phrase) {
    const { azimuthDeg: az, beamwidthDeg: bw, rangeM } = sector;
    phrase = {
      fr: `${sectorLabel(az, bw, 'fr')}, portée ${formatDistance(rangeM, 'fr')}`,
      en: `${sectorLabel(az, bw, 'en')}, ${formatDistance(rangeM, 'en')} range`,
    };
    sectorPhrases.set(sector, phrase);
  }
  return phrase;
}

export function radioReasons(
  siteName: string,
  sector: SectorShape & { full: boolean },
  distanceM: number,
): Reasons {
  const phrase = sectorPhrase(sector);
  const fr =
    distanceM === 0
      ? `Au pied du relais de ${siteName}, ${phrase.fr}`
      : `À ${formatDistance(distanceM, 'fr')} du relais de ${siteName}, ${phrase.fr}`;
  const en =
    distanceM === 0
      ? `At the ${siteName} relay, ${phrase.en}`
      : `${formatDistance(distanceM, 'en')} from the ${siteName} relay, ${phrase.en}`;
  if (!sector.full) return { fr, en };
  return {
    fr: `${fr}, secteur complet (plus de place pour le moment)`,
    en: `${en}, sector full (no room for now)`,
  };
}

export function buildingReasons(state: BuildingState, distanceM: number): Reasons {
  const fr = formatDistance(distanceM, 'fr');
  const en = formatDistance(distanceM, 'en');
  switch (state) {
    case 'deployed':
      return {
        fr: `Immeuble raccordable à ${fr} (fibre déployée)`,
        en: `Connectable building ${en} away (fibre deployed)`,
      };
    case 'in_progress':
      return {
        fr: `Fibre prévue : immeuble à ${fr} en cours de déploiement`,
        en: `Fibre planned: building ${en} away, deployment under way`,
      };
    case 'signed':
      return {
        fr: `Fibre prévue : immeuble à ${fr}, convention signée`,
        en: `Fibre planned: building ${en} away, agreement signed`,
      };
    case 'targeted':
      return {
        fr: `Fibre prévue : immeuble à ${fr} inclus dans le déploiement à venir`,
        en: `Fibre planned: building ${en} away, part of the coming roll-out`,
      };
    case 'abandoned':
      return {
        fr: `Immeuble à ${fr} : déploiement de la fibre abandonné`,
        en: `Building ${en} away: fibre roll-out abandoned`,
      };
  }
}

export function zoneReasons(zoneName: string, status: FibreStatus): Reasons {
  return status === 'available'
    ? {
        fr: `Dans la zone fibre « ${zoneName} » (disponible)`,
        en: `In the “${zoneName}” fibre zone (available)`,
      }
    : { fr: `Dans la zone fibre « ${zoneName} » (prévue)`, en: `In the “${zoneName}” fibre zone (planned)` };
}

export interface BlockedReasonInput {
  siteName: string;
  azimuthDeg: number;
  beamwidthDeg: number;
  /** Where along the path the terrain intrudes most, from the relay. */
  obstacleDistanceM: number;
}

export function blockedReasons(r: BlockedReasonInput): Reasons {
  const fr = `Relais de ${r.siteName}, ${sectorLabel(r.azimuthDeg, r.beamwidthDeg, 'fr')} : ligne de vue obstruée (relief à ${formatDistance(r.obstacleDistanceM, 'fr')} du relais)`;
  const en = `${r.siteName} relay, ${sectorLabel(r.azimuthDeg, r.beamwidthDeg, 'en')}: line of sight blocked (terrain ${formatDistance(r.obstacleDistanceM, 'en')} from the relay)`;
  return { fr, en };
}
