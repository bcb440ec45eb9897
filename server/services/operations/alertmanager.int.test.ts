// Done-when (issue 11): Alertmanager firing → incident; status.json/atom and eligibility.check show it;
// the zone's Telegram channel gets one message, another zone's none; 500, 500, 200 → exactly one
// message; resolved resolves everywhere.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { parseEnv, type Env } from '../../env.ts';
import { buildApp } from '../../app.ts';
import { callerFor } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { publicStatus as publicStatusSchema } from '../../../shared/schemas/incidents.ts';
import { createChannel } from './channels.service.ts';
import { dispatchDue } from './dispatcher.ts';
import { createHookToken } from './hook-tokens.ts';
import { startChatPeer } from './testing/fake-peers.ts';
import { loadTwoZoneNetwork, UNDER_NORD } from './testing/network.ts';

const BOT = '123456:test-token';

const alert = (status: 'firing' | 'resolved', startsAt: string, endsAt = '0001-01-01T00:00:00Z') => ({
  version: '4',
  groupKey: '{}:{alertname="RelayDown"}',
  truncatedAlerts: 0,
  status,
  receiver: 'terrain',
  groupLabels: { alertname: 'RelayDown' },
  commonLabels: { alertname: 'RelayDown', site: 'R-NORD' },
  commonAnnotations: {},
  externalURL: 'http://alertmanager.local',
  alerts: [
    {
      status,
      labels: { alertname: 'RelayDown', site: 'R-NORD', severity: 'critical', instance: '10.0.0.1' },
      annotations: { summary: 'Relais Nord injoignable', description: 'ping perdu depuis 5 min' },
      startsAt,
      endsAt,
      generatorURL: 'http://prometheus.local/graph',
      fingerprint: 'a1b2c3d4e5f60718',
    },
  ],
});

