// The outbox of outgoing messages (alerts and e-mails), claimed by the dispatcher with a lease so that
// several server processes never send the same row at once.
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { NotificationOutboxTable } from '../db/tables/operations.ts';

export type OutboxRow = Selectable<NotificationOutboxTable>;

/** Queues a message; an event already queued for this recipient is not queued again. */
export async function enqueue(db: Kysely<DB>, row: Insertable<NotificationOutboxTable>): Promise<boolean> {
  const inserted = await db
    .insertInto('notification_outbox')
    .values(row)
    .onConflict((oc) => oc.columns(['target', 'kind', 'event_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Takes up to `limit` due messages for `leaseMs`: another process skips them until the lease ends. */
export async function claimDue(
  db: Kysely<DB>,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxRow[]> {
  const until = new Date(now.getTime() + leaseMs);
  const res = await sql<OutboxRow>`
    update notification_outbox set locked_until = ${until}
    where id in (
      select id from notification_outbox
      where sent_at is null and next_attempt_at <= ${now} and (locked_until is null or locked_until <= ${now})
      order by next_attempt_at, created_at
      limit ${limit}
      for update skip locked)
    returning *`.execute(db);
  return res.rows;
}

/**
 * `redact`: an e-mail to a member carried a personal link (confirmation, unsubscribe); once sent, the
 * outbox keeps only that it was sent.
 */
export async function markSent(db: Kysely<DB>, id: string, now: Date, redact = false): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set({
      sent_at: now,
      locked_until: null,
      last_error: null,
      attempts: sql`attempts + 1`,
      ...(redact ? { body: '', payload: null } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function markFailed(
  db: Kysely<DB>,
  id: string,
  q: { error: string; nextAttemptAt: Date },
): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set({
      last_error: q.error.slice(0, 1000),
      next_attempt_at: q.nextAttemptAt,
      locked_until: null,
      attempts: sql`attempts + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export async function channelSecret(db: Kysely<DB>, channelId: string): Promise<string | null> {
  const row = await db
    .selectFrom('alert_channels')
    .select('secret')
    .where('id', '=', channelId)
    .executeTakeFirst();
  return row?.secret ?? null;
}

/** Newest first, for the console. */
export function recentOutbox(db: Kysely<DB>, limit: number): Promise<OutboxRow[]> {
  return db
    .selectFrom('notification_outbox')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Brings an unsent message forward to now (a coordinator's "retry"); false when sent or unknown. */
export async function retryNow(db: Kysely<DB>, id: string, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('notification_outbox')
    .set({ next_attempt_at: now })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
