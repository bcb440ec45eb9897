// Offline map areas end to end: a technician downloads the tiles of the current view before leaving,
// then the map shows them with no network at all (through the service worker's tile cache), and
// deleting the area removes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startTileFixture, type TileFixture } from './support/tile-fixture.ts';
import { TechnicianPage } from './pages/technician.page.ts';

// The browser globals page functions use (this Node project has no DOM types).
declare const caches: {
  open(name: string): Promise<{ keys(): Promise<readonly { url: string }[]> }>;
};
declare const document: {
  querySelectorAll(s: string): ArrayLike<{ complete: boolean; naturalWidth: number }>;
};

describe('offline map areas', () => {
  let tiles: TileFixture;
  let server: RunningServer;
  beforeAll(async () => {
    tiles = await startTileFixture();
    server = await startServer({ env: { TILE_URL: tiles.template } });
  });
  afterAll(async () => {
    await server?.stop();
    await tiles?.close();
  });

  it('downloads the current view, shows it offline, then deletes its tiles', async () => {
    const tech = server.accounts.technician;
    if (!tech) throw new Error(`no technician account in the server output:\n${server.output()}`);
    const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    try {
      const page = await browser.context.newPage();
      const app = new TechnicianPage(page, server.url);
      await app.logIn(tech.email, tech.password);
      await app.waitForOfflineReady();
      await page.goto(`${server.url}/technicien/carte`);
      await page.locator('.leaflet-tile-loaded').first().waitFor();

      const cachedTiles = () =>
        page.evaluate(
          async (origin) =>
            (await (await caches.open('terrain-tiles')).keys()).filter((r) => r.url.startsWith(origin))
              .length,
          tiles.origin,
        );

      // The cost is shown before anything is fetched; one extra zoom level keeps the area small.
      await page.getByRole('button', { name: 'Hors ligne : télécharger cette zone' }).click();
      const panel = page.getByTestId('offline-map');
      const zoom = panel.getByTestId('offline-map-zoom');
      await zoom.selectOption({ index: 1 });
      const estimate = panel.getByTestId('offline-map-estimate');
      const count = Number(await estimate.getAttribute('data-tiles'));
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(100);
      expect(await estimate.textContent()).toMatch(/^≈ .+, .+ tuiles/);
      const requestsBefore = tiles.requests.length;

      await panel.getByRole('button', { name: 'Télécharger', exact: true }).click();
      await panel.getByTestId('offline-map-done').waitFor({ timeout: 60_000 });
      expect(await panel.getByTestId('offline-map-done').textContent()).toContain('Zone enregistrée');
      // Tiles the map had already cached were skipped.
      expect(tiles.requests.length - requestsBefore).toBeLessThanOrEqual(count);
      expect(await cachedTiles()).toBeGreaterThanOrEqual(count);
      await expect.poll(() => panel.getByTestId('offline-area').count()).toBe(1);

      // No network, no tile server: the map still draws its background from the cache.
      await tiles.close();
      await browser.context.setOffline(true);
      await page.reload();
      await page.locator('.leaflet-tile').first().waitFor();
      await page.waitForFunction(
        () => Array.from(document.querySelectorAll('img.leaflet-tile')).every((img) => img.complete),
        undefined,
        { timeout: 30_000 },
      );
      const widths = await page.evaluate(() =>
        Array.from(document.querySelectorAll('img.leaflet-tile')).map((img) => img.naturalWidth),
      );
      expect(widths.length).toBeGreaterThan(0);
      expect(widths.every((w) => w > 0)).toBe(true);

      await page.getByRole('button', { name: 'Hors ligne : télécharger cette zone' }).click();
      const area = page.getByTestId('offline-area');
      await expect.poll(() => area.count()).toBe(1);
      expect(await area.textContent()).toContain(`${count} tuiles`);

      await area.getByRole('button', { name: 'Supprimer' }).click();
      await expect.poll(() => area.count()).toBe(0);
      await expect.poll(cachedTiles).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
