import { describe, expect, it } from 'vitest';
import { normaliseBuildingState } from './network.ts';

describe('normaliseBuildingState', () => {
  it.each([
    ['DEPLOYE', 'deployed'],
    ['EN COURS DE DEPLOIEMENT', 'in_progress'],
    ['en cours de déploiement', 'in_progress'],
    ['Signé', 'signed'],
    ['cible', 'targeted'],
    ['ABANDONNE', 'abandoned'],
    ['raccordable demande', 'deployed'],
    ['in_progress', 'in_progress'],
    ['deployed', 'deployed'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseBuildingState(input)).toBe(expected);
  });

  it('returns null for an unknown state', () => {
    expect(normaliseBuildingState('BIENTOT')).toBeNull();
  });
});
