// Console imports over HTTP: admins only (checked before the body is read), a size limit, hostile files
// answered with a readable refusal or rejection report (never a 500), dry run then apply with progress.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { Database } from './db/database.ts';
import { IMPORT_MAX_BYTES, importJob, type ImportJob } from '../shared/schemas/imports.ts';
import type { SessionUser } from '../shared/schemas/auth.ts';
import { createSession, SESSION_COOKIE } from './services/auth.service.ts';
import { makeUser, testEnv } from './testing/caller.ts';
import { testDatabases } from './testing/databases.ts';
import { generateIpeFile } from './testing/ipe-file.ts';

const domainCode = (body: string): unknown =>
  (JSON.parse(body) as { error?: { data?: { domainCode?: unknown } } }).error?.data?.domainCode;

for (const kind of testDatabases) {
  describe(`console imports over HTTP on ${kind.name}`, () => {
    let database: Database;
    let app: FastifyInstance;
    const cookies = new Map<string, string>();
    let admin: SessionUser;
    let coordinator: SessionUser;
    let technician: SessionUser;

    const upload = (user: SessionUser | null, body: Buffer | string, name = 'file.csv') =>
      app.inject({
        method: 'POST',
        url: `/imports?name=${encodeURIComponent(name)}`,
        headers: { cookie: user ? (cookies.get(user.id) ?? '') : '', 'content-type': 'text/csv' },
        payload: body,
      });
    const call = (user: SessionUser, method: 'GET' | 'POST', url: string) =>
      app.inject({ method, url, headers: { cookie: cookies.get(user.id) ?? '' } });

    async function waitDone(id: string): Promise<ImportJob> {
      for (;;) {
        const job = importJob.parse((await call(admin, 'GET', `/imports/${id}`)).json());
        if (job.state !== 'running') return job;
        await new Promise((r) => setTimeout(r, 20));
      }
    }

    beforeAll(async () => {
      database = await kind.open();
      app = await buildApp(database, testEnv);
      admin = await makeUser(database, 'admin');
      coordinator = await makeUser(database, 'coordinator');
      technician = await makeUser(database, 'technician');
      for (const u of [admin, coordinator, technician]) {
        const { token } = await createSession(database.db, u.id, 1, null);
        cookies.set(u.id, `${SESSION_COOKIE}=${token}`);
      }
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    it('refuses anyone but an admin, before reading the file', async () => {
      const file = generateIpeFile(3);
      const anonymous = await upload(null, file);
      expect(anonymous.statusCode).toBe(401);
      expect(domainCode(anonymous.body)).toBe('NOT_LOGGED_IN');
      for (const user of [coordinator, technician]) {
        const res = await upload(user, file);
        expect(res.statusCode).toBe(403);
        expect(domainCode(res.body)).toBe('WRONG_ROLE');
        const job = await call(user, 'GET', '/imports/00000000-0000-4000-8000-000000000000');
        expect(job.statusCode).toBe(403);
      }
    });

    it('refuses a file above the size limit with 413 and says so', async () => {
      const res = await upload(admin, Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x41));
      expect(res.statusCode).toBe(413);
      expect(domainCode(res.body)).toBe('IMPORT_TOO_LARGE');
    });

    it('answers hostile files with a reason, never a 500', async () => {
      const junk = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
      const cases: [string, Buffer | string, RegExp][] = [
        ['binary junk', junk, /unrecognised format/],
        ['empty', '', /empty/],
        ['wrong columns', 'IdentifiantImmeuble;Autre\r\nIMB/1;x\r\n', /missing column/],
        ['broken GeoJSON', '{"type": "FeatureCollection", "features": [', /Not valid JSON/],
        ['JSON that is no collection', '{"type": "Feature"}', /FeatureCollection/],
      ];
      for (const [label, body, reason] of cases) {
        const res = await upload(admin, body);
        expect(res.statusCode, label).toBe(422);
        expect(domainCode(res.body), label).toBe('IMPORT_UNREADABLE');
        expect((res.json() as { reason: string }).reason, label).toMatch(reason);
      }
    });

    it('rejects a huge line with its line number and a shortened reason, and keeps the good lines', async () => {
      const good = generateIpeFile(2).toString('utf8');
      const huge = `${'X'.repeat(2_000_000)};DEPLOYE;A1;3,5;47,7;WGS84;1;RUE;R;89000;C;89001;PM-1;DEPLOYE`;
      const res = await upload(admin, `${good}\r\n${huge}\r\n`);
      expect(res.statusCode).toBe(200);
      const job = importJob.parse(res.json());
      expect(job.preview.counts[0]).toMatchObject({ kind: 'buildings', total: 2, new: 2 });
      expect(job.preview.rejectedCount).toBe(1);
      expect(job.preview.rejected[0]?.line).toBe(4);
      expect(job.preview.rejected[0]?.reason).toMatch(/longer than 30 characters.*2000\d+ characters\)$/);
      expect(job.preview.rejected[0]?.reason.length).toBeLessThan(400);
    });

    it('dry run changes nothing; apply writes in batches with progress; a re-run shows it all unchanged', async () => {
      const file = generateIpeFile(5000, 7, 'IMB/T');
      const bad = '\r\nIMB/BAD;PAS UN ETAT;A;3,5;47,7;WGS84;1;RUE;R;89000;C;89001;PM-1;DEPLOYE';
      const res = await upload(admin, Buffer.concat([file, Buffer.from(bad)]), 'ipe-5000.csv');
      expect(res.statusCode).toBe(200);
      const checked = importJob.parse(res.json());
      expect(checked).toMatchObject({ state: 'checked', fileName: 'ipe-5000.csv' });
      expect(checked.preview.counts[0]).toEqual({
        kind: 'buildings',
        total: 5000,
        new: 5000,
        changed: 0,
        unchanged: 0,
      });
      expect(checked.preview.rejected).toEqual([
        { line: 5002, reason: 'unknown EtatImmeuble "PAS UN ETAT"' },
      ]);
      const before = await database.db
        .selectFrom('buildings')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(before.n)).toBe(0);

      const applied = await call(admin, 'POST', `/imports/${checked.id}/apply`);
      expect(applied.statusCode).toBe(202);
      expect(importJob.parse(applied.json()).state).toBe('running');
      const again = await call(admin, 'POST', `/imports/${checked.id}/apply`);
      expect(again.statusCode).toBe(409);
      const done = await waitDone(checked.id);
      expect(done.state).toBe('done');
      expect(done.progress).toEqual({ done: 5000, total: 5000 });
      expect(done.result).toMatchObject({ imported: 5000, updated: 0, rejectedCount: 1 });
      const after = await database.db
        .selectFrom('buildings')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(5000);

      const report = await call(admin, 'GET', `/imports/${checked.id}/report.txt`);
      expect(report.headers['content-disposition']).toMatch(/attachment/);
      expect(report.body).toContain('rejected line 5002: unknown EtatImmeuble "PAS UN ETAT"');
      expect(report.body).toContain('5000 imported');

      const rerun = importJob.parse((await upload(admin, file)).json());
      expect(rerun.preview.counts[0]).toMatchObject({ new: 0, changed: 0, unchanged: 5000 });
      const audit = await database.db
        .selectFrom('audit_log')
        .select(['actor_id', 'action'])
        .where('action', '=', 'import')
        .execute();
      expect(audit).toEqual([{ actor_id: admin.id, action: 'import' }]);
    });

    it('answers 404 for an unknown or malformed job id', async () => {
      expect((await call(admin, 'GET', '/imports/not-a-uuid')).statusCode).toBe(404);
      expect(
        (await call(admin, 'POST', '/imports/00000000-0000-4000-8000-000000000000/apply')).statusCode,
      ).toBe(404);
    });
  });
}
