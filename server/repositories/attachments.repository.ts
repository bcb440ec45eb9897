// Photos, stored by SHA-256, received in chunks (resumable uploads).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface AttachmentState {
  mimeType: string;
  sizeBytes: number;
  receivedBytes: number;
  complete: boolean;
}

/** The upload's state, locked until the transaction ends: chunks of one photo are appended one at a time. */
export async function lockAttachment(
  trx: Transaction<DB>,
  sha256: string,
): Promise<AttachmentState | undefined> {
  const row = await trx
    .selectFrom('attachments')
    .select(['mime_type', 'size_bytes', 'received_bytes', 'complete'])
    .where('sha256', '=', sha256)
    .forUpdate()
    .executeTakeFirst();
  return (
    row && {
      mimeType: row.mime_type,
      sizeBytes: row.size_bytes,
      receivedBytes: row.received_bytes,
      complete: row.complete,
    }
  );
}

/** Starts an upload (a concurrent start of the same photo is a no-op: the lock that follows serialises). */
export async function startAttachment(
  trx: Transaction<DB>,
  a: { sha256: string; mimeType: string; sizeBytes: number; uploadedBy: string },
): Promise<void> {
  await trx
    .insertInto('attachments')
    .values({
      sha256: a.sha256,
      mime_type: a.mimeType,
      size_bytes: a.sizeBytes,
      uploaded_by: a.uploadedBy,
      content: new Uint8Array(0),
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function appendChunk(trx: Transaction<DB>, sha256: string, chunk: Uint8Array): Promise<void> {
  await sql`
    update attachments set content = coalesce(content, ''::bytea) || ${chunk}::bytea,
      received_bytes = received_bytes + ${chunk.length}::int
    where sha256 = ${sha256}`.execute(trx);
}

export async function readContent(db: Db, sha256: string): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('attachments')
    .select('content')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row?.content ?? null;
}

export async function markComplete(trx: Transaction<DB>, sha256: string): Promise<void> {
  await trx
    .updateTable('attachments')
    .set({ complete: true, completed_at: sql`now()` })
    .where('sha256', '=', sha256)
    .execute();
}

export async function deleteAttachment(trx: Transaction<DB>, sha256: string): Promise<void> {
  await trx.deleteFrom('attachments').where('sha256', '=', sha256).execute();
}

export async function findCompleteAttachment(
  db: Db,
  sha256: string,
): Promise<{ mimeType: string; content: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('attachments')
    .select(['mime_type', 'content'])
    .where('sha256', '=', sha256)
    .where('complete', '=', true)
    .executeTakeFirst();
  return row?.content ? { mimeType: row.mime_type, content: row.content } : undefined;
}

export async function attachmentStates(
  db: Db,
  sha256s: string[],
): Promise<(AttachmentState & { sha256: string })[]> {
  if (!sha256s.length) return [];
  const rows = await db
    .selectFrom('attachments')
    .select(['sha256', 'mime_type', 'size_bytes', 'received_bytes', 'complete'])
    .where('sha256', 'in', sha256s)
    .execute();
  return rows.map((r) => ({
    sha256: r.sha256,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    receivedBytes: r.received_bytes,
    complete: r.complete,
  }));
}
