// Eligibility options under an open incident (CONTRACT §7): the option carries `incident` and its reason
// says since when ("incident en cours depuis 14 h 20"). Pure, so the server and the device agree.
import type { EligibilityResult } from '../schemas/eligibility.ts';
import { sinceEn, sinceFr } from './paris-time.ts';

export interface OpenIncidentScope {
  id: string;
  title: string;
  titleEn: string | null;
  startedAt: string;
  siteIds: readonly string[];
  sectorIds: readonly string[];
  buildingIds: readonly string[];
  /** Zones chosen as a whole (not those computed from the elements above). */
  targetZoneIds: readonly string[];
}

export interface OptionIncident {
  id: string;
  title: string;
  startedAt: string;
}

type Option = EligibilityResult['options'][number];

function incidentOf(option: Option, incidents: readonly OpenIncidentScope[]): OpenIncidentScope | undefined {
  return incidents.find(
    (i) =>
      (option.siteId !== undefined && i.siteIds.includes(option.siteId)) ||
      (option.sectorId !== undefined && i.sectorIds.includes(option.sectorId)) ||
      (option.buildingId !== undefined && i.buildingIds.includes(option.buildingId)) ||
      (option.zoneId !== undefined && i.targetZoneIds.includes(option.zoneId)),
  );
}

export function withIncidents<R extends EligibilityResult>(
  result: R,
  incidents: readonly OpenIncidentScope[],
  lang: 'fr' | 'en',
  now: Date,
): R & { options: (Option & { incident?: OptionIncident })[] } {
  if (!incidents.length) return result;
  const options = result.options.map((option) => {
    const found = incidentOf(option, incidents);
    if (!found) return option;
    const started = new Date(found.startedAt);
    const fr = `${option.reasons.fr} — incident en cours ${sinceFr(started, now)}`;
    const en = `${option.reasons.en} — incident in progress ${sinceEn(started, now)}`;
    return {
      ...option,
      reason: lang === 'en' ? en : fr,
      reasons: { fr, en },
      incident: {
        id: found.id,
        title: lang === 'en' ? (found.titleEn ?? found.title) : found.title,
        startedAt: found.startedAt,
      },
    };
  });
  return { ...result, options };
}
