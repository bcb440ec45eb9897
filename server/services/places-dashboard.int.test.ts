// The building and fibre-point pages, the interventions placed and filtered by them, the PM → PBO → PTO
// route of an installation, and the dashboard's counts, on both databases.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { callerFor, makeUser } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { interventionArgs, numbered, seedTwoZones } from '../testing/sync-fixtures.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';

for (const kind of testDatabases) {
  describe(`places and dashboard on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    let coordinator: SessionUser;
    const installationId = randomUUID();
    const atBuilding = randomUUID();
    const atPbo = randomUUID();

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      const { db } = database;
      await db
        .insertInto('fibre_points')
        .values([
          { id: 'PM-1', kind: 'pm', name: 'PM de la mairie', lat: 47.712, lon: 3.612, capacity: 96 },
          { id: 'PBO-NEAR', kind: 'pbo', name: 'PBO rue Haute', lat: 47.7101, lon: 3.6101, pm_id: 'PM-1' },
          { id: 'PBO-FAR', kind: 'pbo', name: 'PBO du moulin', lat: 47.75, lon: 3.65, pm_id: 'PM-1' },
        ])
        .execute();
      await db
        .updateTable('buildings')
        .set({ pm_id: 'PM-1', address: '3 rue Haute 89300 Joigny', city: 'Joigny', postcode: '89300' })
        .where('id', '=', 'bat-a')
        .execute();
      await db
        .insertInto('interest_registrations')
        .values([
          {
            id: randomUUID(),
            kind: 'connect',
            lat: 47.7,
            lon: 3.6,
            address: '1 rue X, 89300 Joigny',
            email: 'a@x.fr',
            consent_at: new Date(),
            retention_until: new Date(Date.now() + 86_400_000),
          },
          {
            id: randomUUID(),
            kind: 'share',
            lat: 47.7,
            lon: 3.6,
            address: '2 rue X, 89300 Joigny',
            email: 'b@x.fr',
            consent_at: new Date(),
            retention_until: new Date(Date.now() + 86_400_000),
          },
          {
            id: randomUUID(),
            kind: 'connect',
            lat: 47.7,
            lon: 3.6,
            address: null,
            phone: '0612345678',
            consent_at: new Date(),
            retention_until: new Date(Date.now() + 86_400_000),
          },
        ])
        .execute();
      tech = await makeUser(database, 'technician');
      coordinator = await makeUser(database, 'coordinator');
      const now = new Date().toISOString();
      await callerFor(database, tech).sync.push({
        clientId: randomUUID(),
        schemaVersion: 1,
        appVersion: 't',
        mutations: numbered(1, [
          {
            name: 'intervention.create',
            args: interventionArgs({
              id: atBuilding,
              kind: 'power',
              siteId: null,
              buildingId: 'bat-a',
              position: null,
              startedAt: now,
            }),
          },
          {
            name: 'intervention.create',
            args: interventionArgs({
              id: atPbo,
              siteId: null,
              fibreNodeId: 'PBO-FAR',
              position: null,
              startedAt: now,
            }),
          },
          {
            name: 'installation.create',
            args: {
              id: installationId,
              technology: 'fibre',
              ontSerial: 'HWTC1A2B3C4D',
              ptoReference: 'FI-1234-ABCD',
              buildingId: 'bat-a',
              rxPowerDbm: -19.5,
              installedAt: now,
            },
          },
        ]),
      });
    });
    afterAll(() => database.close());

    it('places interventions at their building or fibre point, and filters by them', async () => {
      const coord = callerFor(database, coordinator);
      const byBuilding = await coord.interventions.list({ buildingId: 'bat-a' });
      expect(byBuilding.items.map((i) => i.id)).toEqual([atBuilding]);
      expect(byBuilding.items[0]).toMatchObject({
        placeSource: 'building',
        place: { lat: 47.71, lon: 3.61 },
        buildingAddress: '3 rue Haute 89300 Joigny',
      });
      const byPoint = await coord.interventions.list({ fibreNodeId: 'PBO-FAR' });
      expect(byPoint.items.map((i) => i.id)).toEqual([atPbo]);
      expect(byPoint.items[0]).toMatchObject({
        placeSource: 'fibre_node',
        place: { lat: 47.75, lon: 3.65 },
        fibrePointName: 'PBO du moulin',
      });
    });

    it('shows a building and a fibre point with what they are tied to', async () => {
      const coord = callerFor(database, coordinator);
      expect(await coord.places.building({ id: 'bat-a' })).toMatchObject({
        address: '3 rue Haute 89300 Joigny',
        zone: { id: 'zone-a', name: 'A' },
        pm: { id: 'PM-1', name: 'PM de la mairie' },
      });
      const pm = await coord.places.fibrePoint({ id: 'PM-1' });
      expect(pm).toMatchObject({ kind: 'pm', capacity: 96, buildingCount: 1 });
      expect(pm.pbos.map((p) => p.id)).toEqual(['PBO-FAR', 'PBO-NEAR']);
      expect(await coord.places.fibrePoint({ id: 'PBO-NEAR' })).toMatchObject({
        kind: 'pbo',
        pm: { id: 'PM-1', name: 'PM de la mairie' },
      });
      await expect(coord.places.building({ id: 'nowhere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(callerFor(database, tech).places.building({ id: 'bat-a' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('routes an installation PM → nearest PBO of that PM → PTO', async () => {
      const detail = await callerFor(database, coordinator).installations.get({ id: installationId });
      expect(detail.route).toEqual({
        pm: 'PM de la mairie',
        pmId: 'PM-1',
        pbo: 'PBO rue Haute',
        pboId: 'PBO-NEAR',
        pto: 'FI-1234-ABCD',
      });
    });

    it('counts the dashboard figures', async () => {
      const d = await callerFor(database, coordinator).dashboard.summary({});
      expect(d.interventionsPerWeek.reduce((n, r) => n + r.count, 0)).toBe(2);
      expect(d.interventionsPerWeek.map((r) => r.kind).sort()).toEqual(['maintenance', 'power']);
      expect(d.installationsPerMonth).toEqual([expect.objectContaining({ technology: 'fibre', count: 1 })]);
      expect(d.followUps).toMatchObject({ toReview: 2, toCorrect: 0, openJobs: 0 });
      expect(d.demandByCommune).toEqual([
        { commune: '89300 Joigny', connect: 1, share: 1 },
        { commune: null, connect: 1, share: 0 },
      ]);
      await expect(callerFor(database, tech).dashboard.summary({})).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });
}
