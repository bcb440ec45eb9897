// sync.push: applies a device's queued mutations exactly once, in order (contract §3, docs/sync.md).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../../shared/errors.ts';
import {
  isSupportedSchemaVersion,
  runMutation,
  SUPPORTED_SCHEMA_VERSIONS,
  type MutationTx,
  type MutatorContext,
} from '../../../shared/mutators/index.ts';
import { reject } from '../../../shared/mutators/reject.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import type {
  MutationResult,
  PushInput,
  PushOutput,
  PushedMutation,
  Warning,
} from '../../../shared/schemas/sync.ts';
import * as rejections from '../../repositories/rejections.repository.ts';
import * as syncRepo from '../../repositories/sync.repository.ts';
import { audit } from '../../repositories/audit.repository.ts';
import { cleanedText } from '../../../shared/schemas/text.ts';
import { rejectionCodeOf } from './db-errors.ts';
import { NeedsIsolation, serverTx } from './server-tx.ts';

export async function pushMutations(
  db: Kysely<DB>,
  user: SessionUser,
  input: PushInput,
): Promise<PushOutput> {
  if (!isSupportedSchemaVersion(input.schemaVersion)) {
    throw reject(
      'UNSUPPORTED_SCHEMA_VERSION',
      `(version ${input.schemaVersion} ; le serveur accepte ${SUPPORTED_SCHEMA_VERSIONS.join(', ')})`,
    );
  }
  // Ids, not device clocks, give the order (a phone's clock may be days off).
  const mutations = [...input.mutations].sort((a, b) => a.id - b.id);
  const batch = { ...input, mutations };
  const ctx: MutatorContext = { userId: user.id, role: user.role, clientId: input.clientId };
  // Fast path first: no savepoints, inserts written together. Almost every batch applies whole; a batch
  // with a rejection (or a write the buffer cannot attribute) is rolled back and run again with each
  // mutation in its own savepoint, so only the rejected ones are undone. Same outcome; in the common
  // case one statement per batch instead of three per mutation, and no subtransactions.
  let outcome: BatchOutcome;
  try {
    outcome = await applyBatch(db, batch, ctx, false);
  } catch (error) {
    if (!(error instanceof NeedsIsolation)) throw error;
    outcome = await applyBatch(db, batch, ctx, true);
  }
  // Mutations before a gap are committed (they were next in line); the gap and everything after it is
  // refused as a whole, so the device resends from lastMutationId + 1.
  if (outcome.gap) {
    throw reject(
      'MUTATION_GAP',
      `Attendu n° ${outcome.gap.expected}, reçu n° ${outcome.gap.got} (lastMutationId=${outcome.last}).`,
    );
  }
  return { lastMutationId: outcome.last, results: outcome.results };
}

interface BatchOutcome {
  results: MutationResult[];
  last: number;
  gap: { expected: number; got: number } | null;
}

function applyBatch(
  db: Kysely<DB>,
  input: PushInput,
  ctx: MutatorContext,
  isolate: boolean,
): Promise<BatchOutcome> {
  return db.transaction().execute(async (trx) => {
    // Held until commit: a concurrent push of the same batch waits here, then finds every id done.
    const client = await syncRepo.lockClient(trx, { clientId: input.clientId, userId: ctx.userId });
    if (client.userId !== ctx.userId) {
      throw reject('FORBIDDEN', 'Cet appareil est enregistré au nom d’un autre utilisateur.');
    }
    let last = client.lastMutationId;
    const results: MutationResult[] = [];
    const tx = serverTx(trx, ctx, { buffered: !isolate });
    let gap: BatchOutcome['gap'] = null;
    const one = { ...ctx, schemaVersion: input.schemaVersion };
    for (const m of input.mutations) {
      if (m.id <= last) {
        results.push({ id: m.id, status: 'duplicate' });
        continue;
      }
      if (m.id > last + 1) {
        gap = { expected: last + 1, got: m.id };
        break;
      }
      results.push(isolate ? await applyIsolated(trx, tx, m, one) : await applyFast(tx, m, one));
      last = m.id;
    }
    await tx.flush();
    await markEarlierRejections(trx, input.clientId, results);
    if (last > client.lastMutationId) {
      await syncRepo.finishPush(trx, {
        clientId: input.clientId,
        lastMutationId: last,
        schemaVersion: input.schemaVersion,
        appVersion: input.appVersion,
      });
    }
    return { results, last, gap };
  });
}

