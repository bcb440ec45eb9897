// The technician's writes, as the pages call them. Each resolves once the entry is committed on the
// device; each may replace a refused entry (fix and resend as a NEW mutation, never an edit of the old).
import type { CreateInstallationArgs, ReplaceOntArgs } from '../../shared/schemas/installations.ts';
import type { Intervention, InterventionEditable } from '../../shared/schemas/interventions.ts';
import type { PhotoRecord } from '../sync/db.ts';
import { useMutate } from '../sync/hooks.ts';
import type { Queued } from '../sync/outbox.ts';
import { createArgsOf, updateArgsOf } from './form/intervention-draft.ts';

export interface Saved {
  queued: Queued | null;
}

export function useSaveIntervention() {
  const mutate = useMutate();
  return {
    create: async (
      values: InterventionEditable,
      photos: PhotoRecord[],
      replaces?: number,
      outageInProgress = false,
    ): Promise<Saved> => ({
      queued: await mutate(
        'intervention.create',
        createArgsOf(crypto.randomUUID(), values, outageInProgress),
        {
          photos,
          replaces,
        },
      ),
    }),
    update: async (
      current: Intervention,
      values: InterventionEditable,
      photos: PhotoRecord[],
      replaces?: number,
    ): Promise<Saved> => {
      const args = updateArgsOf(current, values);
      return { queued: args ? await mutate('intervention.update', args, { photos, replaces }) : null };
    },
  };
}

export function useSaveInstallation() {
  const mutate = useMutate();
  return async (args: Omit<CreateInstallationArgs, 'id'>, replaces?: number): Promise<Saved> => ({
    queued: await mutate('installation.create', { id: crypto.randomUUID(), ...args }, { replaces }),
  });
}

/** Swap a faulty ONT or remove an installation: queued like any entry, applied on the device at once. */
export function useInstallationActions() {
  const mutate = useMutate();
  return {
    replaceOnt: (args: ReplaceOntArgs) => mutate('installation.replaceOnt', args),
    remove: (id: string) => mutate('installation.remove', { id }),
  };
}
