// A department-sized network for browser tests and the public-map benchmark: seeded synthetic
// relays and buildings written straight into a fresh embedded database, which a server then opens
// (the demo is not seeded over it: the database already has sites).
import { cpSync, existsSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { loadCoverage } from '../../server/testing/load-coverage.ts';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { syntheticCoverage } from '../../shared/eligibility/testing/synthetic.ts';

export interface LargeNetwork {
  dataDir: string;
  coverage: CoverageData;
}

const optionsFor = (buildings: number, sites: number) =>
  ({ seed: 12, sites, sectors: sites * 3, buildings, fibreZones: 20 }) as const;

/**
 * A private copy of the network's database (made once per machine: loading 250,000 buildings takes
 * minutes on a busy 2-core box, copying the result a second). The caller removes `dataDir`.
 */
export async function largeNetworkCopy(buildings = 250_000, sites = 100): Promise<LargeNetwork> {
  const cached = join(tmpdir(), `terrain-e2e-large-${buildings}-v1`);
  if (!existsSync(cached)) {
    const fresh = await createLargeNetwork(buildings, sites);
    renameSync(fresh.dataDir, cached);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'terrain-large-copy-'));
  cpSync(cached, dataDir, { recursive: true });
  return { dataDir, coverage: syntheticCoverage(optionsFor(buildings, sites)) };
}

async function createLargeNetwork(buildings = 250_000, sites = 100): Promise<LargeNetwork> {
  const dataDir = mkdtempSync(join(tmpdir(), 'terrain-large-'));
  const coverage = syntheticCoverage(optionsFor(buildings, sites));
  // Where the server looks for its embedded database (server/boot.ts).
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pgdata') });
  try {
    await migrate(database);
    await loadCoverage(database.db, coverage, 'e2e');
  } finally {
    await database.close();
  }
  return { dataDir, coverage };
}