/** A duplicate that was rejected the first time says so again (one query, only when there are duplicates). */
async function markEarlierRejections(
  db: Kysely<DB>,
  clientId: string,
  results: MutationResult[],
): Promise<void> {
  const duplicates = results.filter((r) => r.status === 'duplicate');
  const earlier = await rejections.findRejections(
    db,
    clientId,
    duplicates.map((r) => r.id),
  );
  for (const r of duplicates) {
    const rejection = earlier.get(r.id);
    if (rejection)
      Object.assign(r, { originalStatus: 'rejected', code: rejection.code, message: rejection.message });
  }
}

function applied(id: number, warnings: Warning[] | undefined): MutationResult {
  if (!warnings?.length) return { id, status: 'applied' };
  return { id, status: 'applied', code: warnings[0]?.code, message: warnings[0]?.message, warnings };
}

async function run(
  tx: MutationTx,
  m: PushedMutation,
  ctx: MutatorContext & { schemaVersion: number },
): Promise<MutationResult> {
  const { warnings } = await runMutation(
    tx,
    { name: m.name, args: m.args, schemaVersion: ctx.schemaVersion },
    ctx,
  );
  return applied(m.id, warnings);
}

/** A refusal that is the mutation's fault: a business rule, or a database refusal (db-errors.ts). */
function rejectionOf(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const code = rejectionCodeOf(error);
  return code ? reject(code) : null;
}

async function applyFast(
  tx: MutationTx,
  m: PushedMutation,
  ctx: MutatorContext & { schemaVersion: number },
): Promise<MutationResult> {
  try {
    return await run(tx, m, ctx);
  } catch (error) {
    // A rejection on the fast path: redo the batch with savepoints (see pushMutations).
    if (rejectionOf(error)) throw new NeedsIsolation(m.name);
    throw error;
  }
}

/** One mutation in its own savepoint: a rejection undoes its writes only, and is recorded. */
async function applyIsolated(
  trx: Transaction<DB>,
  tx: MutationTx,
  m: PushedMutation,
  ctx: MutatorContext & { schemaVersion: number },
): Promise<MutationResult> {
  await syncRepo.savepoint(trx);
  try {
    const result = await run(tx, m, ctx);
    await syncRepo.releaseSavepoint(trx);
    return result;
  } catch (error) {
    const rejection = rejectionOf(error);
    if (!rejection) throw error;
    await syncRepo.rollbackToSavepoint(trx);
    await rejections.insertRejection(trx, {
      clientId: ctx.clientId,
      mutationId: m.id,
      userId: ctx.userId,
      name: m.name.slice(0, 100),
      args: keptArgs(m.args),
      code: rejection.code,
      message: String(cleanedText(rejection.message)).slice(0, 2000),
    });
    await audit(trx, {
      actorId: ctx.userId,
      action: 'sync.reject',
      targetTable: 'sync_rejections',
      details: { clientId: ctx.clientId, mutationId: m.id, name: m.name.slice(0, 100), code: rejection.code },
    });
    return { id: m.id, status: 'rejected', code: rejection.code, message: rejection.message };
  }
}

/** Stored rejections keep at most this much of a mutation's args (JSON, UTF-16 units ≈ bytes). */
const REJECTED_ARGS_MAX = 16 * 1024;

/**
 * What a rejection stores of the args: cleaned (a NUL would make the insert itself fail and the push
 * with it), and cut to REJECTED_ARGS_MAX so one hostile mutation cannot fill the table.
 */
function keptArgs(args: unknown): unknown {
  const json = JSON.stringify(cleanedText(args ?? null)) ?? 'null';
  if (json.length <= REJECTED_ARGS_MAX) return JSON.parse(json) as unknown;
  return { truncated: true, length: json.length, head: cleanedText(json.slice(0, REJECTED_ARGS_MAX - 200)) };
}
