// Surveys and the technician's view of prospects and terrain, on both databases (contract §4.3).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { insertSubscription } from '../../repositories/subscription.repository.ts';
import { importTerrain } from '../import/terrain.import.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { giveZones, numbered, seedTwoZones } from '../../testing/sync-fixtures.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';

const PHOTO = 'd'.repeat(64);

function survey(over: Record<string, unknown>): Record<string, unknown> {
  return {
    id: randomUUID(),
    position: { lat: 47.701, lon: 3.62 },
    sectorId: 'sec-a1',
    signalDbm: -78,
    snrDb: 9,
    capacityMbps: 12,
    mountPoint: 'Toit',
    mountHeightM: 7,
    photos: [PHOTO],
    verdict: 'blocked',
    recommendation: 'Un bois masque le relais : proposer la fibre quand elle arrive.',
    surveyedAt: '2026-12-02T10:00:00+01:00',
    ...over,
  };
}

/** 200 × 200 cells of 0.001° over zone A's relay: flat at 150 m. */
function grid(height = 150): Buffer {
  const row = Array.from({ length: 200 }, () => String(height)).join(' ');
  const rows = Array.from({ length: 200 }, () => row).join('\n');
  return Buffer.from(`ncols 200\nnrows 200\nxllcorner 3.5\nyllcorner 47.6\ncellsize 0.001\n${rows}\n`);
}

