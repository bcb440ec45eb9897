// The terrain model's blocks a technician's phone should hold (contract §4.3); the bytes travel
// over GET /terrain/block/:hash.
import { terrainManifest } from '../../shared/schemas/terrain.ts';
import { terrainManifest as manifestFor } from '../services/terrain.service.ts';
import { router, technicianProcedure } from '../trpc.ts';

export const terrainRouter = router({
  manifest: technicianProcedure.output(terrainManifest).query(({ ctx }) => manifestFor(ctx.db, ctx.user)),
});
