import type { BuildingState } from '../schemas/eligibility.ts';

// Keys are normalised spellings (see `normalise`): IPE `EtatImmeuble`, Arcep `imb_etat`, ours.
const states: ReadonlyMap<string, BuildingState> = new Map<string, BuildingState>([
  ['cible', 'targeted'],
  ['targeted', 'targeted'],
  ['signe', 'signed'],
  ['signed', 'signed'],
  ['en cours de deploiement', 'in_progress'],
  ['in progress', 'in_progress'],
  ['deploye', 'deployed'],
  ['deployed', 'deployed'],
  // Arcep: the building is connectable, on request and with a longer lead time. The member can
  // order fibre today, which is what "deployed" means for eligibility.
  ['raccordable demande', 'deployed'],
  ['abandonne', 'abandoned'],
  ['abandoned', 'abandoned'],
]);

/** Lower case, accents stripped, `_`/`-`/runs of spaces folded into one space. */
function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * Maps a building state as written in IPE files (`DEPLOYE`, `EN COURS DE DEPLOIEMENT`…), Arcep
 * open data (`deploye`, `raccordable demande`…) or our own values (`in_progress`…) to the state
 * union; null for anything else, so importers can reject the line with a reason.
 */
export function ipeStateToBuildingState(value: string): BuildingState | null {
  return states.get(normalise(value)) ?? null;
}
