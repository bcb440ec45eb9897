// Prospects' personal data under GDPR: one person's data on request, and the retention purge (also
// run daily by the server) on demand.
import { z } from 'zod';
import { exportPerson, purgeExpiredProspects } from '../services/prospects-retention.service.ts';
import { coordinatorProcedure, router } from '../trpc.ts';

export const prospectsRouter = router({
  exportPerson: coordinatorProcedure
    .input(z.object({ kind: z.enum(['interest', 'subscription']), id: z.uuid() }))
    .output(z.object({ filename: z.string(), json: z.string() }))
    .query(({ ctx, input }) => exportPerson(ctx.db, ctx.user.id, input)),

  purge: coordinatorProcedure
    .output(z.object({ interest: z.number(), subscriptions: z.number() }))
    .mutation(({ ctx }) => purgeExpiredProspects(ctx.db)),
});
