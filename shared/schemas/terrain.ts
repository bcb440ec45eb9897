// The terrain model a technician's phone holds (contract §4.3): the grid's header and the blocks that
// cover their zones, each named by the hash of its bytes (GET /terrain/block/:hash).
import { z } from 'zod';

const terrainBlockRef = z.object({
  /** "column:row" of the block (from the west, from the north). */
  id: z.string(),
  hash: z.string(),
  bytes: z.number().int(),
});
export type TerrainBlockRef = z.infer<typeof terrainBlockRef>;

export const terrainManifest = z.object({
  /** The imported model's SHA-256; null when no terrain model is loaded. */
  modelHash: z.string().nullable(),
  header: z
    .object({ ncols: z.number(), nrows: z.number(), x0: z.number(), y0: z.number(), cellsize: z.number() })
    .nullable(),
  blocks: z.array(terrainBlockRef),
  totalBytes: z.number().int(),
});
export type TerrainManifest = z.infer<typeof terrainManifest>;

export const terrainBlockHash = z.string().regex(/^[0-9a-f]{64}$/);
