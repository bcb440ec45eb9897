// A photo taken in the form becomes a small JPEG on the device before it is stored: a phone's 4–12 MB
// picture would take minutes on a rural uplink. ≤ 1600 px on the long side at quality 0.8 keeps a
// readable label or splice tray at ~200–500 KB. The SHA-256 of the stored bytes is the photo's id.
import { ATTACHMENT_MAX_BYTES, attachmentMimeTypes } from '../../shared/schemas/attachments.ts';
import type { PhotoRecord } from './db.ts';

const MAX_SIDE_PX = 1600;
const JPEG_QUALITY = 0.8;

export class PhotoError extends Error {
  constructor(readonly reason: 'unreadable' | 'too_big') {
    super(reason);
    this.name = 'PhotoError';
  }
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function downscale(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, MAX_SIDE_PX / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new PhotoError('unreadable');
      context.drawImage(bitmap, 0, 0, width, height);
      return await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new PhotoError('unreadable'))),
        'image/jpeg',
        JPEG_QUALITY,
      ),
    );
  } finally {
    bitmap.close();
  }
}

/** Downscales, hashes and wraps a picked file, ready for mutate(…, { photos }). */
export async function preparePhoto(file: Blob, now = new Date()): Promise<PhotoRecord> {
  let blob: Blob;
  try {
    blob = await downscale(file);
  } catch {
    // A format this browser cannot decode: keep the original if the server accepts it as is.
    if (!attachmentMimeTypes.some((t) => t === file.type)) throw new PhotoError('unreadable');
    blob = file;
  }
  if (blob.size > ATTACHMENT_MAX_BYTES) throw new PhotoError('too_big');
  const bytes = await blob.arrayBuffer();
  const mime = blob.type || 'image/jpeg';
  return {
    sha256: await sha256Hex(bytes),
    // A Blob built from the bytes, not the canvas output: what is stored is exactly what was hashed.
    blob: new Blob([bytes], { type: mime }),
    mime,
    size: bytes.byteLength,
    state: 'pending',
    createdAt: now.toISOString(),
  };
}
