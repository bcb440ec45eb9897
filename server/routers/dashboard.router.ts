// The coordination dashboard's figures (coordinators).
import { dashboard, dashboardInput } from '../../shared/schemas/dashboard.ts';
import * as service from '../services/dashboard.service.ts';
import { coordinatorProcedure, router } from '../trpc.ts';

export const dashboardRouter = router({
  summary: coordinatorProcedure
    .input(dashboardInput)
    .output(dashboard)
    .query(({ ctx, input }) => service.dashboard(ctx.db, input)),
});
