import { z } from 'zod';
import { coverageData } from '../../shared/schemas/eligibility.ts';
import { coverageSnapshot } from '../services/eligibility-cache.service.ts';
import { publicProcedure, rateLimitedProcedure, router } from '../trpc.ts';

export const networkRouter = router({
  /**
   * Public coverage data (no personal data): the map's layers and the offline eligibility engine's input.
   * Served from the eligibility cache, so the map and the answers agree and a page view costs no query.
   */
  coverage: rateLimitedProcedure
    .output(coverageData)
    .query(async ({ ctx }) => (await coverageSnapshot(ctx.db)).coverage),

  /** What the client needs to know about this deployment (tiles, geocoder). */
  config: publicProcedure
    .output(z.object({ tileUrl: z.string(), tileAttribution: z.string(), geocoderUrl: z.string() }))
    .query(({ ctx }) => ({
      tileUrl: ctx.env.TILE_URL,
      tileAttribution: ctx.env.TILE_ATTRIBUTION,
      geocoderUrl: ctx.env.GEOCODER_URL,
    })),
});
