import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { callerFor, makeUser } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import {
  DEPLOYED_BUILDING,
  fromChurch,
  IN_PROGRESS_BUILDING,
  loadJussyNetwork,
} from '../testing/fixtures/load.ts';
import { direct } from '../../shared/eligibility/geo.ts';
import { RECHECK_MS, refreshCoverage, withCoverageWrites } from '../services/eligibility-cache.service.ts';
import { checkEligibility } from '../services/eligibility.service.ts';

describe.each(testDatabases)('eligibility and subscription requests on $name', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await kind.open();
    await loadJussyNetwork(database);
  });
  afterAll(async () => {
    await database.close();
  });

  it('answers fibre within 30 m of a deployed building, in the contract shape', async () => {
    const point = direct(DEPLOYED_BUILDING.lat, DEPLOYED_BUILDING.lon, 0, 12);
    const result = await callerFor(database, null, '10.1.0.1').eligibility.check(point);
    expect(result.verdict).toBe('fibre');
    expect(new Date(result.dataAsOf).toISOString()).toBe(result.dataAsOf);
    expect(result.options[0]).toMatchObject({
      technology: 'fibre',
      status: 'available',
      buildingId: 'IMB/89212/L/0001',
      distanceM: expect.closeTo(12, 0),
      reason: expect.stringContaining('La fibre est installée dans l’immeuble'),
    });
    // The relay's open east sector covers it too.
    expect(result.options).toContainEqual(
      expect.objectContaining({
        technology: 'radio',
        status: 'available',
        sectorId: 'jussy-e',
        siteId: 'site-jussy',
      }),
    );
  });

  it('answers planned in a full sector, with the reason in the asked language', async () => {
    const result = await callerFor(database, null, '10.1.0.2').eligibility.check({
      ...fromChurch(250, 2000),
      lang: 'en',
    });
    expect(result.verdict).toBe('planned');
    expect(result.options).toEqual([
      expect.objectContaining({
        technology: 'radio',
        status: 'full',
        sectorId: 'jussy-w',
        reason: expect.stringContaining('has no room left for now'),
      }),
    ]);
    const inProgress = await callerFor(database, null, '10.1.0.2').eligibility.check(IN_PROGRESS_BUILDING);
    expect(inProgress.verdict).toBe('planned');
    expect(inProgress.options.map((o) => [o.technology, o.status])).toEqual([
      ['fibre', 'planned'],
      ['radio', 'full'],
    ]);
  });

  it('answers none far from everything', async () => {
    const result = await callerFor(database, null, '10.1.0.3').eligibility.check({ lat: 48.3, lon: 2.9 });
    expect(result).toMatchObject({ verdict: 'none', options: [] });
  });

  it('sees coverage changed by another process after the periodic check, and at once after a local import', async () => {
    const point = fromChurch(250, 2500);
    const now = Date.now();
    expect((await checkEligibility(database.db, point, now)).verdict).toBe('planned');
    // Another process frees the sector (stamping updated_at, as every coverage writer does: dataAsOf
    // relies on it too). This process gets no invalidation, only its fingerprint check.
    await database.db
      .updateTable('sectors')
      .set({ full: false, updated_at: new Date() })
      .where('id', '=', 'jussy-w')
      .execute();
    expect((await checkEligibility(database.db, point, now + 1)).verdict).toBe('planned');
    await vi.waitFor(async () => {
      expect((await checkEligibility(database.db, point, now + RECHECK_MS + 1)).verdict).toBe('radio');
    });
    // A local import invalidates: the very next check sees it.
    await database.db.updateTable('sectors').set({ full: true }).where('id', '=', 'jussy-w').execute();
    await loadJussyNetwork(database);
    expect((await checkEligibility(database.db, point, now + RECHECK_MS + 2)).verdict).toBe('planned');
  });

  it('during a bulk import answers from the index as it was, then from the refreshed one', async () => {
    const point = fromChurch(250, 2500);
    const start = Date.now() + 10 * RECHECK_MS; // past any earlier test's clock
    expect((await checkEligibility(database.db, point, start)).verdict).toBe('planned');
    await withCoverageWrites(database.db, async () => {
      await database.db
        .updateTable('sectors')
        .set({ full: false, updated_at: new Date() })
        .where('id', '=', 'jussy-w')
        .execute();
      // Long past the periodic check: still the index as it was (no rebuild over a half-written
      // network), answered without waiting for the database.
      for (const later of [1, 2, 3]) {
        const at = start + later * (RECHECK_MS + 1);
        expect((await checkEligibility(database.db, point, at)).verdict).toBe('planned');
      }
      const refreshing = refreshCoverage(database.db, start + 4 * RECHECK_MS);
      // While the new index is built, the previous one answers.
      expect((await checkEligibility(database.db, point, start + 4 * RECHECK_MS)).verdict).toBe('planned');
      await refreshing;
    });
    expect((await checkEligibility(database.db, point, start + 4 * RECHECK_MS + 1)).verdict).toBe('radio');
    await database.db
      .updateTable('sectors')
      .set({ full: true, updated_at: new Date() })
      .where('id', '=', 'jussy-w')
      .execute();
    await refreshCoverage(database.db);
  });

  it('accepts a subscription request only for a technology available at that position', async () => {
    const caller = callerFor(database, null, '10.1.0.4');
    const base = { name: 'Camille Martin', email: 'camille@example.org', consent: true } as const;
    const point = direct(DEPLOYED_BUILDING.lat, DEPLOYED_BUILDING.lon, 180, 5);
    const fibre = await caller.subscription.request({ ...base, position: point, technology: 'fibre' });
    const radio = await caller.subscription.request({
      ...base,
      position: point,
      technology: 'radio',
      sectorId: 'jussy-e',
    });
    await expect(
      caller.subscription.request({ ...base, position: IN_PROGRESS_BUILDING, technology: 'fibre' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('not eligible') });
    await expect(
      caller.subscription.request({ ...base, position: fromChurch(250, 2000), technology: 'radio' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('n’a plus de place') });
    await expect(
      caller.subscription.request({
        ...base,
        position: point,
        technology: 'fibre',
        buildingId: 'IMB/89212/L/0003',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const coordinator = callerFor(database, await makeUser(database, 'coordinator'));
    const list = await coordinator.subscription.list({});
    expect(list.items.map((i) => [i.id, i.technology, i.buildingId, i.sectorId])).toEqual([
      [radio.id, 'radio', null, 'jussy-e'],
      [fibre.id, 'fibre', 'IMB/89212/L/0001', null],
    ]);
    const page = await coordinator.subscription.list({ limit: 1 });
    expect(page.nextCursor).not.toBeNull();
    const rest = await coordinator.subscription.list({ limit: 1, cursor: page.nextCursor });
    expect(rest.items.map((i) => i.id)).toEqual([fibre.id]);
    const technician = callerFor(database, await makeUser(database, 'technician'));
    await expect(technician.subscription.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets coordinators follow a request up and erase it on request, both audited', async () => {
    const point = direct(DEPLOYED_BUILDING.lat, DEPLOYED_BUILDING.lon, 90, 3);
    const { id } = await callerFor(database, null, '10.1.0.5').subscription.request({
      name: 'Lou Bernard',
      phone: '06 12 34 56 78',
      consent: true,
      position: point,
      technology: 'fibre',
    });
    const coordinatorUser = await makeUser(database, 'coordinator');
    const coordinator = callerFor(database, coordinatorUser);
    // Sent again with the same browser-made id (a lost answer): still one request.
    const requestId = randomUUID();
    const twice = {
      name: 'Noa',
      email: 'noa@example.org',
      consent: true as const,
      position: point,
      technology: 'fibre' as const,
      requestId,
    };
    const first = await callerFor(database, null, '10.1.0.6').subscription.request(twice);
    const second = await callerFor(database, null, '10.1.0.6').subscription.request(twice);
    expect([first.id, second.id]).toEqual([requestId, requestId]);
    const rows = await database.db
      .selectFrom('subscription_requests')
      .select('id')
      .where('email', '=', 'noa@example.org')
      .execute();
    expect(rows).toHaveLength(1);
    expect(await coordinator.subscription.setStatus({ id, status: 'contacted' })).toMatchObject({
      id,
      status: 'contacted',
    });
    expect(await coordinator.subscription.delete({ id })).toEqual({ deleted: true });
    await expect(coordinator.subscription.delete({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const left = await database.db
      .selectFrom('subscription_requests')
      .select('id')
      .where('id', '=', id)
      .execute();
    expect(left).toEqual([]);
    const trail = await database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('target_id', '=', id)
      .orderBy('id')
      .execute();
    expect(trail.map((t) => t.action)).toEqual(['subscription.status', 'subscription.delete']);
    expect(JSON.stringify(trail)).not.toContain('Lou Bernard');
    const technician = callerFor(database, await makeUser(database, 'technician'));
    await expect(technician.subscription.delete({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
