// The technician's own safety net, in Chromium with real IndexedDB and the real service worker against
// a real server: a week offline comes back with the entries first and the photos after (entries made
// meanwhile do not wait), the header never says "all sent" while photos wait or the server is down,
// logging out says what is still on the phone, a backup moves unsent entries to another phone exactly
// once, and an edit that lost to a later one is told on the device.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { allInterventions, apiSession, testPng } from './pages/technician-fixtures.ts';
import { TechnicianPage } from './pages/technician.page.ts';

declare const indexedDB: { databases(): Promise<{ name?: string }[]> };
declare const localStorage: { getItem(key: string): string | null };

const env = { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png' };

describe('the technician device safety net', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a week offline at reduced scale: entries reach the server while photos still upload, then photos leave the phone', async () => {
    const ENTRIES = 24;
    const PHOTOS = 16;
    const tech = server.account('technician');
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const app = new TechnicianPage(page, server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForOfflineReady();
      await app.waitForSync();
      expect(await app.pill().getAttribute('data-all-sent')).toBe('true');

      await browser.context.setOffline(true);
      const summaries = Array.from({ length: ENTRIES }, (_, i) => `E2E semaine n° ${i + 1}`);
      for (const [i, summary] of summaries.entries()) {
        await app.createIntervention({
          kind: 'Maintenance',
          summary,
          ...(i < PHOTOS ? { photo: { name: `p${i}.png`, buffer: testPng(100 + i, 320, 240) } } : {}),
        });
      }
      // The pill follows the database through a live query: under load it catches up a moment later.
      await expect.poll(() => app.pending(), { timeout: 15_000 }).toBe(ENTRIES);
      await expect
        .poll(() => app.pill().getAttribute('data-photos'), { timeout: 15_000 })
        .toBe(String(PHOTOS));

      // The uplink is slow: every photo chunk is held until the test lets it go.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let chunks = 0;
      await page.route('**/attachments/**', async (route) => {
        if (route.request().method() === 'PUT') {
          await held;
          chunks += 1;
        }
        await route.continue();
      });
      const back = Date.now();
      await browser.context.setOffline(false);
      await expect.poll(() => app.pending(), { timeout: 60_000, interval: 100 }).toBe(0);
      const entriesMs = Date.now() - back;
      const coordinator = server.account('coordinator');
      const api = await apiSession(server.url, coordinator.email, coordinator.password);
      const mine = async (prefix: string) =>
        (await allInterventions(api)).filter((i) => i.summary.startsWith(prefix));
      expect((await mine('E2E semaine')).map((i) => i.summary).sort()).toEqual([...summaries].sort());
      expect(chunks).toBe(0);

      // Honest header: photos are still only on the phone.
      expect(await app.pill().getAttribute('data-all-sent')).toBe('false');
      expect(await app.pill().getAttribute('data-photos')).toBe(String(PHOTOS));
      expect(await app.pill().getAttribute('aria-label')).toContain(`${PHOTOS} photos encore sur l’appareil`);
      expect(await page.getByTestId('sync-pill-text').textContent()).not.toBe('✓');

      // An entry made during the photo upload goes out within seconds.
      const made = Date.now();
      await app.createIntervention({ kind: 'Réparation', summary: 'E2E pendant les photos' });
      await expect
        .poll(async () => (await mine('E2E pendant les photos')).length, { timeout: 30_000 })
        .toBe(1);
      const duringMs = Date.now() - made;
      expect(chunks).toBe(0);

      // The photo queue says what is left and can be paused.
      await page.getByTestId('sync-pill').click();
      const left = page.getByTestId('photos-left');
      await expect.poll(() => left.getAttribute('data-count')).toBe(String(PHOTOS));
      const bytes = Number(await left.getAttribute('data-bytes'));
      expect(bytes).toBeGreaterThan(0);
      await page.getByTestId('photos-pause').click();
      await page.getByTestId('photos-paused').waitFor();
      release();
      // Paused: at most the chunk in flight goes; the count does not move to zero.
      await page.getByTestId('photos-resume').waitFor();
      const pausedAt = chunks;
      expect(pausedAt).toBeLessThanOrEqual(1);
      await page.getByTestId('photos-resume').click();
      const resumed = Date.now();
      await expect.poll(() => left.getAttribute('data-count'), { timeout: 90_000, interval: 250 }).toBe('0');
      const photosMs = Date.now() - resumed;
      await expect.poll(() => app.pill().getAttribute('data-all-sent'), { timeout: 30_000 }).toBe('true');
      expect(await page.getByTestId('sync-pill-text').textContent()).toBe('✓');
      for (const item of (await mine('E2E semaine')).filter((i) => i.photos.length > 0)) {
        expect(await api.photoComplete(item.photos[0] ?? '')).toBe(true);
      }
      expect((await mine('E2E semaine')).filter((i) => i.photos.length > 0)).toHaveLength(PHOTOS);
      console.info(
        `week offline (reduced): ${ENTRIES} entries on the server ${entriesMs} ms after the network came back ` +
          `with ${PHOTOS} photos (${bytes} bytes) held; an entry made meanwhile arrived in ${duringMs} ms; ` +
          `photos uploaded in ${photosMs} ms after resume`,
      );

      // A server outage: the browser is online but nothing answers — the header is not green.
      await page.route('**/trpc/sync.**', (route) => route.abort('connectionrefused'));
      await page.getByTestId('sync-now').click();
      await expect
        .poll(() => page.getByTestId('online-status').getAttribute('data-connection'))
        .toBe('unreachable');
      expect(await app.pill().getAttribute('data-all-sent')).toBe('false');
      expect(await app.pill().getAttribute('data-tone')).toBe('warn');
      await page.unroute('**/trpc/sync.**');
    } finally {
      await browser.close();
    }
  });

  it('logging out says what is queued and keeps it; once all is sent, log out and erase this device', async () => {
    const tech = server.account('technician');
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const app = new TechnicianPage(page, server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForSync();
      await browser.context.setOffline(true);
      await app.createIntervention({
        kind: 'Maintenance',
        summary: 'E2E déconnexion',
        photo: { name: 'x.png', buffer: testPng(7) },
      });
      await expect.poll(() => app.pending()).toBe(1);

      await page.getByTestId('logout').click();
      const dialog = page.getByTestId('logout-dialog');
      expect(await dialog.getByTestId('logout-entries').textContent()).toBe('1 saisie en attente d’envoi');
      expect(await dialog.getByTestId('logout-photos').textContent()).toMatch(/^1 photo \(/);
      expect(await dialog.getByTestId('logout-erase').count()).toBe(0);
      // Offline, the server cannot end the session: said, and nothing is lost.
      await dialog.getByTestId('logout-confirm').click();
      await dialog.getByTestId('logout-offline').waitFor();
      await dialog.getByTestId('logout-stay').click();
      expect(await app.pending()).toBe(1);

      await browser.context.setOffline(false);
      await expect.poll(() => app.pill().getAttribute('data-all-sent'), { timeout: 60_000 }).toBe('true');
      const names = async () => (await page.evaluate(() => indexedDB.databases())).map((d) => d.name ?? '');
      const device = (await names()).find((n) => n.startsWith('terrain-device-'));
      expect(device).toBeDefined();

      await page.getByTestId('logout').click();
      await dialog.getByTestId('logout-empty').waitFor();
      await dialog.getByTestId('logout-erase').click();
      await page.waitForURL(`${server.url}/`);
      await expect.poll(async () => (await names()).includes(device ?? '')).toBe(false);
      expect(await page.evaluate(() => localStorage.getItem('terrain.session.user'))).toBeNull();
      await page.goto(`${server.url}/technicien`);
      await page.waitForURL(/\/connexion/);
    } finally {
      await browser.close();
    }
  });

  it('a backup exported offline on one phone is imported on another; its entries reach the server once', async () => {
    const tech = server.account('technician');
    const phoneA = await launchBrowser();
    const phoneB = await launchBrowser();
    try {
      const a = new TechnicianPage(await phoneA.context.newPage(), server.url);
      await a.logIn(tech.email, tech.password);
      await a.waitForSync();
      await phoneA.context.setOffline(true);
      const summaries = ['E2E sauvegarde 1', 'E2E sauvegarde 2', 'E2E sauvegarde 3'];
      for (const [i, summary] of summaries.entries()) {
        await a.createIntervention({
          kind: 'Maintenance',
          summary,
          ...(i === 0 ? { photo: { name: 'b.png', buffer: testPng(42) } } : {}),
        });
      }
      await a.page.getByTestId('sync-pill').click();
      const download = a.page.waitForEvent('download');
      await a.page.getByTestId('backup').click();
      const file = await (await download).path();

      const b = new TechnicianPage(await phoneB.context.newPage(), server.url);
      await b.logIn(tech.email, tech.password);
      await b.waitForSync();
      await b.createIntervention({ kind: 'Réparation', summary: 'E2E téléphone B' });
      await b.page.getByTestId('sync-pill').click();
      await b.page.getByTestId('backup-import').setInputFiles({
        name: 'terrain-sauvegarde.json',
        mimeType: 'application/json',
        buffer: readFileSync(file),
      });
      expect(await b.page.getByTestId('backup-imported').getAttribute('data-entries')).toBe('3');
      await expect.poll(() => b.pill().getAttribute('data-all-sent'), { timeout: 60_000 }).toBe('true');

      const coordinator = server.account('coordinator');
      const api = await apiSession(server.url, coordinator.email, coordinator.password);
      const onServer = async () =>
        (await allInterventions(api))
          .filter((i) => i.summary.startsWith('E2E sauvegarde'))
          .map((i) => i.summary);
      expect((await onServer()).sort()).toEqual(summaries);
      const withPhoto = (await allInterventions(api)).find((i) => i.summary === 'E2E sauvegarde 1');
      expect(await api.photoComplete(withPhoto?.photos[0] ?? '')).toBe(true);

      // Phone A comes back too: its copies are duplicates, nothing is applied twice.
      await phoneA.context.setOffline(false);
      await expect.poll(() => a.pending(), { timeout: 60_000 }).toBe(0);
      expect(await a.rejected()).toBe(0);
      expect((await onServer()).sort()).toEqual(summaries);
    } finally {
      await phoneA.close();
      await phoneB.close();
    }
  });

  it('an edit that a later edit from another device replaced is told on the phone', async () => {
    const tech = server.account('technician');
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const app = new TechnicianPage(page, server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForSync();
      await app.createIntervention({ kind: 'Maintenance', summary: 'E2E conflit' });
      await expect.poll(() => app.pill().getAttribute('data-all-sent'), { timeout: 60_000 }).toBe('true');
      await app.interventions().filter({ hasText: 'E2E conflit' }).click();
      await page.getByTestId('edit').click();
      await page.getByLabel('Résumé').fill('E2E conflit — version du téléphone');
      await page.getByTestId('save').click();
      await page.getByTestId('saved-notice').waitFor();

      // Later, the same field is edited from another device (a coordinator who saw the old value).
      // Only once the phone's edit is on the server: the pill can still say "all sent" from before
      // the edit was queued, and a console edit arriving first would be the one replaced.
      const coordinator = server.account('coordinator');
      const api = await apiSession(server.url, coordinator.email, coordinator.password);
      const onServer = async () =>
        (await allInterventions(api)).find((i) => i.summary.startsWith('E2E conflit'));
      await expect
        .poll(async () => (await onServer())?.summary, { timeout: 60_000 })
        .toBe('E2E conflit — version du téléphone');
      const id = (await onServer())?.id;
      const pushed = await api.mutation('sync.push', {
        clientId: crypto.randomUUID(),
        schemaVersion: 1,
        appVersion: 'e2e',
        mutations: [
          {
            id: 1,
            name: 'intervention.update',
            args: { id, set: { summary: 'E2E conflit — version console' }, base: { summary: 'E2E conflit' } },
          },
        ],
      });
      expect(pushed).toMatchObject({ results: [{ id: 1, status: 'applied' }] });
      await page.getByTestId('sync-pill').click();
      await page.getByTestId('sync-now').click();
      const notice = page.getByTestId('lost-edit');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toContain('« E2E conflit — version du téléphone » a été remplacée');
      expect(await notice.getAttribute('data-field')).toBe('summary');
      await notice.getByTestId('lost-edit-seen').click();
      await expect.poll(() => page.getByTestId('lost-edit').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
