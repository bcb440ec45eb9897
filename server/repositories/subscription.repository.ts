// Subscription requests (personal data, coordinators only).
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, SubscriptionRequestsTable } from '../db/schema.ts';
import type { SubscriptionListInput, SubscriptionRequest } from '../../shared/schemas/subscription.ts';
import { newestFirstPage, pageOf, type PageKey } from './keyset.ts';

type Row = Selectable<SubscriptionRequestsTable>;

export async function insertSubscription(
  db: Kysely<DB>,
  row: Insertable<SubscriptionRequestsTable>,
): Promise<boolean> {
  // The id is the browser's: the same request sent again (lost answer) is recorded once.
  const inserted = await db
    .insertInto('subscription_requests')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Newest first; `after` is the key of the last item of the previous page. */
export async function listSubscriptions(
  db: Kysely<DB>,
  q: Pick<SubscriptionListInput, 'status' | 'technology'> & { after: PageKey | null; limit: number },
): Promise<{ items: SubscriptionRequest[]; last: PageKey | null }> {
  const query = db
    .selectFrom('subscription_requests')
    .selectAll()
    .$if(q.status !== undefined, (b) => b.where('status', '=', q.status ?? 'new'))
    .$if(q.technology !== undefined, (b) => b.where('technology', '=', q.technology ?? 'fibre'));
  const rows = await newestFirstPage(query, q.after, q.limit).execute();
  return pageOf(rows, q.limit, toRequest);
}

/** GDPR: nothing is kept past its retention date. */
export async function purgeExpiredSubscriptions(db: Kysely<DB>, now: Date): Promise<number> {
  const res = await db
    .deleteFrom('subscription_requests')
    .where('retention_until', '<=', now)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

function toRequest(r: Row): SubscriptionRequest {
  return {
    id: r.id,
    technology: r.technology,
    status: r.status,
    surveyOutcome: r.survey_outcome,
    position: { lat: r.lat, lon: r.lon },
    address: r.address,
    buildingId: r.building_id,
    sectorId: r.sector_id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    comment: r.comment,
    consentAt: r.consent_at.toISOString(),
    retentionUntil: r.retention_until.toISOString(),
    createdAt: r.created_at.toISOString(),
  };
}

/** Moves a request along the team's follow-up; undefined when there is no such request. */
export async function updateSubscriptionStatus(
  db: Kysely<DB>,
  id: string,
  status: SubscriptionRequest['status'],
): Promise<SubscriptionRequest | undefined> {
  const row = await db
    .updateTable('subscription_requests')
    .set({ status })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toRequest(row) : undefined;
}

export async function findSubscription(db: Kysely<DB>, id: string): Promise<SubscriptionRequest | undefined> {
  const row = await db
    .selectFrom('subscription_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRequest(row) : undefined;
}

export async function deleteSubscription(db: Kysely<DB>, id: string): Promise<boolean> {
  const res = await db.deleteFrom('subscription_requests').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
