import { ispJson } from '../../shared/schemas/eligibility-api.ts';
import { buildIspJson } from '../services/export/isp-json.ts';
import { rateLimitedProcedure, router } from '../trpc.ts';

export const exportRouter = router({
  /** Same document as GET /isp.json: FFDN ISP database entry (schema 0.1). */
  ispJson: rateLimitedProcedure.output(ispJson).query(({ ctx }) => buildIspJson(ctx.db, ctx.env)),
});
