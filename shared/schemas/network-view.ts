// The public map's view-bounded data (issue 12): a small outline of the network (relays, sectors,
// fibre areas, counts), building tiles fetched for the view only (aggregated counts when zoomed
// out, one dot per building when close), and the manifest of the offline package.
import { z } from 'zod';
import { fibreZone, radioSector, radioSite } from './eligibility.ts';

/** Map zoom from which buildings are sent one by one; below it, counts per cell. */
export const DETAIL_ZOOM = 14;
/** Cells per data-tile side when aggregated: 64 px cells, about one marker each. */
export const CELLS_PER_TILE = 8;
/** The offline package is cut into data tiles of this level, so an update re-sends only what changed. */
export const PACKAGE_CHUNK_ZOOM = 10;

const bounds = z.object({
  west: z.number(),
  south: z.number(),
  east: z.number(),
  north: z.number(),
});

export const networkOutline = z.object({
  /** Changes with the data: part of every tile request, so cached tiles are never stale. */
  version: z.string(),
  dataAsOf: z.string(),
  sites: z.array(radioSite),
  sectors: z.array(radioSector),
  fibreZones: z.array(fibreZone),
  /** Buildings shown on the public map (abandoned ones are not). */
  buildingCount: z.number().int().min(0),
  /** Relays and shown buildings; null for an empty network. */
  bounds: bounds.nullable(),
});
export type NetworkOutline = z.infer<typeof networkOutline>;

export const networkTileInput = z.object({
  v: z.string().min(1).max(64),
  z: z
    .number()
    .int()
    .min(0)
    .max(DETAIL_ZOOM - 1),
  x: z.number().int().min(0),
  y: z.number().int().min(0),
});
export type NetworkTileInput = z.infer<typeof networkTileInput>;

/** Building states on the wire, one letter each: deployed, planned (in progress or signed), targeted. */
export const tileStateLetter = { deployed: 'd', in_progress: 'p', signed: 'p', targeted: 't' } as const;

export const networkTile = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cells'),
    /** Per non-empty cell: centroid, buildings shown, of which deployed. */
    cells: z.array(z.tuple([z.number(), z.number(), z.number().int(), z.number().int()])),
  }),
  z.object({
    kind: z.literal('points'),
    /** Microdegrees from the tile's south-west corner (small integers: short JSON). */
    lat: z.array(z.number().int()),
    lon: z.array(z.number().int()),
    /** One letter a building, see tileStateLetter. */
    states: z.string(),
  }),
]);
export type NetworkTile = z.infer<typeof networkTile>;

const offlineChunk = z.object({
  key: z.string(),
  hash: z.string(),
  bytes: z.number().int().min(0),
  buildings: z.number().int().min(0),
});

export const offlineManifest = z.object({
  version: z.string(),
  dataAsOf: z.string(),
  sites: z.array(radioSite),
  sectors: z.array(radioSector),
  fibreZones: z.array(fibreZone),
  chunks: z.array(offlineChunk),
  /** Sum of the chunks' sizes: what a first download costs (the manifest aside). */
  totalBytes: z.number().int().min(0),
});
export type OfflineManifest = z.infer<typeof offlineManifest>;
