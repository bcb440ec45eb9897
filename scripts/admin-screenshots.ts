// Takes the administration screenshots in docs/screenshots/ (people, zones with the editor open,
// audit log) at laptop (1280×800) and tablet (820×1180) size: a demo server, Debian's Chromium.
// Run: npx tsx scripts/admin-screenshots.ts (after `npm run build`).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startServer } from '../e2e/support/server.ts';

const root = resolve(import.meta.dirname, '..');
const server = await startServer();
const shot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(root, 'docs/screenshots', `${name}.png`), type: 'png' });

try {
  const account = server.accounts.admin;
  if (!account) throw new Error('no admin account');
  const sizes = { laptop: { width: 1280, height: 800 }, tablet: { width: 820, height: 1180 } };
  let first = true;
  for (const [size, viewport] of Object.entries(sizes)) {
    const browser = await launchBrowser({ viewport });
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await page.request.post(`${server.url}/trpc/auth.login`, { data: account });
    if (first) {
      // Something in the log: a zone drawn around Saint-Bris, a sector turned.
      await page.request.post(`${server.url}/trpc/inventory.saveSector`, {
        data: {
          id: 'saint-bris-ne',
          siteId: 'site-saint-bris',
          name: null,
          azimuthDeg: 55,
          beamwidthDeg: 90,
          rangeM: 6500,
          full: false,
          frequencyMHz: 5540,
        },
      });
      first = false;
    }
    await page.goto(`${server.url}/administration/personnes`);
    await page.getByTestId('person').first().waitFor();
    await shot(page, `admin-people-${size}`);

    await page.goto(`${server.url}/administration/zones`);
    await page.getByTestId('zone').first().waitFor();
    await page.getByRole('button', { name: 'Nouvelle zone' }).click();
    await page.getByLabel('Centrer la carte sur un relais').selectOption('site-saint-bris');
    const map = page.getByTestId('zone-map');
    await map.scrollIntoViewIfNeeded();
    // The map centres on the relay once the network has loaded.
    await page.waitForTimeout(1000);
    // The legend card is open on wide screens: fold it so every tap lands on the map.
    const legend = map.locator('details[open] > summary');
    if (await legend.count()) await legend.first().click();
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (const [dx, dy] of [
      [-120, -90],
      [120, -90],
      [140, 80],
      [-110, 100],
    ] as const)
      await page.mouse.click(cx + dx, cy + dy);
    await page.getByLabel('Nom de la zone').fill('Saint-Bris bourg');
    await map.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, `admin-zones-${size}`);

    await page.goto(`${server.url}/administration/journal`);
    await page.getByTestId('audit-entry').first().waitFor();
    await shot(page, `admin-audit-${size}`);
    await browser.close();
  }
} finally {
  await server.stop();
}
