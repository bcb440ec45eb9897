// Pull pages, reset streams, rebase of pending mutations on fresh server rows, settling lost answers.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Intervention } from '../../shared/schemas/interventions.ts';
import type { PullInput, PullOutput, SyncChange } from '../../shared/schemas/sync.ts';
import type { TerrainDb } from './db.ts';
import { getMeta } from './meta.ts';
import { mutate } from './outbox.ts';
import { pullAll } from './pull.ts';
import { pushAll } from './push.ts';
import { OUTCOME_UNKNOWN } from './settle.ts';
import { createArgs, fakePushServer, freshDevice, page, siteA, tech, uuid } from './testing/fixtures.ts';

const site = (id: string, name = id): SyncChange => ({
  table: 'sites',
  op: 'put',
  id,
  row: { ...siteA, id, name },
});

function serverRow(id: string, extra: Partial<Intervention> = {}): Intervention {
  return {
    id,
    kind: 'repair',
    status: 'submitted',
    summary: 'Switch PoE',
    notes: null,
    startedAt: '2026-11-20T07:00:00.000Z',
    endedAt: null,
    siteId: null,
    sectorId: null,
    buildingId: null,
    fibreNodeId: null,
    zoneId: null,
    position: null,
    measurements: null,
    photos: [],
    technicianId: tech.userId,
    reviewComment: null,
    reviewedBy: null,
    reviewedAt: null,
    version: 1,
    updatedBy: tech.userId,
    createdAt: '2026-11-20T07:00:00.000Z',
    updatedAt: '2026-11-20T07:00:00.000Z',
    ...extra,
  };
}

function pager(pages: PullOutput[]) {
  const inputs: PullInput[] = [];
  return {
    inputs,
    pull: async (input: PullInput) => {
      inputs.push(input);
      const next = pages.shift();
      if (!next) throw new Error('no more pages');
      return next;
    },
  };
}

async function visible(db: TerrainDb, id: string) {
  return (await db.localInterventions.get(id)) ?? (await db.interventions.get(id));
}

