// The eligibility index lives in memory, one per database handle: built from loadCoverage once, then
// reused by every check until the coverage tables change.
//
// Freshness: an import in this process invalidates the index, and the next check waits for the new
// one. Changes made elsewhere (another server process on the same PostgreSQL, an admin command) are
// noticed by a fingerprint query run at most every RECHECK_MS; the rebuild then runs in the background
// while the previous index keeps answering, so a data change never stalls public traffic.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import {
  createEligibilityIndex,
  parseAsciiGrid,
  type CoverageData,
  type EligibilityIndex,
  type TerrainModel,
} from '../../shared/eligibility/index.ts';
import { coverageFingerprint } from '../repositories/coverage-cache.repository.ts';
import { loadCoverage } from '../repositories/network.repository.ts';
import { loadTerrain, terrainHash } from '../repositories/terrain.repository.ts';

export const RECHECK_MS = 5_000;

export interface CoverageSnapshot {
  coverage: CoverageData;
  index: EligibilityIndex;
  fingerprint: string;
}

interface Entry {
  snapshot: CoverageSnapshot | null;
  checkedAt: number;
  /** Bumped by each invalidation; a rebuild started before the last one cannot satisfy it. */
  generation: number;
  freshGeneration: number;
  rebuilding: { generation: number; promise: Promise<CoverageSnapshot> } | null;
  checking: Promise<void> | null;
}

const entries = new WeakMap<Kysely<DB>, Entry>();

function entryFor(db: Kysely<DB>): Entry {
  let e = entries.get(db);
  if (!e) {
    e = {
      snapshot: null,
      checkedAt: 0,
      generation: 0,
      freshGeneration: -1,
      rebuilding: null,
      checking: null,
    };
    entries.set(db, e);
  }
  return e;
}

async function fingerprintOf(db: Kysely<DB>): Promise<string> {
  return `${await coverageFingerprint(db)}|terrain:${(await terrainHash(db)) ?? 'none'}`;
}

// Parsing a large grid takes a while: keep the parsed model while its hash stays the same.
let parsedTerrain: { sha256: string; model: TerrainModel } | null = null;

async function terrainModel(db: Kysely<DB>): Promise<TerrainModel | undefined> {
  // The hash first: the grid text (megabytes) is read only when the model changed.
  const sha256 = await terrainHash(db);
  if (sha256 === null) return undefined;
  if (parsedTerrain?.sha256 === sha256) return parsedTerrain.model;
  const stored = await loadTerrain(db);
  if (!stored) return undefined;
  parsedTerrain = { sha256: stored.sha256, model: parseAsciiGrid(stored.grid) };
  return parsedTerrain.model;
}

function rebuild(db: Kysely<DB>, e: Entry, now: number): Promise<CoverageSnapshot> {
  const generation = e.generation;
  if (e.rebuilding && e.rebuilding.generation === generation) return e.rebuilding.promise;
  const promise = (async () => {
    // Fingerprint first: if data changes while loading, the next check sees a newer fingerprint.
    const fingerprint = await fingerprintOf(db);
    const coverage = await loadCoverage(db);
    const terrain = await terrainModel(db);
    const snapshot = { coverage, index: createEligibilityIndex(coverage, { terrain }), fingerprint };
    // A slower, older rebuild must not replace a newer snapshot.
    if (generation >= e.freshGeneration) {
      e.snapshot = snapshot;
      e.freshGeneration = generation;
      e.checkedAt = now;
    }
    return snapshot;
  })().finally(() => {
    if (e.rebuilding?.promise === promise) e.rebuilding = null;
  });
  e.rebuilding = { generation, promise };
  return promise;
}

function recheck(db: Kysely<DB>, e: Entry, now: number): Promise<void> {
  e.checking ??= (async () => {
    try {
      const fingerprint = await fingerprintOf(db);
      if (fingerprint !== e.snapshot?.fingerprint) void rebuild(db, e, now).catch(() => undefined);
    } catch {
      // The database hiccuped: keep answering from the current index and try again later.
    } finally {
      e.checkedAt = now;
      e.checking = null;
    }
  })();
  return e.checking;
}

/** The current coverage and its index; `now` lets tests move the clock. */
export async function coverageSnapshot(db: Kysely<DB>, now = Date.now()): Promise<CoverageSnapshot> {
  const e = entryFor(db);
  const current = e.snapshot;
  if (!current || e.freshGeneration < e.generation) return rebuild(db, e, now);
  if (now - e.checkedAt >= RECHECK_MS) await recheck(db, e, now);
  return e.snapshot ?? current;
}

/** After this process changed coverage data: the next check waits for a rebuilt index. */
export function invalidateCoverage(db: Kysely<DB>): void {
  entryFor(db).generation++;
}
