// Issue #10's office loop in Chromium against a real server: a subscription request becomes a visit;
// the technician, offline, installs the ONT from "Mes interventions prévues"; the coordinator sees the
// installation on the map, replaces its ONT in the console and exports installations as CSV and
// GeoJSON, both read back and compared with what was entered (Paris times, `;`, one BOM).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { LoginPage } from './pages/login.page.ts';
import { TechnicianPage } from './pages/technician.page.ts';

let server: RunningServer;

// A first start loads the demo cooperative: minutes on a busy machine.
beforeAll(async () => {
  server = await startServer({ env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png' } });
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

/** A member's request at a house the demo's fibre serves (Jussy), as the public page sends it. */
async function requestSubscription(name: string): Promise<void> {
  const res = await fetch(`${server.url}/trpc/subscription.request`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      position: { lat: 47.721797, lon: 3.585616 },
      address: "2 Place de l'Église 89290 Jussy",
      technology: 'fibre',
      name,
      phone: '06 12 34 56 78',
      consent: true,
    }),
  });
  if (!res.ok) throw new Error(`subscription.request: ${res.status} ${await res.text()}`);
}

const parisTime = (iso: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
};

const geojson = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
});

describe('from a subscription request to an exported installation', () => {
  it('plans, installs offline from the job, replaces the ONT and exports', { timeout: 300_000 }, async () => {
    const member = 'Dominique Lefèvre';
    await requestSubscription(member);
    const coordinatorBrowser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    const phone = await launchBrowser();
    try {
      // The coordinator plans the visit for Camille.
      const office = await coordinatorBrowser.context.newPage();
      const coordinator = server.account('coordinator');
      await office.goto(`${server.url}/connexion?next=%2Fcoordination%2Fprospects`);
      await new LoginPage(office).logIn(coordinator.email, coordinator.password);
      const request = office.getByTestId('subscription').filter({ hasText: member });
      await request.getByRole('button', { name: 'Planifier l’installation' }).click();
      const plan = request.getByTestId('plan-job');
      await plan.locator('select').selectOption({ label: 'Camille Technicienne' });
      await plan.getByLabel('Date et heure de la visite').fill('2026-12-03T09:30');
      await plan.getByLabel('Note pour le technicien').fill('Portail vert');
      await plan.getByRole('button', { name: 'Planifier', exact: true }).click();
      await request.getByTestId('job').filter({ hasText: 'Visite prévue le' }).waitFor();
      await expect.poll(() => request.getByTestId('subscription-status').innerText()).toBe('Planifiée');

      // The technician's phone receives it, then loses the network and installs from it.
      const tech = server.account('technician');
      const app = new TechnicianPage(await phone.context.newPage(), server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForOfflineReady();
      await app.waitForSync();
      await phone.context.setOffline(true);
      await app.page.getByRole('link', { name: 'Installations', exact: true }).click();
      const job = app.page.getByTestId('job').filter({ hasText: member });
      await job.waitFor();
      expect(await job.innerText()).toContain('Portail vert');
      await job.getByRole('link', { name: 'Faire l’installation' }).click();
      const form = app.page.getByTestId('installation-form');
      await form.waitFor();
      await app.page.getByTestId('job-notice').waitFor();
      expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toContain(member);
      // Prefilled from the request: fibre, the building found at the member's position.
      expect(await form.getByRole('radio', { name: 'Fibre (FTTH)' }).isChecked()).toBe(true);
      const serial = 'HWTC1A2B3C4D';
      await form.getByLabel('Numéro de série ONT').fill(serial);
      await form.getByLabel('Référence PTO').fill('FI-1234-ABCD');
      await form.getByLabel(/Puissance reçue/).fill('-19,5');
      await form.getByLabel('Date d’installation').fill('2026-12-03T10:15');
      const installedAt = await app.page.evaluate(() => new Date('2026-12-03T10:15').toISOString());
      await form.getByTestId('save').click();
      await app.page.getByTestId('saved-notice').waitFor();
      // Done on the device at once: the job leaves the list, the installation waits to be sent.
      await expect.poll(() => job.count()).toBe(0);
      await expect.poll(() => app.pending()).toBe(1);
      await phone.context.setOffline(false);
      await expect.poll(() => app.pending(), { timeout: 60_000, interval: 250 }).toBe(0);
      expect(await app.rejected()).toBe(0);

      // The request is connected and the visit closed by the installation.
      await office.reload();
      await expect.poll(() => request.getByTestId('subscription-status').innerText()).toBe('Raccordée');
      expect(await request.getByTestId('job').innerText()).toContain('Installée lors de la visite');

      // On the installations map, then its page, opened by a real mouse click on its pin (mousedown,
      // mouseup, click: a scripted element.click() would not catch a pin moving under the pointer).
      await office.getByRole('link', { name: 'Installations', exact: true }).click();
      await office.getByRole('button', { name: 'Carte', exact: true }).click();
      const pin = office.locator('.leaflet-marker-icon[title*="HWTC1A2B3C4D"]');
      await pin.waitFor();
      expect(await pin.isVisible()).toBe(true);
      await pin.click();
      await office.waitForURL(/\/coordination\/installations\/[^/?]+$/);
      await office.getByTestId('installation-detail').waitFor();
      await expect.poll(() => office.getByTestId('detail-ont').innerText()).toContain(`${serial} (Huawei)`);
      expect(await office.getByTestId('route').innerText()).toContain('FI-1234-ABCD');
      expect(await office.getByTestId('installation-detail').innerText()).toContain(member);

      // The ONT was faulty: replaced from the console.
      const newSerial = 'ALCL9F8E7D6C';
      await office.getByTestId('new-ont').fill(newSerial);
      await office.getByLabel('Raison du remplacement').fill('Voyant LOS rouge');
      await office.getByRole('button', { name: 'Remplacer l’ONT' }).click();
      await expect.poll(() => office.getByTestId('detail-ont').innerText()).toContain(newSerial);
      expect(await office.getByTestId('ont-history').innerText()).toContain(serial);

      // Exports of the list: a French spreadsheet file and a QGIS layer.
      await office
        .getByTestId('installation-detail')
        .getByRole('link', { name: /Retour/ })
        .click();
      const [csvDownload] = await Promise.all([
        office.waitForEvent('download'),
        office.getByTestId('export-installations.csv').click(),
      ]);
      const raw = await readFile(await csvDownload.path(), 'utf8');
      expect(raw.startsWith('\uFEFF')).toBe(true);
      expect(raw.slice(1).includes('\uFEFF')).toBe(false);
      const [header, ...rows] = raw
        .slice(1)
        .trim()
        .split('\r\n')
        .map((l) => l.split(';'));
      const col = (name: string) => header?.indexOf(name) ?? -1;
      const row = rows.find((r) => r[col('Numéro de série ONT')] === newSerial);
      expect(row).toBeDefined();
      expect(row?.[col('Installée le (heure de Paris)')]).toBe(parisTime(installedAt));
      expect(row?.[col('ONT remplacés')]).toBe(serial);
      expect(row?.[col('Référence PTO')]).toBe('FI-1234-ABCD');
      expect(row?.[col('Puissance optique reçue (dBm)')]).toBe('-19,5');
      expect(row?.[col('Technologie')]).toBe('Fibre');
      expect(row?.[col('Technicien')]).toBe('Camille Technicienne');

      const [geoDownload] = await Promise.all([
        office.waitForEvent('download'),
        office.getByTestId('export-installations.geojson').click(),
      ]);
      const layer = geojson.parse(JSON.parse(await readFile(await geoDownload.path(), 'utf8')));
      const feature = layer.features.find((f) => f.properties.ont === newSerial);
      expect(feature?.properties).toMatchObject({
        installee_le: parisTime(installedAt),
        installee_le_utc: installedAt,
        technologie: 'Fibre',
      });
      const [lon, lat] = feature?.geometry.coordinates ?? [0, 0];
      expect(Math.abs(lat - 47.7218)).toBeLessThan(0.01);
      expect(Math.abs(lon - 3.5856)).toBeLessThan(0.01);
    } finally {
      await phone.close();
      await coordinatorBrowser.close();
    }
  });
});
