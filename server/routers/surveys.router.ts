// Surveys and prospects as staff see them outside the console (contract §4.3). Surveys themselves are
// recorded by the survey.record mutator through sync.push.
import { z } from 'zod';
import { prospectPointsOutput, surveySummary } from '../../shared/schemas/surveys.ts';
import { prospectPoints, subscriptionSurveys } from '../services/surveys/prospects.ts';
import { coordinatorProcedure, router, technicianProcedure } from '../trpc.ts';

export const surveysRouter = router({
  /** Prospects in the technician's zones as points for their map. */
  prospects: technicianProcedure
    .output(prospectPointsOutput)
    .query(({ ctx }) => prospectPoints(ctx.db, ctx.user)),

  /** The surveys of these subscription requests, newest first. */
  ofSubscriptions: coordinatorProcedure
    .input(z.object({ ids: z.array(z.uuid()).max(200) }))
    .output(z.record(z.string(), z.array(surveySummary)))
    .query(({ ctx, input }) => subscriptionSurveys(ctx.db, input.ids)),
});
