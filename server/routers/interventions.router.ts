// Coordinators' view of interventions (contract §2.5). Technicians write them through sync.push.
import { z } from 'zod';
import {
  intervention,
  interventionListItem,
  listInterventionsInput,
  listInterventionsOutput,
  reviewEntry,
  reviewInterventionInput,
  technicianRef,
} from '../../shared/schemas/interventions.ts';
import { conflictRecord } from '../../shared/schemas/sync.ts';
import { getIntervention, listInterventions, reviewIntervention } from '../services/interventions.service.ts';
import { listUserNames } from '../repositories/users.repository.ts';
import { coordinatorProcedure, router } from '../trpc.ts';
import {
  bulkApproveInput,
  bulkApproveOutput,
  versionDiffInput,
  versionDiffOutput,
} from '../../shared/schemas/review.ts';
import { bulkApprove, versionDiff } from '../services/review.service.ts';

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

  /** Approves many at once; those approved meanwhile or missing are reported, not failed. */
  bulkApprove: coordinatorProcedure
    .input(bulkApproveInput)
    .output(bulkApproveOutput)
    .mutation(({ ctx, input }) => bulkApprove(ctx.db, ctx.user, input)),

  /** What changed between two versions (default: since the last review). */
  versionDiff: coordinatorProcedure
    .input(versionDiffInput)
    .output(versionDiffOutput)
    .query(({ ctx, input }) => versionDiff(ctx.db, input)),

  /** The technician filter's choices, and names for the people on sync records. */
  technicians: coordinatorProcedure
    .output(z.array(technicianRef))
    .query(({ ctx }) => listUserNames(ctx.db, 'technician')),
});
