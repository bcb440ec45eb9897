// A backup exported on one device, imported on another device of the same user that already has its
// own clientId and outbox: every entry reaches the server exactly once, whatever the first device had
// already sent, however many times the file is imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { MutatorContext } from '../../shared/mutators/index.ts';
import type { PushInput, PushOutput } from '../../shared/schemas/sync.ts';
import { buildBackup } from './backup.ts';
import { BackupImportError, importBackup, readBackup } from './backup-import.ts';
import type { PhotoRecord } from './db.ts';
import { openDevice } from './device.ts';
import { pushImported } from './imported-push.ts';
import { mutate } from './outbox.ts';
import { sha256Hex } from './photo-capture.ts';
import { pushAll } from './push.ts';
import { createArgs, tech, uuid } from './testing/fixtures.ts';

/** The server's exactly-once rule, per clientId, and every mutation it applied. */
function server() {
  const last = new Map<string, number>();
  const applied: string[] = [];
  return {
    applied,
    last,
    push: async (input: PushInput): Promise<PushOutput> => {
      let n = last.get(input.clientId) ?? 0;
      const results: PushOutput['results'] = [];
      for (const m of input.mutations) {
        if (m.id <= n) {
          results.push({ id: m.id, status: 'duplicate' });
          continue;
        }
        n = m.id;
        applied.push(`${input.clientId}#${m.id}:${(m.args as { summary?: string }).summary ?? ''}`);
        results.push({ id: m.id, status: 'applied' });
      }
      last.set(input.clientId, n);
      return { lastMutationId: n, results };
    },
  };
}

let n = 0;
async function device(userId = tech.userId) {
  n += 1;
  return openDevice({ id: userId, role: 'technician' }, `backup-${Date.now()}-${n}`);
}

async function jpeg(seed: number): Promise<PhotoRecord> {
  const bytes = new Uint8Array(1000).fill(seed);
  return {
    sha256: await sha256Hex(bytes.buffer),
    blob: new Blob([bytes], { type: 'image/jpeg' }),
    mime: 'image/jpeg',
    size: bytes.byteLength,
    state: 'pending',
    createdAt: '2026-11-20T08:00:00.000Z',
  };
}

async function save(
  d: { db: Parameters<typeof mutate>[0]; ctx: MutatorContext },
  summary: string,
  photo?: PhotoRecord,
) {
  const args = createArgs(uuid(), { summary, ...(photo ? { photos: [photo.sha256] } : {}) });
  await mutate(d.db, d.ctx, 'intervention.create', args, { photos: photo ? [photo] : [] });
}

describe('device backup import', () => {
  it('pushes the other device’s entries under its clientId once, beside this device’s own', async () => {
    const api = server();
    const a = await device();
    await save(a, 'A1');
    await save(a, 'A2');
    await pushAll(a.db, api, a.ctx, 'test'); // A1, A2 reach the server
    const photo = await jpeg(7);
    await save(a, 'A3', photo);
    await save(a, 'A4');
    // A's push of A3 is processed but its answer is lost: A3 is still in A's outbox.
    await api.push({
      clientId: a.ctx.clientId,
      schemaVersion: 1,
      appVersion: 'test',
      mutations: [{ id: 3, name: 'intervention.create', args: (await a.db.outbox.get(3))?.args }],
    });
    const file = await buildBackup(a.db);

    const b = await device();
    expect(b.ctx.clientId).not.toBe(a.ctx.clientId);
    await save(b, 'B1');
    const summary = await importBackup(b.db, b.ctx, await readBackup(file));
    expect(summary).toEqual({ entries: 2, photos: 1, skipped: 0 });
    // The imported records show on B straight away.
    expect((await b.db.localInterventions.toArray()).map((r) => r.summary).sort()).toEqual([
      'A3',
      'A4',
      'B1',
    ]);
    expect(await b.db.photos.get(photo.sha256)).toBeDefined();

    await pushAll(b.db, api, b.ctx, 'test');
    expect(await pushImported(b.db, api, b.ctx, 'test')).toEqual({ applied: 1, duplicate: 1, rejected: 0 });
    expect(api.applied.map((s) => s.split(':')[1]).sort()).toEqual(['A1', 'A2', 'A3', 'A4', 'B1']);
    expect(api.last.get(a.ctx.clientId)).toBe(4);
    expect(await b.db.imported.count()).toBe(0);
    // B's own numbering is untouched: it never gives out numbers under A's clientId.
    expect(api.last.get(b.ctx.clientId)).toBe(1);

    // The same file again (or A pushing late): nothing is queued twice, nothing applied twice.
    const again = await importBackup(b.db, b.ctx, await readBackup(file));
    expect(again.entries).toBe(0);
    expect(again.skipped).toBe(3); // the two entries, and the photo still queued here
    await pushAll(a.db, api, a.ctx, 'test');
    expect(api.applied).toHaveLength(5);
  });

  it('refuses another user’s backup, this device’s own, a damaged file; skips a photo that does not match its hash', async () => {
    const a = await device();
    await save(a, 'A1', await jpeg(3));
    const file = await buildBackup(a.db);
    const other = await device('00000000-0000-4000-8000-000000000099');
    await expect(importBackup(other.db, other.ctx, await readBackup(file))).rejects.toEqual(
      new BackupImportError('otherUser'),
    );
    await expect(importBackup(a.db, a.ctx, await readBackup(file))).rejects.toEqual(
      new BackupImportError('sameDevice'),
    );
    await expect(readBackup(new Blob(['{"format":"terrain-device-backup"']))).rejects.toEqual(
      new BackupImportError('invalid'),
    );
    const json = JSON.parse(await file.text()) as { photos: { base64: string }[] };
    json.photos[0] = { ...json.photos[0], base64: btoa('x'.repeat(1000)) };
    const b = await device();
    const summary = await importBackup(b.db, b.ctx, await readBackup(new Blob([JSON.stringify(json)])));
    expect(summary).toEqual({ entries: 1, photos: 0, skipped: 1 });
    expect(await b.db.photos.count()).toBe(0);
    expect(await other.db.imported.count()).toBe(0);
  });

  it('a gap on the other device’s numbers becomes a refusal to look at, not a retry loop', async () => {
    const a = await device();
    await save(a, 'A1');
    await save(a, 'A2');
    await a.db.outbox.delete(1); // as if 1 had been sent and the server then lost it
    const b = await device();
    await importBackup(b.db, b.ctx, await readBackup(await buildBackup(a.db)));
    const { TransportError } = await import('./transport-types.ts');
    const gap = {
      push: async (): Promise<PushOutput> =>
        Promise.reject(new TransportError('refused', 'gap', 'CONFLICT', 'MUTATION_GAP')),
    };
    await pushImported(b.db, gap, b.ctx, 'test');
    expect((await b.db.imported.toArray()).map((e) => [e.id, e.status, e.code])).toEqual([
      [2, 'rejected', 'MUTATION_GAP'],
    ]);
    expect(await b.db.localInterventions.count()).toBe(0);
  });
});
