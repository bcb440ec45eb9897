import { z } from 'zod';
import { coverageData } from '../../shared/schemas/eligibility.ts';
import {
  networkOutline,
  networkTile,
  networkTileInput,
  offlineManifest,
} from '../../shared/schemas/network-view.ts';
import { coverageSnapshot } from '../services/eligibility-cache.service.ts';
import * as view from '../services/network-view.service.ts';
import { publicProcedure, rateLimitedProcedure, router } from '../trpc.ts';

export const networkRouter = router({
  /**
   * Public coverage data (no personal data), whole: the technician and coordination maps' layers.
   * Served from the eligibility cache, so the map and the answers agree and a page view costs no query.
   * The public map reads `outline` + `tile` instead: bytes bounded by the view, not by the network.
   */
  coverage: rateLimitedProcedure
    .output(coverageData)
    .query(async ({ ctx }) => (await coverageSnapshot(ctx.db)).coverage),

  /** Relays, sectors, fibre areas and counts: what the public map draws at every zoom. */
  outline: publicProcedure.output(networkOutline).query(({ ctx }) => view.networkOutline(ctx.db)),

  /** The buildings of one 512 px data tile: counts per cell when zoomed out, dots when close. */
  tile: publicProcedure
    .input(networkTileInput)
    .output(networkTile)
    .query(({ ctx, input }) => view.networkTile(ctx.db, input)),

  /** What the offline package holds and costs; its chunks are binary, under /offline/chunk/. */
  offlineManifest: publicProcedure.output(offlineManifest).query(({ ctx }) => view.offlineManifest(ctx.db)),

  /** What the client needs to know about this deployment (tiles, geocoder). */
  config: publicProcedure
    .output(z.object({ tileUrl: z.string(), tileAttribution: z.string(), geocoderUrl: z.string() }))
    .query(({ ctx }) => ({
      tileUrl: ctx.env.TILE_URL,
      tileAttribution: ctx.env.TILE_ATTRIBUTION,
      geocoderUrl: ctx.env.GEOCODER_URL,
    })),
});
