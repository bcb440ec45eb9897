// Issue 13 end to end, offline at phone size: with a terrain model holding a hill east of the Jussy
// relay, the technician downloads the terrain of their zones (size shown first), goes offline, taps a
// point behind the hill (line of sight blocked, profile drawn) and a clear point (clear), then records
// a survey with a photo for a subscription request; back online, the coordinator sees the request
// marked "Étude : non réalisable" with the photo.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { direct } from '../shared/eligibility/geo.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { LoginPage } from './pages/login.page.ts';
import { TechnicianPage } from './pages/technician.page.ts';
import { testPng } from './pages/technician-fixtures.ts';

const JUSSY = { lat: 47.7219, lon: 3.585 };
/** Only Jussy's east sector covers these (checked against the demo network). */
const BEHIND = direct(JUSSY.lat, JUSSY.lon, 110, 3500);
const HILL = direct(JUSSY.lat, JUSSY.lon, 110, 2200);
const CLEAR = direct(JUSSY.lat, JUSSY.lon, 150, 2500);

/** Flat at Jussy's 168 m, but for an 80 m hill (300 m across) on the path to BEHIND. */
function terrainGrid(): string {
  const x0 = 3.55;
  const y0 = 47.68;
  const cell = 0.0005;
  const ncols = 240;
  const nrows = 160;
  const rows: string[] = [];
  for (let r = 0; r < nrows; r++) {
    const lat = y0 + (nrows - 1 - r) * cell;
    const row: number[] = [];
    for (let c = 0; c < ncols; c++) {
      const lon = x0 + c * cell;
      const dy = (lat - HILL.lat) * 111_200;
      const dx = (lon - HILL.lon) * 74_900;
      row.push(Math.hypot(dx, dy) < 300 ? 248 : 168);
    }
    rows.push(row.join(' '));
  }
  return `ncols ${ncols}\nnrows ${nrows}\nxllcenter ${x0}\nyllcenter ${y0}\ncellsize ${cell}\n${rows.join('\n')}\n`;
}

const run = promisify(execFile);

