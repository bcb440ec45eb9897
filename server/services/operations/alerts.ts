// Alerts out, step one: an event is written to the outbox for every channel that wants it, in the
// caller's transaction, so the event and its messages commit (or vanish) together. The dispatcher
// sends them afterwards. No channel, no row: nothing is ever sent when none is configured.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { channelsFor } from '../../repositories/alert-channels.repository.ts';
import { enqueue } from '../../repositories/notification-outbox.repository.ts';
import { eventKey, messageFor, type OpsEvent } from './messages.ts';

export async function publishEvent(
  db: Kysely<DB>,
  event: OpsEvent,
  zoneIds: string[],
  now = new Date(),
): Promise<number> {
  const channels = await channelsFor(db, event.kind, zoneIds);
  let queued = 0;
  for (const channel of channels) {
    const message = messageFor(event, channel.language, now);
    const added = await enqueue(db, {
      id: randomUUID(),
      channel_id: channel.id,
      kind: channel.kind,
      target: channel.target,
      event_key: eventKey(event, now),
      subject: message.subject,
      body: message.body,
      payload: JSON.stringify({ event: event.kind, zoneIds, ...payloadOf(event) }),
      next_attempt_at: now,
    });
    if (added) queued++;
  }
  return queued;
}

/** What a signed webhook receives besides the text: ids a program can act on, no personal data. */
function payloadOf(event: OpsEvent): Record<string, unknown> {
  switch (event.kind) {
    case 'incident.opened':
    case 'incident.updated':
    case 'incident.resolved':
      return {
        incidentId: event.incident.id,
        title: event.incident.title,
        severity: event.incident.severity,
        startedAt: event.incident.startedAt.toISOString(),
        resolvedAt: event.incident.resolvedAt?.toISOString() ?? null,
        membersAffected: event.incident.membersAffected,
      };
    case 'intervention.created':
      return { interventionId: event.interventionId, interventionKind: event.interventionKind };
    case 'prospect.created':
      return { what: event.what, technology: event.technology };
  }
}
