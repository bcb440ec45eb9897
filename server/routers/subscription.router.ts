import { idOutput } from '../../shared/schemas/interest.ts';
import {
  requestSubscriptionInput,
  subscriptionListInput,
  subscriptionListOutput,
} from '../../shared/schemas/subscription.ts';
import {
  listSubscriptionRequests,
  requestSubscription,
} from '../services/eligibility-subscription.service.ts';
import { coordinatorProcedure, rateLimitedProcedure, router } from '../trpc.ts';

export const subscriptionRouter = router({
  /** Public: only where the eligibility check offers this technology as available (else BAD_REQUEST). */
  request: rateLimitedProcedure
    .input(requestSubscriptionInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => requestSubscription(ctx.db, input)),

  list: coordinatorProcedure
    .input(subscriptionListInput)
    .output(subscriptionListOutput)
    .query(({ ctx, input }) => listSubscriptionRequests(ctx.db, input)),
});
