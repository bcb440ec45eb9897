// Plain-language explanations shown to the public, always built in both languages so a cached
// answer can be shown in either without asking again.
import type { FibreStatus } from './fibre.ts';
import type { BuildingState, Lang, RadioSector, Reasons } from '../schemas/eligibility.ts';
import { relayNoun, sentence } from './wording.ts';

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

type SectorShape = Pick<RadioSector, 'azimuthDeg' | 'beamwidthDeg' | 'rangeM'>;

// "one of its antennas faces you (it reaches 5 km)" depends on the sector alone, and formatting it
// was half the cost of a check (measured): keep it per sector object. Coverage data is never
// mutated in place.
const sectorPhrases = new WeakMap<SectorShape, Reasons>();

function facingPhrase(sector: SectorShape): Reasons {
  let phrase = sectorPhrases.get(sector);
  if (!phrase) {
    const fr = formatDistance(sector.rangeM, 'fr');
    const en = formatDistance(sector.rangeM, 'en');
    phrase =
      sector.beamwidthDeg >= 360
        ? {
            fr: `son antenne couvre tout autour, jusqu’à ${fr}`,
            en: `its antenna covers all around, up to ${en}`,
          }
        : {
            fr: `l’une de ses antennes est tournée vers vous (elle porte à ${fr})`,
            en: `one of its antennas faces your way (it reaches ${en})`,
          };
    sectorPhrases.set(sector, phrase);
  }
  return phrase;
}

/** "Le relais d'Auxerre est à 2,3 km" / "The Auxerre relay is 2.3 km away". */
function relayAt(siteName: string, distanceM: number): Reasons {
  return {
    fr: `${sentence(relayNoun(siteName, 'fr'))} est à ${formatDistance(distanceM, 'fr')}`,
    en: `${sentence(relayNoun(siteName, 'en'))} is ${formatDistance(distanceM, 'en')} away`,
  };
}

/** Radio is never certain from a map: a technician's visit confirms the line of sight. */
const VISIT_CONFIRMS: Reasons = {
  fr: 'Une visite sur place confirmera que rien ne cache la vue vers le relais.',
  en: 'A visit will confirm that nothing blocks the view to the relay.',
};

export function radioReasons(
  siteName: string,
  sector: SectorShape & { full: boolean },
  distanceM: number,
): Reasons {
  const facing = facingPhrase(sector);
  const lead =
    distanceM === 0
      ? {
          fr: `Vous êtes au pied du ${relayNoun(siteName, 'fr').replace(/^le /, '')}`,
          en: `You are right at ${relayNoun(siteName, 'en')}`,
        }
      : relayAt(siteName, distanceM);
  const fr = distanceM === 0 ? lead.fr : `${lead.fr} et ${facing.fr}`;
  const en = distanceM === 0 ? lead.en : `${lead.en} and ${facing.en}`;
  if (sector.full) {
    return {
      fr: `${fr}, mais cette antenne n’a plus de place pour l’instant.`,
      en: `${en}, but that antenna has no room left for now.`,
    };
  }
  return { fr: `${fr}. ${VISIT_CONFIRMS.fr}`, en: `${en}. ${VISIT_CONFIRMS.en}` };
}

export function buildingReasons(state: BuildingState, distanceM: number): Reasons {
  const fr = formatDistance(distanceM, 'fr');
  const en = formatDistance(distanceM, 'en');
  switch (state) {
    case 'deployed':
      return {
        fr: `La fibre est installée dans l’immeuble à ${fr} de ce point.`,
        en: `Fibre is installed in the building ${en} from this spot.`,
      };
    case 'in_progress':
      return {
        fr: `La fibre arrive : les travaux sont en cours pour l’immeuble à ${fr} de ce point.`,
        en: `Fibre is on its way: work is under way at the building ${en} from this spot.`,
      };
    case 'signed':
      return {
        fr: `La fibre est prévue : l’accord pour l’immeuble à ${fr} de ce point est signé.`,
        en: `Fibre is planned: the agreement for the building ${en} from this spot is signed.`,
      };
    case 'targeted':
      return {
        fr: `La fibre est prévue : l’immeuble à ${fr} de ce point fait partie du prochain déploiement.`,
        en: `Fibre is planned: the building ${en} from this spot is part of the next roll-out.`,
      };
    case 'abandoned':
      return {
        fr: `Le déploiement de la fibre a été abandonné pour l’immeuble à ${fr} de ce point.`,
        en: `The fibre roll-out was dropped for the building ${en} from this spot.`,
      };
  }
}

export function zoneReasons(zoneName: string, status: FibreStatus): Reasons {
  return status === 'available'
    ? {
        fr: `Dans la zone fibre « ${zoneName} » : la fibre y est disponible.`,
        en: `Inside the “${zoneName}” fibre area: fibre is available there.`,
      }
    : {
        fr: `Dans la zone fibre « ${zoneName} » : la fibre y est prévue.`,
        en: `Inside the “${zoneName}” fibre area: fibre is planned there.`,
      };
}

export interface BlockedReasonInput {
  siteName: string;
  beamwidthDeg: number;
  azimuthDeg: number;
  rangeM: number;
  /** From the relay to the point. */
  distanceM: number;
  /** Where along the path the terrain intrudes most, from the relay. */
  obstacleDistanceM: number;
}

export function blockedReasons(r: BlockedReasonInput): Reasons {
  const lead = relayAt(r.siteName, r.distanceM);
  const facing = facingPhrase(r);
  const fr = formatDistance(r.obstacleDistanceM, 'fr');
  const en = formatDistance(r.obstacleDistanceM, 'en');
  return {
    fr: `${lead.fr} et ${facing.fr}, mais le relief cache la vue vers lui (à ${fr} du relais).`,
    en: `${lead.en} and ${facing.en}, but the land hides the view to it (${en} from the relay).`,
  };
}
