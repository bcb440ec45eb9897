import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function audit(
  db: Kysely<DB>,
  entry: {
    actorId: string | null;
    action: string;
    targetTable?: string;
    targetId?: string;
    details?: unknown;
  },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      target_table: entry.targetTable ?? null,
      target_id: entry.targetId ?? null,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .execute();
}
