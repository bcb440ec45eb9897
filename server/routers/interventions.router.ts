// Coordinators' view of interventions (contract §2.5). Technicians write them through sync.push.
import { z } from 'zod';
import {
  exportInterventionsOutput,
  intervention,
  interventionFilters,
  interventionListItem,
  listInterventionsInput,
  listInterventionsOutput,
  reviewEntry,
  reviewInterventionInput,
  technicianRef,
} from '../../shared/schemas/interventions.ts';
import { conflictRecord } from '../../shared/schemas/sync.ts';
import { exportInterventions } from '../services/interventions-export.ts';
import { getIntervention, listInterventions, reviewIntervention } from '../services/interventions.service.ts';
import { listUserNames } from '../repositories/users.repository.ts';
import { coordinatorProcedure, router } from '../trpc.ts';

export const interventionsRouter = router({
  list: coordinatorProcedure
    .input(listInterventionsInput)
    .output(listInterventionsOutput)
    .query(({ ctx, input }) => listInterventions(ctx.db, input)),

  get: coordinatorProcedure
    .input(z.object({ id: z.uuid() }))
    .output(
      z.object({
        intervention: interventionListItem,
        reviews: z.array(reviewEntry),
        conflicts: z.array(conflictRecord),
      }),
    )
    .query(({ ctx, input }) => getIntervention(ctx.db, input.id)),

  review: coordinatorProcedure
    .input(reviewInterventionInput)
    .output(intervention)
    .mutation(({ ctx, input }) => reviewIntervention(ctx.db, ctx.user, input)),

  export: coordinatorProcedure
    .input(interventionFilters)
    .output(exportInterventionsOutput)
    .query(({ ctx, input }) => exportInterventions(ctx.db, input)),

  /** The technician filter's choices, and names for the people on sync records. */
  technicians: coordinatorProcedure
    .output(z.array(technicianRef))
    .query(({ ctx }) => listUserNames(ctx.db, 'technician')),
});
