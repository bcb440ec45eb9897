// Photos travel apart from mutations (contract §3.7): content-addressed by SHA-256, resumable (HEAD
// gives the offset, PUT sends ~256 KB Content-Range chunks), idempotent (a finished photo answers 200
// to any repeat). A record names its photos in its args; the bytes may arrive before or after it.
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

/** Uploads every pending photo, oldest first. Throws TransportError on network loss (the engine retries). */
export async function uploadPendingPhotos(
  db: TerrainDb,
  transport: PhotoTransport,
  onProgress: (p: UploadProgress) => void = () => {},
): Promise<UploadProgress> {
  const pending = (await db.photos.where('state').equals('pending').toArray()).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  const progress: UploadProgress = {
    sentBytes: 0,
    totalBytes: pending.reduce((sum, p) => sum + p.size, 0),
    photos: pending.length,
    done: 0,
  };
  for (const photo of pending) {
    const base = progress.sentBytes;
    try {
      await uploadOne(db, transport, photo, (bytes) => onProgress({ ...progress, sentBytes: base + bytes }));
    } catch (error) {
      // Refused (not an image, too big…): noted on the photo, the others still go. Network loss stops all.
      if (!(error instanceof TransportError) || error.kind !== 'refused' || error.code === 'UNAUTHORIZED') {
        throw error;
      }
      await db.photos.update(photo.sha256, { lastError: error.message });
    }
    progress.sentBytes = base + photo.size;
    progress.done += 1;
    onProgress({ ...progress });
  }
  return progress;
}

async function uploadOne(
  db: TerrainDb,
  transport: PhotoTransport,
  photo: PhotoRecord,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const head = await transport.head(photo.sha256);
  let offset = head.offset;
  let complete = head.complete;
  let restarts = 0;
  let stalls = 0;
  while (!complete) {
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
        throw new TransportError('refused', answer.error ?? 'envoi bloqué', `HTTP_${answer.status}`);
      }
      offset = answer.offset;
      complete = answer.complete;
    } else if (answer.status === 422 && restarts++ === 0) {
      offset = 0; // the bytes did not hash to their name: the server dropped them, start over once
    } else {
      throw new TransportError('refused', answer.error ?? `HTTP ${answer.status}`, `HTTP_${answer.status}`);
    }
    await db.photos.update(photo.sha256, { uploadedBytes: complete ? photo.size : offset });
    onBytes(complete ? photo.size : offset);
  }
  await db.photos.update(photo.sha256, { state: 'uploaded', uploadedBytes: photo.size });
}
