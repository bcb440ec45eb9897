// A terrain model, once imported, makes eligibility exclude radio sectors whose line of sight is blocked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { testDatabases } from '../../testing/databases.ts';
import { runAdminCommand } from '../../admin/commands.ts';
import { checkEligibility } from '../eligibility.service.ts';
import { importGeoJson } from './geojson.import.ts';
import { invalidateCoverage } from '../eligibility-cache.service.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SITE = { lat: 47.72, lon: 3.585 };
const POINT = { lat: 47.72, lon: 3.6115 }; // ≈ 2 km east, inside the east sector

/** A flat 100 m plain, with a 300 m ridge running north–south halfway to the point when `ridge`. */
function grid(ridge: boolean): string {
  const ncols = 80;
  const nrows = 40;
  const header = `ncols ${ncols}\nnrows ${nrows}\nxllcorner 3.55\nyllcorner 47.70\ncellsize 0.001\nNODATA_value -9999\n`;
  const rows = Array.from({ length: nrows }, () =>
    Array.from({ length: ncols }, (_, c) => {
      const lon = 3.55 + (c + 0.5) * 0.001;
      return ridge && lon > 3.596 && lon < 3.6 ? 300 : 100;
    }).join(' '),
  );
  return header + rows.join('\n') + '\n';
}

describe.each(testDatabases)('terrain model import on $name', (kind) => {
  let database: Database;
  const dir = mkdtempSync(join(tmpdir(), 'terrain-dem-'));
  beforeAll(async () => {
    database = await kind.open();
    await importGeoJson(
      database.db,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [SITE.lon, SITE.lat] },
            properties: {
              kind: 'site',
              id: 'site-test',
              name: 'Relais test',
              groundAltitudeM: 100,
              mastHeightM: 12,
              sectors: [{ id: 'test-e', azimuth: 90, beamwidth: 90, rangeM: 5000, frequencyMHz: 5500 }],
            },
          },
        ],
      }),
    );
    invalidateCoverage(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  it('checks line of sight once a terrain model is imported, and says why a sector is excluded', async () => {
    expect((await checkEligibility(database.db, POINT)).verdict).toBe('radio');

    writeFileSync(join(dir, 'flat.asc'), grid(false));
    const flat = await runAdminCommand(database, ['import', join(dir, 'flat.asc')]);
    expect(flat).toMatchObject({ code: 0, output: expect.stringContaining('1 imported') });
    expect((await checkEligibility(database.db, POINT)).verdict).toBe('radio');

    writeFileSync(join(dir, 'ridge.asc'), grid(true));
    const ridge = await runAdminCommand(database, ['import', join(dir, 'ridge.asc')]);
    expect(ridge.output).toContain('1 updated');
    const blocked = await checkEligibility(database.db, POINT);
    expect(blocked.verdict).toBe('none');
    expect(blocked.excluded).toEqual([
      expect.objectContaining({
        sectorId: 'test-e',
        reason: expect.stringMatching(/le relief cache la vue/i),
      }),
    ]);

    const again = await runAdminCommand(database, ['import', join(dir, 'ridge.asc')]);
    expect(again.output).toContain('0 imported, 0 updated, 1 unchanged');
  });

  it('refuses a malformed grid and keeps the current model', async () => {
    writeFileSync(join(dir, 'bad.asc'), 'ncols 3\nnrows 2\nxllcorner 3\nyllcorner 47\n1 2 3\n');
    const bad = await runAdminCommand(database, ['import', join(dir, 'bad.asc')]);
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/ASCII grid/);
    expect((await checkEligibility(database.db, POINT)).verdict).toBe('none');
  });
});
