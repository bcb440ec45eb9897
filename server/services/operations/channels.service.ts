// Alert channels, configured in the console or with `npm run admin -- add-channel`.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Env } from '../../env.ts';
import { DomainError } from '../../../shared/errors.ts';
import {
  alertEvent,
  type AlertChannel,
  type ChannelsOverview,
  type CreateChannelInput,
  type OutboxEntry,
  type UpdateChannelInput,
} from '../../../shared/schemas/channels.ts';
import * as repo from '../../repositories/alert-channels.repository.ts';
import { existingIds } from '../../repositories/incident-area.repository.ts';
import {
  enqueue,
  recentOutbox,
  retryNow,
  type OutboxRow,
} from '../../repositories/notification-outbox.repository.ts';
import { audit } from '../../repositories/audit.repository.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

function toChannel(r: repo.ChannelRow): AlertChannel {
  return {
    id: r.id,
    kind: r.kind,
    target: r.target,
    name: r.name,
    zoneIds: r.zone_ids,
    events: r.events.flatMap((e) => {
      const parsed = alertEvent.safeParse(e);
      return parsed.success ? [parsed.data] : [];
    }),
    language: r.language,
    enabled: r.enabled,
    createdAt: iso(r.created_at),
  };
}

/** An e-mail to a member is personal data: the console sees that it exists, not to whom. */
function maskEmail(address: string): string {
  const [user = '', domain = ''] = address.split('@');
  return `${user.slice(0, 1)}…@${domain}`;
}

function toOutboxEntry(r: OutboxRow): OutboxEntry {
  return {
    id: r.id,
    channelId: r.channel_id,
    kind: r.kind,
    target: r.channel_id ? r.target : maskEmail(r.target),
    subject: r.subject,
    attempts: r.attempts,
    nextAttemptAt: iso(r.next_attempt_at),
    sentAt: r.sent_at ? iso(r.sent_at) : null,
    lastError: r.last_error,
    createdAt: iso(r.created_at),
  };
}

async function checkZones(db: Kysely<DB>, zoneIds: string[]): Promise<void> {
  const found = new Set(await existingIds(db, 'zones', zoneIds));
  const missing = zoneIds.filter((z) => !found.has(z));
  if (missing.length) throw new DomainError('UNKNOWN_REFERENCE', `Zone inconnue : ${missing.join(', ')}`);
}

const defaultName = (c: CreateChannelInput) =>
  `${{ telegram: 'Telegram', matrix: 'Matrix', webhook: 'Webhook', email: 'E-mail' }[c.kind]} ${c.target}`.slice(
    0,
    120,
  );

export async function createChannel(
  db: Kysely<DB>,
  input: CreateChannelInput,
  actorId: string | null,
): Promise<AlertChannel> {
  await checkZones(db, input.zoneIds);
  // A webhook's receiver checks the HMAC with this secret: shown once, at creation.
  const secret = input.kind === 'webhook' ? randomBytes(32).toString('base64url') : null;
  const row = await db.transaction().execute(async (trx) => {
    const created = await repo.insertChannel(trx, {
      id: randomUUID(),
      kind: input.kind,
      target: input.target,
      name: input.name || defaultName(input),
      zone_ids: [...new Set(input.zoneIds)],
      events: [...new Set(input.events)],
      language: input.language,
      secret,
    });
    await audit(trx, {
      actorId,
      action: 'channel.create',
      targetTable: 'alert_channels',
      targetId: created.id,
    });
    return created;
  });
  return { ...toChannel(row), ...(secret ? { secret } : {}) };
}

export async function updateChannel(
  db: Kysely<DB>,
  input: UpdateChannelInput,
  actorId: string,
): Promise<AlertChannel> {
  if (input.zoneIds) await checkZones(db, input.zoneIds);
  const row = await repo.updateChannel(db, input.id, {
    ...(input.zoneIds ? { zone_ids: [...new Set(input.zoneIds)] } : {}),
    ...(input.events ? { events: [...new Set(input.events)] } : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
  });
  if (!row) throw new DomainError('NOT_FOUND', 'Canal introuvable.');
  await audit(db, { actorId, action: 'channel.update', targetTable: 'alert_channels', targetId: row.id });
  return toChannel(row);
}

export async function deleteChannel(db: Kysely<DB>, id: string, actorId: string): Promise<{ deleted: true }> {
  if (!(await repo.deleteChannel(db, id))) throw new DomainError('NOT_FOUND', 'Canal introuvable.');
  await audit(db, { actorId, action: 'channel.delete', targetTable: 'alert_channels', targetId: id });
  return { deleted: true };
}

export async function channelsOverview(db: Kysely<DB>, env: Env): Promise<ChannelsOverview> {
  return {
    channels: (await repo.listChannels(db)).map(toChannel),
    outbox: (await recentOutbox(db, 100)).map(toOutboxEntry),
    configured: {
      telegram: Boolean(env.TELEGRAM_BOT_TOKEN),
      matrix: Boolean(env.MATRIX_HOMESERVER_URL && env.MATRIX_ACCESS_TOKEN),
      email: Boolean(env.SMTP_URL),
    },
  };
}

const testWords = {
  fr: {
    subject: 'Terrain : message d’essai',
    body: 'Message d’essai de Terrain : ce canal reçoit bien les alertes du réseau.',
  },
  en: {
    subject: 'Terrain: test message',
    body: 'Test message from Terrain: this channel receives the network alerts.',
  },
};

/** Queues a test message for one channel (enabled or not): the dispatcher sends it like any alert. */
export async function testChannel(
  db: Kysely<DB>,
  id: string,
  actorId: string,
  now = new Date(),
): Promise<{ outboxId: string }> {
  const channel = (await repo.listChannels(db)).find((c) => c.id === id);
  if (!channel) throw new DomainError('NOT_FOUND', 'Canal introuvable.');
  const outboxId = randomUUID();
  const words = testWords[channel.language];
  await db.transaction().execute(async (trx) => {
    await enqueue(trx, {
      id: outboxId,
      channel_id: channel.id,
      kind: channel.kind,
      target: channel.target,
      event_key: `test:${outboxId}`,
      subject: words.subject,
      body: words.body,
      payload: JSON.stringify({ event: 'test' }),
      next_attempt_at: now,
    });
    await audit(trx, { actorId, action: 'channel.test', targetTable: 'alert_channels', targetId: id });
  });
  return { outboxId };
}

/** "Retry now" on a message waiting for its next attempt (the backoff may be up to an hour). */
export async function retryOutbox(db: Kysely<DB>, id: string, now = new Date()): Promise<{ retried: true }> {
  if (!(await retryNow(db, id, now))) {
    throw new DomainError('NOT_FOUND', 'Message introuvable ou déjà envoyé.');
  }
  return { retried: true };
}
