// Takes the operations screenshots in docs/ (the /statut page on a phone, the console's channels and
// outbox): a demo server, one Alertmanager alert, two channels, Debian's Chromium.
// Run: npx tsx scripts/operations-screenshots.ts (after `npm run build`).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startServer } from '../e2e/support/server.ts';

const root = resolve(import.meta.dirname, '..');
const server = await startServer();
const admin = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'server/admin/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
try {
  const token = admin('create-hook-token', '--name', 'prometheus').trim().split('\n').pop() ?? '';
  const coverage = (await (await fetch(`${server.url}/trpc/network.coverage`)).json()) as {
    result: { data: { sites: { id: string; name: string }[] } };
  };
  const site = coverage.result.data.sites[0];
  if (!site) throw new Error('no demo site');
  admin('add-channel', '--kind', 'telegram', '--target', '-1001234567890');
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
          labels: { alertname: 'RelayDown', site: site.id, severity: 'critical' },
          annotations: { summary: `Relais ${site.name} injoignable`, description: 'ping perdu' },
          startsAt,
          fingerprint: 'demo1',
        },
      ],
    }),
  });
  if (!res.ok) throw new Error(`hook: ${res.status}`);

  const phone = await launchBrowser({ viewport: { width: 390, height: 844 } });
  const page = await phone.context.newPage();
  await page.goto(`${server.url}/statut`);
  await page.screenshot({ path: resolve(root, 'docs/screenshots/statut-phone.png'), fullPage: true });
  await phone.close();

  const desk = await launchBrowser({ viewport: { width: 1200, height: 900 } });
  const console = await desk.context.newPage();
  const account = server.accounts.admin;
  if (!account) throw new Error('no admin account');
  await console.goto(`${server.url}/`);
  await console.request.post(`${server.url}/trpc/auth.login`, { data: account });
  await console.goto(`${server.url}/coordination/operations`);
  await console.getByTestId('operations-page').getByText('astreinte@coop.example').first().waitFor();
  await console.screenshot({ path: resolve(root, 'docs/screenshots/channels.png'), fullPage: true });
  await desk.close();
} finally {
  await server.stop();
}
