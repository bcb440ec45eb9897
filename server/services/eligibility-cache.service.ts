// The eligibility index lives in memory, one per database handle: built from loadCoverage once, then
// reused by every check until the coverage tables change.
//
// Freshness: an edit in this process invalidates the index, and the next check waits for the new one.
// A bulk import instead refreshes it (refreshCoverage): the new index is built while the previous one
// keeps answering, and none is rebuilt over a half-written network while the import runs
// (withCoverageWrites). Changes made elsewhere (another server process on the same PostgreSQL, an
// admin command) are noticed by a fingerprint query run in the background at most every RECHECK_MS;
// the rebuild then runs in the background too, so a data change never stalls public traffic.
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
  /** Builds are numbered as they start: an older build never replaces a newer one's snapshot. */
  builds: number;
  shownBuild: number;
  /** Bulk writers in progress (imports): no background rebuild meanwhile. */
  writers: number;
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
      builds: 0,
      shownBuild: 0,
      writers: 0,
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

async function buildSnapshot(
  db: Kysely<DB>,
  e: Entry,
): Promise<{ build: number; snapshot: CoverageSnapshot }> {
  const build = ++e.builds;
  // Fingerprint first: if data changes while loading, the next check sees a newer fingerprint.
  const fingerprint = await fingerprintOf(db);
  const coverage = await loadCoverage(db);
  const terrain = await terrainModel(db);
  return { build, snapshot: { coverage, index: createEligibilityIndex(coverage, { terrain }), fingerprint } };
}

function show(e: Entry, build: number, snapshot: CoverageSnapshot, now: number): void {
  e.snapshot = snapshot;
  e.shownBuild = build;
  e.checkedAt = now;
}

function rebuild(db: Kysely<DB>, e: Entry, now: number): Promise<CoverageSnapshot> {
  const generation = e.generation;
  if (e.rebuilding && e.rebuilding.generation === generation) return e.rebuilding.promise;
  const promise = (async () => {
    const { build, snapshot } = await buildSnapshot(db, e);
    // A slower, older rebuild must not replace a newer snapshot.
    if (generation >= e.freshGeneration && build > e.shownBuild) {
      show(e, build, snapshot, now);
      e.freshGeneration = generation;
    }
    return snapshot;
  })().finally(() => {
    if (e.rebuilding?.promise === promise) e.rebuilding = null;
  });
  e.rebuilding = { generation, promise };
  return promise;
}

function recheck(db: Kysely<DB>, e: Entry, now: number): Promise<void> {
  // An import in progress refreshes the index when it ends; rebuilding over its half-written network
  // (and queueing behind its transactions) would only slow the checks down.
  if (e.writers > 0) return Promise.resolve();
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
  // In the background: a check never waits for the database while an index can answer it.
  if (now - e.checkedAt >= RECHECK_MS) void recheck(db, e, now);
  return current;
}

/** After this process changed coverage data: the next check waits for a rebuilt index. */
export function invalidateCoverage(db: Kysely<DB>): void {
  entryFor(db).generation++;
}

/** Runs a bulk write (an import): meanwhile the index answers as it was, without background rebuilds. */
export async function withCoverageWrites<T>(db: Kysely<DB>, write: () => Promise<T>): Promise<T> {
  const e = entryFor(db);
  e.writers++;
  try {
    return await write();
  } finally {
    e.writers--;
  }
}

/**
 * After a bulk write in this process: builds the new index while the previous one keeps answering,
 * and resolves once checks see the new data (so an import reported done is an import answered).
 */
export async function refreshCoverage(db: Kysely<DB>, now = Date.now()): Promise<void> {
  const e = entryFor(db);
  // Nothing answering yet, or checks already waiting for a rebuild: the next check builds it.
  if (!e.snapshot || e.freshGeneration < e.generation) return invalidateCoverage(db);
  const generation = e.generation;
  try {
    const { build, snapshot } = await buildSnapshot(db, e);
    // Invalidated meanwhile: that edit's waiting path rebuilds with everything.
    if (e.generation === generation && build > e.shownBuild) show(e, build, snapshot, now);
  } catch {
    invalidateCoverage(db); // the database hiccuped: the next check rebuilds
  }
}
