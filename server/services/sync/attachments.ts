// Photo uploads (contract §3.7): content-addressed, resumable, idempotent. A photo is stored under the
// SHA-256 of its bytes, so the same photo sent twice (a retry, two devices) is one row, and an
// intervention can name its photos before they arrive.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentMimeTypes,
  type AttachmentMimeType,
  type AttachmentStatus,
} from '../../../shared/schemas/attachments.ts';
import { roleRank, type Role } from '../../../shared/schemas/auth.ts';
import * as repo from '../../repositories/attachments.repository.ts';

export interface Chunk {
  sha256: string;
  /** Content-Type of the request: an allowed image type, or application/octet-stream. */
  declaredType: string;
  /** From Content-Range; null: the body is the whole file. */
  range: { start: number; end: number; total: number } | null;
  body: Uint8Array;
  userId: string;
}

export interface ChunkOutcome {
  /** 200 stored (or already complete); 400 bad request; 409 wrong offset; 413 too big; 415 not an allowed image; 422 hash mismatch. */
  status: 200 | 400 | 409 | 413 | 415 | 422;
  /** Where the next chunk must start (the Upload-Offset header). */
  offset: number;
  sizeBytes: number | null;
  complete: boolean;
  error?: string;
}

/** Image type from the first bytes: the stored type never comes from what the client merely claims. */
function sniffImageType(bytes: Uint8Array): AttachmentMimeType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** Non-final chunks smaller than this are refused: thousands of tiny rows would cost more than the bytes. */
const MIN_CHUNK_BYTES = 64 * 1024;
/** A partial upload untouched this long is dropped; the device starts over if it still has the photo. */
export const PARTIAL_TTL_MS = 7 * 86_400_000;

export async function receiveChunk(db: Kysely<DB>, chunk: Chunk): Promise<ChunkOutcome> {
  const range = chunk.range ?? { start: 0, end: chunk.body.length - 1, total: chunk.body.length };
  const refuse = (status: ChunkOutcome['status'], error: string, offset = 0): ChunkOutcome => ({
    status,
    offset,
    sizeBytes: range.total,
    complete: false,
    error,
  });
  if (range.total > ATTACHMENT_MAX_BYTES)
    return refuse(413, `photo de plus de ${ATTACHMENT_MAX_BYTES} octets`);
  if (range.total <= 0 || range.end - range.start + 1 !== chunk.body.length || range.end >= range.total) {
    return refuse(400, 'Content-Range ne correspond pas au corps de la requête');
  }
  if (range.end + 1 < range.total && chunk.body.length < MIN_CHUNK_BYTES) {
    return refuse(400, `morceaux d’au moins ${MIN_CHUNK_BYTES} octets (sauf le dernier)`);
  }
  const declared = chunk.declaredType;
  if (declared !== 'application/octet-stream' && !attachmentMimeTypes.some((t) => t === declared)) {
    return refuse(415, `type ${declared} refusé (JPEG, WebP ou PNG)`);
  }
  await repo.deleteStalePartials(db, new Date(Date.now() - PARTIAL_TTL_MS));

  return db.transaction().execute(async (trx): Promise<ChunkOutcome> => {
    let state = await repo.lockAttachment(trx, chunk.sha256);
    // A first chunk of a partial upload that is someone else's, or announces another total, starts it
    // over: nobody can block another's upload by starting the same photo with a wrong size.
    const restart =
      state &&
      !state.complete &&
      range.start === 0 &&
      (state.uploadedBy !== chunk.userId || state.sizeBytes !== range.total);
    if (!state || restart) {
      if (range.start !== 0) return refuse(409, 'envoi inconnu : reprendre au début', 0);
      const sniffed = sniffImageType(chunk.body);
      if (!sniffed || (declared !== 'application/octet-stream' && declared !== sniffed)) {
        return refuse(415, 'le contenu n’est pas une image JPEG, WebP ou PNG');
      }
      const start = {
        sha256: chunk.sha256,
        mimeType: sniffed,
        sizeBytes: range.total,
        uploadedBy: chunk.userId,
      };
      if (restart) await repo.restartAttachment(trx, start);
      else await repo.startAttachment(trx, start);
      state = await repo.lockAttachment(trx, chunk.sha256);
      if (!state) throw new Error('attachment vanished after insert');
    }
    const current = { offset: state.receivedBytes, sizeBytes: state.sizeBytes };
    // Idempotent: a finished photo answers 200 to any repeat of any of its chunks.
    if (state.complete) return { status: 200, ...current, complete: true };
    // Someone else's partial upload: nothing about it is told (offset 0), only "start from the beginning".
    if (state.uploadedBy !== chunk.userId) return refuse(409, 'reprendre au début', 0);
    if (range.total !== state.sizeBytes)
      return {
        status: 409,
        ...current,
        complete: false,
        error: 'taille totale différente de l’envoi en cours',
      };
    if (range.start !== state.receivedBytes)
      return {
        status: 409,
        ...current,
        complete: false,
        error: `reprendre à l’octet ${state.receivedBytes}`,
      };

    await repo.appendChunk(trx, chunk.sha256, range.start, chunk.body);
    const received = state.receivedBytes + chunk.body.length;
    if (received < state.sizeBytes)
      return { status: 200, offset: received, sizeBytes: state.sizeBytes, complete: false };

    const content = Buffer.concat(await repo.readChunks(trx, chunk.sha256));
    const actual = createHash('sha256').update(content).digest('hex');
    if (actual !== chunk.sha256) {
      // Corrupt or mislabelled: the partial data is dropped, the next attempt starts from zero.
      await repo.deleteAttachment(trx, chunk.sha256);
      return { status: 422, offset: 0, sizeBytes: null, complete: false, error: `SHA-256 reçu ${actual}` };
    }
    await repo.markComplete(trx, chunk.sha256, content);
    return { status: 200, offset: received, sizeBytes: state.sizeBytes, complete: true };
  });
}

export interface Viewer {
  id: string;
  role: Role;
}

/**
 * What this user may know of each photo: a complete photo they may see (their own, coordinators, a
 * record citing it in their zones), their own partial upload. Anything else reads as absent.
 */
export async function attachmentStatuses(
  db: Kysely<DB>,
  viewer: Viewer,
  sha256s: string[],
): Promise<AttachmentStatus[]> {
  const states = await repo.attachmentStates(db, sha256s);
  const coordinator = roleRank[viewer.role] >= roleRank.coordinator;
  const visible = coordinator ? null : await repo.visibleTo(db, sha256s, viewer.id);
  const found = new Map(
    states
      .filter((s) => (s.complete ? (visible?.has(s.sha256) ?? true) : s.uploadedBy === viewer.id))
      .map((s) => [s.sha256, s]),
  );
  return sha256s.map((sha256) => {
    const s = found.get(sha256);
    return {
      sha256,
      receivedBytes: s?.receivedBytes ?? 0,
      sizeBytes: s?.sizeBytes ?? null,
      complete: s?.complete ?? false,
    };
  });
}

/** The photo, when complete and visible to this user (else undefined: the caller answers 404). */
export async function findPhoto(db: Kysely<DB>, viewer: Viewer, sha256: string) {
  if (
    roleRank[viewer.role] < roleRank.coordinator &&
    !(await repo.visibleTo(db, [sha256], viewer.id)).has(sha256)
  )
    return undefined;
  return repo.findCompleteAttachment(db, sha256);
}
