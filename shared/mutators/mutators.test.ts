import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { Intervention } from '../schemas/interventions.ts';
import { findMutator, runMutation, SUPPORTED_SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './index.ts';
import { MemoryStore } from './testing/memory-tx.ts';
import type { MutatorContext } from './types.ts';

const tech: MutatorContext = {
  userId: '00000000-0000-4000-8000-000000000001',
  role: 'technician',
  clientId: 'c1',
};
const other: MutatorContext = {
  userId: '00000000-0000-4000-8000-000000000002',
  role: 'technician',
  clientId: 'c2',
};
const coordinator: MutatorContext = { ...other, role: 'coordinator' };
const ID = '11111111-1111-4111-8111-111111111111';

function store(): MemoryStore {
  const s = new MemoryStore(() => '2026-11-21T10:00:00.000Z');
  s.put('sites', {
    id: 'site-a',
    zoneId: 'zone-a',
    name: 'A',
    position: { lat: 47.7, lon: 3.6 },
    support: null,
    host: null,
    accessNotes: null,
    groundAltitudeM: null,
    mastHeightM: null,
    backhaul: null,
    power: null,
    notes: null,
    status: 'active',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  return s;
}

async function run(
  s: MemoryStore,
  name: string,
  args: unknown,
  ctx = tech,
  location: 'client' | 'server' = 'server',
) {
  const tx = s.transaction(location);
  const outcome = await runMutation(tx, { name, args, schemaVersion: 1 }, ctx);
  tx.commit();
  return outcome;
}

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

const create = {
  id: ID,
  kind: 'repair',
  summary: 'Switch PoE',
  startedAt: '2026-11-20T08:00:00+01:00',
  siteId: 'site-a',
};

describe('intervention mutators', () => {
  it('creates with the zone of its relay; a replay by the same user changes nothing', async () => {
    const s = store();
    await run(s, 'intervention.create', create);
    await run(s, 'intervention.create', { ...create, summary: 'autre' });
    const row = s.tables.interventions.get(ID) as Intervention;
    expect(row).toMatchObject({
      zoneId: 'zone-a',
      status: 'submitted',
      technicianId: tech.userId,
      summary: 'Switch PoE',
    });
    expect(await code(run(s, 'intervention.create', create, other))).toBe('FORBIDDEN');
  });

  it('rejects unknown references on the server only (a device may not hold them)', async () => {
    expect(await code(run(store(), 'intervention.create', { ...create, siteId: 'nope' }))).toBe(
      'UNKNOWN_REFERENCE',
    );
    await run(store(), 'intervention.create', { ...create, siteId: 'nope' }, tech, 'client');
  });

  it('rejects bad args and unknown names with stable codes', async () => {
    expect(await code(run(store(), 'intervention.create', { ...create, kind: 'party' }))).toBe(
      'INVALID_ARGS',
    );
    expect(
      await code(run(store(), 'intervention.create', { ...create, endedAt: '2026-11-19T08:00:00Z' })),
    ).toBe('INVALID_ARGS');
    expect(await code(run(store(), 'constructor', {}))).toBe('UNKNOWN_MUTATION');
    expect(findMutator('toString')).toBeUndefined();
  });

  it('same field edited from two devices: the later wins and the other value is kept as a conflict', async () => {
    const s = store();
    await run(s, 'intervention.create', create);
    await run(s, 'intervention.update', { id: ID, set: { summary: 'A' }, base: { summary: 'Switch PoE' } });
    await run(
      s,
      'intervention.update',
      { id: ID, set: { summary: 'B' }, base: { summary: 'Switch PoE' } },
      coordinator,
    );
    expect(s.tables.interventions.get(ID)?.summary).toBe('B');
    expect(s.conflicts).toEqual([
      {
        table: 'interventions',
        rowId: ID,
        field: 'summary',
        keptValue: 'B',
        overwrittenValue: 'A',
        loserUserId: tech.userId,
      },
    ]);
  });

  it('different fields edited from two devices both survive, without conflict', async () => {
    const s = store();
    await run(s, 'intervention.create', create);
    await run(s, 'intervention.update', { id: ID, set: { summary: 'A' }, base: { summary: 'Switch PoE' } });
    await run(s, 'intervention.update', { id: ID, set: { notes: 'N' }, base: { notes: null } });
    // The same instant written with another offset is not a change of the base.
    await run(s, 'intervention.update', {
      id: ID,
      set: { endedAt: '2026-11-20T09:00:00Z', startedAt: '2026-11-20T07:30:00Z' },
      base: { endedAt: null, startedAt: '2026-11-20T07:00:00Z' },
    });
    expect(s.tables.interventions.get(ID)).toMatchObject({ summary: 'A', notes: 'N', version: 4 });
    expect(s.conflicts).toEqual([]);
  });

  it('an edit after "request changes" resubmits; approved records and strangers are refused', async () => {
    const s = store();
    await run(s, 'intervention.create', create);
    const row = s.tables.interventions.get(ID) as Intervention;
    s.put('interventions', { ...row, status: 'changes_requested', reviewComment: 'photo ?' });
    await run(s, 'intervention.update', { id: ID, set: { notes: 'ok' }, base: { notes: null } });
    expect(s.tables.interventions.get(ID)?.status).toBe('submitted');
    expect(
      await code(
        run(s, 'intervention.update', { id: ID, set: { notes: 'x' }, base: { notes: 'ok' } }, other),
      ),
    ).toBe('FORBIDDEN');
    s.put('interventions', { ...(s.tables.interventions.get(ID) as Intervention), status: 'approved' });
    expect(
      await code(run(s, 'intervention.update', { id: ID, set: { notes: 'x' }, base: { notes: 'ok' } })),
    ).toBe('ALREADY_REVIEWED');
  });

  it('photos added from two devices are merged', async () => {
    const s = store();
    await run(s, 'intervention.create', { ...create, photos: ['a'.repeat(64)] });
    await run(s, 'intervention.attachPhotos', { id: ID, photos: ['b'.repeat(64)] });
    await run(s, 'intervention.attachPhotos', { id: ID, photos: ['C'.repeat(64), 'b'.repeat(64)] });
    expect(s.tables.interventions.get(ID)?.photos).toEqual(['a', 'b', 'c'].map((c) => c.repeat(64)));
  });
});

describe('installation mutators', () => {
  const install = {
    id: ID,
    technology: 'fibre',
    ontSerial: 'hwtc-542d049b',
    cpeMac: 'AA-BB-CC-DD-EE-FF',
    installedAt: '2026-11-20T10:00:00Z',
  };

  it('normalises identifiers and refuses a serial active elsewhere, in either spelling', async () => {
    const s = store();
    await run(s, 'installation.create', install);
    expect(s.tables.installations.get(ID)).toMatchObject({
      ontSerial: 'HWTC542D049B',
      cpeMac: 'aa:bb:cc:dd:ee:ff',
    });
    const second = { ...install, id: '22222222-2222-4222-8222-222222222222', ontSerial: '48575443542D049B' };
    expect(await code(run(s, 'installation.create', second))).toBe('ONT_SERIAL_TAKEN');
    await run(s, 'installation.remove', { id: ID });
    await run(s, 'installation.create', second);
    expect(s.tables.installations.get(second.id)?.status).toBe('active');
  });

  it('a bad serial is ONT_SERIAL_INVALID; a weak reading and an old PTO label only warn', async () => {
    expect(await code(run(store(), 'installation.create', { ...install, ontSerial: 'XYZ' }))).toBe(
      'ONT_SERIAL_INVALID',
    );
    const outcome = await run(store(), 'installation.create', {
      ...install,
      rxPowerDbm: -29.5,
      ptoReference: 'PTO-89-1',
    });
    expect(outcome.warnings?.map((w) => w.code)).toEqual(['RX_POWER_LOW', 'PTO_LEGACY_FORMAT']);
  });
});

describe('schema versions', () => {
  it('version 1 is supported and current', () => {
    expect(SUPPORTED_SCHEMA_VERSIONS).toContain(1);
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
  });
});
