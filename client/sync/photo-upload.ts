// Photos travel apart from mutations (contract §3.7): content-addressed by SHA-256, resumable (HEAD
// gives the offset, PUT sends ~256 KB Content-Range chunks), idempotent (a finished photo answers 200
// to any repeat). A record names its photos in its args; the bytes may arrive before or after it.
//
// The photo queue runs apart from the entry queue (photo-queue.ts): an hour of photos on a slow uplink
// never holds back an entry. Storage: the photo record (with its blob) is never rewritten; progress
// goes to `photoProgress`, and the record is deleted — its blob freed — once the server has it all.
import type { PhotoRecord, TerrainDb } from './db.ts';
import { TransportError, type PhotoTransport } from './transport-types.ts';

export const CHUNK_BYTES = 256 * 1024;

export interface UploadProgress {
  /** Bytes sent or already on the server, over all photos still to send when the run started. */
  sentBytes: number;
  totalBytes: number;
  photos: number;
  done: number;
}

export interface UploadOptions {
  onProgress?: (p: UploadProgress) => void;
  /** Asked before each chunk: true stops the run there (pause, logout); the next run resumes. */
  shouldStop?: () => boolean;
}

/** What waits, oldest first (the records named first are the ones coordinators wait for longest). */
async function pendingPhotos(db: TerrainDb): Promise<PhotoRecord[]> {
  const pending = await db.photos.where('state').equals('pending').toArray();
  return pending.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Uploads every pending photo, oldest first; resolves `stopped: true` when `shouldStop` cut it short.
 * Throws TransportError on network loss (the queue retries later).
 */
export async function uploadPendingPhotos(
  db: TerrainDb,
  transport: PhotoTransport,
  options: UploadOptions = {},
): Promise<UploadProgress & { stopped: boolean }> {
  const { onProgress = () => {}, shouldStop = () => false } = options;
  const pending = await pendingPhotos(db);
  const progress: UploadProgress = {
    sentBytes: 0,
    totalBytes: pending.reduce((sum, p) => sum + p.size, 0),
    photos: pending.length,
    done: 0,
  };
  for (const photo of pending) {
    if (shouldStop()) return { ...progress, stopped: true };
    const base = progress.sentBytes;
    try {
      const finished = await uploadOne(db, transport, photo, shouldStop, (bytes) =>
        onProgress({ ...progress, sentBytes: base + bytes }),
      );
      if (!finished) return { ...progress, stopped: true };
    } catch (error) {
      // Refused (not an image, too big…): noted on the photo, the others still go. Network loss stops all.
      if (!(error instanceof TransportError) || error.kind !== 'refused' || error.code === 'UNAUTHORIZED') {
        throw error;
      }
      const known = await db.photoProgress.get(photo.sha256);
      await db.photoProgress.put({
        sha256: photo.sha256,
        uploadedBytes: known?.uploadedBytes ?? 0,
        lastError: error.message,
      });
    }
    progress.sentBytes = base + photo.size;
    progress.done += 1;
    onProgress({ ...progress });
  }
  return { ...progress, stopped: false };
}

/** The server holds the whole photo: the device no longer needs it (one transaction, nothing half-freed). */
async function forget(db: TerrainDb, sha256: string): Promise<void> {
  await db.transaction('rw', db.photos, db.photoProgress, async () => {
    await db.photos.delete(sha256);
    await db.photoProgress.delete(sha256);
  });
}

/** Resolves true once the server holds the photo, false when stopped before. */
async function uploadOne(
  db: TerrainDb,
  transport: PhotoTransport,
  photo: PhotoRecord,
  shouldStop: () => boolean,
  onBytes: (bytes: number) => void,
): Promise<boolean> {
  const head = await transport.head(photo.sha256);
  let offset = head.offset;
  let complete = head.complete;
  let restarts = 0;
  let stalls = 0;
  while (!complete) {
    if (shouldStop()) return false;
    const end = Math.min(offset + CHUNK_BYTES, photo.size);
    const answer = await transport.put(
      photo.sha256,
      photo.blob.slice(offset, end),
      offset,
      photo.size,
      photo.mime,
    );
    if (answer.status === 200 || answer.status === 409) {
      // 409: the server holds a different offset (another attempt got further): continue from there.
      if (answer.offset === offset && !answer.complete && ++stalls > 2) {
        throw answer.refusal ?? new TransportError('refused', 'envoi bloqué', `HTTP_${answer.status}`);
      }
      offset = answer.offset;
      complete = answer.complete;
    } else if (answer.status === 422 && restarts++ === 0) {
      offset = 0; // the bytes did not hash to their name: the server dropped them, start over once
    } else {
      throw answer.refusal ?? new TransportError('refused', `HTTP ${answer.status}`, `HTTP_${answer.status}`);
    }
    // A small record of its own: the photo (and its blob) is not written again.
    if (!complete) await db.photoProgress.put({ sha256: photo.sha256, uploadedBytes: offset });
    onBytes(complete ? photo.size : offset);
  }
  await forget(db, photo.sha256);
  return true;
}
