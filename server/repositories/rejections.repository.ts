// Mutations refused for a business rule (contract §3.3): kept for coordinators.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RejectionRecord } from '../../shared/schemas/sync.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertRejection(
  db: Db,
  r: {
    clientId: string;
    mutationId: number;
    userId: string;
    name: string;
    args: unknown;
    code: string;
    message: string;
  },
): Promise<void> {
  await db
    .insertInto('sync_rejections')
    .values({
      client_id: r.clientId,
      mutation_id: r.mutationId,
      user_id: r.userId,
      name: r.name,
      args: JSON.stringify(r.args ?? null),
      code: r.code,
      message: r.message,
    })
    // A mutation is processed once per device, so this only guards against a restored backup.
    .onConflict((oc) => oc.columns(['client_id', 'mutation_id']).doNothing())
    .execute();
}

/** Earlier rejections among these already-processed mutation ids of one device. */
export async function findRejections(
  db: Db,
  clientId: string,
  mutationIds: number[],
): Promise<Map<number, { code: string; message: string }>> {
  if (!mutationIds.length) return new Map();
  const rows = await db
    .selectFrom('sync_rejections')
    .select(['mutation_id', 'code', 'message'])
    .where('client_id', '=', clientId)
    .where('mutation_id', 'in', mutationIds)
    .execute();
  return new Map(rows.map((r) => [r.mutation_id, { code: r.code, message: r.message }]));
}

export async function listRejections(
  db: Db,
  q: { resolved?: boolean; before?: number | null; limit: number },
): Promise<RejectionRecord[]> {
  const rows = await db
    .selectFrom('sync_rejections as r')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .selectAll('r')
    .select('u.name as user_name')
    .$if(q.resolved !== undefined, (b) => b.where('r.resolved_at', q.resolved ? 'is not' : 'is', null))
    .$if(q.before != null, (b) => b.where('r.id', '<', q.before ?? 0))
    .orderBy('r.id', 'desc')
    .limit(q.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    mutationId: r.mutation_id,
    userId: r.user_id,
    userName: r.user_name,
    name: r.name,
    args: r.args,
    code: r.code,
    message: r.message,
    createdAt: r.created_at.toISOString(),
    resolvedAt: r.resolved_at?.toISOString() ?? null,
  }));
}

export async function resolveRejection(db: Db, id: number): Promise<boolean> {
  const res = await db
    .updateTable('sync_rejections')
    .set({ resolved_at: sql`now()` })
    .where('id', '=', id)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
