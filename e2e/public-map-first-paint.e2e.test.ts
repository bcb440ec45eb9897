// The public page paints its first screen before any JavaScript (issue #12): with scripts off, the
// header (the cooperative's name) and the first question are on screen, from index.html alone; with
// scripts on, the same question is there and its choices work. Also the local authority's path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { chromiumPath, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    env: {
      TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
      APP_NAME: 'Yonne Sans Fil',
      SUPPORT_URL: 'https://ysf.example/parts-sociales',
    },
  });
});

afterAll(async () => {
  await server?.stop();
});

describe('the first screen', () => {
  it('is painted from the HTML alone, with the cooperative’s name', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
      await page.goto(server.url);
      expect(await page.title()).toBe('Yonne Sans Fil');
      await expect.poll(() => page.locator('.app-header__brand-text').textContent()).toBe('Yonne Sans Fil');
      expect(await page.getByRole('heading', { level: 2 }).textContent()).toMatch(/Qu’est-ce qui vous amène/);
      expect(await page.getByTestId('intent-connect').isVisible()).toBe(true);
      const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
      expect(manifest).toMatchObject({ name: 'Yonne Sans Fil', short_name: 'Yonne Sans Fil' });
    } finally {
      await browser.close();
    }
  });

  it('preloads neither the map, nor validation, nor the staff areas’ words', async () => {
    const html = await (await fetch(server.url)).text();
    const scripts = [
      ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
    ].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => /\/(map|zod)-/.test(url))).toEqual([]);
    const code = (
      await Promise.all(scripts.map(async (url) => (await fetch(`${server.url}${url}`)).text()))
    ).join('\n');
    expect(code).toContain('app.skipToContent'); // the public words are there…
    expect(code).not.toContain('tech.nav.interventions'); // …a staff word (client/i18n/staff.fr.ts) is not
  });

  it('leads a mairie to what the cooperative offers a commune, without asking for a home', async () => {
    const browser = await launchBrowser({ viewport: { width: 375, height: 740 } });
    try {
      const page = await browser.context.newPage();
      // Said with a failure: a script that did not load or threw (the map's chunk follows the click).
      const trouble: string[] = [];
      page.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => trouble.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      page.on('response', (r) => {
        if (r.status() >= 400) trouble.push(`${r.status()}: ${r.url()}`);
      });
      await page.goto(server.url);
      await expect.poll(() => page.locator('.app-header__brand-text').textContent()).toBe('Yonne Sans Fil');
      await page.getByTestId('intent-collectivity').click();
      const panel = page.getByTestId('join-panel');
      await expect.poll(() => panel.getAttribute('data-step')).toBe('collectivity');
      // The contact comes from the cooperative's public record (export.ispJson): wait for that answer.
      const contact = () =>
        page
          .getByTestId('collectivity-contact')
          .textContent({ timeout: 5_000 })
          .catch(() => '');
      await expect
        .poll(contact, { timeout: 30_000 })
        .toMatch(/contact@terrain\.example/)
        .catch((e: unknown) => {
          const seen = trouble.join(' | ') || 'no script error, no failed request';
          throw new Error(`${e instanceof Error ? e.message : String(e)}\nwhat the page met: ${seen}`);
        });
      expect(await page.locator('#join-body input').count()).toBe(0);
      await page.getByTestId('collectivity-overview').click();
      await expect.poll(() => panel.getAttribute('data-step')).toBe('result');
      expect(await page.getByTestId('isp-json').isVisible()).toBe(true);
      // "Take a support share" (help step) links to the configured page.
      expect(await page.locator('meta[name="terrain-support-url"]').getAttribute('content')).toBe(
        'https://ysf.example/parts-sociales',
      );
    } finally {
      await browser.close();
    }
  });
});
