// GET /exports/audit.csv on both databases: admins only, the viewer's filters, a French spreadsheet
// (`;`, one BOM, French headers, Paris times) holding each change's before and after.
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/database.ts';
import { createSession, SESSION_COOKIE } from '../auth.service.ts';
import { callerFor, makeUser, testEnv } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import type { PolygonGeometry } from '../../../shared/schemas/network.ts';

const BOM = '\uFEFF';
const square: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [3.6, 47.7],
      [3.7, 47.7],
      [3.7, 47.8],
      [3.6, 47.7],
    ],
  ],
};

for (const kind of testDatabases) {
  describe(`audit export on ${kind.name}`, () => {
    let database: Database;
    let app: FastifyInstance;
    let admin: SessionUser;
    let adminCookie: string;
    let coordCookie: string;

    beforeAll(async () => {
      database = await kind.open();
      app = await buildApp(database, testEnv);
      admin = await makeUser(database, 'admin');
      const coordinator = await makeUser(database, 'coordinator');
      adminCookie = `${SESSION_COOKIE}=${(await createSession(database.db, admin.id, 1, null)).token}`;
      coordCookie = `${SESSION_COOKIE}=${(await createSession(database.db, coordinator.id, 1, null)).token}`;
      const caller = callerFor(database, admin);
      await caller.inventory.saveZone({ id: 'zone-nord', name: 'Nord', geometry: null });
      await caller.inventory.saveZone({ id: 'zone-nord', name: 'Nord', geometry: square });
      await caller.users.revokeSessions({ id: (await makeUser(database, 'technician')).id });
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    const get = (url: string, cookie?: string) =>
      app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

    it('gives admins every matching entry as a French spreadsheet', async () => {
      const res = await get('/exports/audit.csv?action=network.', adminCookie);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/filename="journal-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(res.body.startsWith(BOM)).toBe(true);
      const rows = Papa.parse<Record<string, string>>(res.body.slice(1), {
        header: true,
        delimiter: ';',
        skipEmptyLines: true,
      }).data;
      expect(rows.map((r) => r.Action)).toEqual(['network.zones.update', 'network.zones.create']);
      const update = rows[0];
      expect(update?.Personne).toBe(admin.name);
      expect(update?.Objet).toBe('zones');
      expect(update?.['Identifiant de l’objet']).toBe('zone-nord');
      expect(update?.['Date (heure de Paris)']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      const details = JSON.parse(update?.Détails ?? '{}') as {
        before: { geometry: unknown };
        after: unknown;
      };
      expect(details.before.geometry).toBeNull();
      // The user filter: the revocation, not the zones.
      const users = await get('/exports/audit.csv?action=user.', adminCookie);
      expect(users.body).toContain('user.revoke_sessions');
      expect(users.body).not.toContain('network.zones');
    });

    it('refuses coordinators, anonymous callers and bad filters', async () => {
      expect((await get('/exports/audit.csv', coordCookie)).statusCode).toBe(403);
      expect((await get('/exports/audit.csv')).statusCode).toBe(401);
      expect((await get('/exports/audit.csv?actorId=nobody', adminCookie)).statusCode).toBe(400);
      expect((await get('/exports/audit.csv?limit=5', adminCookie)).statusCode).toBe(400);
    });
  });
}
