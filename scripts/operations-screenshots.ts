// Takes the operations screenshots in docs/screenshots/: /statut on a phone, the technician's
// "Panne en cours" toggle on a phone, and the console's operations screens (overview, channels, the
// incident form with its computed area, an incident's timeline) on a laptop and a tablet. A demo
// server, one Alertmanager alert, a Telegram channel answered by a local peer and an e-mail channel
// without SMTP (so the outbox shows a failure with its last error), Debian's Chromium.
// Run: npx tsx scripts/operations-screenshots.ts (after `npx vite build`).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startServer } from '../e2e/support/server.ts';
import { TechnicianPage } from '../e2e/pages/technician.page.ts';
import { startChatPeer } from '../server/services/operations/testing/fake-peers.ts';

const root = resolve(import.meta.dirname, '..');
const shot = (name: string) => ({ path: resolve(root, 'docs/screenshots', name), type: 'png' as const });
const BOT = '1000:screenshots';
const telegram = await startChatPeer(BOT);
const server = await startServer({
  env: {
    TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
    TELEGRAM_API_URL: telegram.url,
    TELEGRAM_BOT_TOKEN: BOT,
  },
});
const admin = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'server/admin/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
const account = (role: string) => {
  const found = server.accounts[role];
  if (!found) throw new Error(`no ${role} account`);
  return found;
};

async function consolePage(viewport: { width: number; height: number }) {
  const browser = await launchBrowser({ viewport });
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/`);
  await page.request.post(`${server.url}/trpc/auth.login`, { data: account('admin') });
  await page.goto(`${server.url}/coordination/operations`);
  await page.getByTestId('incident-card').first().waitFor();
  await page.getByTestId('outbox-row').first().waitFor();
  return { browser, page };
}

const scrollTo = (page: Page, testId: string) => page.getByTestId(testId).scrollIntoViewIfNeeded();

try {
  const token = admin('create-hook-token', '--name', 'prometheus').trim().split('\n').pop() ?? '';
  admin('add-channel', '--kind', 'telegram', '--target=-1001234567890');
  admin('add-channel', '--kind', 'email', '--target', 'astreinte@coop.example');
  const startsAt = new Date(Date.now() - 75 * 60_000).toISOString();
  const res = await fetch(`${server.url}/hooks/alertmanager?token=${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      version: '4',
      status: 'firing',
      alerts: [
        {
          status: 'firing',
          labels: { alertname: 'RelayDown', site: 'site-coulanges', severity: 'critical' },
          annotations: { summary: 'Relais Coulanges injoignable', description: 'ping perdu depuis 5 min' },
          startsAt,
          fingerprint: 'demo1',
        },
      ],
    }),
  });
  if (!res.ok) throw new Error(`hook: ${res.status}`);

  // The technician's form, at phone size, with "Panne en cours" ticked on the Jussy relay.
  const phone = await launchBrowser({ viewport: { width: 375, height: 740 } });
  const tech = new TechnicianPage(await phone.context.newPage(), server.url);
  await tech.logIn(account('technician').email, account('technician').password);
  await tech.waitForSync();
  await tech.createIntervention({
    kind: 'Alimentation',
    summary: 'Disjoncteur du clocher coupé, EDF prévenu',
    outageInProgress: true,
    place: { search: 'clocher', type: 'Relais', name: 'Jussy' },
    before: async (page) => {
      await page.getByTestId('outage-in-progress').scrollIntoViewIfNeeded();
      await page.screenshot(shot('ops-technician-outage-phone.png'));
    },
  });
  await expect0(() => tech.pending());
  const statut = await phone.context.newPage();
  await statut.goto(`${server.url}/statut`);
  await statut.screenshot({ ...shot('statut-phone.png'), fullPage: true });
  await phone.close();

  for (const [name, viewport] of [
    ['laptop', { width: 1280, height: 800 }],
    ['tablet', { width: 820, height: 1180 }],
  ] as const) {
    const { browser, page } = await consolePage(viewport);
    // Let the worker send (Telegram) and fail (e-mail without SMTP) once.
    await page.locator('[data-testid=outbox-row][data-state=failed]').first().waitFor({ timeout: 30_000 });
    await page.screenshot(shot(`ops-console-${name}.png`));
    await page.getByTestId('add-channel-toggle').locator('summary').click();
    await scrollTo(page, 'channels');
    await page.screenshot(shot(`ops-channels-${name}.png`));

    await page.goto(`${server.url}/coordination/operations?ouvrir=1`);
    await page.getByTestId('pick-sites').getByRole('searchbox').fill('Auxerre');
    await page.getByTestId('pick-sites').getByRole('checkbox').first().check();
    await page.getByTestId('pick-points').getByRole('searchbox').fill('PM');
    await page.getByTestId('pick-points').getByRole('checkbox').first().check();
    await page.getByTestId('members-affected').waitFor();
    await page.getByLabel('Titre public (français)').fill('Coupure fibre au PM d’Auxerre');
    await scrollTo(page, 'incident-area');
    await page.screenshot(shot(`ops-incident-form-${name}.png`));

    await page.goto(`${server.url}/coordination/operations`);
    await page
      .getByTestId('incident-card')
      .filter({ hasText: 'Jussy' })
      .getByRole('button', { name: 'Voir et mettre à jour' })
      .click();
    await page.getByTestId('incident-timeline').locator('li').first().waitFor();
    if (name === 'laptop') {
      await page
        .getByTestId('incident-update')
        .getByLabel('Message au public (français)')
        .fill('Le courant est coupé au clocher ; EDF intervient dans l’après-midi.');
      await page.getByRole('button', { name: 'Publier la mise à jour' }).click();
      await page.getByTestId('incident-timeline').locator('li').nth(1).waitFor();
    }
    await page.screenshot(shot(`ops-incident-${name}.png`));
    await browser.close();
  }
} finally {
  await server.stop();
  await telegram.close();
}

async function expect0(read: () => Promise<number>): Promise<void> {
  for (let i = 0; i < 240 && (await read()) !== 0; i++) await new Promise((r) => setTimeout(r, 250));
}
