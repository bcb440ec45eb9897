// A faulty ONT swapped at a member's home, from the technician's phone, offline (issue #10): the
// replacement is queued like any entry, shown on the phone at once, and applied by the server with
// the old serial kept in the installation's history; then the installation is removed the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { apiSession } from './pages/technician-fixtures.ts';
import { TechnicianPage } from './pages/technician.page.ts';

let server: RunningServer;

const listed = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      ontSerial: z.string().nullable(),
      status: z.string(),
      ontHistory: z.array(z.object({ serial: z.string(), reason: z.string().nullable() })).optional(),
    }),
  ),
});

beforeAll(async () => {
  server = await startServer({ env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png' } });
});

afterAll(async () => {
  await server?.stop();
});

describe('an installation on the technician’s phone', () => {
  it('gets a new ONT offline, keeps the old serial in its history, then is removed', async () => {
    const tech = server.account('technician');
    const coordinator = server.account('coordinator');
    const api = await apiSession(server.url, coordinator.email, coordinator.password);
    const onServer = async () =>
      listed
        .parse(await api.query('installations.list', { limit: 500 }))
        .items.find((i) =>
          [i.ontSerial, ...(i.ontHistory ?? []).map((h) => h.serial)].includes('ALCL5E0A0001'),
        );
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const app = new TechnicianPage(page, server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForSync();
      await app.waitForOfflineReady();
      await app.createInstallation('ALCL5E0A0001');
      await expect.poll(async () => (await onServer())?.status, { timeout: 60_000 }).toBe('active');

      await browser.context.setOffline(true);
      const card = app.installations().filter({ hasText: 'ALCL5E0A0001' });
      await card.getByTestId('installation-actions').locator('summary').click();
      const form = card.getByTestId('replace-ont');
      // Hostile and clumsy input first: nothing is queued.
      await form.getByLabel('Numéro de série ONT').fill('not a serial');
      await form.getByTestId('replace-ont-save').click();
      expect(await form.locator('.field__error').first().textContent()).not.toBe('');
      await form.getByLabel('Numéro de série ONT').fill('alcl5e0a0001');
      await form.getByTestId('replace-ont-save').click();
      expect(await form.locator('.field__error').first().textContent()).toContain('déjà le numéro');
      expect(await app.pending()).toBe(0);

      await form.getByLabel('Numéro de série ONT').fill('ALCL5E0A0002');
      await form.getByLabel('Raison (facultatif)').fill('ONT grillé par l’orage');
      await form.getByTestId('replace-ont-save').click();
      expect(await form.getByTestId('replace-ont-queued').textContent()).toContain('ALCL5E0A0001');
      await expect.poll(() => app.pending()).toBe(1);
      // On the phone at once, before any network.
      await expect.poll(() => app.installations().filter({ hasText: 'ALCL5E0A0002' }).count()).toBe(1);
      await page.screenshot({ path: 'docs/screenshots/tech-replace-ont-phone.png' });

      await browser.context.setOffline(false);
      await expect.poll(() => app.pending(), { timeout: 60_000 }).toBe(0);
      expect(await app.rejected()).toBe(0);
      const replaced = await onServer();
      expect(replaced?.ontSerial).toBe('ALCL5E0A0002');
      expect(replaced?.ontHistory).toEqual([
        expect.objectContaining({ serial: 'ALCL5E0A0001', reason: 'ONT grillé par l’orage' }),
      ]);

      // Removed from the phone: confirmed first, then queued and applied.
      const again = app.installations().filter({ hasText: 'ALCL5E0A0002' });
      const actions = again.getByTestId('installation-actions');
      if ((await actions.getAttribute('open')) === null) await actions.locator('summary').click();
      await again.getByTestId('remove-installation').click();
      await again.getByTestId('remove-installation-yes').click();
      await expect.poll(async () => (await onServer())?.status, { timeout: 60_000 }).toBe('removed');
      expect(await again.getByTestId('installation-actions').count()).toBe(0);
      expect(await app.rejected()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
