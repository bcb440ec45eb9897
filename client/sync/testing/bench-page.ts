// Browser side of bench/client-sync.ts: bundled alone (never part of the app) and driven by Playwright.
// It runs the real device code — applyPullPage, mutate — on a real IndexedDB.
import type { Building, PullOutput } from '../../../shared/schemas/sync.ts';
import type { MutatorContext } from '../../../shared/mutators/index.ts';
import { openDevice } from '../device.ts';
import { mutate } from '../outbox.ts';
import { applyPullPage } from '../pull.ts';

const ctx: Omit<MutatorContext, 'clientId'> = {
  userId: '00000000-0000-4000-8000-0000000000be',
  role: 'technician',
};

/** Building rows as the server sends them (~0.5 KB each once stored, with an index on zoneId). */
function makeBuildings(n: number, offset = 0): Building[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    return {
      id: `IMB/89212/B/${String(i).padStart(6, '0')}`,
      zoneId: 'zone-jussy',
      state: i % 7 === 0 ? 'signed' : 'deployed',
      network: 'own',
      operator: null,
      buildingType: i % 5 === 0 ? 'IMMEUBLE' : 'PAVILLON',
      position: { lat: 47.7 + (i % 100) / 1e4, lon: 3.6 + Math.floor(i / 100) / 1e4 },
      address: `${(i % 120) + 1} rue des Vignes ${i % 17}, 89290 Jussy`,
      addressCode: `89212${String(i % 1000).padStart(5, '0')}`,
      postcode: '89290',
      inseeCode: '89212',
      city: 'Jussy',
      pmRef: `PM-89212-${i % 12}`,
      pmState: 'DEPLOYE',
      access: i % 9 === 0 ? 'Code portail 1234' : null,
      source: 'geojson',
      updatedAt: '2026-11-20T08:00:00.000Z',
    };
  });
}

function pages(rows: Building[], size: number): PullOutput[] {
  const out: PullOutput[] = [];
  for (let i = 0; i < rows.length; i += size) {
    out.push({
      cursor: `c${i}`,
      changes: rows.slice(i, i + size).map((row) => ({ table: 'buildings', op: 'put', id: row.id, row })),
      lastMutationId: 0,
      more: i + size < rows.length,
      reset: i === 0,
    });
  }
  return out;
}

/** The device's pull-apply path: pages of `pageSize`, each in its own transaction with its cursor. */
async function applyWithDevice(rows: Building[], pageSize: number): Promise<number> {
  const device = await openDevice({ id: ctx.userId, role: ctx.role }, `bench-apply-${crypto.randomUUID()}`);
  const list = pages(rows, pageSize);
  const started = performance.now();
  for (const page of list) await applyPullPage(device.db, device.ctx, page);
  const ms = performance.now() - started;
  if ((await device.db.buildings.count()) !== rows.length) throw new Error('rows missing');
  device.db.close();
  return ms;
}

/** Raw IndexedDB: the same rows, same store shape (key id, index zoneId), one transaction. */
async function applyRaw(rows: Building[]): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(`bench-raw-${crypto.randomUUID()}`, 1);
    req.onupgradeneeded = () =>
      req.result.createObjectStore('buildings', { keyPath: 'id' }).createIndex('zoneId', 'zoneId');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('buildings', 'readwrite');
    const store = tx.objectStore('buildings');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  return ms;
}

async function applyRates(n: number, pageSize = 1000, rounds = 3) {
  const rows = makeBuildings(n);
  const device: number[] = [];
  const raw: number[] = [];
  await applyRaw(makeBuildings(500, n)); // warm-up
  await applyWithDevice(makeBuildings(500, n), pageSize);
  for (let r = 0; r < rounds; r++) {
    // Alternate the order so neither side always runs on a warmer or more fragmented disk.
    if (r % 2) {
      device.push(await applyWithDevice(rows, pageSize));
      raw.push(await applyRaw(rows));
    } else {
      raw.push(await applyRaw(rows));
      device.push(await applyWithDevice(rows, pageSize));
    }
  }
  return { rows: n, deviceMs: device, rawMs: raw };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/**
 * The floor under a local write on this machine right now: the same round trips (relay read, record
 * read in both layers, counter read) and writes (entry, counter, row) in raw IndexedDB, one transaction.
 */
function rawWrite(idb: IDBDatabase, args: { id: string }, n: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(
      ['sites', 'localInterventions', 'interventions', 'meta', 'outbox'],
      'readwrite',
    );
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    void (async () => {
      const counter = request(tx.objectStore('meta').get('rawCounter'));
      await request(tx.objectStore('sites').get('site-jussy'));
      await Promise.all([
        request(tx.objectStore('localInterventions').get(args.id)),
        request(tx.objectStore('interventions').get(args.id)),
      ]);
      const value = ((await counter) as { value?: number } | undefined)?.value ?? 0;
      tx.objectStore('outbox').add({ id: 10_000_000 + n, name: 'raw', args, status: 'pending' });
      tx.objectStore('meta').put({ key: 'rawCounter', value: value + 1 });
      tx.objectStore('localInterventions').put({ ...args, createdAt: '', updatedAt: '' });
    })();
  });
}

/**
 * Wall time of each local write (intervention.create + outbox entry, one transaction, resolved after
 * commit), interleaved with the raw floor so both see the same machine load.
 */
async function outboxLatencies(n: number, warmUp = 20): Promise<{ device: number[]; raw: number[] }> {
  const device = await openDevice({ id: ctx.userId, role: ctx.role }, `bench-outbox-${crypto.randomUUID()}`);
  const idb = await request(indexedDB.open(device.db.name));
  const times: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < warmUp + n; i++) {
    const args = {
      id: crypto.randomUUID(),
      kind: 'maintenance' as const,
      summary: `Contrôle secteur ${i % 7} : alignement, connectique, alimentation`,
      startedAt: new Date(Date.UTC(2026, 10, 1, 8) + i * 60_000).toISOString(),
      siteId: 'site-jussy',
      measurements: { rssiDbm: -61, snrDb: 31, ccq: 97 },
      notes: i % 3 ? null : 'Serrage des colliers, contrôle visuel du câble.',
    };
    let started = performance.now();
    await mutate(device.db, device.ctx, 'intervention.create', args);
    if (i >= warmUp) times.push(performance.now() - started);
    started = performance.now();
    await rawWrite(idb, { ...args, id: crypto.randomUUID() }, i);
    if (i >= warmUp) raw.push(performance.now() - started);
  }
  idb.close();
  device.db.close();
  return { device: times, raw };
}

declare global {
  interface Window {
    terrainBench: { applyRates: typeof applyRates; outboxLatencies: typeof outboxLatencies };
  }
}

window.terrainBench = { applyRates, outboxLatencies };
