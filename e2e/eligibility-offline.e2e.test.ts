// The eligibility flow without a connection: the verdict comes from the shared engine on the device
// (the offline package saved with the map), address search says it needs the network, a request waits on the phone
// and leaves by itself once the connection is back. And "Me localiser" refused says what to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinPage } from './pages/join.page.ts';
import { subscriptionRequests } from './pages/join-server.ts';
import { COVERED, startBanFixture, type BanFixture } from './support/ban-fixture.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let ban: BanFixture;

beforeAll(async () => {
  ban = await startBanFixture();
  server = await startServer({
    env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png', GEOCODER_URL: ban.url },
  });
});

afterAll(async () => {
  await server?.stop();
  await ban?.close();
});

describe('offline', () => {
  it('answers from the device and keeps the request until the connection is back', async () => {
    const browser = await launchBrowser();
    const { context } = browser;
    try {
      await context.grantPermissions(['geolocation'], { origin: server.url });
      await context.setGeolocation({ latitude: COVERED.lat, longitude: COVERED.lon, accuracy: 8 });
      const join = await JoinPage.open(context, server.url);
      const page = join.page;
      // The demo's offline package is small: it is saved by itself once the map is open.
      await page.getByTestId('offline-ready').waitFor({ state: 'attached', timeout: 30_000 });
      await context.setOffline(true);

      await join.chooseIntent('connect');
      await join.typeAddress('2 place');
      await page.getByText('Recherche d’adresse impossible sans réseau').waitFor();
      await page.getByTestId('locate').click();
      await join.waitForStep('result');
      expect(await join.verdictOf()).toBe('fibre');
      expect(await join.read(join.asOf())).toMatch(/^Résultat calculé sur l’appareil, données au /);

      await page.getByTestId('subscribe').click();
      await join.fillContact({ name: 'Alex Petit', phone: '03 86 00 00 00' });
      await join.next();
      await join.waitForStep('subDetails');
      await join.next();
      await join.waitForStep('subConsent');
      await join.consent();
      await join.submit();
      await join.confirmation().waitFor();
      expect(await join.confirmation().getAttribute('data-queued')).toBe('true');
      expect(await join.read()).toContain('Gardé sur ce téléphone');
      await page.getByTestId('outbox-pending').waitFor();

      await context.setOffline(false);
      await page.getByTestId('outbox-sent').waitFor({ timeout: 15_000 });
    } finally {
      await context.setOffline(false);
      await browser.close();
    }
    const kept = (await subscriptionRequests(server)).filter((r) => r.phone === '+33386000000');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ technology: 'fibre', name: 'Alex Petit' });
  });
});

describe('location refused', () => {
  it('says so and points to the search and the map', async () => {
    const browser = await launchBrowser();
    try {
      // No permission granted: the browser refuses, as when a person taps "Bloquer".
      const join = await JoinPage.open(browser.context, server.url);
      const page = join.page;
      await join.chooseIntent('connect');
      await page.getByTestId('locate').click();
      const message = page.getByTestId('locate-error');
      await message.waitFor();
      expect(await join.read(message)).toBe(
        'Vous avez refusé la localisation. Cherchez votre adresse ou touchez la carte à la place.',
      );
      await join.waitForStep('place');
    } finally {
      await browser.close();
    }
  });
});
