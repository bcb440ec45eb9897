// `admin import dem.asc`: a terrain model (ESRI ASCII grid, WGS84 degrees) for radio line of sight.
// The grid is parsed before anything is stored, so a malformed file changes nothing.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parseAsciiGrid } from '../../../shared/eligibility/index.ts';
import { saveTerrain } from '../../repositories/terrain.repository.ts';
import { invalidateCoverage } from '../eligibility-cache.service.ts';
import type { ImportReport } from './report.ts';

export async function importTerrain(db: Kysely<DB>, bytes: Buffer): Promise<ImportReport> {
  const grid = bytes.toString('latin1'); // headers and numbers are ASCII whatever the declared encoding
  parseAsciiGrid(grid); // throws with the reason when the grid is not usable
  const size = (key: string) => Number(grid.match(new RegExp(`^\\s*${key}\\s+(\\d+)`, 'im'))?.[1] ?? 0);
  const ncols = size('ncols');
  const nrows = size('nrows');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const outcome = await saveTerrain(db, { sha256, ncols, nrows, grid });
  invalidateCoverage(db);
  return {
    format: 'Terrain model (ESRI ASCII grid)',
    imported: outcome === 'inserted' ? 1 : 0,
    updated: outcome === 'updated' ? 1 : 0,
    unchanged: outcome === 'unchanged' ? 1 : 0,
    rejected: [],
    details: `${ncols} × ${nrows} cells; radio sectors are now checked for line of sight`,
  };
}
