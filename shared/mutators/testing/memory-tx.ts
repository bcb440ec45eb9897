// An in-memory MutationTx: the executable reference for a store implementation (the device's Dexie
// store follows the same rules) and the store of the mutators' unit tests.
import type { Installation } from '../../schemas/installations.ts';
import type { RecordSurveyArgs } from '../../schemas/surveys.ts';
import { reject } from '../reject.ts';
import type { SyncedRows, SyncTable } from '../../schemas/sync.ts';
import type { FieldConflict, MutationTx, MutatorEvent, WritableRows, WritableTable } from '../types.ts';

type Tables = { [T in SyncTable]: Map<string, SyncedRows[T]> };

export class MemoryStore {
  readonly tables: Tables = {
    sites: new Map(),
    sectors: new Map(),
    buildings: new Map(),
    fibre_zones: new Map(),
    fibre_nodes: new Map(),
    fibre_points: new Map(),
    zones: new Map(),
    interventions: new Map(),
    installations: new Map(),
    installation_jobs: new Map(),
  };
  readonly conflicts: FieldConflict[] = [];
  /** Events emitted by committed server-side transactions. */
  readonly events: MutatorEvent[] = [];
  /** Surveys recorded by committed server-side transactions (the server's rows, not synced). */
  readonly surveys = new Map<string, RecordSurveyArgs & { technicianId: string }>();

  constructor(private readonly now: () => string = () => new Date().toISOString()) {}

  put<T extends SyncTable>(table: T, row: SyncedRows[T]): void {
    (this.tables[table] as Map<string, SyncedRows[T]>).set(row.id, row);
  }

  /**
   * A transaction over a copy-on-write view: `commit()` keeps its writes, dropping it discards them,
   * which is how a rejected mutation leaves no trace.
   */
  transaction(location: MutationTx['location']): MutationTx & { commit(): void } {
    const writes: { table: WritableTable; row: SyncedRows[WritableTable] }[] = [];
    const conflicts: FieldConflict[] = [];
    const events: MutatorEvent[] = [];
    const closed: SyncedRows['installation_jobs'][] = [];
    const surveys: (RecordSurveyArgs & { technicianId: string })[] = [];
    const read = <T extends SyncTable>(table: T, id: string): SyncedRows[T] | undefined => {
      for (let i = writes.length - 1; i >= 0; i--) {
        const w = writes[i];
        if (w && w.table === table && w.row.id === id) return w.row as SyncedRows[T];
      }
      return (this.tables[table] as Map<string, SyncedRows[T]>).get(id);
    };
    const stamp = this.now();
    return {
      location,
      get: async (table, id) => structuredClone(read(table, id)),
      insert: async <T extends WritableTable>(table: T, row: WritableRows[T]) => {
        if (read(table, row.id)) return false;
        const full = {
          ...row,
          createdAt: stamp,
          updatedAt: stamp,
          ...(table === 'interventions' ? { version: 1 } : {}),
        };
        writes.push({ table, row: full as SyncedRows[T] });
        return true;
      },
      update: async <T extends WritableTable>(table: T, id: string, patch: Partial<WritableRows[T]>) => {
        const current = read(table, id);
        if (!current) throw new Error(`${table} ${id} missing`);
        const version = 'version' in current ? { version: current.version + 1 } : {};
        writes.push({ table, row: { ...current, ...patch, ...version, updatedAt: stamp } as SyncedRows[T] });
      },
      findActiveInstallationByOntSerial: async (serial) => {
        const ids = new Set([
          ...this.tables.installations.keys(),
          ...writes.filter((w) => w.table === 'installations').map((w) => w.row.id),
        ]);
        for (const id of ids) {
          const row = read('installations', id) as Installation | undefined;
          if (row?.status === 'active' && row.ontSerial === serial) return structuredClone(row);
        }
        return undefined;
      },
      recordConflict: async (c) => void (location === 'server' && conflicts.push(c)),
      emit: async (e) => void (location === 'server' && events.push(e)),
      closeJob: async (jobId, installationId) => {
        if (location === 'client') return true;
        const job = this.tables.installation_jobs.get(jobId);
        if (job?.status !== 'open') return false;
        // Jobs are not a mutator-written table: the reference store applies the server's effect directly.
        closed.push({ ...job, status: 'done', installationId });
        return true;
      },
      recordSurvey: async (survey, ctx) => {
        if (location === 'client') return;
        const existing = this.surveys.get(survey.id);
        if (existing && existing.technicianId !== ctx.userId) throw reject('SURVEY_ID_TAKEN');
        if (!existing) surveys.push({ ...survey, technicianId: ctx.userId });
      },
      commit: () => {
        for (const s of surveys) this.surveys.set(s.id, s);
        for (const w of writes) this.put(w.table, w.row);
        this.conflicts.push(...conflicts);
        this.events.push(...events);
        for (const job of closed) this.put('installation_jobs', job);
      },
    };
  }
}
