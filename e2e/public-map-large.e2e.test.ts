// The public map on a department-sized network (issue 12): 250,000 buildings and 100 relays. A
// place is checked online (the server's answer), the offline package is saved after its size is
// shown, and a place is checked again with no connection (the device's answer, the same verdict
// the server gives). Places come from the phone's position: the synthetic network has no addresses.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eligibilityCheckOutput } from '../shared/schemas/eligibility-api.ts';
import { JoinPage } from './pages/join.page.ts';
import { trpcQuery } from './pages/join-server.ts';
import { launchBrowser } from './support/browser.ts';
import { largeNetworkCopy, type LargeNetwork } from './support/large-network.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let network: LargeNetwork;

beforeAll(async () => {
  network = await largeNetworkCopy();
  server = await startServer({
    dataDir: network.dataDir,
    env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png', GEOCODER_URL: 'http://127.0.0.1:9' },
  });
}, 900_000);

afterAll(async () => {
  await server?.stop();
  if (network) rmSync(network.dataDir, { recursive: true, force: true });
});

describe('250,000 buildings', () => {
  it('checks a place online, then another offline from the saved package', async () => {
    const shown = network.coverage.buildings.filter((b) => b.state === 'deployed');
    const [online, offline] = [shown[1000], shown[200_000 % shown.length]];
    if (!online || !offline) throw new Error('no deployed building');
    const serverSays = (p: { lat: number; lon: number }) =>
      trpcQuery(server, 'eligibility.check', p, eligibilityCheckOutput);
    const expectedOnline = (await serverSays(online)).verdict;
    const expectedOffline = (await serverSays(offline)).verdict;

    const browser = await launchBrowser();
    const { context } = browser;
    try {
      await context.grantPermissions(['geolocation'], { origin: server.url });
      await context.setGeolocation({ latitude: online.lat, longitude: online.lon, accuracy: 5 });
      const join = await JoinPage.open(context, server.url);
      // The synthetic network, not the demo.
      expect(
        Number(await join.page.getByTestId('coverage-counts').getAttribute('data-buildings')),
      ).toBeGreaterThan(200_000);
      const page = join.page;
      await join.chooseIntent('connect');
      await page.getByTestId('locate').click();
      await join.waitForStep('result');
      expect(await join.verdictOf()).toBe(expectedOnline);
      expect(await join.read(join.asOf())).toMatch(/^Données au /);

      // The package is large: offered with its size, saved only when asked.
      await page.getByTestId('map-legend').locator('summary').click();
      const offer = page.getByTestId('offline-download');
      await offer.waitFor({ timeout: 30_000 });
      expect(await offer.innerText()).toMatch(/\(\d+(,\d)?\s?Mo\)/);
      await offer.click();
      await page.getByTestId('offline-ready').waitFor({ timeout: 120_000 });

      await context.setOffline(true);
      await context.setGeolocation({ latitude: offline.lat, longitude: offline.lon, accuracy: 5 });
      await page.getByTestId('back').click();
      await join.waitForStep('place');
      await page.getByTestId('locate').click();
      await join.waitForStep('result');
      expect(await join.verdictOf()).toBe(expectedOffline);
      expect(await join.read(join.asOf())).toMatch(/^Résultat calculé sur l’appareil/);
    } finally {
      await context.setOffline(false);
      await browser.close();
    }
  });
});