describe('pull', () => {
  it('follows the cursor until more=false, storing each page with its cursor', async () => {
    const { db, ctx } = await freshDevice();
    const server = pager([
      page([site('s1'), site('s2')], { cursor: 'p1', more: true, reset: true }),
      page([site('s3'), { table: 'sites', op: 'del', id: 's1' }], { cursor: 'p2', lastMutationId: 0 }),
    ]);
    const progress = await pullAll(db, server, ctx);
    expect(progress).toEqual({ pages: 2, rows: 4 });
    expect(server.inputs.map((i) => i.cursor)).toEqual([null, 'p1']);
    expect((await db.sites.toCollection().primaryKeys()).sort()).toEqual(['s2', 's3']);
    expect(await getMeta(db, 'cursor')).toBe('p2');
  });

  it('a reset keeps old rows while it streams, then drops those the server did not send again', async () => {
    const { db, ctx } = await freshDevice();
    await pullAll(db, pager([page([site('old'), site('kept', 'v1')], { cursor: 'a', reset: true })]), ctx);
    const server = pager([
      page([site('kept', 'v2')], { cursor: 'b', reset: true, more: true }),
      page([site('new')], { cursor: 'c' }),
    ]);
    // First page only: the stream is interrupted (offline) — nothing is lost meanwhile.
    await expect(
      pullAll(
        db,
        { pull: async (i) => (server.inputs.length ? Promise.reject(new Error('offline')) : server.pull(i)) },
        ctx,
      ),
    ).rejects.toThrow('offline');
    expect((await db.sites.toCollection().primaryKeys()).sort()).toEqual(['kept', 'old']);
    await pullAll(db, server, ctx);
    expect((await db.sites.toCollection().primaryKeys()).sort()).toEqual(['kept', 'new']);
    expect((await db.sites.get('kept'))?.name).toBe('v2');
    expect(await db.pullSeen.count()).toBe(0);
  });

  it('rebases: a pending edit stays on top of a fresher server row', async () => {
    const { db, ctx } = await freshDevice();
    const id = uuid();
    await pullAll(
      db,
      pager([page([{ table: 'interventions', op: 'put', id, row: serverRow(id) }], { reset: true })]),
      ctx,
    );
    await mutate(db, ctx, 'intervention.update', { id, set: { notes: 'serré' }, base: { notes: null } });
    // The coordinator asked for changes meanwhile: the pulled row carries the comment.
    const reviewed = serverRow(id, {
      status: 'changes_requested',
      reviewComment: 'Photo du mât ?',
      version: 2,
    });
    await pullAll(db, pager([page([{ table: 'interventions', op: 'put', id, row: reviewed }])]), ctx);
    expect(await db.interventions.get(id)).toMatchObject({ notes: null, reviewComment: 'Photo du mât ?' });
    // The edit by its technician resubmits the record, on top of the new server row.
    expect(await visible(db, id)).toMatchObject({
      notes: 'serré',
      reviewComment: 'Photo du mât ?',
      status: 'submitted',
      version: 3,
    });
  });

  it('an applied create stays visible until a pull reports its number, then the server row is shown', async () => {
    const { db, ctx } = await freshDevice();
    const id = uuid();
    await mutate(db, ctx, 'intervention.create', createArgs(id, { summary: 'local' }));
    await pushAll(db, fakePushServer(), ctx, 'test');
    // A pull that does not see it yet (lastMutationId 0): still shown from the optimistic table.
    await pullAll(db, pager([page([], { lastMutationId: 0 })]), ctx);
    expect(await visible(db, id)).toMatchObject({ summary: 'local' });
    await pullAll(
      db,
      pager([
        page([{ table: 'interventions', op: 'put', id, row: serverRow(id, { summary: 'serveur' }) }], {
          lastMutationId: 1,
        }),
      ]),
      ctx,
    );
    expect(await db.localInterventions.count()).toBe(0);
    expect(await visible(db, id)).toMatchObject({ summary: 'serveur' });
  });

  it('a create answered `duplicate` whose row never shows up is brought back as a rejection to fix', async () => {
    const { db, ctx } = await freshDevice();
    const lost = uuid();
    const applied = uuid();
    await mutate(db, ctx, 'intervention.create', createArgs(lost));
    await mutate(db, ctx, 'intervention.create', createArgs(applied));
    const server = fakePushServer();
    server.last = 2; // both processed before the answer was lost; the first had been rejected
    await pushAll(db, server, ctx, 'test');
    await pullAll(
      db,
      pager([
        page([{ table: 'interventions', op: 'put', id: applied, row: serverRow(applied) }], {
          lastMutationId: 2,
        }),
      ]),
      ctx,
    );
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ id: 1, status: 'rejected', code: OUTCOME_UNKNOWN, rowId: lost }),
    ]);
    expect((await db.sent.get(2))?.unconfirmed).toBe(false);
  });
});

describe('lost edits', () => {
  it('the last page’s list replaces the device’s, keeping which notices the technician closed', async () => {
    const { db, ctx } = await freshDevice();
    const edit = (id: number, field: string) => ({
      id,
      table: 'interventions',
      rowId: uuid(),
      field,
      keptValue: 'plus tard',
      overwrittenValue: 'le mien',
      createdAt: '2026-11-21T09:00:00.000Z',
    });
    const first = edit(1, 'notes');
    const second = edit(2, 'summary');
    let pages: PullOutput[] = [
      page([], { more: true, cursor: 'a' }), // a middle page carries none and changes nothing
      page([], { lostEdits: [first, second] }),
    ];
    const pull = async (_: PullInput) => pages.shift() ?? page([]);
    await pullAll(db, { pull }, ctx);
    expect((await db.conflicts.toArray()).map((c) => c.id)).toEqual([1, 2]);
    await db.conflicts.update(1, { seenAt: '2026-11-21T10:00:00.000Z' });

    // A coordinator settled n° 2; n° 1 is still open (and stays closed on this device).
    pages = [page([], { lostEdits: [first] })];
    await pullAll(db, { pull }, ctx);
    expect(await db.conflicts.toArray()).toEqual([
      expect.objectContaining({ id: 1, overwrittenValue: 'le mien', seenAt: '2026-11-21T10:00:00.000Z' }),
    ]);
    // A server that sends no list (older version) leaves the device's as it is.
    pages = [page([])];
    await pullAll(db, { pull }, ctx);
    expect(await db.conflicts.count()).toBe(1);
  });
});
