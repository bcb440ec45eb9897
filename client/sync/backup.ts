// A file the technician can keep when the phone must be wiped or replaced before its outbox could be
// sent: every outbox entry, the records as the device shows them, and the photos not yet uploaded.
// Format `terrain-device-backup` version 2 (version 1 had no `imported`); any device of the same user
// imports it (backup-import.ts) and pushes its entries exactly once.
import type { TerrainDb } from './db.ts';
import { getMeta } from './meta.ts';
import { downloadBlob } from '../lib/download.ts';

export const BACKUP_FORMAT = 'terrain-device-backup';

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

export async function buildBackup(db: TerrainDb, now = new Date()): Promise<Blob> {
  const snapshot = await db.transaction(
    'r',
    [db.outbox, db.imported, db.localInterventions, db.localInstallations, db.photos, db.meta],
    async () => ({
      clientId: await getMeta(db, 'clientId'),
      userId: await getMeta(db, 'userId'),
      lastMutationId: await getMeta(db, 'lastMutationId'),
      outbox: await db.outbox.orderBy('id').toArray(),
      imported: await db.imported.toArray(),
      interventions: await db.localInterventions.toArray(),
      installations: await db.localInstallations.toArray(),
      photos: await db.photos.where('state').equals('pending').toArray(),
    }),
  );
  // Blob reads are not IndexedDB work: done after the transaction, which must not wait on them.
  const photos = [];
  for (const p of snapshot.photos) {
    photos.push({
      sha256: p.sha256,
      mime: p.mime,
      size: p.size,
      base64: base64(new Uint8Array(await p.blob.arrayBuffer())),
    });
  }
  const file = {
    format: BACKUP_FORMAT,
    version: 2,
    exportedAt: now.toISOString(),
    clientId: snapshot.clientId ?? null,
    userId: snapshot.userId ?? null,
    lastMutationId: snapshot.lastMutationId ?? 0,
    outbox: snapshot.outbox,
    imported: snapshot.imported,
    pendingRecords: { interventions: snapshot.interventions, installations: snapshot.installations },
    photos,
  };
  return new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
}

function backupFileName(now = new Date()): string {
  return `terrain-sauvegarde-${now.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`;
}

/** Hands the file to the browser's download. */
export async function downloadBackup(db: TerrainDb): Promise<void> {
  downloadBlob(await buildBackup(db), backupFileName());
}
