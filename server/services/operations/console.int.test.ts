// What the console's operations screens call: the area preview before opening, the timeline of an
// incident through update and resolve, a channel's test message, and "retry now" on a waiting message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import { loadTwoZoneNetwork } from './testing/network.ts';

describe.each(testDatabases)('Operations console on $name', (kind) => {
  let database: Database;
  let coordinator: SessionUser;
  let admin: SessionUser;

  beforeAll(async () => {
    database = await kind.open();
    await loadTwoZoneNetwork(database.db);
    coordinator = await makeUser(database, 'coordinator');
    admin = await makeUser(database, 'admin');
  });
  afterAll(async () => {
    await database.close();
  });

  it('previews the area of a relay (its sectors, its zone) and refuses an unknown element', async () => {
    const api = callerFor(database, coordinator);
    expect(await api.incidents.preview({ siteIds: ['R-NORD'] })).toEqual({
      relayIds: ['R-NORD'],
      sectorCount: 1,
      zoneIds: ['nord'],
      buildingCount: 0,
      membersAffected: 0,
    });
    await expect(api.incidents.preview({ siteIds: ['R-NOWHERE'] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('keeps a timeline: opened, updated with a public text, resolved, each with its author', async () => {
    const api = callerFor(database, coordinator);
    const opened = await api.incidents.open({
      siteIds: ['R-SUD'],
      titleFr: 'Relais Sud en panne',
      publicTextFr: 'Nous cherchons la cause.',
      internalNotes: 'Appeler la mairie pour la clé.',
    });
    await api.incidents.update({ id: opened.id, publicTextFr: 'Un technicien est en route.' });
    await api.incidents.resolve({ id: opened.id, publicTextFr: 'Le courant est revenu.' });
    const detail = await api.incidents.get({ id: opened.id });
    expect(detail.status).toBe('resolved');
    expect(detail.updates.map((u) => [u.kind, u.publicTextFr, u.authorName])).toEqual([
      ['opened', 'Nous cherchons la cause.', 'Test coordinator'],
      ['updated', 'Un technicien est en route.', 'Test coordinator'],
      ['resolved', 'Le courant est revenu.', 'Test coordinator'],
    ]);
    expect(detail.updates[0]?.note).toBe('Appeler la mairie pour la clé.');
  });

  it('queues a test message for a channel and lets a waiting message be retried at once', async () => {
    const channel = await callerFor(database, admin).channels.create({
      kind: 'telegram',
      target: '-3003',
      zoneIds: ['sud'],
    });
    const api = callerFor(database, coordinator);
    const { outboxId } = await api.channels.test({ id: channel.id });
    const overview = await api.channels.overview();
    const queued = overview.outbox.find((m) => m.id === outboxId);
    expect(queued).toMatchObject({
      channelId: channel.id,
      sentAt: null,
      subject: 'Terrain : message d’essai',
    });

    // The far side failed earlier: the message waits an hour; "retry" brings it forward.
    const later = new Date(Date.now() + 3_600_000);
    await database.db
      .updateTable('notification_outbox')
      .set({ next_attempt_at: later, last_error: 'Telegram a répondu 502' })
      .where('id', '=', outboxId)
      .execute();
    const before = Date.now();
    expect(await api.channels.retry({ id: outboxId })).toEqual({ retried: true });
    const row = await database.db
      .selectFrom('notification_outbox')
      .select('next_attempt_at')
      .where('id', '=', outboxId)
      .executeTakeFirstOrThrow();
    expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(row.next_attempt_at).getTime()).toBeLessThan(later.getTime());

    await database.db
      .updateTable('notification_outbox')
      .set({ sent_at: new Date() })
      .where('id', '=', outboxId)
      .execute();
    await expect(api.channels.retry({ id: outboxId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
