// The coordination area in Chromium against a real server with the demo cooperative: the review list,
// filters, review decisions (which the technician receives by sync), CSV export, the role gate.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { CoordinationPage } from './pages/coordination.page.ts';
import { LoginPage } from './pages/login.page.ts';

let server: RunningServer;

beforeAll(async () => {
  // No tile server: tests stay off the internet.
  server = await startServer({ env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png' } });
});

afterAll(async () => {
  await server?.stop();
});

/** Plain tRPC over HTTP as a demo user (or nobody), to set up what a test needs. */
async function apiSession(role: 'technician' | 'coordinator' | null) {
  let cookie = '';
  if (role) {
    const response = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(server.account(role)),
    });
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }
  const answer = async (response: Response): Promise<unknown> => {
    if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    post: async (path: string, body: unknown) =>
      answer(
        await fetch(`${server.url}/trpc/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify(body),
        }),
      ),
    get: async (path: string) => answer(await fetch(`${server.url}/trpc/${path}`, { headers: { cookie } })),
  };
}

describe('coordination', () => {
  it('filters, reviews and exports the demo interventions', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await browser.context.newPage();
      const coordinator = server.account('coordinator');
      await page.goto(`${server.url}/connexion`);
      await new LoginPage(page).logIn(coordinator.email, coordinator.password);
      await page.waitForURL(`${server.url}/coordination`);
      const coord = new CoordinationPage(page);
      await coord.waitForList();
      await expect.poll(() => coord.rows().count()).toBe(4);
      expect((await coord.rowStatuses()).sort()).toEqual(['Validée', 'À corriger', 'À valider', 'À valider']);

      // "À valider" narrows the list to the two submitted ones, and says so in the address.
      await coord.filterByStatus('À valider');
      await expect.poll(() => coord.rows().count()).toBe(2);
      expect(await coord.rowStatuses()).toEqual(['À valider', 'À valider']);
      expect(new URL(page.url()).searchParams.get('statut')).toBe('submitted');

      // Send one back with a comment.
      await coord.openRow('Remplacement batterie onduleur');
      expect(await coord.detailStatus().innerText()).toContain('À valider');
      const comment = 'Merci de noter la référence de la batterie posée.';
      await coord.requestChanges(comment);
      await expect.poll(() => coord.detailStatus().innerText()).toContain('À corriger');
      expect(await coord.reviewComment().innerText()).toContain(comment);
      await expect.poll(() => coord.reviewHistory().innerText()).toContain(comment);

      // Back to the filtered list: one left to review. Approve it.
      await coord.backToList();
      expect(new URL(page.url()).searchParams.get('statut')).toBe('submitted');
      await expect.poll(() => coord.rows().count()).toBe(1);
      await coord.openRow('Contrôle annuel du mât');
      await coord.approve();
      await expect.poll(() => coord.detailStatus().innerText()).toContain('Validée');
      await expect.poll(() => coord.reviewHistory().innerText()).toContain('Validée par');
      expect(await page.getByRole('button', { name: 'Valider' }).count()).toBe(0);

      // Nothing left to review; every intervention is in the export.
      await coord.backToList();
      await expect.poll(() => coord.rows().count()).toBe(0);
      await coord.filterByStatus('Toutes');
      await expect.poll(() => coord.rows().count()).toBe(4);
      const [download] = await Promise.all([page.waitForEvent('download'), coord.exportButton().click()]);
      expect(download.suggestedFilename()).toMatch(/^interventions-\d{4}-\d{2}-\d{2}\.csv$/);
      // A French spreadsheet's file: one byte-order mark, `;`, French headers.
      const raw = await readFile(await download.path(), 'utf8');
      expect(raw.startsWith('\uFEFF')).toBe(true);
      const csv = raw.slice(1);
      expect(csv.includes('\uFEFF')).toBe(false);
      const lines = csv.trim().split(/\r?\n/);
      expect(lines).toHaveLength(5);
      expect(lines[0]?.split(';')).toContain('Statut');
      for (const summary of [
        'Réalignement secteur est après coup de vent',
        'Remplacement batterie onduleur',
        'Contrôle annuel du mât et des fixations',
        'Changement du switch PoE',
      ]) {
        expect(csv).toContain(summary);
      }
      expect(csv).toContain(comment);
    } finally {
      await browser.close();
    }
  });

  it('opens an intervention by a mouse click on its pin, the map partly scrolled out of view', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await browser.context.newPage();
      const coordinator = server.account('coordinator');
      await page.goto(`${server.url}/connexion?next=%2Fcoordination%3Fvue%3Dcarte`);
      await new LoginPage(page).logIn(coordinator.email, coordinator.password);
      const map = page.getByTestId('interventions-map');
      const pin = map.locator('.leaflet-marker-icon[title^="Alimentation électrique"]');
      await pin.waitFor();
      await pin.scrollIntoViewIfNeeded();
      // The case that failed: the pin in view, the map not wholly (the area scrolls, not the window).
      // Leaflet focused the map on mousedown, which scrolled the area and moved the pin from under
      // the pointer before mouseup; the click then went to the marker pane.
      const [mapBox, pinBox] = await Promise.all([map.boundingBox(), pin.boundingBox()]);
      expect(pinBox && pinBox.y >= 0 && pinBox.y + pinBox.height <= 720).toBe(true);
      expect(mapBox && (mapBox.y < 0 || mapBox.y + mapBox.height > 720)).toBe(true);
      await pin.click();
      await page.waitForURL(/\/coordination\/interventions\/[^/?]+$/);
      await page.getByTestId('intervention-detail').locator('h1').waitFor();
      expect(await page.getByTestId('intervention-detail').innerText()).toContain(
        'Remplacement batterie onduleur',
      );
    } finally {
      await browser.close();
    }
  });

  it('shows refused sync entries and erases a prospect on request', async () => {
    const tech = await apiSession('technician');
    const install = (serial: string) => ({
      id: randomUUID(),
      technology: 'fibre',
      ontSerial: serial,
      installedAt: new Date().toISOString(),
    });
    // The same ONT serial from two devices: the second is refused (ONT_SERIAL_TAKEN).
    for (const clientId of [randomUUID(), randomUUID()]) {
      await tech.post('sync.push', {
        clientId,
        schemaVersion: 1,
        appVersion: 'e2e',
        mutations: [{ id: 1, name: 'installation.create', args: install('HWTC542D049B') }],
      });
    }
    const anonymous = await apiSession(null);
    await anonymous.post('interest.register', {
      position: { lat: 47.72, lon: 3.56 },
      kind: 'share',
      email: 'toit.libre@example.fr',
      consent: true,
    });

    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const coordinator = server.account('coordinator');
      await page.goto(`${server.url}/connexion?next=%2Fcoordination%2Fsynchronisation`);
      await new LoginPage(page).logIn(coordinator.email, coordinator.password);
      const rejection = page.getByTestId('rejection').filter({ hasText: 'Nouvelle installation' });
      await rejection.waitFor();
      expect(await rejection.innerText()).toContain('Camille Technicienne');
      expect(await rejection.innerText()).toContain('Numéro de série de l’ONT : HWTC542D049B');
      // Plain words: no error code or mutator name on the coordinator's screen.
      expect(await rejection.innerText()).not.toMatch(/ONT_SERIAL_TAKEN|installation\.create|ontSerial/);

      await page.getByRole('link', { name: 'Prospects' }).click();
      const person = page.getByTestId('interest').filter({ hasText: 'toit.libre@example.fr' });
      await person.getByRole('button', { name: 'Supprimer' }).click();
      await person.getByText('Supprimer définitivement les données de toit.libre@example.fr ?').waitFor();
      await person.getByRole('button', { name: 'Supprimer définitivement' }).click();
      await person.waitFor({ state: 'detached' });
      const coord = await apiSession('coordinator');
      expect(JSON.stringify(await coord.get('interest.list'))).not.toContain('toit.libre@example.fr');
    } finally {
      await browser.close();
    }
  });

  it('keeps technicians out of the coordination area', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const tech = server.account('technician');
      await page.goto(`${server.url}/coordination/interventions/00000000-0000-4000-8000-000000000000`);
      await page.waitForURL(/\/connexion\?next=/);
      await new LoginPage(page).logIn(tech.email, tech.password);
      await page.getByTestId('forbidden').waitFor();
      expect(await page.getByTestId('intervention-detail').count()).toBe(0);
      // The server refuses too, whatever the screens show.
      const response = await page.request.get(`${server.url}/trpc/interventions.list?input=%7B%7D`);
      expect(response.status()).toBe(403);
    } finally {
      await browser.close();
    }
  });
});
