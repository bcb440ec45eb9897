// The app shell in Chromium against a real server with the demo cooperative: the public map, login
// and role gates, offline start from the service worker, the language switch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coverageData } from '../shared/schemas/eligibility.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { LoginPage } from './pages/login.page.ts';
import { MapPage } from './pages/map.page.ts';

// The browser globals page functions use (this Node project has no DOM types).
declare const navigator: { serviceWorker: { controller: object | null } };
declare const caches: { open(name: string): Promise<{ keys(): Promise<readonly unknown[]> }> };

let server: RunningServer;
let demoSites: number;

beforeAll(async () => {
  // No tile server: tests stay off the internet, and the map must read without background tiles.
  server = await startServer({ env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png' } });
  const response = await fetch(`${server.url}/trpc/network.coverage`);
  const body = z.object({ result: z.object({ data: coverageData }) }).parse(await response.json());
  demoSites = body.result.data.sites.length;
});

afterAll(async () => {
  await server?.stop();
});

describe('public map', () => {
  it('draws every relay of the demo network with its legend', async () => {
    const browser = await launchBrowser();
    try {
      const map = new MapPage(await browser.context.newPage());
      await map.open(server.url);
      expect(demoSites).toBe(11);
      expect(await map.sitesInLegend()).toBe(demoSites);
      await expect.poll(() => map.relaysDrawn()).toBe(demoSites);
      expect(await map.legend().isVisible()).toBe(true);
      expect(await map.page.getByTestId('data-as-of').textContent()).toMatch(
        /^Données au \d{1,2} \S+ \d{4}$/,
      );
      expect(await map.page.locator('html').getAttribute('lang')).toBe('fr');
    } finally {
      await browser.close();
    }
  });

  it('switches from French to English and remembers it', async () => {
    const browser = await launchBrowser();
    try {
      const map = new MapPage(await browser.context.newPage());
      await map.open(server.url);
      expect(await map.legendTitle()).toBe('Légende');
      await map.languageSwitch().click();
      await expect.poll(() => map.legendTitle()).toBe('Legend');
      expect(await map.page.locator('html').getAttribute('lang')).toBe('en');
      await map.page.reload();
      await map.waitForNetwork();
      expect(await map.legendTitle()).toBe('Legend');
      // The visible label, and an accessible name that starts with it (WCAG 2.5.3, issue #12).
      expect(await map.languageSwitch().textContent()).toBe('FR – Français');
      expect(await map.page.getByRole('button', { name: /^FR\b/ }).getAttribute('data-testid')).toBe(
        'language-switch',
      );
    } finally {
      await browser.close();
    }
  });
});

describe('login and areas', () => {
  it('logs a technician in, keeps them out of coordination, and logs them out', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const login = new LoginPage(page);
      const tech = server.account('technician');

      await page.goto(`${server.url}/technicien/installations`);
      await page.waitForURL(/\/connexion\?next=%2Ftechnicien%2Finstallations$/);

      await login.logIn(tech.email, 'not-the-password');
      await login.error().waitFor();
      expect(await login.error().textContent()).toBe('E-mail ou mot de passe incorrect.');

      await login.logIn(tech.email, tech.password);
      await page.waitForURL(`${server.url}/technicien/installations`);
      await page.getByRole('navigation', { name: /espace technicien/i }).waitFor();
      for (const label of ['Interventions', 'Nouvelle', 'Installations', 'Carte']) {
        expect(await page.getByRole('link', { name: label, exact: true }).isVisible()).toBe(true);
      }

      await page.goto(`${server.url}/coordination`);
      await page.getByTestId('forbidden').waitFor();
      expect(await page.getByTestId('coordination-home').count()).toBe(0);

      await page.goto(`${server.url}/technicien`);
      await page.getByTestId('technician-home').waitFor();
      // Nothing waits on this device: the dialog says so, and logging out is one more tap.
      await page.getByTestId('logout').click();
      await page.getByTestId('logout-empty').waitFor();
      await page.getByTestId('logout-confirm').click();
      await page.waitForURL(`${server.url}/`);
      await page.goto(`${server.url}/technicien`);
      await page.waitForURL(/\/connexion\?next=%2Ftechnicien$/);
    } finally {
      await browser.close();
    }
  });

  it('says so when login attempts are rate-limited', async () => {
    // Its own server: using up an address's attempts would otherwise throttle the other tests' logins.
    const own = await startServer({ env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png' } });
    const email = 'personne@demo.terrain.example';
    try {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        const login = new LoginPage(page);
        // The per-address cap counts fixed one-minute windows: if a minute boundary falls between using
        // up the attempts and the page's own try, the page starts a fresh window and is (rightly) let
        // through. Such a try proves nothing, so it is done again; two boundaries in a row cannot happen.
        let verdict: string | null = null;
        for (let attempt = 0; attempt < 2 && verdict === null; attempt++) {
          await page.goto(`${own.url}/connexion`);
          const minute = Math.floor(Date.now() / 60_000);
          // Use up this address's attempts through the API (30: the per-address cap, which wrong
          // passwords and refused attempts both count), then try once more in the page.
          for (let i = 0; i < 30; i++) {
            await fetch(`${own.url}/trpc/auth.login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email, password: 'wrong' }),
            });
          }
          await login.logIn(email, 'wrong');
          await login.error().waitFor();
          const text = await login.error().textContent();
          if (Math.floor(Date.now() / 60_000) === minute) verdict = text;
        }
        expect(verdict).toBe('Trop de tentatives, réessayez dans une minute.');
      } finally {
        await browser.close();
      }
    } finally {
      await own.stop();
    }
  });

  it('lands a coordinator in the coordination area', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const coordinator = server.account('coordinator');
      await page.goto(`${server.url}/connexion`);
      await new LoginPage(page).logIn(coordinator.email, coordinator.password);
      await page.waitForURL(`${server.url}/coordination`);
      await page.getByTestId('coordination-home').waitFor();
    } finally {
      await browser.close();
    }
  });
});

describe('offline', () => {
  it('starts from the service worker and still shows the cached network and technician area', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const map = new MapPage(page);
      await map.open(server.url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      // The first visit's data is fetched again through the worker once it controls the page.
      await page.waitForFunction(
        async () => (await (await caches.open('terrain-network')).keys()).length >= 2,
        undefined,
        { timeout: 30_000 },
      );
      const tech = server.account('technician');
      await page.goto(`${server.url}/connexion`);
      await new LoginPage(page).logIn(tech.email, tech.password);
      await page.getByTestId('technician-home').waitFor();

      await browser.context.setOffline(true);
      await page.goto(server.url);
      await map.waitForNetwork();
      expect(await map.header().isVisible()).toBe(true);
      expect(await map.legend().isVisible()).toBe(true);
      expect(await map.sitesInLegend()).toBe(demoSites);
      await expect.poll(() => map.relaysDrawn()).toBe(demoSites);

      // A deep link opens offline too, with the user this device last saw.
      await page.goto(`${server.url}/technicien/nouvelle`);
      await page.getByRole('heading', { name: 'Nouvelle intervention' }).waitFor();
      expect(await page.getByTestId('online-status').textContent()).toBe('Hors ligne');
    } finally {
      await browser.context.setOffline(false);
      await browser.close();
    }
  });
});
