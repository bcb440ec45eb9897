// The sync protocol (contract §3) and what coordinators see of it. Rules: services/sync/*.
import { z } from 'zod';
import {
  conflictRecord,
  listConflictsInput,
  listRejectionsInput,
  pullInput,
  pullOutput,
  pushInput,
  pushOutput,
  rejectionRecord,
  resolveInput,
} from '../../shared/schemas/sync.ts';
import { pullChanges } from '../services/sync/pull.ts';
import { pushMutations } from '../services/sync/push.ts';
import * as records from '../services/sync/records.ts';
import { coordinatorProcedure, router, technicianProcedure } from '../trpc.ts';

const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.number().nullable() });

export const syncRouter = router({
  push: technicianProcedure
    .input(pushInput)
    .output(pushOutput)
    .mutation(({ ctx, input }) => pushMutations(ctx.db, ctx.user, input)),

  pull: technicianProcedure
    .input(pullInput)
    .output(pullOutput)
    .query(({ ctx, input }) => pullChanges(ctx.db, ctx.user, input)),

  /** Mutations refused for a business rule, newest first (cursor: the last id of the previous page). */
  rejections: coordinatorProcedure
    .input(listRejectionsInput)
    .output(page(rejectionRecord))
    .query(({ ctx, input }) => records.listRejections(ctx.db, input)),

  resolveRejection: coordinatorProcedure
    .input(resolveInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await records.resolveRejection(ctx.db, input.id, ctx.user.id);
      return { ok: true as const };
    }),

  /** Values overwritten by a later edit of the same field, newest first. */
  conflicts: coordinatorProcedure
    .input(listConflictsInput)
    .output(page(conflictRecord))
    .query(({ ctx, input }) => records.listConflicts(ctx.db, input)),

  resolveConflict: coordinatorProcedure
    .input(resolveInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await records.resolveConflict(ctx.db, input.id, ctx.user.id);
      return { ok: true as const };
    }),
});
