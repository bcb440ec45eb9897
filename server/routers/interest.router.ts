import {
  csvExport,
  idOutput,
  interestDeleteInput,
  interestDeleteOutput,
  interestDemandInput,
  interestDemandOutput,
  interestListInput,
  interestListOutput,
  registerInterestInput,
} from '../../shared/schemas/interest.ts';
import { interestDemand } from '../services/interest-demand.service.ts';
import { exportInterestCsv } from '../services/interest.export.ts';
import { deleteInterest, listInterest, registerInterest } from '../services/interest.service.ts';
import { mailSettings } from '../services/operations/member-mail.ts';
import { coordinatorProcedure, rateLimitedProcedure, router } from '../trpc.ts';

export const interestRouter = router({
  /** Public (contract §2.4): "keep me informed" / "I can host a relay". A repeat returns the same id. */
  register: rateLimitedProcedure
    .input(registerInterestInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => registerInterest(ctx.db, input, new Date(), mailSettings(ctx.env))),

  /** Public demand map: counts per H3 cell, small counts bucketed, no personal data. */
  demand: rateLimitedProcedure
    .input(interestDemandInput)
    .output(interestDemandOutput)
    .query(({ ctx, input }) => interestDemand(ctx.db, input)),

  list: coordinatorProcedure
    .input(interestListInput)
    .output(interestListOutput)
    .query(({ ctx, input }) => listInterest(ctx.db, input)),

  /** Audited: who downloaded personal data, when, how many rows. */
  export: coordinatorProcedure.output(csvExport).query(({ ctx }) => exportInterestCsv(ctx.db, ctx.user.id)),

  /** GDPR erasure on request; audited by id only. */
  delete: coordinatorProcedure
    .input(interestDeleteInput)
    .output(interestDeleteOutput)
    .mutation(({ ctx, input }) => deleteInterest(ctx.db, input.id, ctx.user.id)),
});
