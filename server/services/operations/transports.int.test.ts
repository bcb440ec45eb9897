// Alerts out against real protocol peers on 127.0.0.1: Matrix's send-event endpoint (bearer token, the
// same txnId when a lost answer makes us retry, so the room shows one message), a signed webhook whose
// receiver verifies the HMAC, and Telegram's flood control (429 with retry_after) honoured to the second.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { parseEnv, type Env } from '../../env.ts';
import { makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { openIncidentInput } from '../../../shared/schemas/incidents.ts';
import { createChannel, updateChannel } from './channels.service.ts';
import { dispatchDue } from './dispatcher.ts';
import { openIncident } from './incidents.service.ts';
import { startChatPeer, startWebhookPeer } from './testing/fake-peers.ts';
import { loadTwoZoneNetwork } from './testing/network.ts';

const BOT = '654321:transport-test';
const MATRIX_TOKEN = 'syt_terrain_test_token';

describe.each(testDatabases)('Alert transports against real peers on $name', (kind) => {
  let database: Database;
  let env: Env;
  let chat: Awaited<ReturnType<typeof startChatPeer>>;
  let hook: Awaited<ReturnType<typeof startWebhookPeer>>;
  const channelIds: Record<string, string> = {};

  beforeAll(async () => {
    database = await kind.open();
    chat = await startChatPeer(BOT);
    hook = await startWebhookPeer();
    env = parseEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      TELEGRAM_API_URL: chat.url,
      TELEGRAM_BOT_TOKEN: BOT,
      MATRIX_HOMESERVER_URL: chat.url,
      MATRIX_ACCESS_TOKEN: MATRIX_TOKEN,
      SMTP_URL: '',
    });
    await loadTwoZoneNetwork(database.db);
    const base = { zoneIds: ['nord'], events: ['incident.opened' as const], language: 'fr' as const };
    const matrix = await createChannel(
      database.db,
      { ...base, kind: 'matrix', target: '!ops:coop.test' },
      null,
    );
    const webhook = await createChannel(database.db, { ...base, kind: 'webhook', target: hook.url }, null);
    const telegram = await createChannel(database.db, { ...base, kind: 'telegram', target: '-1001' }, null);
    hook.secret.value = webhook.secret ?? '';
    Object.assign(channelIds, { matrix: matrix.id, webhook: webhook.id, telegram: telegram.id });
  });
  afterAll(async () => {
    await chat.close();
    await hook.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.db.deleteFrom('notification_outbox').execute();
    chat.requests.length = 0;
  });

  /** Only this channel stays enabled; an incident opens in its zone. */
  async function openWith(only: 'matrix' | 'webhook' | 'telegram', at: Date, title: string) {
    const coordinator = await makeUser(database, 'coordinator');
    for (const [name, id] of Object.entries(channelIds)) {
      await updateChannel(database.db, { id, enabled: name === only }, coordinator.id);
    }
    const input = openIncidentInput.parse({ siteIds: ['R-NORD'], titleFr: title });
    return openIncident(database.db, input, coordinator.id, at);
  }

  it('Matrix: a PUT with the bearer token; a lost answer is retried with the same txnId, one message', async () => {
    const t0 = new Date();
    await openWith('matrix', t0, 'Relais Nord muet');
    chat.loseAnswerNext();
    expect(await dispatchDue(database.db, env, t0)).toEqual({ sent: 0, failed: 1 });
    expect(await dispatchDue(database.db, env, new Date(t0.getTime() + 31_000))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(chat.requests).toHaveLength(2);
    const [first, second] = chat.requests;
    expect(first?.method).toBe('PUT');
    expect(first?.authorization).toBe(`Bearer ${MATRIX_TOKEN}`);
    expect(first?.path).toMatch(
      /^\/_matrix\/client\/v3\/rooms\/!ops%3Acoop\.test\/send\/m\.room\.message\/[0-9a-f-]{36}$/,
    );
    expect(second?.path).toBe(first?.path); // the same transaction id
    expect(first?.body).toMatchObject({ msgtype: 'm.text' });
    const inRoom = chat.delivered().filter((m) => m.to === '!ops:coop.test');
    expect(inRoom).toHaveLength(1);
    expect(inRoom[0]?.text).toContain('Relais Nord muet');
  });

  it('webhook: the receiver verifies the HMAC; a wrong secret is refused and kept as the last error', async () => {
    const t0 = new Date();
    const good = hook.secret.value;
    hook.secret.value = 'not-the-channel-secret';
    await openWith('webhook', t0, 'Coupure fibre PM Auxerre');
    expect(await dispatchDue(database.db, env, t0)).toEqual({ sent: 0, failed: 1 });
    expect(hook.refused).toBe(1);
    const row = await database.db.selectFrom('notification_outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.last_error).toContain('401');

    hook.secret.value = good;
    expect(await dispatchDue(database.db, env, new Date(t0.getTime() + 31_000))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(hook.accepted).toHaveLength(1);
    expect(hook.accepted[0]?.id).toBe(row.id);
    expect(hook.accepted[0]?.body).toMatchObject({
      id: row.id,
      subject: expect.stringContaining('Coupure fibre PM Auxerre'),
      event: { event: 'incident.opened', zoneIds: ['nord'], title: 'Coupure fibre PM Auxerre' },
    });
  });

  it('Telegram: 429 with retry_after is honoured to the second, then one message', async () => {
    const t0 = new Date();
    await openWith('telegram', t0, 'Relais Nord sans courant');
    chat.rateLimitNext(7);
    expect(await dispatchDue(database.db, env, t0)).toEqual({ sent: 0, failed: 1 });
    const row = await database.db.selectFrom('notification_outbox').selectAll().executeTakeFirstOrThrow();
    expect(new Date(row.next_attempt_at).getTime()).toBe(t0.getTime() + 7_000);
    expect(row.last_error).toContain('7 s');
    expect(await dispatchDue(database.db, env, new Date(t0.getTime() + 6_999))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await dispatchDue(database.db, env, new Date(t0.getTime() + 7_000))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(chat.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(chat.delivered().filter((m) => m.text.includes('Relais Nord sans courant'))).toHaveLength(1);
  });
});
