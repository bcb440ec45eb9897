// The offline-first promise end to end, in Chromium against a real server: "a confirmed entry is never
// lost, never applied twice, and never silently overwritten" — through reloads, a browser restart, a
// server killed in the middle of a push, and a refusal the technician fixes.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openProfile } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { allInterventions, apiSession, testPng } from './pages/technician-fixtures.ts';
import { TechnicianPage } from './pages/technician.page.ts';

const env = { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png' };

describe('offline entries', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('20 interventions with photos survive a reload and a browser restart offline, then sync exactly once', async () => {
    const tech = server.account('technician');
    const browser = await launchBrowser();
    let context = browser.context;
    try {
      let app = new TechnicianPage(await context.newPage(), server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForOfflineReady();
      await app.waitForSync();

      await context.setOffline(true);
      const summaries = Array.from({ length: 20 }, (_, i) => `E2E hors ligne n° ${i + 1}`);
      for (const [i, summary] of summaries.entries()) {
        await app.createIntervention({
          kind: 'Maintenance',
          summary,
          photo: { name: `photo-${i}.png`, buffer: testPng(i + 1) },
        });
      }
      // The pill follows the database through a live query: it catches up a moment after the save.
      await expect.poll(() => app.pending()).toBe(20);

      await app.page.reload();
      await app.page.getByTestId('technician-home').waitFor();
      await expect.poll(() => app.pending()).toBe(20);

      // Close the browser; reopen the same profile, still without network.
      await context.close();
      context = await openProfile(browser.profileDir);
      await context.setOffline(true);
      app = new TechnicianPage(await context.newPage(), server.url);
      await app.page.goto(`${server.url}/technicien`);
      await app.page.getByTestId('technician-home').waitFor();
      await expect.poll(() => app.pending()).toBe(20);
      const pendingItems = app.interventions().filter({ hasText: 'E2E hors ligne' });
      await expect.poll(() => pendingItems.count()).toBe(20);
      expect(await pendingItems.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(
        Array(20).fill('pending'),
      );
      expect(await app.page.getByTestId('photos-waiting').count()).toBe(20);

      // The network comes back: the outbox empties by itself, photos included.
      await context.setOffline(false);
      await expect.poll(() => app.pending(), { timeout: 60_000, interval: 250 }).toBe(0);
      await expect
        .poll(() => app.page.getByTestId('photos-waiting').count(), { timeout: 60_000, interval: 250 })
        .toBe(0);
      expect(await app.rejected()).toBe(0);

      const coordinator = server.account('coordinator');
      const api = await apiSession(server.url, coordinator.email, coordinator.password);
      const onServer = (await allInterventions(api)).filter((i) => i.summary.startsWith('E2E hors ligne'));
      expect(onServer.map((i) => i.summary).sort()).toEqual([...summaries].sort());
      for (const item of onServer) {
        expect(item.photos).toHaveLength(1);
        expect(await api.photoComplete(item.photos[0] ?? '')).toBe(true);
      }
      expect(new Set(onServer.flatMap((i) => i.photos)).size).toBe(20);
    } finally {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
    }
  });
});

describe('server killed in the middle of a push', () => {
  it('the retry after the restart applies nothing twice', async () => {
    const first = await startServer({ env });
    const { dataDir, port } = first;
    const tech = first.account('technician');
    const coordinator = first.account('coordinator');
    let server: RunningServer = first;
    const browser = await launchBrowser();
    try {
      const app = new TechnicianPage(await browser.context.newPage(), first.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForSync();
      await browser.context.setOffline(true);
      const summaries = Array.from({ length: 6 }, (_, i) => `E2E coupure n° ${i + 1}`);
      for (const summary of summaries) await app.createIntervention({ kind: 'Réparation', summary });

      // The first push reaches the server and is committed; the server dies before answering.
      let killed = false;
      await app.page.route('**/trpc/sync.push**', async (route) => {
        if (killed) return route.continue();
        killed = true;
        await route.fetch();
        first.process.kill('SIGKILL');
        await new Promise((resolve) => first.process.once('exit', resolve));
        await route.abort('connectionreset');
      });
      await browser.context.setOffline(false);
      await expect.poll(() => killed, { timeout: 30_000 }).toBe(true);
      await expect
        .poll(() => first.process.exitCode !== null || first.process.signalCode !== null)
        .toBe(true);
      await expect.poll(() => app.pending()).toBe(6);

      server = await startServer({ env, dataDir, port });
      await expect.poll(() => app.pending(), { timeout: 90_000, interval: 250 }).toBe(0);
      expect(await app.rejected()).toBe(0);
      const api = await apiSession(server.url, coordinator.email, coordinator.password);
      const onServer = (await allInterventions(api)).filter((i) => i.summary.startsWith('E2E coupure'));
      expect(onServer.map((i) => i.summary).sort()).toEqual([...summaries].sort());
    } finally {
      await browser.close();
      if (server !== first) await server.stop();
      // The first server owns the data directory; once SIGKILLed its stop() would wait for an exit
      // that already happened, so its directory is removed here.
      if (first.process.exitCode === null && first.process.signalCode === null) await first.stop();
      else rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a refusal to fix', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('an ONT serial installed elsewhere comes back as ONT_SERIAL_TAKEN; fixed and resent, it syncs', async () => {
    const tech = server.account('technician');
    const browser = await launchBrowser();
    try {
      const app = new TechnicianPage(await browser.context.newPage(), server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForSync();
      await browser.context.setOffline(true);

      // Meanwhile, another device installs this ONT (this phone cannot know: it is offline).
      const other = await apiSession(server.url, tech.email, tech.password);
      await other.mutation('sync.push', {
        clientId: randomUUID(),
        schemaVersion: 1,
        appVersion: 'e2e',
        mutations: [
          {
            id: 1,
            name: 'installation.create',
            args: {
              id: randomUUID(),
              technology: 'fibre',
              ontSerial: 'ALCL0A1B2C3D',
              installedAt: new Date().toISOString(),
            },
          },
        ],
      });

      // Typed in the 16-hex spelling of the same serial: saved on the device, refused by the server.
      await app.createInstallation('414C434C0A1B2C3D');
      await expect.poll(() => app.pending()).toBe(1);
      await browser.context.setOffline(false);
      await expect.poll(() => app.rejected(), { timeout: 60_000, interval: 250 }).toBe(1);
      expect(await app.pending()).toBe(0);
      const refused = app.installations().filter({ has: app.page.getByTestId('rejection') });
      await expect.poll(() => refused.count()).toBe(1);
      expect(await refused.getByTestId('rejection').getAttribute('data-code')).toBe('ONT_SERIAL_TAKEN');
      expect(await refused.getByTestId('rejection-message').textContent()).toContain('ALCL0A1B2C3D');

      // Fix: the right serial, sent again as a new entry that replaces the refused one.
      await refused.getByTestId('rejection-fix').click();
      const form = app.page.getByTestId('installation-form');
      await form.waitFor();
      expect(await form.getByLabel('Numéro de série ONT').inputValue()).toBe('414C434C0A1B2C3D');
      await form.getByLabel('Numéro de série ONT').fill('ALCL0A1B2C3E');
      await form.getByTestId('save').click();
      await app.page.getByTestId('saved-notice').waitFor();
      await expect.poll(() => app.rejected(), { timeout: 60_000 }).toBe(0);
      await expect.poll(() => app.pending(), { timeout: 60_000 }).toBe(0);
      const fixed = app.installations().filter({ hasText: 'ALCL0A1B2C3E' });
      await expect.poll(() => fixed.getAttribute('data-state'), { timeout: 60_000 }).toBe('submitted');

      // The refusal was recorded where coordinators see it.
      const coordinator = server.account('coordinator');
      const api = await apiSession(server.url, coordinator.email, coordinator.password);
      const rejections = (await api.query('sync.rejections', {})) as { items: { code: string }[] };
      expect(rejections.items.map((r) => r.code)).toContain('ONT_SERIAL_TAKEN');
    } finally {
      await browser.close();
    }
  });
});
