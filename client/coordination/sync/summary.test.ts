import { describe, expect, it } from 'vitest';
import { interventionIdOf, summariseArgs } from './summary.ts';

const id = '3f0c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6';

describe('refused mutation summaries', () => {
  it('picks the telling fields in a readable order', () => {
    expect(
      summariseArgs({
        id,
        technology: 'fibre',
        ontSerial: 'ALCL00112299',
        installedAt: '2026-11-05T10:00:00Z',
      }),
    ).toBe('technology : fibre · ontSerial : ALCL00112299 · installedAt : 2026-11-05T10:00:00Z');
    expect(summariseArgs({ id, kind: 'repair', summary: 'Switch', position: { lat: 1, lon: 2 } })).toBe(
      'kind : repair · summary : Switch',
    );
  });

  it('says the fields in the reader’s words when given their labels', () => {
    const labels = { ontSerial: 'Numéro de série ONT', technology: 'Technologie', notes: 'Notes' };
    expect(summariseArgs({ id, technology: 'fibre', ontSerial: 'ALCL00112299' }, 160, labels)).toBe(
      'Technologie : fibre · Numéro de série ONT : ALCL00112299',
    );
    expect(summariseArgs({ id, set: { notes: 'x' } }, 160, labels)).toBe('Notes ←');
  });

  it('names the fields an update changes', () => {
    expect(summariseArgs({ id, set: { notes: 'x', kind: 'other' }, base: {} })).toBe('notes ← · kind ←');
  });

  it('falls back to any short field, and stays short', () => {
    expect(summariseArgs({ id, colour: 'bleu' })).toBe('colour : bleu');
    expect(summariseArgs({ summary: 'x'.repeat(300) }, 40)).toHaveLength(40);
    expect(summariseArgs(null)).toBe('');
    expect(summariseArgs('raw')).toBe('raw');
  });

  it('links intervention mutations to their record', () => {
    expect(interventionIdOf('intervention.update', { id, set: {} })).toBe(id);
    expect(interventionIdOf('installation.create', { id })).toBeNull();
    expect(interventionIdOf('intervention.create', { id: 'nope' })).toBeNull();
  });
});
