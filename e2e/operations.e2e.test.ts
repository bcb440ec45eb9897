// Issue 11 end to end, in Chromium against a real server: a technician, offline at phone size, records a
// power intervention on a relay marked "Panne en cours"; back online it syncs, and the incident is on
// the public map (the relay ringed), on /statut and in /status.json, and the zone's alert channel got
// it through a local Telegram Bot API peer. The coordinator resolves it in the console; /statut and
// /status.json say it is resolved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startChatPeer } from '../server/services/operations/testing/fake-peers.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { apiSession } from './pages/technician-fixtures.ts';
import { MapPage } from './pages/map.page.ts';
import { OperationsPage } from './pages/operations.page.ts';
import { TechnicianPage } from './pages/technician.page.ts';

const BOT = '424242:e2e-operations';
const statusJson = z.object({
  incidents: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['open', 'resolved']),
      title: z.string(),
      siteIds: z.array(z.string()),
    }),
  ),
});

describe('an outage reported offline by a technician', () => {
  let server: RunningServer;
  let telegram: Awaited<ReturnType<typeof startChatPeer>>;

  beforeAll(async () => {
    telegram = await startChatPeer(BOT);
    server = await startServer({
      env: {
        TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png',
        TELEGRAM_API_URL: telegram.url,
        TELEGRAM_BOT_TOKEN: BOT,
      },
    });
    // The first start loads the demo cooperative: slow on a busy machine.
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await telegram?.close();
  });

  const status = async () => statusJson.parse(await (await fetch(`${server.url}/status.json`)).json());

  it('opens an incident on sync, shown on the map and /statut, alerted, then resolved in the console', async () => {
    // The zone's on-call group: a Telegram channel set up by an admin (the relay's zone only).
    const admin = await apiSession(
      server.url,
      server.account('admin').email,
      server.account('admin').password,
    );
    const inventory = z
      .object({
        sites: z.array(z.object({ id: z.string(), name: z.string(), zoneId: z.string().nullable() })),
      })
      .parse(await admin.query('inventory.get', {}));
    const relay = inventory.sites.find((s) => s.name.startsWith('Jussy'));
    if (!relay?.zoneId) throw new Error('no Jussy relay with a zone in the demo');
    await admin.mutation('channels.create', {
      kind: 'telegram',
      target: '-100777',
      zoneIds: [relay.zoneId],
      events: ['incident.opened', 'incident.resolved'],
    });
    expect((await status()).incidents).toEqual([]);

    const phone = await launchBrowser({ viewport: { width: 375, height: 740 } });
    try {
      const tech = new TechnicianPage(await phone.context.newPage(), server.url);
      await tech.logIn(server.account('technician').email, server.account('technician').password);
      await tech.waitForOfflineReady();
      await tech.waitForSync();

      await phone.context.setOffline(true);
      await tech.createIntervention({
        kind: 'Alimentation',
        summary: 'Disjoncteur du clocher coupé, EDF prévenu',
        outageInProgress: true,
        place: { search: 'clocher', type: 'Relais', name: 'Jussy' },
      });
      await expect.poll(() => tech.pending()).toBe(1);
      // Offline, nothing reached the server.
      expect((await status()).incidents).toEqual([]);

      await phone.context.setOffline(false);
      await expect.poll(() => tech.pending(), { timeout: 60_000, interval: 250 }).toBe(0);
      expect(await tech.rejected()).toBe(0);
    } finally {
      await phone.close();
    }

    const [incident, ...others] = (await status()).incidents;
    expect(others).toEqual([]);
    expect(incident).toMatchObject({ status: 'open', siteIds: [relay.id] });
    expect(incident?.title).toBe(`Coupure de courant — ${relay.name}`);

    // The public map rings the relay; /statut lists the incident in progress.
    const visitor = await launchBrowser({ viewport: { width: 375, height: 740 } });
    try {
      const map = new MapPage(await visitor.context.newPage());
      await map.open(server.url);
      await expect.poll(() => map.page.locator('path.incident-ring').count(), { timeout: 30_000 }).toBe(1);
      const page = await visitor.context.newPage();
      await page.goto(`${server.url}/statut`);
      const item = page.locator(`#incident-${incident?.id}`);
      expect(await item.getAttribute('class')).toBe('open');
      expect(await item.locator('h3').textContent()).toContain(relay.name);
      expect(await page.locator('.banner').getAttribute('class')).toContain('ko');
    } finally {
      await visitor.close();
    }

    // The worker sent the alert to the zone's Telegram group, once.
    await expect
      .poll(() => telegram.delivered().filter((m) => m.text.includes('Incident ouvert')).length, {
        timeout: 30_000,
        interval: 500,
      })
      .toBe(1);
    expect(telegram.delivered()[0]).toMatchObject({ to: '-100777' });

    // The coordinator resolves it in the console.
    const desk = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      const ops = new OperationsPage(await desk.context.newPage(), server.url);
      await ops.logIn(server.account('coordinator').email, server.account('coordinator').password);
      await ops.openIncident(relay.name);
      expect(await ops.timelineSteps()).toEqual(['Ouvert']);
      await ops.resolve('Le courant est revenu au clocher.');
      await expect.poll(() => ops.status()).toBe('Résolu');
      expect(await ops.timelineSteps()).toEqual(['Ouvert', 'Résolu']);
    } finally {
      await desk.close();
    }

    expect((await status()).incidents).toMatchObject([{ id: incident?.id, status: 'resolved' }]);
    const statut = await (await fetch(`${server.url}/statut`)).text();
    expect(statut).toContain('Tout fonctionne normalement.');
    expect(statut).toContain(`<li class="resolved" id="incident-${incident?.id}">`);
    await expect
      .poll(() => telegram.delivered().filter((m) => m.text.includes('Incident résolu')).length, {
        timeout: 30_000,
        interval: 500,
      })
      .toBe(1);
  });
});
