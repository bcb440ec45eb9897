// MutationTx over the push transaction: the shared mutators run here, authoritatively.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type {
  MutationTx,
  MutatorContext,
  MutatorEvent,
  WritableRows,
  WritableTable,
} from '../../../shared/mutators/index.ts';
import type { SyncTable } from '../../../shared/schemas/sync.ts';
import * as conflicts from '../../repositories/conflicts.repository.ts';
import * as installations from '../../repositories/installations.repository.ts';
import * as interventions from '../../repositories/interventions.repository.ts';
import * as jobs from '../../repositories/jobs.repository.ts';
import * as syncRepo from '../../repositories/sync.repository.ts';
import { audit } from '../../repositories/audit.repository.ts';
import { applyFieldEvent } from '../operations/field-events.ts';
import { recordSurvey } from '../surveys/record.ts';
import { rejectionCodeOf } from './db-errors.ts';
import { toDomainRow } from './rows.ts';
import { installationColumns, installationInsert, interventionColumns, interventionInsert } from './to-db.ts';

const writable = new Set<SyncTable>(['interventions', 'installations']);

/**
 * The buffered store cannot say which mutation a failed write belonged to (or an insert met an
 * existing id): the batch is then redone unbuffered, with a savepoint per mutation.
 */
export class NeedsIsolation extends Error {}

export interface ServerTx extends MutationTx {
  /** Writes buffered inserts. Called before any read of a written table, and at the end of the batch. */
  flush(): Promise<void>;
}

/**
 * `buffered`: inserts are held and written as one multi-row INSERT when something must see them
 * (a read of that table, an update, the end of the batch). A day of offline creates then costs one
 * statement per batch instead of one per mutation.
 */
export function serverTx(
  trx: Transaction<DB>,
  ctx: MutatorContext,
  options: { buffered: boolean },
): ServerTx {
  // Reference rows (relays, buildings…) are never written by mutators: read once per batch.
  const cache = new Map<string, Record<string, unknown> | undefined>();
  const pending: { [T in WritableTable]: Map<string, WritableRows[T]> } = {
    interventions: new Map(),
    installations: new Map(),
  };

  const inserters: { [T in WritableTable]: (rows: WritableRows[T][]) => Promise<string[]> } = {
    interventions: (rows) =>
      interventions.insertInterventionsIfAbsent(
        trx,
        rows.map((r) => interventionInsert(r, ctx.clientId)),
      ),
    installations: (rows) => installations.insertInstallationsIfAbsent(trx, rows.map(installationInsert)),
  };

  // Events wait for the rows they are about: applied after the inserts, in the same transaction.
  const events: MutatorEvent[] = [];

  async function flush(): Promise<void> {
    await flushRows();
    while (events.length) {
      const event = events.shift();
      if (event) await applyFieldEvent(trx, event, ctx.userId);
    }
  }

  async function flushRows(): Promise<void> {
    const interventionRows = [...pending.interventions.values()];
    const installationRows = [...pending.installations.values()];
    const count = interventionRows.length + installationRows.length;
    if (!count) return;
    pending.interventions.clear();
    pending.installations.clear();
    try {
      const inserted = [
        ...(await inserters.interventions(interventionRows)),
        ...(await inserters.installations(installationRows)),
      ];
      if (inserted.length !== count) throw new NeedsIsolation('an id existed');
    } catch (error) {
      if (rejectionCodeOf(error)) throw new NeedsIsolation('a buffered write was refused');
      throw error;
    }
  }

  const updaters: { [T in WritableTable]: (id: string, patch: Partial<WritableRows[T]>) => Promise<void> } = {
    interventions: (id, patch) =>
      interventions.updateIntervention(trx, id, interventionColumns(patch), ctx.clientId),
    installations: async (id, patch) => {
      // Taking equipment out of service is recorded: who, when (column and audit log).
      const removal = patch.status === 'removed' ? { removed_by: ctx.userId, removed_at: new Date() } : {};
      await installations.updateInstallation(trx, id, { ...installationColumns(patch), ...removal });
      if (patch.status === 'removed') {
        await audit(trx, {
          actorId: ctx.userId,
          action: 'installation.remove',
          targetTable: 'installations',
          targetId: id,
          details: { clientId: ctx.clientId },
        });
      }
    },
  };

  return {
    location: 'server',
    flush,
    async get(table, id) {
      if (!writable.has(table)) {
        const key = `${table}:${id}`;
        if (!cache.has(key)) cache.set(key, await syncRepo.findRowJson(trx, table, id, false));
        const json = cache.get(key);
        return json === undefined ? undefined : toDomainRow(table, json);
      }
      // Writable rows are locked (FOR UPDATE): a concurrent push editing the same record waits, then
      // compares its base values with what this one wrote.
      await flush();
      const json = await syncRepo.findRowJson(trx, table, id, true);
      return json === undefined ? undefined : toDomainRow(table, json);
    },
    async insert<T extends WritableTable>(table: T, row: WritableRows[T]) {
      if (!options.buffered) return (await inserters[table]([row])).length > 0;
      const buffer = pending[table];
      if (buffer.has(row.id)) return false;
      buffer.set(row.id, row);
      return true;
    },
    async update(table, id, patch) {
      await flush();
      await updaters[table](id, patch);
    },
    async findActiveInstallationByOntSerial(serial) {
      await flush();
      const json = await installations.findActiveByOntSerial(trx, serial);
      return json === undefined ? undefined : toDomainRow('installations', json);
    },
    async emit(event) {
      events.push(event);
      if (!options.buffered) await flush();
    },
    async closeJob(jobId, installationId) {
      await flush();
      return jobs.closeJob(trx, jobId, installationId);
    },
    async recordSurvey(survey, surveyCtx) {
      await flush();
      await recordSurvey(trx, survey, surveyCtx);
    },
    async recordConflict(c) {
      await flush();
      await conflicts.insertConflict(trx, {
        ...c,
        winnerUserId: ctx.userId,
        winnerClientId: ctx.clientId,
        loserClientId:
          c.table === 'interventions' ? await interventions.lastWriterClient(trx, c.rowId) : null,
      });
    },
  };
}
