// One sync: push the outbox first (what must not be lost goes out before anything else), then pull
// (reference data, reviews, the rows of what was just pushed). Photos are not part of it: they have
// their own queue (photo-queue.ts), so an hour of photo uploads never holds back a new entry.
import type { MutatorContext } from '../../shared/mutators/index.ts';
import { isQuotaError } from '../lib/refusal.ts';
import type { TerrainDb } from './db.ts';
import { recoverFromGap } from './gap.ts';
import { pushImported } from './imported-push.ts';
import { setMeta } from './meta.ts';
import { pullAll, type PullProgress } from './pull.ts';
import { pushAll, type PushSummary } from './push.ts';
import { TransportError, type SyncTransport } from './transport-types.ts';

export interface CycleDeps {
  db: TerrainDb;
  ctx: MutatorContext;
  transport: SyncTransport;
  appVersion: string;
}

export interface CycleReport {
  phase(phase: 'push' | 'pull'): void;
  pull(progress: PullProgress): void;
}

export interface CycleOutcome {
  pushed: PushSummary | null;
  /** The server refuses this app's mutation set version: the outbox waits for an app update. */
  updateRequired: boolean;
  /** Reference data could not be stored (device full); the outbox is untouched. */
  storageFull: boolean;
}

async function pushWithRecovery(deps: CycleDeps, report: CycleReport): Promise<PushSummary> {
  const { db, ctx, transport, appVersion } = deps;
  try {
    return await pushAll(db, transport, ctx, appVersion);
  } catch (error) {
    const gap = error instanceof TransportError && error.domainCode === 'MUTATION_GAP';
    if (!gap) throw error;
    // See gap.ts: ask the server where it stands (full pull), resend or renumber, push again — once.
    report.phase('pull');
    await setMeta(db, 'cursor', null);
    await pullAll(db, transport, ctx, (p) => report.pull(p));
    await recoverFromGap(db, ctx);
    report.phase('push');
    return pushAll(db, transport, ctx, appVersion);
  }
}

/** Throws TransportError for what the engine must retry or show (network, login needed…). */
export async function runCycle(deps: CycleDeps, report: CycleReport): Promise<CycleOutcome> {
  const { db, ctx, transport } = deps;
  const outcome: CycleOutcome = { pushed: null, updateRequired: false, storageFull: false };
  report.phase('push');
  try {
    const own = await pushWithRecovery(deps, report);
    // Then the entries imported from another device's backup, under that device's clientId.
    const imported = await pushImported(db, transport, ctx, deps.appVersion);
    outcome.pushed = {
      applied: own.applied + imported.applied,
      rejected: own.rejected + imported.rejected,
      duplicate: own.duplicate + imported.duplicate,
    };
  } catch (error) {
    if (!(error instanceof TransportError && error.code === 'PRECONDITION_FAILED')) throw error;
    outcome.updateRequired = true; // the outbox stays as it is; pulling and photos still work
  }
  report.phase('pull');
  try {
    await pullAll(db, transport, ctx, (p) => report.pull(p));
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    outcome.storageFull = true;
  }
  return outcome;
}
