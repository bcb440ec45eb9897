// The mutation set (schemaVersion CURRENT_SCHEMA_VERSION) and the one way to run a queued mutation,
// used alike by the device (optimistic) and the server (authoritative).
import type { z } from 'zod';
import { errorCatalogue, type DomainError, type ErrorCode } from '../errors.ts';
import { attachInterventionPhotos, createIntervention, updateIntervention } from './interventions.ts';
import { createInstallation, removeInstallation } from './installations.ts';
import { replaceOnt } from './installation-ont.ts';
import { recordSurvey } from './surveys.ts';
import { reject } from './reject.ts';
import { cleanedText, findUncleanText } from '../schemas/text.ts';
import type { MutationTx, Mutator, MutatorContext, MutatorOutcome } from './types.ts';
import { upgradeMutation } from './versions.ts';

export const mutators = {
  'intervention.create': createIntervention,
  'intervention.update': updateIntervention,
  'intervention.attachPhotos': attachInterventionPhotos,
  'installation.create': createInstallation,
  'installation.remove': removeInstallation,
  'installation.replaceOnt': replaceOnt,
  'survey.record': recordSurvey,
} as const;

export type MutatorName = keyof typeof mutators;
/** What the device queues for a mutation (before normalisation). */
export type MutatorArgs<N extends MutatorName> = z.input<(typeof mutators)[N]['argsSchema']>;

const registry: Readonly<Record<string, Mutator>> = mutators;

export function findMutator(name: string): Mutator | undefined {
  // hasOwn: a name like "constructor" must not reach Object.prototype.
  return Object.hasOwn(registry, name) ? registry[name] : undefined;
}

/**
 * Upgrades, parses and runs one queued mutation. Throws DomainError to reject it: UNKNOWN_MUTATION,
 * INVALID_TEXT, INVALID_ARGS (or the code an identifier rule names, e.g. ONT_SERIAL_INVALID), or the
 * mutator's own.
 */
export async function runMutation(
  tx: MutationTx,
  queued: { name: string; args: unknown; schemaVersion: number },
  ctx: MutatorContext,
): Promise<MutatorOutcome> {
  const { name, args } = upgradeMutation(queued.schemaVersion, queued);
  const mutator = findMutator(name);
  if (!mutator) throw reject('UNKNOWN_MUTATION', `« ${name.slice(0, 100)} »`);
  // Every string of the args, known field or not: a NUL would otherwise reach the database.
  const unclean = findUncleanText(args);
  if (unclean)
    throw reject('INVALID_TEXT', `(${String(cleanedText(unclean.join('.').slice(0, 100))) || 'args'})`);
  const parsed = mutator.argsSchema.safeParse(args);
  if (!parsed.success) throw invalidArgs(parsed.error);
  return (await mutator.run(tx, parsed.data, ctx)) ?? {};
}

function invalidArgs(error: z.ZodError): DomainError {
  const detail = error.issues
    .slice(0, 5)
    .map((i) => `${i.message}${i.path.length ? ` (${i.path.join('.')})` : ''}`)
    .join(' ; ');
  const named = error.issues
    .map((i) => (i.code === 'custom' ? (i.params?.domainCode as unknown) : undefined))
    .find((c): c is ErrorCode => typeof c === 'string' && Object.hasOwn(errorCatalogue, c));
  return reject(named ?? 'INVALID_ARGS', detail);
}

export { CURRENT_SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS, isSupportedSchemaVersion } from './versions.ts';
export type {
  MutationTx,
  Mutator,
  MutatorContext,
  MutatorEvent,
  MutatorOutcome,
  WritableRows,
  WritableTable,
} from './types.ts';
