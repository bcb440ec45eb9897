import { eligibilityCheckInput, eligibilityCheckOutput } from '../../shared/schemas/eligibility-api.ts';
import { checkEligibility } from '../services/eligibility.service.ts';
import { rateLimitedProcedure, router } from '../trpc.ts';

export const eligibilityRouter = router({
  /** Public (contract §2.4): what this position can get, fibre or radio, and why. */
  check: rateLimitedProcedure
    .input(eligibilityCheckInput)
    .output(eligibilityCheckOutput)
    .query(({ ctx, input }) => checkEligibility(ctx.db, input)),
});