describe.each(testDatabases)('Alertmanager to incident to alerts on $name', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let env: Env;
  let peer: Awaited<ReturnType<typeof startChatPeer>>;
  let token: string;
  const startedAt = new Date(Date.now() - 20 * 60_000);

  beforeAll(async () => {
    database = await kind.open();
    peer = await startChatPeer(BOT);
    env = parseEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      TELEGRAM_API_URL: peer.url,
      TELEGRAM_BOT_TOKEN: BOT,
      SMTP_URL: '', // empty counts as unset
    });
    app = await buildApp(database, env);
    await loadTwoZoneNetwork(database.db);
    await createChannel(
      database.db,
      {
        kind: 'telegram',
        target: '-1001',
        zoneIds: ['nord'],
        events: ['incident.opened', 'incident.resolved'],
        language: 'fr',
      },
      null,
    );
    await createChannel(
      database.db,
      {
        kind: 'telegram',
        target: '-2002',
        zoneIds: ['sud'],
        events: ['incident.opened', 'incident.resolved'],
        language: 'fr',
      },
      null,
    );
    token = await createHookToken(database.db, 'prometheus');
  });
  afterAll(async () => {
    await app.close();
    await peer.close();
    await database.close();
  });

  const post = (payload: unknown, t: string | null = token) =>
    app.inject({
      method: 'POST',
      url: `/hooks/alertmanager${t === null ? '' : `?token=${t}`}`,
      payload: payload as object,
    });

  it('refuses a missing or wrong token with 401 and changes nothing', async () => {
    expect((await post(alert('firing', startedAt.toISOString()), null)).statusCode).toBe(401);
    expect((await post(alert('firing', startedAt.toISOString()), 'th_wrong')).statusCode).toBe(401);
    const bad = await post({ version: '4', status: 'firing', alerts: [{ nope: 1 }] });
    expect(bad.statusCode).toBe(400);
    expect(await database.db.selectFrom('incidents').select('id').execute()).toEqual([]);
  });

  it('opens one incident on the site; a repeated firing refreshes it instead of duplicating', async () => {
    const first = await post(alert('firing', startedAt.toISOString()));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ outcomes: [{ action: 'opened' }] });
    const again = await post(alert('firing', startedAt.toISOString()));
    expect(again.json()).toMatchObject({ outcomes: [{ action: 'refreshed' }] });
    const rows = await database.db.selectFrom('incidents').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'open',
      severity: 'critical',
      source: 'alertmanager',
      zone_ids: ['nord'],
    });
  });

  it('shows the incident in /status.json, /status.atom and eligibility.check', async () => {
    const json = publicStatusSchema.parse((await app.inject({ method: 'GET', url: '/status.json' })).json());
    expect(json.incidents).toHaveLength(1);
    const [incident] = json.incidents;
    expect(incident).toMatchObject({
      status: 'open',
      title: 'Relais Nord injoignable',
      siteIds: ['R-NORD'],
      zoneIds: ['nord'],
      startedAt: startedAt.toISOString(),
    });
    expect(incident?.resolvedAt).toBeUndefined();

    const atom = await app.inject({ method: 'GET', url: '/status.atom' });
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom.body).toContain(`<id>urn:uuid:${incident?.id}</id>`);
    expect(atom.body).toContain('[En cours] Relais Nord injoignable');

    const check = await callerFor(database).eligibility.check(UNDER_NORD);
    const radio = check.options.find((o) => o.siteId === 'R-NORD');
    expect(radio?.incident).toEqual({
      id: incident?.id,
      title: 'Relais Nord injoignable',
      startedAt: startedAt.toISOString(),
    });
    expect(radio?.reason).toMatch(/incident en cours depuis \d{2} h \d{2}/);
    const en = await callerFor(database).eligibility.check({ ...UNDER_NORD, lang: 'en' });
    expect(en.options.find((o) => o.siteId === 'R-NORD')?.reason).toMatch(
      /incident in progress since \d{2}:\d{2}/,
    );
  });

  it('sends one Telegram message to the zone’s channel only, through 500, 500, then 200', async () => {
    peer.failNext(500, 500);
    const t0 = new Date();
    expect(await dispatchDue(database.db, env, t0)).toEqual({ sent: 0, failed: 1 });
    // Not due yet: backoff holds it.
    expect(await dispatchDue(database.db, env, new Date(t0.getTime() + 5_000))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await dispatchDue(database.db, env, new Date(t0.getTime() + 31_000))).toEqual({
      sent: 0,
      failed: 1,
    });
    const row = await database.db.selectFrom('notification_outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.last_error).toContain('500');
    expect(await dispatchDue(database.db, env, new Date(t0.getTime() + 92_000))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await dispatchDue(database.db, env, new Date(t0.getTime() + 3_600_000))).toEqual({
      sent: 0,
      failed: 0,
    });

    expect(peer.requests).toHaveLength(3);
    expect(peer.requests.every((r) => (r.body as { chat_id: number }).chat_id === -1001)).toBe(true);
    expect(peer.delivered()).toHaveLength(1);
    expect(peer.delivered()[0]?.text).toContain('Incident ouvert (critique) : Relais Nord injoignable');
    expect(peer.delivered().some((m) => m.to === '-2002')).toBe(false);
  });

  it('resolves everywhere on the resolved payload, and tells the zone once', async () => {
    const endsAt = new Date().toISOString();
    const res = await post(alert('resolved', startedAt.toISOString(), endsAt));
    expect(res.json()).toMatchObject({ outcomes: [{ action: 'resolved' }] });
    const json = publicStatusSchema.parse((await app.inject({ method: 'GET', url: '/status.json' })).json());
    expect(json.incidents[0]).toMatchObject({ status: 'resolved', resolvedAt: endsAt });
    const check = await callerFor(database).eligibility.check(UNDER_NORD);
    expect(check.options.some((o) => o.incident !== undefined)).toBe(false);
    expect(check.options.find((o) => o.siteId === 'R-NORD')?.reason).not.toContain('incident');
    const atom = await app.inject({ method: 'GET', url: '/status.atom' });
    expect(atom.body).toContain('[Résolu] Relais Nord injoignable');
    const page = await app.inject({ method: 'GET', url: '/statut' });
    expect(page.body).toContain('Tout fonctionne normalement.');
    expect(page.body).toContain('Relais Nord injoignable');

    await dispatchDue(database.db, env, new Date(Date.now() + 4 * 3_600_000));
    const resolved = peer.delivered().filter((m) => m.text.includes('Incident résolu'));
    expect(resolved).toEqual([{ to: '-1001', text: expect.stringContaining('Relais Nord injoignable') }]);
    // Resolved again (Alertmanager repeats resolutions too): nothing new.
    expect((await post(alert('resolved', startedAt.toISOString(), endsAt))).json()).toMatchObject({
      outcomes: [{ action: 'ignored' }],
    });
  });
});
