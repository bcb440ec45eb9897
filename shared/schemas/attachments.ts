// Photos: content-addressed by SHA-256, uploaded apart from mutations (PUT /attachments/:sha256).
import { z } from 'zod';
import { sha256Hex } from './identifiers.ts';

export const attachmentMimeTypes = ['image/jpeg', 'image/webp', 'image/png'] as const;
export type AttachmentMimeType = (typeof attachmentMimeTypes)[number];
/** A phone photo re-encoded by the app is ~0.3–2 MB; 10 MB bounds what one upload may hold. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const attachmentStatusInput = z.object({ sha256: z.array(sha256Hex).min(1).max(200) });
export const attachmentStatus = z.object({
  sha256: z.string(),
  /** Bytes stored so far: where a resumed upload continues. */
  receivedBytes: z.number(),
  sizeBytes: z.number().nullable(),
  complete: z.boolean(),
});
export type AttachmentStatus = z.infer<typeof attachmentStatus>;
