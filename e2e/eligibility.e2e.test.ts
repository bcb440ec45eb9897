// The public eligibility flow in Chromium, against a real server with the demo cooperative and a
// local BAN geocoder fixture: a covered address through to a subscription request, an address out
// of reach through to "keep me informed", the demand layer without personal data, refused input.
// The offline path is in eligibility-offline.e2e.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eligibilityCheckOutput } from '../shared/schemas/eligibility-api.ts';
import { interestDemandOutput } from '../shared/schemas/interest.ts';
import { JoinPage } from './pages/join.page.ts';
import { subscriptionRequests, trpcQuery } from './pages/join-server.ts';
import { COVERED, OUTSIDE, startBanFixture, type BanFixture } from './support/ban-fixture.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let ban: BanFixture;

const prospect = { name: 'Camille Martin', email: 'camille.martin@exemple.fr', phone: '06 12 34 56 78' };
const neighbour = { email: 'dominique.roux@exemple.fr', phone: '07 98 76 54 32' };

beforeAll(async () => {
  ban = await startBanFixture();
  server = await startServer({
    env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png', GEOCODER_URL: ban.url },
  });
  // The fixture's two places are what the tests say they are, by the server's own engine.
  const at = (p: { lat: number; lon: number }) =>
    trpcQuery(server, 'eligibility.check', p, eligibilityCheckOutput);
  expect((await at(COVERED)).verdict).toBe('fibre');
  expect((await at(OUTSIDE)).verdict).toBe('none');
});

afterAll(async () => {
  await server?.stop();
  await ban?.close();
});

describe('a covered address', () => {
  it('finds it through the geocoder, says fibre and why, and sends a subscription request', async () => {
    const browser = await launchBrowser();
    try {
      const join = await JoinPage.open(browser.context, server.url);
      await join.chooseIntent('connect');
      await join.typeAddress("2 place de l'eglise jussy");
      // The street alone answers a numbered query: offered, but flagged.
      await join.suggestions().nth(1).waitFor();
      expect(await join.read(join.suggestions().nth(1))).toContain('adresse approximative');
      await join.suggestions().filter({ hasText: COVERED.label }).click();
      await join.waitForStep('result');
      expect(ban.requests.some((r) => r.startsWith('/geocodage/search?q=2+place'))).toBe(true);

      expect(await join.verdictOf()).toBe('fibre');
      expect(await join.read(join.verdict())).toBe(
        'Bonne nouvelle : la fibre de la coopérative est disponible à cette adresse',
      );
      expect(await join.read(join.options())).toContain(
        'La fibre est installée dans l’immeuble à 0 m de ce point.',
      );
      expect(await join.read(join.asOf())).toMatch(/^Données au \d{1,2} \S+ \d{4}$/);

      await join.page.getByTestId('subscribe').click();
      await join.waitForStep('subContact');
      await join.fillContact(prospect);
      await join.next();
      await join.waitForStep('subDetails');
      // Fibre and radio both serve this house: fibre is chosen, radio offered.
      expect(await join.page.getByTestId('technology-fibre').getAttribute('aria-pressed')).toBe('true');
      await join.page.getByTestId('comment').fill('Portail vert, sonnez fort.');
      await join.next();
      await join.waitForStep('subConsent');
      await join.consent();
      await join.submit();
      await join.confirmation().waitFor();
      expect(await join.confirmation().getAttribute('data-queued')).toBe('false');
      expect(await join.read()).toContain('Demande envoyée, merci !');
    } finally {
      await browser.close();
    }
    const mine = (await subscriptionRequests(server)).filter((r) => r.email === prospect.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      technology: 'fibre',
      name: prospect.name,
      phone: '+33612345678',
      buildingId: 'IMB/89212/X/BKY3',
      address: COVERED.label,
      comment: 'Portail vert, sonnez fort.',
      position: { lat: COVERED.lat, lon: COVERED.lon },
    });
  });
});

