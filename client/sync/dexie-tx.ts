// The device's MutationTx (shared/mutators/types.ts) over Dexie. It must run inside a Dexie rw
// transaction that spans the tables it reads and writes (mutate.ts and rebase.ts open it).
//
// Reads see, newest first: this mutation's own writes, the optimistic rows, the server rows. Writes are
// buffered and reach the optimistic tables only at flush(), after the mutator returned: a mutator that
// throws halfway leaves nothing behind, like memory-tx.ts's copy-on-write view.
import Dexie from 'dexie';
import type { Installation } from '../../shared/schemas/installations.ts';
import type { SyncedRows, SyncTable } from '../../shared/schemas/sync.ts';
import type { MutationTx, WritableRows, WritableTable } from '../../shared/mutators/types.ts';
import { recordTables, type TerrainDb } from './db.ts';

function isWritable(table: SyncTable): table is WritableTable {
  return (recordTables as readonly string[]).includes(table);
}

export class DexieMutationTx implements MutationTx {
  readonly location = 'client' as const;
  private readonly writes = new Map<string, { table: WritableTable; row: SyncedRows[WritableTable] }>();

  constructor(
    private readonly db: TerrainDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  private async read<T extends SyncTable>(table: T, id: string): Promise<SyncedRows[T] | undefined> {
    if (isWritable(table)) {
      const own = this.writes.get(`${table}\n${id}`);
      if (own) return own.row as SyncedRows[T];
      // Both layers at once: IndexedDB pipelines requests of one transaction, so two reads in flight
      // cost about one round trip (this is on the path of every local save).
      const [local, server] = await Dexie.Promise.all([
        this.db.localTable(table).get(id),
        this.db.serverTable(table).get(id),
      ]);
      return (local ?? server) as SyncedRows[T] | undefined;
    }
    return this.db.serverTable(table).get(id);
  }

  async get<T extends SyncTable>(table: T, id: string): Promise<SyncedRows[T] | undefined> {
    const row = await this.read(table, id);
    return row === undefined ? undefined : structuredClone(row);
  }

  async insert<T extends WritableTable>(table: T, row: WritableRows[T]): Promise<boolean> {
    if (await this.read(table, row.id)) return false;
    const stamp = this.now();
    const full = {
      ...row,
      createdAt: stamp,
      updatedAt: stamp,
      ...(table === 'interventions' ? { version: 1 } : {}),
    } as SyncedRows[T];
    this.writes.set(`${table}\n${row.id}`, { table, row: full });
    return true;
  }

  async update<T extends WritableTable>(
    table: T,
    id: string,
    patch: Partial<WritableRows[T]>,
  ): Promise<void> {
    const current = await this.read(table, id);
    if (!current) throw new Error(`${table} ${id} missing`);
    const version = 'version' in current ? { version: current.version + 1 } : {};
    const row = { ...current, ...patch, ...version, updatedAt: this.now() } as SyncedRows[T];
    this.writes.set(`${table}\n${id}`, { table, row });
  }

  async findActiveInstallationByOntSerial(serial: string): Promise<Installation | undefined> {
    const candidates = new Map<string, Installation>();
    for (const row of await this.db.installations.where('ontSerial').equals(serial).toArray()) {
      candidates.set(row.id, row);
    }
    // Optimistic rows shadow their server row, and this mutation's writes shadow both.
    for (const row of await this.db.localInstallations.where('ontSerial').equals(serial).toArray()) {
      candidates.set(row.id, row);
    }
    for (const { table, row } of this.writes.values()) {
      if (table === 'installations') candidates.set(row.id, row as Installation);
    }
    for (const id of candidates.keys()) {
      const row = (await this.read('installations', id)) as Installation | undefined;
      if (row?.status === 'active' && row.ontSerial === serial) return structuredClone(row);
    }
    return undefined;
  }

  /** The device never detects conflicts: the server does, when the edit arrives (contract §3.5). */
  async recordConflict(): Promise<void> {}

  /** Alerts and incidents are the server's business, once the entry reaches it. */
  async emit(): Promise<void> {}
  /** The job row is the server's: the device shows a job as done once a local installation names it. */
  async closeJob(): Promise<boolean> {
    return true;
  }
  /** Surveys are the server's rows: on the device the entry waits in the outbox. */
  async recordSurvey(): Promise<void> {}

  /** Writes the buffered rows to the optimistic tables. */
  flush(): Promise<unknown> {
    const writes = [...this.writes.values()];
    this.writes.clear();
    // Issued together; IndexedDB applies them in order within the transaction. Dexie's own Promise.all
    // keeps the continuation inside the transaction's zone (a native one would not).
    return Dexie.Promise.all(writes.map(({ table, row }) => this.db.localTable(table).put(row)));
  }
}
