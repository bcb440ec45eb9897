// The contract between shared mutators and the two stores that run them: the device (Dexie) runs a
// mutator optimistically when the technician saves; the server runs the same code again, authoritatively,
// when the outbox is pushed. A mutator only reads and writes through `MutationTx`, so it cannot tell the
// stores apart except through `tx.location` (zbugs' pattern).
import type { z } from 'zod';
import type { Role } from '../schemas/auth.ts';
import type { Installation, InstallationWrite } from '../schemas/installations.ts';
import type { InterventionKind, InterventionWrite } from '../schemas/interventions.ts';
import type { RecordSurveyArgs } from '../schemas/surveys.ts';
import type { SyncedRows, SyncTable, Warning } from '../schemas/sync.ts';

/** Tables mutators write, with the shape they write (the store keeps version and timestamps). */
export interface WritableRows {
  interventions: InterventionWrite;
  installations: InstallationWrite;
}
export type WritableTable = keyof WritableRows;

/** The losing value of a same-field edit (contract §3.5). The store adds who won (user and device). */
export interface FieldConflict {
  table: WritableTable;
  rowId: string;
  field: string;
  keptValue: unknown;
  overwrittenValue: unknown;
  /** Who wrote the overwritten value, when the row says. */
  loserUserId: string | null;
}

export interface MutationTx {
  /**
   * `client`: the device's local store, which may lack reference rows outside the user's zones, so
   * reference checks are the server's job. `server`: authoritative.
   */
  readonly location: 'client' | 'server';
  /**
   * A row by id, in domain form. On the server, reading a writable table locks the row until the push
   * commits, so two devices' concurrent edits of one row are compared one after the other.
   */
  get<T extends SyncTable>(table: T, id: string): Promise<SyncedRows[T] | undefined>;
  /**
   * Inserts a new row. Ids are made on the device, so a row with this id may exist (a replay): then
   * nothing is written and the result is false.
   */
  insert<T extends WritableTable>(table: T, row: WritableRows[T]): Promise<boolean>;
  /** Changes the given fields of an existing row; the store bumps version and updatedAt. */
  update<T extends WritableTable>(table: T, id: string, patch: Partial<WritableRows[T]>): Promise<void>;
  /** The active installation holding this (normalised) ONT serial, if any. */
  findActiveInstallationByOntSerial(serial: string): Promise<Installation | undefined>;
  /** Keeps an overwritten value for coordinators. The device never detects conflicts: a no-op there. */
  recordConflict(conflict: FieldConflict): Promise<void>;
  /** Tells the server what happened (alerts, incidents), in the same transaction. A no-op on the device. */
  emit(event: MutatorEvent): Promise<void>;
  /**
   * Closes an open installation job with the installation recorded from it, and marks its subscription
   * request connected. Server only (jobs are the server's rows; the device hides a job once a local
   * installation names it): false there when the job is gone or no longer open. Always true on the device.
   */
  closeJob(jobId: string, installationId: string): Promise<boolean>;
  /**
   * Records a survey and moves the state of the request it answers. Server only (surveys and requests
   * are the server's rows): it checks the target exists and lies in the technician's zones (or is their
   * visit), and throws DomainError otherwise. A replay by the same technician changes nothing. A no-op
   * on the device, where the entry waits in the outbox.
   */
  recordSurvey(survey: RecordSurveyArgs, ctx: MutatorContext): Promise<void>;
}

/**
 * What a mutation tells the rest of the system once it applies (operations: alerts, incidents). Only
 * the server acts on it, in the push transaction; the device ignores it.
 */
export type MutatorEvent =
  | {
      kind: 'intervention.created';
      interventionId: string;
      interventionKind: InterventionKind;
      summary: string;
      siteId: string | null;
      zoneId: string | null;
    }
  | {
      /** A technician's power or fibre-cut intervention marked "outage in progress". */
      kind: 'outage.reported';
      interventionId: string;
      interventionKind: 'power' | 'fibre_cut';
      summary: string;
      siteId: string | null;
      sectorId: string | null;
      fibreNodeId: string | null;
      zoneId: string | null;
      startedAt: string;
    };

export interface MutatorContext {
  userId: string;
  role: Role;
  clientId: string;
}

/** Applied, possibly with warnings (e.g. a weak optical reading) the technician should see. */
export interface MutatorOutcome {
  warnings?: Warning[];
}

export interface Mutator<Schema extends z.ZodType = z.ZodType> {
  name: string;
  /** Parses the raw queued args: validates and normalises (ONT serials, MACs…) on both sides. */
  argsSchema: Schema;
  /** Throws DomainError (shared/errors.ts) to reject: the store rolls back whatever it wrote. */
  run(tx: MutationTx, args: z.output<Schema>, ctx: MutatorContext): Promise<MutatorOutcome | void>;
}

export function defineMutator<Schema extends z.ZodType>(mutator: Mutator<Schema>): Mutator<Schema> {
  return mutator;
}