describe('an address out of reach', () => {
  it('says so, and registers the person to be kept informed', async () => {
    const browser = await launchBrowser();
    try {
      const join = await JoinPage.open(browser.context, server.url);
      await join.chooseIntent('connect');
      await join.searchAndPick('4 chemin des gatines saint-fargeau', OUTSIDE.label);
      expect(await join.verdictOf()).toBe('none');
      expect(await join.read(join.verdict())).toBe('La coopérative ne couvre pas encore cette adresse');

      await join.page.getByTestId('keep-informed').click();
      await join.waitForStep('intKind');
      await join.page.getByTestId('kind-connect').click();
      await join.waitForStep('intHome');
      await join.page.getByRole('button', { name: 'Oui' }).click();
      await join.next();
      await join.waitForStep('intSky');
      await join.page.getByTestId('dir-S').click();
      await join.page.getByTestId('dir-SW').click();
      await join.next();
      await join.waitForStep('intContact');
      expect(await join.read()).toContain('Vos coordonnées restent toujours privées');
      await join.fillContact(neighbour);
      await join.next();
      await join.waitForStep('intConsent');
      await join.consent();
      await join.submit();
      await join.confirmation().waitFor();
      expect(await join.read()).toContain('C’est noté, merci !');
    } finally {
      await browser.close();
    }
  });

  // Relies on the registration above: the demand layer now has that person's cell.
  it('shows on the demand layer as a "1–2" hexagon, with nothing personal in the page or the API', async () => {
    const browser = await launchBrowser();
    try {
      const page = (await JoinPage.open(browser.context, server.url)).page;
      await page.getByTestId('map-legend').locator('summary').click();
      await page.getByTestId('demand-toggle').check();
      const label = page.locator('.leaflet-tooltip.demand-label', { hasText: '1–2' });
      await label.first().waitFor({ timeout: 15_000 });

      const html = await page.content();
      const demand = await trpcQuery(server, 'interest.demand', {}, interestDemandOutput);
      const raw = JSON.stringify(demand);
      for (const text of [html, raw]) {
        for (const secret of [
          neighbour.email,
          '+33798765432',
          '07 98 76 54 32',
          String(OUTSIDE.lat),
          String(OUTSIDE.lon),
        ])
          expect(text).not.toContain(secret);
      }
      const cell = demand.cells.find((c) => c.total.bucket === '1-2');
      expect(cell?.total.count).toBeNull();
      // No point of the answer is the person's home: cells are kilometres wide.
      const points = demand.cells.flatMap((c) => [[c.center.lat, c.center.lon], ...c.boundary]);
      for (const [lat = 0, lon = 0] of points) {
        expect(Math.hypot(lat - OUTSIDE.lat, lon - OUTSIDE.lon)).toBeGreaterThan(0.001);
      }
    } finally {
      await browser.close();
    }
  });
});

describe('refused input', () => {
  it('explains what is missing and sends nothing', async () => {
    const browser = await launchBrowser();
    try {
      const join = await JoinPage.open(browser.context, server.url);
      const sent: string[] = [];
      join.page.on('request', (r) => {
        if (/subscription\.request|interest\.register/.test(r.url())) sent.push(r.url());
      });
      await join.chooseIntent('connect');
      await join.searchAndPick("2 place de l'eglise jussy", COVERED.label);
      await join.page.getByTestId('subscribe').click();
      await join.waitForStep('subContact');

      await join.fillContact({ name: 'Sacha', email: 'sacha@' });
      await join.next();
      const emailError = join.page.getByText('Cette adresse e-mail ne semble pas valide');
      await emailError.waitFor();
      expect(await join.page.getByTestId('contact-email').getAttribute('aria-invalid')).toBe('true');
      await join.waitForStep('subContact');

      await join.fillContact({ email: 'sacha@exemple.fr' });
      await join.next();
      await join.waitForStep('subDetails');
      await join.next();
      await join.waitForStep('subConsent');
      await join.submit(); // consent box left unticked
      const alert = join.page.getByRole('alert').filter({ hasText: 'Cochez la case' });
      await alert.waitFor();
      expect(await join.read(alert)).toBe(
        'Cochez la case pour donner votre accord : sans lui, nous ne pouvons pas enregistrer votre demande.',
      );
      await join.waitForStep('subConsent');
      expect(sent).toEqual([]);
    } finally {
      await browser.close();
    }
    expect((await subscriptionRequests(server)).some((r) => r.email === 'sacha@exemple.fr')).toBe(false);
  });
});
