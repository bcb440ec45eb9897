// What the technician's list says about each record, from the device's layers.
import { describe, expect, it } from 'vitest';
import type { Intervention } from '../../shared/schemas/interventions.ts';
import type { OutboxEntry } from '../sync/db.ts';
import { draftFromRow, draftValues, updateArgsOf } from './form/intervention-draft.ts';
import { interventionItems } from './records.ts';

const me = '00000000-0000-4000-8000-000000000001';
const id = (n: number) => `11111111-1111-4111-8111-${String(n).padStart(12, '0')}`;

function row(n: number, extra: Partial<Intervention> = {}): Intervention {
  return {
    id: id(n),
    kind: 'repair',
    status: 'submitted',
    summary: `n° ${n}`,
    notes: null,
    startedAt: `2026-11-${String(10 + n).padStart(2, '0')}T08:00:00.000Z`,
    endedAt: null,
    siteId: null,
    sectorId: null,
    buildingId: null,
    fibreNodeId: null,
    zoneId: null,
    position: null,
    measurements: { rxPowerDbm: -21.5, wavelengthNm: 1490, note: 'connecteur nettoyé' },
    photos: [],
    technicianId: me,
    reviewComment: null,
    reviewedBy: null,
    reviewedAt: null,
    version: 1,
    updatedBy: me,
    createdAt: '2026-11-10T08:00:00.000Z',
    updatedAt: '2026-11-10T08:00:00.000Z',
    ...extra,
  };
}

function entry(
  n: number,
  rowId: string,
  status: OutboxEntry['status'],
  name = 'intervention.create',
  args: unknown = {},
): OutboxEntry {
  return {
    id: n,
    name,
    args,
    schemaVersion: 1,
    createdAt: '2026-11-21T08:00:00.000Z',
    status,
    table: 'interventions',
    rowId,
    ...(status === 'rejected' ? { code: 'UNKNOWN_REFERENCE', message: 'Relais inconnu.' } : {}),
  };
}

describe('list states', () => {
  it('pending, sent, reviewed, refused — newest first, other technicians left out', () => {
    const refusedArgs = {
      id: id(5),
      kind: 'power',
      summary: 'refusée',
      startedAt: '2026-11-20T08:00:00Z',
      photos: ['a'.repeat(64)],
    };
    const items = interventionItems(
      {
        server: [
          row(1),
          row(2, { status: 'approved' }),
          row(3, { status: 'changes_requested', reviewComment: 'photo ?' }),
          row(6, { technicianId: 'someone-else' }),
        ],
        local: [row(4), row(1, { summary: 'modifiée' })],
        outbox: [
          entry(7, id(1), 'pending', 'intervention.update'),
          entry(8, id(5), 'rejected', 'intervention.create', refusedArgs),
        ],
        photos: [{ sha256: 'a'.repeat(64), state: 'pending' }],
      },
      me,
    );
    expect(items.map((i) => [i.row.summary, i.state, i.photosWaiting])).toEqual([
      ['refusée', 'rejected', 1],
      ['n° 4', 'pending', 0],
      ['n° 3', 'changes_requested', 0],
      ['n° 2', 'approved', 0],
      ['modifiée', 'pending', 0],
    ]);
    expect(items[0]?.rejection).toMatchObject({ entryId: 8, code: 'UNKNOWN_REFERENCE' });
  });
});

describe('edit → intervention.update args', () => {
  it('sends only changed fields, each with the value the device showed, keeping readings it does not edit', () => {
    const current = row(1);
    const draft = { ...draftFromRow(current), summary: 'Switch remplacé', rxPowerDbm: '−23,5' };
    const checked = draftValues(draft);
    if ('errors' in checked) throw new Error(JSON.stringify(checked.errors));
    expect(updateArgsOf(current, checked.values)).toEqual({
      id: current.id,
      set: {
        summary: 'Switch remplacé',
        measurements: { note: 'connecteur nettoyé', rxPowerDbm: -23.5, wavelengthNm: 1490 },
      },
      base: { summary: 'n° 1', measurements: current.measurements },
    });
    const unchanged = draftValues(draftFromRow(current));
    expect('values' in unchanged && updateArgsOf(current, unchanged.values)).toBeNull();
  });

  it('points at the fields in error with the shared schema’s rules', () => {
    const checked = draftValues({
      ...draftFromRow(row(1)),
      kind: '',
      summary: ' ',
      rssiDbm: 'abc',
      endedAt: '2026-11-01T08:00',
    });
    expect('errors' in checked && Object.keys(checked.errors).sort()).toEqual([
      'endedAt',
      'kind',
      'rssiDbm',
      'summary',
    ]);
  });
});
