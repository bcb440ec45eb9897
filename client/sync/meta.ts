// Typed access to the `meta` key-value table. Every value is parsed on the way out: the table outlives
// app versions, so a value written by an older version must not be trusted blindly.
import { z } from 'zod';
import { prospectPointsOutput } from '../../shared/schemas/surveys.ts';
import { terrainManifest } from '../../shared/schemas/terrain.ts';
import type { MetaRow, TerrainDb } from './db.ts';

const incident = z.object({
  at: z.string(),
  kind: z.enum(['gap_refilled', 'gap_renumbered']),
  /** The server's lastMutationId when the gap was found, and the first number the device had sent. */
  serverLast: z.number(),
  firstSent: z.number(),
  /** Entries sent again (from the archive, or rejected ones the server forgot). */
  resent: z.number(),
  /** Numbers no copy existed for (renumbered case). */
  missing: z.number(),
});
export type Incident = z.infer<typeof incident>;

const metaSchemas = {
  clientId: z.uuid(),
  userId: z.string(),
  role: z.enum(['technician', 'coordinator', 'admin']),
  /** Last mutation number given out on this device (numbers are never reused). */
  lastMutationId: z.number().int().min(0),
  /** The server's lastMutationId as of the last pull: effects of mutations ≤ it are in the base rows. */
  serverLastMutationId: z.number().int().min(0),
  cursor: z.string().nullable(),
  /** A reset stream is being received: rows not re-sent are dropped when it ends. */
  resetInProgress: z.boolean(),
  lastSyncAt: z.string(),
  /** The mutation set version of the app that last opened this database. */
  schemaVersion: z.number().int(),
  persistRequested: z.boolean(),
  /** The technician paused photo uploads (e.g. on a metered connection): kept across reloads. */
  photosPaused: z.boolean(),
  incidents: z.array(incident),
  /** Per other device (clientId): the highest number of its imported entries the server has processed. */
  importedDone: z.record(z.string(), z.number().int().min(0)),
  /** The terrain blocks this phone holds (their bytes are rows `terrain-block:<hash>`). */
  terrainManifest,
  /** Prospects of the technician's zones as last read online (the map shows them offline). */
  prospects: prospectPointsOutput,
} as const;

export type MetaKey = keyof typeof metaSchemas;
export type MetaValue<K extends MetaKey> = z.infer<(typeof metaSchemas)[K]>;

export async function getMeta<K extends MetaKey>(db: TerrainDb, key: K): Promise<MetaValue<K> | undefined> {
  const row = await db.meta.get(key);
  if (!row) return undefined;
  const parsed = metaSchemas[key].safeParse(row.value);
  return parsed.success ? (parsed.data as MetaValue<K>) : undefined;
}

export async function setMeta<K extends MetaKey>(db: TerrainDb, key: K, value: MetaValue<K>): Promise<void> {
  await db.meta.put({ key, value });
}

/** The counter from its raw meta row (read as a plain Dexie request on the save path). */
export function lastMutationIdOf(row: MetaRow | undefined): number {
  const parsed = metaSchemas.lastMutationId.safeParse(row?.value);
  return parsed.success ? parsed.data : 0;
}

export async function addIncident(db: TerrainDb, value: Incident): Promise<void> {
  const list = (await getMeta(db, 'incidents')) ?? [];
  await setMeta(db, 'incidents', [...list.slice(-19), value]);
}
