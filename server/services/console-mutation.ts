// The console runs the technicians' mutators too (replace an ONT, remove an installation): the same
// rules, checked by the same code, in one transaction; audited, since no device outbox records them.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError, errorCatalogue } from '../../shared/errors.ts';
import { runMutation, type MutatorOutcome } from '../../shared/mutators/index.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { audit } from '../repositories/audit.repository.ts';
import { rejectionCodeOf } from './sync/db-errors.ts';
import { serverTx } from './sync/server-tx.ts';
import { CURRENT_SCHEMA_VERSION } from '../../shared/mutators/versions.ts';

/** Stands for "the console" where a mutator's context asks for a device. */
const CONSOLE_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

export async function runConsoleMutation(
  db: Kysely<DB>,
  user: SessionUser,
  mutation: { name: string; args: { id: string } & Record<string, unknown>; table: string },
): Promise<MutatorOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const tx = serverTx(
        trx,
        { userId: user.id, role: user.role, clientId: CONSOLE_CLIENT_ID },
        { buffered: false },
      );
      const outcome = await runMutation(
        tx,
        { name: mutation.name, args: mutation.args, schemaVersion: CURRENT_SCHEMA_VERSION },
        { userId: user.id, role: user.role, clientId: CONSOLE_CLIENT_ID },
      );
      await tx.flush();
      await audit(trx, {
        actorId: user.id,
        action: mutation.name,
        targetTable: mutation.table,
        targetId: mutation.args.id,
        details: mutation.args,
      });
      return outcome;
    });
  } catch (error) {
    // A race lost at the database (the same ONT entered at the same instant elsewhere) is a refusal.
    const code = rejectionCodeOf(error);
    if (code) throw new DomainError(code, errorCatalogue[code].fr);
    throw error;
  }
}
