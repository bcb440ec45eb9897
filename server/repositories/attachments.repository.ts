// Photos, stored by SHA-256, received in chunks (resumable uploads).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface AttachmentState {
  mimeType: string;
  sizeBytes: number;
  receivedBytes: number;
  complete: boolean;
  uploadedBy: string | null;
}

/** The upload's state, locked until the transaction ends: chunks of one photo are appended one at a time. */
export async function lockAttachment(
  trx: Transaction<DB>,
  sha256: string,
): Promise<AttachmentState | undefined> {
  const row = await trx
    .selectFrom('attachments')
    .select(['mime_type', 'size_bytes', 'received_bytes', 'complete', 'uploaded_by'])
    .where('sha256', '=', sha256)
    .forUpdate()
    .executeTakeFirst();
  return (
    row && {
      mimeType: row.mime_type,
      sizeBytes: row.size_bytes,
      receivedBytes: row.received_bytes,
      complete: row.complete,
      uploadedBy: row.uploaded_by,
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
      content: null, // chunks live in attachment_chunks until the photo is complete
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/** One row per chunk: nothing received before is copied again (assembled once, at the end). */
export async function appendChunk(
  trx: Transaction<DB>,
  sha256: string,
  start: number,
  chunk: Uint8Array,
): Promise<void> {
  await trx.insertInto('attachment_chunks').values({ sha256, start_byte: start, content: chunk }).execute();
  await trx
    .updateTable('attachments')
    .set({ received_bytes: sql`received_bytes + ${chunk.length}::int`, last_chunk_at: sql`now()` })
    .where('sha256', '=', sha256)
    .execute();
}

export async function readChunks(trx: Transaction<DB>, sha256: string): Promise<Uint8Array[]> {
  const rows = await trx
    .selectFrom('attachment_chunks')
    .select('content')
    .where('sha256', '=', sha256)
    .orderBy('start_byte')
    .execute();
  return rows.map((r) => r.content);
}

/** A partial upload starts over (another uploader, another total): its chunks go, its owner changes. */
export async function restartAttachment(
  trx: Transaction<DB>,
  a: { sha256: string; mimeType: string; sizeBytes: number; uploadedBy: string },
): Promise<void> {
  await trx.deleteFrom('attachment_chunks').where('sha256', '=', a.sha256).execute();
  await trx
    .updateTable('attachments')
    .set({
      mime_type: a.mimeType,
      size_bytes: a.sizeBytes,
      uploaded_by: a.uploadedBy,
      received_bytes: 0,
      content: null,
      last_chunk_at: sql`now()`,
    })
    .where('sha256', '=', a.sha256)
    .where('complete', '=', false)
    .execute();
}

/** Partial uploads untouched since `before` are dropped (their chunks go with them). */
export async function deleteStalePartials(db: Db, before: Date): Promise<void> {
  await db
    .deleteFrom('attachments')
    .where('complete', '=', false)
    .where('last_chunk_at', '<', before)
    .execute();
}

export async function markComplete(trx: Transaction<DB>, sha256: string, content: Uint8Array): Promise<void> {
  await trx
    .updateTable('attachments')
    .set({ complete: true, completed_at: sql`now()`, content })
    .where('sha256', '=', sha256)
    .execute();
  await trx.deleteFrom('attachment_chunks').where('sha256', '=', sha256).execute();
}

/**
 * Who may see a photo: its uploader, and technicians with a record citing it that they made or that
 * lies in one of their zones. (Coordinators see every photo: the caller does not ask.)
 */
export async function visibleTo(db: Db, sha256s: string[], userId: string): Promise<Set<string>> {
  if (!sha256s.length) return new Set();
  const rows = await db
    .selectFrom('attachments as a')
    .select('a.sha256')
    .where('a.sha256', 'in', sha256s)
    .where((eb) =>
      eb.or([
        eb('a.uploaded_by', '=', userId),
        eb.exists(
          eb
            .selectFrom('interventions as i')
            .select(sql`1`.as('one'))
            .where(sql<boolean>`i.photos @> jsonb_build_array(a.sha256)`)
            .where((w) =>
              w.or([
                w('i.technician_id', '=', userId),
                w(
                  'i.zone_id',
                  'in',
                  w.selectFrom('user_zones').select('zone_id').where('user_id', '=', userId),
                ),
              ]),
            ),
        ),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.sha256));
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
    .select(['sha256', 'mime_type', 'size_bytes', 'received_bytes', 'complete', 'uploaded_by'])
    .where('sha256', 'in', sha256s)
    .execute();
  return rows.map((r) => ({
    sha256: r.sha256,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    receivedBytes: r.received_bytes,
    complete: r.complete,
    uploadedBy: r.uploaded_by,
  }));
}
