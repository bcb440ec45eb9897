import { auditedRead } from '../services/personal-data-audit.ts';
import { idOutput, interestDeleteOutput } from '../../shared/schemas/interest.ts';
import {
  requestSubscriptionInput,
  setSubscriptionStatusInput,
  subscriptionDeleteInput,
  subscriptionListInput,
  subscriptionRequest,
  subscriptionListOutput,
} from '../../shared/schemas/subscription.ts';
import {
  listSubscriptionRequests,
  requestSubscription,
} from '../services/eligibility-subscription.service.ts';
import { eraseSubscription, setSubscriptionStatus } from '../services/subscription-admin.service.ts';
import { mailSettings } from '../services/operations/member-mail.ts';
import { coordinatorProcedure, rateLimitedProcedure, router } from '../trpc.ts';

export const subscriptionRouter = router({
  /** Public: only where the eligibility check offers this technology as available (else BAD_REQUEST). */
  request: rateLimitedProcedure
    .input(requestSubscriptionInput)
    .output(idOutput)
    .mutation(({ ctx, input }) =>
      requestSubscription(ctx.db, input, new Date(), {
        settings: mailSettings(ctx.env),
        coopEmail: ctx.env.COOP_EMAIL,
      }),
    ),

  list: coordinatorProcedure
    .input(subscriptionListInput)
    .output(subscriptionListOutput)
    .query(async ({ ctx, input }) =>
      auditedRead(
        ctx.db,
        ctx.user.id,
        'subscription.list',
        input,
        await listSubscriptionRequests(ctx.db, input),
      ),
    ),

  setStatus: coordinatorProcedure
    .input(setSubscriptionStatusInput)
    .output(subscriptionRequest)
    .mutation(({ ctx, input }) => setSubscriptionStatus(ctx.db, input, ctx.user.id)),

  /** GDPR erasure on request; audited by id only. */
  delete: coordinatorProcedure
    .input(subscriptionDeleteInput)
    .output(interestDeleteOutput)
    .mutation(({ ctx, input }) => eraseSubscription(ctx.db, input.id, ctx.user.id)),
});
