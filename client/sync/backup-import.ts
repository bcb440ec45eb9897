// Importing a device backup (backup.ts) on another device of the same user — the phone broke, was
// wiped, or a coordinator helps the technician on a spare one. The entries keep the clientId and the
// numbers they were given on the device that made them, and go to the `imported` table, pushed under
// that clientId (imported-push.ts). So the server's exactly-once key is untouched: whatever the first
// device had already sent is answered `duplicate`, and importing the same file twice, or on two
// phones, applies each entry once. This device's own clientId, counter and outbox are not touched:
// two devices never give out numbers under one clientId.
import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, attachmentMimeTypes } from '../../shared/schemas/attachments.ts';
import type { MutatorContext } from '../../shared/mutators/index.ts';
import { BACKUP_FORMAT } from './backup.ts';
import type { ImportedEntry, PhotoRecord, TerrainDb } from './db.ts';
import { getMeta } from './meta.ts';
import { sha256Hex } from './photo-capture.ts';
import { rebase } from './rebase.ts';

/** A week of entries with ~300 photos is ~130 MB of base64; beyond this it is not one of ours. */
const BACKUP_MAX_BYTES = 400 * 1024 * 1024;

const entry = z.object({
  id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  name: z.string().min(1).max(100),
  args: z.unknown(),
  schemaVersion: z.number().int().min(0),
  createdAt: z.string().max(64),
  status: z.enum(['pending', 'rejected']),
  table: z.enum(['interventions', 'installations']).nullable(),
  rowId: z.string().max(100).nullable(),
  code: z.string().max(100).optional(),
  message: z.string().max(2000).optional(),
  rejectedAt: z.string().max(64).optional(),
});

const backupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string().max(64),
  clientId: z.uuid(),
  userId: z.string().min(1).max(100),
  lastMutationId: z.number().int().min(0),
  outbox: z.array(entry),
  /** Version 2: entries that device had itself imported from a third one, with their clientId. */
  imported: z.array(entry.extend({ clientId: z.uuid() })).optional(),
  photos: z.array(
    z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      mime: z.enum(attachmentMimeTypes),
      size: z.number().int().min(0).max(ATTACHMENT_MAX_BYTES),
      base64: z.string().max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4),
    }),
  ),
});
export type BackupFile = z.infer<typeof backupFile>;

export type ImportRefusal = 'invalid' | 'otherUser' | 'sameDevice' | 'tooBig';

export class BackupImportError extends Error {
  constructor(readonly reason: ImportRefusal) {
    super(reason);
    this.name = 'BackupImportError';
  }
}

export interface ImportSummary {
  entries: number;
  photos: number;
  /** Entries or photos this device already held (a second import of the same file adds nothing). */
  skipped: number;
}

/** Reads and checks a backup file; throws BackupImportError('invalid' | 'tooBig'). */
export async function readBackup(file: Blob): Promise<BackupFile> {
  if (file.size > BACKUP_MAX_BYTES) throw new BackupImportError('tooBig');
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new BackupImportError('invalid');
  }
  const parsed = backupFile.safeParse(json);
  if (!parsed.success) throw new BackupImportError('invalid');
  return parsed.data;
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> | null {
  try {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Adds the backup's unsent entries and photos to this device; they go out with the next sync. */
export async function importBackup(
  db: TerrainDb,
  ctx: MutatorContext,
  backup: BackupFile,
  now = new Date(),
): Promise<ImportSummary> {
  if (backup.userId !== ctx.userId) throw new BackupImportError('otherUser');
  if (backup.clientId === ctx.clientId) throw new BackupImportError('sameDevice');
  const entries: ImportedEntry[] = [
    ...backup.outbox.map((e) => ({ ...e, clientId: backup.clientId })),
    // This device's own entries, carried back by a backup of a device that had imported them: already here.
    ...(backup.imported ?? []).filter((e) => e.clientId !== ctx.clientId),
  ];
  // A photo is named by its hash: one whose bytes do not hash to its name is not stored.
  const photos: PhotoRecord[] = [];
  for (const p of backup.photos) {
    const bytes = bytesOf(p.base64);
    if (!bytes || bytes.byteLength !== p.size || (await sha256Hex(bytes.buffer)) !== p.sha256) continue;
    photos.push({
      sha256: p.sha256,
      blob: new Blob([bytes], { type: p.mime }),
      mime: p.mime,
      size: p.size,
      state: 'pending' as const,
      createdAt: now.toISOString(),
    });
  }
  return db.transaction('rw', db.allTables, async () => {
    const summary: ImportSummary = { entries: 0, photos: 0, skipped: backup.photos.length - photos.length };
    const known = await db.imported.bulkGet(entries.map((e) => [e.clientId, e.id] as [string, number]));
    // Already pushed from here (an earlier import of this file): the server has processed them.
    const done = (await getMeta(db, 'importedDone')) ?? {};
    const fresh = entries.filter((e, i) => !known[i] && e.id > (done[e.clientId] ?? 0));
    await db.imported.bulkAdd(fresh);
    summary.entries = fresh.length;
    summary.skipped += entries.length - fresh.length;
    for (const photo of photos) {
      if (await db.photos.get(photo.sha256)) summary.skipped += 1;
      else {
        await db.photos.add(photo);
        summary.photos += 1;
      }
    }
    // The imported records show at once, as this device's own pending ones do.
    if (fresh.length > 0) await rebase(db, ctx);
    return summary;
  });
}
