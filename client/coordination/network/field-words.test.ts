import { describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr.ts';
import { staffFr } from '../../i18n/staff.fr.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { translate } from '../../i18n/translate.ts';
import { fieldWord, valueWord } from './field-words.ts';

const all = { ...fr, ...staffFr };
const t = (key: MessageKey, params?: Record<string, string | number>) => translate(all, 'fr', key, params);

describe('audit fields in words', () => {
  it('names known fields and codes, and leaves the unknown as they are', () => {
    expect(fieldWord('azimuth_deg', t)).toBe('Azimut (°)');
    expect(fieldWord('ip', t)).toBe('Adresse IP');
    expect(fieldWord('weather', t)).toBe('weather');
    expect(valueWord('state', 'in_progress', t)).toBe('En cours de déploiement');
    expect(valueWord('network', 'own', t)).toBe('Le nôtre');
    expect(valueWord('status', 'decommissioned', t)).toBe('Hors service');
    expect(valueWord('full', true, t)).toBe('oui');
    expect(valueWord('address', null, t)).toBe('—');
    expect(valueWord('state', 'not-a-state', t)).toBe('not-a-state');
    expect(valueWord('name', 42, t)).toBe('42');
  });
});
