// sync.pull on the device: follow the cursor until `more` is false; each page is applied together with
// its cursor in ONE transaction, so a page is either wholly in the database with the cursor after it,
// or not at all (and is fetched again).
import type { MutatorContext } from '../../shared/mutators/index.ts';
import type { LostEdit, PullOutput, SyncChange, SyncTable } from '../../shared/schemas/sync.ts';
import { recordTables, referenceTables, type TerrainDb } from './db.ts';
import { getMeta, setMeta } from './meta.ts';
import { rebase } from './rebase.ts';
import { settleUnconfirmed } from './settle.ts';
import type { SyncTransport } from './transport-types.ts';

export interface PullProgress {
  pages: number;
  rows: number;
}

const syncedTables: readonly SyncTable[] = [...referenceTables, ...recordTables];

/** Pulls until the server has nothing more; returns what was applied. */
export async function pullAll(
  db: TerrainDb,
  transport: Pick<SyncTransport, 'pull'>,
  ctx: MutatorContext,
  onProgress: (p: PullProgress) => void = () => {},
): Promise<PullProgress> {
  const progress: PullProgress = { pages: 0, rows: 0 };
  let cursor = (await getMeta(db, 'cursor')) ?? null;
  for (;;) {
    const page = await transport.pull({ clientId: ctx.clientId, cursor });
    await applyPullPage(db, ctx, page);
    progress.pages += 1;
    progress.rows += page.changes.length;
    onProgress({ ...progress });
    cursor = page.cursor;
    if (!page.more) return progress;
  }
}

/** The last change of each row wins within a page (a put then a del of one row ends deleted). */
function groupByTable(changes: SyncChange[]): Map<SyncTable, Map<string, SyncChange>> {
  const tables = new Map<SyncTable, Map<string, SyncChange>>();
  for (const change of changes) {
    let rows = tables.get(change.table);
    if (!rows) tables.set(change.table, (rows = new Map()));
    rows.delete(change.id); // keep the order of last occurrence
    rows.set(change.id, change);
  }
  return tables;
}

export async function applyPullPage(db: TerrainDb, ctx: MutatorContext, page: PullOutput): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    // Reset (first pull, or this user's zones changed): rows are not dropped up front — a technician
    // who loses the network mid-stream keeps yesterday's data rather than none. Ids received during
    // the reset stream are noted; when it ends, whatever was not received again is dropped.
    if (page.reset) {
      await db.pullSeen.clear();
      await setMeta(db, 'resetInProgress', true);
    }
    const resetting = page.reset || (await getMeta(db, 'resetInProgress')) === true;
    let touchedRecords = false;
    for (const [table, rows] of groupByTable(page.changes)) {
      const puts: unknown[] = [];
      const putIds: string[] = [];
      const dels: string[] = [];
      for (const change of rows.values()) {
        if (change.op === 'put' && change.row) {
          puts.push(change.row);
          putIds.push(change.id);
        } else dels.push(change.id);
      }
      const store = db.table(table);
      if (puts.length) await store.bulkPut(puts);
      if (dels.length) await store.bulkDelete(dels);
      if (resetting && putIds.length) await db.pullSeen.add({ table, ids: putIds });
      if (table === 'interventions' || table === 'installations') touchedRecords = true;
    }
    if (resetting && !page.more) {
      await finishReset(db);
      touchedRecords = true;
    }
    await setMeta(db, 'cursor', page.cursor);
    await setMeta(db, 'serverLastMutationId', page.lastMutationId);
    if (!page.more) await settleUnconfirmed(db);
    if (page.lostEdits) await replaceLostEdits(db, page.lostEdits);
    if (touchedRecords || !page.more) await rebase(db, ctx);
  });
}

/**
 * The server sends the whole list of this user's unsettled lost edits: it replaces the device's, which
 * keeps only whether the technician already closed each notice. Settled ones disappear.
 */
async function replaceLostEdits(db: TerrainDb, edits: LostEdit[]): Promise<void> {
  const seen = new Map((await db.conflicts.toArray()).map((c) => [c.id, c.seenAt]));
  await db.conflicts.clear();
  await db.conflicts.bulkPut(
    edits.map((e) => ({
      ...e,
      keptValue: e.keptValue ?? null,
      overwrittenValue: e.overwrittenValue ?? null,
      seenAt: seen.get(e.id),
    })),
  );
}

/** End of a reset stream: rows the server did not send again are no longer this device's to hold. */
async function finishReset(db: TerrainDb): Promise<void> {
  const seen = new Map<SyncTable, Set<string>>();
  for (const { table, ids } of await db.pullSeen.toArray()) {
    let set = seen.get(table);
    if (!set) seen.set(table, (set = new Set()));
    for (const id of ids) set.add(id);
  }
  for (const table of syncedTables) {
    const keep = seen.get(table) ?? new Set<string>();
    const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
    const gone = keys.filter((k) => !keep.has(k));
    if (gone.length) await db.table(table).bulkDelete(gone);
  }
  await db.pullSeen.clear();
  await setMeta(db, 'resetInProgress', false);
}
