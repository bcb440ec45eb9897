// Coordinators reading lists that hold personal data (prospects' contacts) leave an audit entry: who,
// which list, how many rows, which filters. Never the rows themselves.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { audit } from '../repositories/audit.repository.ts';

export async function auditedRead<T extends { items: unknown[] }>(
  db: Kysely<DB>,
  actorId: string,
  list: string,
  filters: unknown,
  page: T,
): Promise<T> {
  await audit(db, { actorId, action: `${list}.read`, details: { rows: page.items.length, filters } });
  return page;
}