for (const kind of testDatabases) {
  describe(`surveys on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    let otherTech: SessionUser;
    let coordinator: SessionUser;
    const inZone = randomUUID();
    const outOfZone = randomUUID();

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      tech = await makeUser(database, 'technician');
      otherTech = await makeUser(database, 'technician');
      coordinator = await makeUser(database, 'coordinator');
      await giveZones(database, tech.id, ['zone-a']);
      await giveZones(database, otherTech.id, ['zone-b']);
      const base = {
        technology: 'radio' as const,
        name: 'Marie Dupont',
        phone: '0601020304',
        consent_at: new Date(),
        retention_until: new Date(Date.now() + 86_400_000),
      };
      await insertSubscription(database.db, {
        ...base,
        id: inZone,
        lat: 47.701,
        lon: 3.62,
        sector_id: 'sec-a1',
      });
      await insertSubscription(database.db, {
        ...base,
        id: outOfZone,
        lat: 47.79,
        lon: 3.5,
        sector_id: 'sec-b1',
      });
    });
    afterAll(() => database.close());

    const push = (user: SessionUser, clientId: string, firstId: number, args: Record<string, unknown>[]) =>
      callerFor(database, user).sync.push({
        clientId,
        schemaVersion: 1,
        mutations: numbered(
          firstId,
          args.map((a) => ({ name: 'survey.record', args: a })),
        ),
      });

    it('records a survey of a request in the technician’s zone; the request becomes not feasible', async () => {
      const clientId = randomUUID();
      const args = survey({ target: { kind: 'subscription', id: inZone } });
      const res = await push(tech, clientId, 1, [args]);
      expect(res.results).toEqual([{ id: 1, status: 'applied' }]);
      const list = await callerFor(database, coordinator).subscription.list({});
      expect(list.items.find((r) => r.id === inZone)?.surveyOutcome).toBe('not_feasible');
      const surveys = await callerFor(database, coordinator).surveys.ofSubscriptions({ ids: [inZone] });
      expect(surveys[inZone]).toEqual([
        expect.objectContaining({
          id: args.id,
          verdict: 'blocked',
          outcome: 'not_feasible',
          photos: [PHOTO],
          signalDbm: -78,
          technicianName: tech.name,
        }),
      ]);
      // The same entry replayed under a new mutation number (backup import) is recorded once.
      expect((await push(tech, randomUUID(), 1, [args])).results[0]?.status).toBe('applied');
      expect(
        (await callerFor(database, coordinator).surveys.ofSubscriptions({ ids: [inZone] }))[inZone],
      ).toHaveLength(1);
    });

    it('a later clear survey makes it feasible again', async () => {
      const res = await push(tech, randomUUID(), 1, [
        survey({
          target: { kind: 'subscription', id: inZone },
          verdict: 'clear',
          surveyedAt: '2026-12-03T10:00:00Z',
        }),
      ]);
      expect(res.results[0]?.status).toBe('applied');
      const list = await callerFor(database, coordinator).subscription.list({});
      expect(list.items.find((r) => r.id === inZone)?.surveyOutcome).toBe('feasible');
    });

    it('refuses with stable codes: out of zone, unknown target, bad readings, someone else’s id', async () => {
      const taken = survey({ target: { kind: 'point' } });
      await push(otherTech, randomUUID(), 1, [taken]);
      const res = await push(tech, randomUUID(), 1, [
        survey({ target: { kind: 'subscription', id: outOfZone } }),
        survey({ target: { kind: 'subscription', id: randomUUID() } }),
        survey({ target: { kind: 'point' }, signalDbm: 12 }),
        survey({ target: { kind: 'point' }, verdict: 'maybe' }),
        { ...taken, verdict: 'clear' },
        survey({ target: { kind: 'point' }, sectorId: 'nope' }),
        survey({ target: { kind: 'point' } }),
      ]);
      expect(res.results.map((r) => r.code ?? r.status)).toEqual([
        'SURVEY_OUT_OF_ZONE',
        'SURVEY_TARGET_NOT_FOUND',
        'INVALID_ARGS',
        'INVALID_ARGS',
        'SURVEY_ID_TAKEN',
        'UNKNOWN_REFERENCE',
        'applied',
      ]);
      // A coordinator may survey anywhere.
      const coord = await push(coordinator, randomUUID(), 1, [
        survey({ target: { kind: 'subscription', id: outOfZone } }),
      ]);
      expect(coord.results[0]?.status).toBe('applied');
    });

    it('shows prospects of the technician’s zones as points, contact only where the survey is theirs', async () => {
      const mine = await callerFor(database, tech).surveys.prospects();
      expect(mine.items.map((p) => p.id)).toEqual([inZone]);
      expect(mine.items[0]).toMatchObject({
        kind: 'subscription',
        state: 'new',
        surveyOutcome: 'feasible',
        contact: { name: 'Marie Dupont', phone: '0601020304' },
      });
      const theirs = await callerFor(database, otherTech).surveys.prospects();
      expect(theirs.items.map((p) => [p.id, p.contact])).toEqual([[outOfZone, null]]);
    });

    it('gives the technician the terrain blocks around their zones, by hash, only to staff', async () => {
      const none = await callerFor(database, tech).terrain.manifest();
      expect(none).toEqual({ modelHash: null, header: null, blocks: [], totalBytes: 0 });
      await importTerrain(database.db, grid());
      const m = await callerFor(database, tech).terrain.manifest();
      expect(m.header).toMatchObject({ ncols: 200, nrows: 200 });
      // Zone A: its relay's reach (5 km) around 47.70, 3.60 — not zone B's corner of the grid.
      expect(m.blocks.length).toBeGreaterThan(0);
      expect(m.blocks.length).toBeLessThanOrEqual(16);
      expect(m.blocks.map((b) => b.id)).toContain('1:1');
      expect(m.totalBytes).toBe(m.blocks.reduce((s, b) => s + b.bytes, 0));
      const other = await callerFor(database, otherTech).terrain.manifest();
      expect(other.blocks.map((b) => b.id)).not.toEqual(m.blocks.map((b) => b.id));
      // A new model that changes nothing in zone A's blocks keeps their hashes (update by difference).
      await importTerrain(
        database.db,
        Buffer.from(
          grid()
            .toString()
            .replace(/150\n$/, '151\n'),
        ),
      );
      const again = await callerFor(database, tech).terrain.manifest();
      expect(again.modelHash).not.toBe(m.modelHash);
      expect(again.blocks).toEqual(m.blocks);
    });
  });
}
