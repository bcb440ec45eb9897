// Small grammar helpers for the public texts: French elision ("relais d'Auxerre"), relay names
// without the technicians' detail ("Auxerre — toit" is the Auxerre relay to a visitor) and
// compass directions in both languages.
import type { Lang } from '../schemas/eligibility.ts';

// A mute h is too irregular to guess (Héry, but la Hulotte): only vowels elide.
const ELIDING = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

/** "de Jussy", "d'Auxerre", "d'Égriselles". */
export function deFr(name: string): string {
  return ELIDING.test(name) ? `d’${name}` : `de ${name}`;
}

/** The place a relay stands in, as a visitor knows it: the part before " — " or " - ". */
function relayPlace(siteName: string): string {
  const place = siteName.split(/\s+[—–-]\s+/)[0]?.trim();
  return place || siteName.trim();
}

/** "le relais d'Auxerre" / "the Auxerre relay". */
export function relayNoun(siteName: string, lang: Lang): string {
  const place = relayPlace(siteName);
  return lang === 'fr' ? `le relais ${deFr(place)}` : `the ${place} relay`;
}

const POINTS = {
  fr: [
    'au nord',
    'au nord-est',
    'à l’est',
    'au sud-est',
    'au sud',
    'au sud-ouest',
    'à l’ouest',
    'au nord-ouest',
  ],
  en: [
    'to the north',
    'to the north-east',
    'to the east',
    'to the south-east',
    'to the south',
    'to the south-west',
    'to the west',
    'to the north-west',
  ],
} as const;

/** "au nord-est" / "to the north-east" for a bearing in degrees from true north. */
export function towards(bearingDeg: number, lang: Lang): string {
  const i = Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8;
  return POINTS[lang][i] ?? POINTS[lang][0];
}

/** Capitalises the first letter, for a noun phrase opening a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
