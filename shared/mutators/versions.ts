// Versions of the mutation set. A device's outbox may hold entries weeks old, written by an older app:
// the server keeps accepting every version listed here and brings old args up to date before parsing.
// Version 1 (contract §3.8: intervention.create, installation.create with their args) stays accepted.

export const CURRENT_SCHEMA_VERSION = 1;
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [1];

export interface QueuedMutation {
  name: string;
  args: unknown;
}

/**
 * `upgrades[v]` turns a mutation written for version v into its version v + 1 form (rename, new
 * required arg with a default…). Empty while version 1 is the only one. When version 2 changes a
 * mutation, add `1: (m) => …` here and 2 to the supported list.
 */
const upgrades: Partial<Record<number, (m: QueuedMutation) => QueuedMutation>> = {};

export function isSupportedSchemaVersion(version: number): boolean {
  return SUPPORTED_SCHEMA_VERSIONS.includes(version);
}

export function upgradeMutation(fromVersion: number, mutation: QueuedMutation): QueuedMutation {
  let current = mutation;
  for (let v = fromVersion; v < CURRENT_SCHEMA_VERSION; v++) {
    const upgrade = upgrades[v];
    if (upgrade) current = upgrade(current);
  }
  return current;
}
