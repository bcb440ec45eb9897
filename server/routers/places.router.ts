// Pages of buildings and fibre points (coordinators), like the relay page: linked from every screen
// that names one, so an IMB id or a PBO is never a dead end.
import { buildingPage, fibrePointPage, placeInput } from '../../shared/schemas/places.ts';
import * as service from '../services/places.service.ts';
import { coordinatorProcedure, router } from '../trpc.ts';

export const placesRouter = router({
  building: coordinatorProcedure
    .input(placeInput)
    .output(buildingPage)
    .query(({ ctx, input }) => service.buildingPage(ctx.db, input.id)),

  fibrePoint: coordinatorProcedure
    .input(placeInput)
    .output(fibrePointPage)
    .query(({ ctx, input }) => service.fibrePointPage(ctx.db, input.id)),
});
