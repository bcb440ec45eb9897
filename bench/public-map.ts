// Issue #12's figures, side by side in one run: the public page on the demo (367 buildings) and on
// a department-sized network (250,000 buildings, 100 relays), at phone size with the CPU slowed 4×
// (CDP Emulation.setCPUThrottlingRate). For each: bytes on the wire until the network is drawn,
// time to the drawn network, five drags of the map; then the offline package's bytes per building
// and the time to answer a check from it with no connection. Needs a built dist/ (npm run build).
import { rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { networkOutline, offlineManifest } from '../shared/schemas/network-view.ts';
import { trpcQuery } from '../e2e/pages/join-server.ts';
import { largeNetworkCopy } from '../e2e/support/large-network.ts';
import { startServer, type RunningServer } from '../e2e/support/server.ts';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PHONE = { width: 375, height: 740 };
const env = { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png', GEOCODER_URL: 'http://127.0.0.1:9' };

interface Figures {
  bytes: number;
  drawnMs: number;
  dragsMs: number;
  packageBytes: number;
  buildings: number;
  offlineCheckMs: number;
}

const drawn = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector('.leaflet-container')?.getAttribute('data-building-tiles') === 'ready' &&
      document.querySelector('.leaflet-marker-icon') !== null,
    undefined,
    { timeout: 300_000, polling: 50 },
  );

/**
 * One visit before the measured ones, unthrottled: the server computes its outline and first tiles
 * once after a start (cold caches), which is the server's start-up, not what a visitor waits for.
 */
async function warmUp(browser: Browser, server: RunningServer): Promise<void> {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.url);
  await drawn(page);
  await context.close();
}

async function measure(browser: Browser, server: RunningServer): Promise<Figures> {
  // No service worker: every byte counted comes from the network, as on a first visit.
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));

  await page.goto(server.url);
  await drawn(page);
  const drawnMs = await page.evaluate(() => performance.now());
  const bytesAtDraw = bytes;

  // Five drags across the middle of the map (above the panel), each until its tiles are drawn.
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('no map on the page');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 4, 120);
  const started = Date.now();
  for (let i = 0; i < 5; i++) {
    const dx = i % 2 === 0 ? -140 : 90;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + 30, { steps: 8 });
    await page.mouse.up();
    await drawn(page);
  }
  const dragsMs = Date.now() - started;

  // The offline package: its size from the server, then a check with no connection, timed from the
  // tap on "locate" to the verdict on screen (the device's engine is built on that first check).
  const manifest = await trpcQuery(server, 'network.offlineManifest', undefined, offlineManifest);
  const outline = await trpcQuery(server, 'network.outline', undefined, networkOutline);
  const packageBytes = manifest.totalBytes;
  const buildings = outline.buildingCount;
  await page.getByTestId('map-legend').locator('summary').click();
  const offer = page.getByTestId('offline-download');
  const ready = page.getByTestId('offline-ready');
  await offer.or(ready).waitFor({ timeout: 120_000 });
  if (await offer.isVisible()) await offer.click();
  await ready.waitFor({ timeout: 600_000 });
  await page.getByTestId('map-legend').locator('summary').click();
  const at = outline.sites[0];
  if (!at) throw new Error('no relay in the network');
  await context.grantPermissions(['geolocation'], { origin: server.url });
  await context.setGeolocation({ latitude: at.lat + 0.001, longitude: at.lon + 0.001, accuracy: 5 });
  await context.setOffline(true);
  await page.getByTestId('intent-connect').click();
  const locate = page.getByTestId('locate');
  await locate.waitFor();
  const t0 = Date.now();
  await locate.click();
  await page.getByTestId('verdict').waitFor({ timeout: 300_000 });
  const offlineCheckMs = Date.now() - t0;
  await context.close();
  return { bytes: bytesAtDraw, drawnMs, dragsMs, packageBytes, buildings, offlineCheckMs };
}

export async function run() {
  const network = await largeNetworkCopy();
  const demo = await startServer({ env });
  const large = await startServer({ env, dataDir: network.dataDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  try {
    await warmUp(browser, demo);
    await warmUp(browser, large);
    const d = await measure(browser, demo);
    const l = await measure(browser, large);
    const ratio = (a: number, b: number, target: number) => `×${(a / b).toFixed(2)} (target ≤ ${target})`;
    return [
      { name: 'demo: bytes before the network is drawn', value: d.bytes / 1024, unit: 'KB' },
      {
        name: '250k: bytes before the network is drawn',
        value: l.bytes / 1024,
        unit: 'KB',
        note: ratio(l.bytes, d.bytes, 1.3),
      },
      { name: 'demo: network drawn', value: d.drawnMs, unit: 'ms' },
      { name: '250k: network drawn', value: l.drawnMs, unit: 'ms', note: ratio(l.drawnMs, d.drawnMs, 1.3) },
      { name: 'demo: five drags', value: d.dragsMs, unit: 'ms' },
      { name: '250k: five drags', value: l.dragsMs, unit: 'ms', note: ratio(l.dragsMs, d.dragsMs, 1.5) },
      {
        name: '250k: offline package',
        value: l.packageBytes / l.buildings,
        unit: 'B/building',
        note: `${(l.packageBytes / 1e6).toFixed(1)} MB for ${l.buildings} buildings`,
      },
      { name: 'demo: offline check (first, engine built)', value: d.offlineCheckMs, unit: 'ms' },
      { name: '250k: offline check (first, engine built)', value: l.offlineCheckMs, unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await demo.stop();
    await large.stop();
    rmSync(network.dataDir, { recursive: true, force: true });
  }
}