describe('technician eligibility check and survey, offline', () => {
  let server: RunningServer;
  let dir: string;
  const requestId = crypto.randomUUID();

  beforeAll(async () => {
    server = await startServer();
    dir = mkdtempSync(join(tmpdir(), 'terrain-dem-'));
    // The request comes first: once the terrain is in, the server itself would see the hill.
    const res = await fetch(`${server.url}/trpc/subscription.request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        requestId,
        position: BEHIND,
        address: '12 chemin des Vignes, Jussy',
        technology: 'radio',
        sectorId: 'jussy-e',
        name: 'Lucie Martin',
        phone: '0612345678',
        consent: true,
      }),
    });
    expect(res.status).toBe(200);
    writeFileSync(join(dir, 'relief.asc'), terrainGrid());
    await run(
      process.execPath,
      ['--import', 'tsx', 'server/admin/cli.ts', 'import', join(dir, 'relief.asc')],
      {
        cwd: resolve(import.meta.dirname, '..'),
        env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' },
      },
    );
  });
  afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('blocked behind the hill, clear elsewhere, a survey with a photo reaches the coordinator', async () => {
    const tech = server.accounts.technician;
    const coordinator = server.accounts.coordinator;
    if (!tech || !coordinator) throw new Error(`no demo accounts:\n${server.output()}`);
    const phone = await launchBrowser({ viewport: { width: 375, height: 740 } });
    const laptop = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await phone.context.newPage();
      const app = new TechnicianPage(page, server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForOfflineReady();
      await app.waitForSync();

      // Online: the terrain of the zones, its size shown before anything is fetched.
      await page.goto(`${server.url}/technicien/carte`);
      await page.getByRole('button', { name: 'Relief' }).click();
      const terrain = page.getByTestId('terrain-panel');
      await expect
        .poll(() => terrain.getByTestId('terrain-size').textContent())
        .toMatch(/^À télécharger : .+ \(\d+ blocs\)\.$/);
      await terrain.getByRole('button', { name: 'Télécharger le relief' }).click();
      await terrain.getByTestId('terrain-done').waitFor();
      await expect.poll(() => terrain.getByTestId('terrain-size').textContent()).toMatch(/^Relief à jour/);
      // The prospects of the zones are kept for offline use.
      await page.getByRole('button', { name: /^Demandes \(\d+\)$/ }).waitFor();

      await phone.context.setOffline(true);
      const tapCentre = async (at: { lat: number; lon: number }) => {
        await page.goto(`${server.url}/technicien/carte?lat=${at.lat}&lon=${at.lon}&z=16`);
        const map = page.locator('.coverage-map__leaflet');
        await page.getByText('Touchez la carte (ou appui long) pour vérifier un lieu.').waitFor();
        const box = await map.boundingBox();
        if (!box) throw new Error('no map');
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        return page.getByTestId('check-panel');
      };

      const blocked = await tapCentre(BEHIND);
      await expect.poll(() => blocked.getAttribute('data-verdict')).toBe('none');
      expect(await blocked.getByTestId('check-verdict').textContent()).toBe(
        'La coopérative ne couvre pas encore cette adresse',
      );
      expect(await blocked.textContent()).toContain('le relief cache la vue');
      const los = blocked.getByTestId('los-status');
      expect(await los.getAttribute('data-status')).toBe('blocked');
      expect(await los.textContent()).toMatch(/^✗ Ligne de vue obstruée : relief à 2,\d km du relais/);
      const profile = blocked.getByTestId('los-profile');
      expect(await profile.getAttribute('data-status')).toBe('blocked');
      expect(await profile.locator('.los-profile__obstacle').count()).toBe(1);
      expect(await profile.locator('svg').getAttribute('aria-label')).toContain('antennes à 22 m et 4 m');
      await profile.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'docs/screenshots/tech-check-blocked.png', type: 'png' });

      const clear = await tapCentre(CLEAR);
      await expect.poll(() => clear.getAttribute('data-verdict')).toBe('radio');
      expect(await clear.getByTestId('los-status').getAttribute('data-status')).toBe('clear');
      expect(await clear.getByTestId('los-profile').locator('.los-profile__obstacle').count()).toBe(0);
      expect(await clear.textContent()).toContain('Relais Jussy — clocher, secteur 110°');
      await clear.getByTestId('los-profile').scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'docs/screenshots/tech-check-clear.png', type: 'png' });

      // The survey of the request, offline, with a photo toward the relay.
      await clear.getByRole('button', { name: 'Fermer' }).click();
      await page.getByRole('button', { name: /^Demandes/ }).click();
      const request = page.getByTestId('prospect').filter({ hasText: 'Demande de raccordement' }).first();
      await request.getByRole('link', { name: 'Étudier' }).click();
      const form = page.getByTestId('survey-form');
      await form.waitFor();
      expect(await form.getByLabel('Secteur visé').inputValue()).toBe('jussy-e');
      await form.getByLabel('Signal (dBm)').fill('-84');
      await form.getByLabel('Rapport signal/bruit (dB)').fill('6');
      await form.getByLabel('Débit mesuré (Mbit/s)').fill('4');
      await form.getByLabel('Point de fixation (toit, pignon, cheminée, mât…)').fill('Pignon nord');
      await form.getByLabel('Hauteur de fixation (m)').fill('7');
      await form.getByRole('radio', { name: 'Bloquée' }).check();
      await form
        .getByLabel('Recommandation (expliquée à la personne)')
        .fill('La colline masque le relais : pas de radio ici.');
      await form
        .getByTestId('photo-input')
        .setInputFiles({ name: 'vers-relais.png', mimeType: 'image/png', buffer: testPng(13, 320, 240) });
      await form.getByTestId('photo-thumbs').locator('img').waitFor();
      await page.screenshot({ path: 'docs/screenshots/tech-survey-form.png', type: 'png' });
      await form.getByRole('button', { name: 'Enregistrer l’étude' }).click();
      await page.getByTestId('survey-saved').waitFor();
      // The outbox count follows the device database through a live query: it may lag the saved notice.
      await expect.poll(() => app.pending(), { timeout: 10_000 }).toBe(1);

      await phone.context.setOffline(false);
      await expect.poll(() => app.pending(), { timeout: 60_000 }).toBe(0);
      await expect.poll(() => app.pill().getAttribute('data-all-sent'), { timeout: 60_000 }).toBe('true');

      const console = await laptop.context.newPage();
      await console.goto(`${server.url}/connexion?next=%2Fcoordination%2Fprospects`);
      await new LoginPage(console).logIn(coordinator.email, coordinator.password);
      const row = console.getByTestId('subscription').filter({ hasText: 'Lucie Martin' });
      await row.getByTestId('survey-outcome').waitFor();
      expect(await row.getByTestId('survey-outcome').textContent()).toBe('Étude : non réalisable');
      const report = row.getByTestId('survey-report');
      await expect.poll(() => report.textContent()).toContain('La colline masque le relais');
      expect(await report.textContent()).toContain('Secteur visé : Relais Jussy — clocher, secteur 110°');
      const photo = report.locator('img');
      await photo.waitFor();
      await expect
        .poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
        .toBeGreaterThan(0);
      await row.scrollIntoViewIfNeeded();
      await console.screenshot({ path: 'docs/screenshots/tech-survey-coordinator.png', type: 'png' });
    } finally {
      await phone.close();
      await laptop.close();
    }
  });
});
