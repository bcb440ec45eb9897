// Alert channels: where operational events are sent.
import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AlertChannelsTable } from '../db/tables/operations.ts';

export type ChannelRow = Selectable<AlertChannelsTable>;

export async function insertChannel(
  db: Kysely<DB>,
  row: Insertable<AlertChannelsTable>,
): Promise<ChannelRow> {
  return db.insertInto('alert_channels').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateChannel(
  db: Kysely<DB>,
  id: string,
  patch: Updateable<AlertChannelsTable>,
): Promise<ChannelRow | undefined> {
  return db
    .updateTable('alert_channels')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteChannel(db: Kysely<DB>, id: string): Promise<boolean> {
  const res = await db.deleteFrom('alert_channels').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export function listChannels(db: Kysely<DB>): Promise<ChannelRow[]> {
  return db.selectFrom('alert_channels').selectAll().orderBy('created_at').orderBy('id').execute();
}

/**
 * Enabled channels subscribed to this event kind whose zones meet the event's zones (a channel without
 * zones takes everything; an event without zones reaches only those).
 */
export function channelsFor(db: Kysely<DB>, event: string, zoneIds: string[]): Promise<ChannelRow[]> {
  return db
    .selectFrom('alert_channels')
    .selectAll()
    .where('enabled', '=', true)
    .where(sql<boolean>`events @> array[${event}]::text[]`)
    .where(sql<boolean>`(cardinality(zone_ids) = 0 or zone_ids && ${sql.val(zoneIds)}::text[])`)
    .orderBy('created_at')
    .execute();
}
