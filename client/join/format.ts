// What the result step says, decided from the eligibility answer. Pure, unit-tested.
import type { EligibilityOption, EligibilityResult } from '../../shared/schemas/eligibility.ts';
import { distanceM } from '../../shared/eligibility/geo.ts';
import { formatDistance } from '../../shared/eligibility/reasons.ts';
import type { MessageKey } from '../i18n/fr.ts';
import type { Translate } from '../i18n/i18n.tsx';
import type { Lang } from '../i18n/translate.ts';
import type { ChosenPlace, Technology } from './flow.ts';

export type Tone = 'good' | 'wait' | 'none';

/** The headline: fibre and radio are good news; "planned" reads differently when a sector is only full. */
export function verdictHeadline(result: EligibilityResult): { key: MessageKey; tone: Tone } {
  switch (result.verdict) {
    case 'fibre':
      return { key: 'join.verdict.fibre', tone: 'good' };
    case 'radio':
      return { key: 'join.verdict.radio', tone: 'good' };
    case 'planned':
      return result.options.some((o) => o.status === 'planned')
        ? { key: 'join.verdict.planned', tone: 'wait' }
        : { key: 'join.verdict.full', tone: 'wait' };
    case 'none':
      return { key: 'join.verdict.none', tone: 'none' };
  }
}

export function isEligible(result: EligibilityResult): boolean {
  return result.verdict === 'fibre' || result.verdict === 'radio';
}

/** Technologies one can ask for now, best first (fibre, then radio). */
export function availableTechnologies(result: EligibilityResult): Technology[] {
  const available = new Set(result.options.filter((o) => o.status === 'available').map((o) => o.technology));
  return (['fibre', 'radio'] as const).filter((t) => available.has(t));
}

/** The option a request for `technology` names (the engine ranks the best first). */
export function optionFor(result: EligibilityResult, technology: Technology): EligibilityOption | undefined {
  return result.options.find((o) => o.technology === technology && o.status === 'available');
}

/** The option whose place the map highlights: the first one, which decided the verdict. */
export function highlightedOption(result: EligibilityResult): EligibilityOption | undefined {
  return optionFor(result, 'fibre') ?? optionFor(result, 'radio') ?? result.options[0];
}

/** How the chosen place is named above the verdict. */
export function placeLine(
  place: ChosenPlace,
  lang: Lang,
): { key: MessageKey; params?: Record<string, string> } {
  if (place.source === 'search' && place.label)
    return { key: 'join.result.address', params: { label: place.label } };
  if (place.source === 'geolocation' && place.accuracyM !== undefined)
    return { key: 'join.result.located', params: { accuracy: formatDistance(place.accuracyM, lang) } };
  if (place.label) return { key: 'join.result.tappedNear', params: { label: place.label } };
  return { key: 'join.result.tapped' };
}

/** The place in a request's summary, in the same words as the result step (search, GPS or tap). */
export function placeSummary(place: ChosenPlace | null, lang: Lang, t: Translate): string {
  if (!place) return '';
  const line = placeLine(place, lang);
  return t(line.key, line.params);
}

/** Beyond this, a located position is not precise enough to stand for a house. */
export const IMPRECISE_M = 100;

/**
 * Why the answer may not be this home's: a street or commune picked for a numbered search, or an
 * imprecise position. A tapped point is exactly where the person tapped: no warning.
 */
export function placeWarning(
  place: ChosenPlace,
  lang: Lang,
): { key: MessageKey; params?: Record<string, string> } | null {
  if (place.source === 'search' && place.approximate) return { key: 'join.result.approximate' };
  if (place.source === 'geolocation' && place.accuracyM !== undefined && place.accuracyM > IMPRECISE_M)
    return { key: 'join.result.imprecise', params: { accuracy: formatDistance(place.accuracyM, lang) } };
  return null;
}

/** The relay closest to a point (as the crow flies), to show how far the network is. */
export function nearestSite<S extends { lat: number; lon: number }>(
  sites: readonly S[],
  at: { lat: number; lon: number },
): S | null {
  let best: S | null = null;
  let bestD = Infinity;
  for (const s of sites) {
    const d = distanceM(at.lat, at.lon, s.lat, s.lon);
    if (d < bestD) [best, bestD] = [s, d];
  }
  return best;
}
