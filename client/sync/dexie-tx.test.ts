// The device store must behave like the reference in-memory store (shared/mutators/memory-tx.ts) for the
// shared mutators: the same scenarios run on both, through the real `mutate` on the device side, and
// must give the same rows and the same refusals.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.ts';
import { runMutation, type MutatorContext, type MutatorName } from '../../shared/mutators/index.ts';
import { MemoryStore } from '../../shared/mutators/testing/memory-tx.ts';
import type { SyncedRows, SyncTable } from '../../shared/schemas/sync.ts';
import type { Intervention } from '../../shared/schemas/interventions.ts';
import { mutate } from './outbox.ts';
import { FIXED_NOW, freshDevice, siteA, tech } from './testing/fixtures.ts';

const other: MutatorContext = { ...tech, userId: '00000000-0000-4000-8000-000000000002' };
const coordinator: MutatorContext = { ...other, role: 'coordinator' };
const ID = '11111111-1111-4111-8111-111111111111';
const ID2 = '22222222-2222-4222-8222-222222222222';

interface Harness {
  seed<T extends SyncTable>(table: T, row: SyncedRows[T]): Promise<void>;
  run(name: string, args: unknown, ctx?: MutatorContext): Promise<string | { warnings: string[] }>;
  row(table: 'interventions' | 'installations', id: string): Promise<unknown>;
}

function verdict(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  throw error;
}

function memoryHarness(): Harness {
  const store = new MemoryStore(() => FIXED_NOW);
  return {
    seed: async (table, row) => store.put(table, row),
    run: async (name, args, ctx = tech) => {
      const tx = store.transaction('client');
      try {
        const outcome = await runMutation(tx, { name, args, schemaVersion: 1 }, ctx);
        tx.commit();
        return { warnings: (outcome.warnings ?? []).map((w) => w.code) };
      } catch (error) {
        return verdict(error);
      }
    },
    row: async (table, id) => store.tables[table].get(id),
  };
}

async function dexieHarness(): Promise<Harness> {
  const { db } = await freshDevice();
  return {
    // As after a push and a pull: the server row holds every change so far, no optimistic copy shadows it.
    seed: async (table, row) => {
      await db.serverTable(table).put(row);
      if (table === 'interventions' || table === 'installations') await db.localTable(table).delete(row.id);
    },
    run: async (name, args, ctx = tech) => {
      try {
        // `mutate` is typed for the app's calls; scenarios also feed it bad names and args on purpose.
        const queued = await mutate(db, ctx, name as MutatorName, args as never, {
          now: () => new Date(FIXED_NOW),
        });
        return { warnings: queued.warnings.map((w) => w.code) };
      } catch (error) {
        return verdict(error);
      }
    },
    row: async (table, id) => (await db.localTable(table).get(id)) ?? (await db.serverTable(table).get(id)),
  };
}

const create = {
  id: ID,
  kind: 'repair',
  summary: 'Switch PoE',
  startedAt: '2026-11-20T08:00:00+01:00',
  siteId: 'site-a',
};
const install = {
  id: ID,
  technology: 'fibre',
  ontSerial: 'hwtc-542d049b',
  cpeMac: 'AA-BB-CC-DD-EE-FF',
  installedAt: '2026-11-20T10:00:00Z',
} as const;

type Scenario = (h: Harness) => Promise<unknown[]>;

const scenarios: Record<string, Scenario> = {
  'create, replay, stranger': async (h) => [
    await h.run('intervention.create', create),
    await h.run('intervention.create', { ...create, summary: 'autre' }),
    await h.row('interventions', ID),
    await h.run('intervention.create', create, other),
  ],
  'unknown references are the server’s business': async (h) => [
    await h.run('intervention.create', { ...create, siteId: 'nope' }),
    await h.row('interventions', ID),
  ],
  'bad args and names': async (h) => [
    await h.run('intervention.create', { ...create, kind: 'party' }),
    await h.run('intervention.create', { ...create, endedAt: '2026-11-19T08:00:00Z' }),
    await h.run('constructor', {}),
    await h.row('interventions', ID),
  ],
  'edits: later wins, resubmit, approved refused': async (h) => {
    const out: unknown[] = [await h.run('intervention.create', create)];
    out.push(
      await h.run('intervention.update', { id: ID, set: { summary: 'A' }, base: { summary: 'Switch PoE' } }),
    );
    out.push(
      await h.run(
        'intervention.update',
        { id: ID, set: { summary: 'B' }, base: { summary: 'Switch PoE' } },
        coordinator,
      ),
    );
    const row = (await h.row('interventions', ID)) as Intervention;
    await h.seed('interventions', { ...row, status: 'changes_requested', reviewComment: 'photo ?' });
    out.push(await h.run('intervention.update', { id: ID, set: { notes: 'ok' }, base: { notes: null } }));
    out.push(
      await h.run('intervention.update', { id: ID, set: { notes: 'x' }, base: { notes: 'ok' } }, other),
    );
    out.push(await h.row('interventions', ID));
    return out;
  },
  'photos merge': async (h) => [
    await h.run('intervention.create', { ...create, photos: ['a'.repeat(64)] }),
    await h.run('intervention.attachPhotos', { id: ID, photos: ['b'.repeat(64)] }),
    await h.run('intervention.attachPhotos', { id: ID, photos: ['C'.repeat(64), 'b'.repeat(64)] }),
    await h.row('interventions', ID),
  ],
  'ONT serials': async (h) => [
    await h.run('installation.create', install),
    await h.row('installations', ID),
    await h.run('installation.create', { ...install, id: ID2, ontSerial: '48575443542D049B' }),
    await h.run('installation.remove', { id: ID }),
    await h.run('installation.create', { ...install, id: ID2, ontSerial: '48575443542D049B' }),
    await h.row('installations', ID2),
    await h.run('installation.create', { ...install, id: ID2, ontSerial: 'XYZ' }),
    await h.run('installation.create', {
      ...install,
      id: '33333333-3333-4333-8333-333333333333',
      ontSerial: null,
      rxPowerDbm: -29.5,
      ptoReference: 'PTO-89-1',
    }),
  ],
};

describe('DexieMutationTx matches the in-memory reference store', () => {
  for (const [name, scenario] of Object.entries(scenarios)) {
    it(name, async () => {
      const memory = memoryHarness();
      const dexie = await dexieHarness();
      for (const h of [memory, dexie]) await h.seed('sites', siteA);
      const expected = await scenario(memory);
      expect(await scenario(dexie)).toEqual(expected);
    });
  }

  it('reads the optimistic row before the server row, and a serial taken only in the server rows', async () => {
    const dexie = await dexieHarness();
    await dexie.run('installation.create', install);
    const { db } = await freshDevice();
    const row = await dexie.row('installations', ID);
    await db.installations.put(row as SyncedRows['installations']);
    const stranger = await mutate(db, tech, 'installation.create', { ...install, id: ID2 }).catch(verdict);
    expect(stranger).toBe('ONT_SERIAL_TAKEN');
    expect(await db.outbox.count()).toBe(0);
  });
});
