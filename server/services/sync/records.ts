// What coordinators see of the sync: refused mutations and overwritten values, newest first.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ConflictRecord, RejectionRecord } from '../../../shared/schemas/sync.ts';
import { reject } from '../../../shared/mutators/reject.ts';
import * as conflicts from '../../repositories/conflicts.repository.ts';
import * as rejections from '../../repositories/rejections.repository.ts';
import { audit } from '../../repositories/audit.repository.ts';

interface Page {
  cursor?: number | null;
  limit: number;
}

function paged<T extends { id: number }>(
  items: T[],
  limit: number,
): { items: T[]; nextCursor: number | null } {
  const last = items.at(-1);
  return { items, nextCursor: items.length === limit && last ? last.id : null };
}

export async function listRejections(
  db: Kysely<DB>,
  q: Page & { resolved?: boolean },
): Promise<{ items: RejectionRecord[]; nextCursor: number | null }> {
  return paged(await rejections.listRejections(db, { ...q, before: q.cursor }), q.limit);
}

export async function listConflicts(
  db: Kysely<DB>,
  q: Page & { resolved?: boolean; table?: string; rowId?: string },
): Promise<{ items: ConflictRecord[]; nextCursor: number | null }> {
  return paged(await conflicts.listConflicts(db, { ...q, before: q.cursor }), q.limit);
}

export async function resolveRejection(db: Kysely<DB>, id: number, userId: string): Promise<void> {
  if (!(await rejections.resolveRejection(db, id)))
    throw reject('NOT_FOUND', 'Refus introuvable ou déjà traité.');
  await audit(db, {
    actorId: userId,
    action: 'sync.resolveRejection',
    targetTable: 'sync_rejections',
    targetId: String(id),
  });
}

export async function resolveConflict(db: Kysely<DB>, id: number, userId: string): Promise<void> {
  if (!(await conflicts.resolveConflict(db, id, userId)))
    throw reject('NOT_FOUND', 'Conflit introuvable ou déjà traité.');
  await audit(db, {
    actorId: userId,
    action: 'sync.resolveConflict',
    targetTable: 'conflicts',
    targetId: String(id),
  });
}
