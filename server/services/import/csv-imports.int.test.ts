// The CSV imports through `npm run admin -- import FILE` (runAdminCommand), on every test database.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../../admin/commands.ts';
import type { Database } from '../../db/database.ts';
import { testDatabases } from '../../testing/databases.ts';
import { fixturePath as fixture } from '../../testing/fixtures/load.ts';

async function adminImport(database: Database, file: string) {
  const result = await runAdminCommand(database, ['import', file]);
  expect(result.code, result.output).toBe(0);
  const counts = /(\d+) imported, (\d+) updated, (\d+) unchanged, (\d+) rejected/.exec(result.output);
  const [imported, updated, unchanged, rejected] = (counts ?? []).slice(1).map(Number);
  return { imported, updated, unchanged, rejected, output: result.output };
}

describe.each(testDatabases)('CSV imports on $name', (kind) => {
  let database: Database;
  let dir: string;
  beforeAll(async () => {
    database = await kind.open();
    dir = mkdtempSync(join(tmpdir(), 'terrain-import-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports an IPE file in Latin-1 / Lambert-93, prints rejections by line, and changes nothing the second time', async () => {
    const first = await adminImport(database, fixture('ipe-jussy-latin1-l93.csv'));
    expect(first).toMatchObject({ imported: 5, updated: 0, rejected: 5 });
    expect(first.output).toContain('IPE (windows-1252)');
    expect(first.output).toContain('rejected line 7: unknown EtatImmeuble "RACCORDE"');
    expect(first.output).toContain('rejected line 10: duplicate IdentifiantImmeuble');
    const again = await adminImport(database, fixture('ipe-jussy-latin1-l93.csv'));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 5 });

    const row = await database.db
      .selectFrom('buildings')
      .selectAll()
      .where('id', '=', 'IMB/89212/L/0002')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      state: 'in_progress',
      source: 'ipe',
      address: "4 BIS RUE DE L'ÉPINEAU, 89290 JUSSY",
      address_code: 'J1A2B3C4D6',
      network: 'own',
    });
  });

  it('imports an IPE file in UTF-8 / WGS84', async () => {
    const first = await adminImport(database, fixture('ipe-saint-bris-utf8-wgs84.csv'));
    expect(first).toMatchObject({ imported: 3, updated: 0, rejected: 1 });
    expect(first.output).toContain('rejected line 5');
    expect(await adminImport(database, fixture('ipe-saint-bris-utf8-wgs84.csv'))).toMatchObject({
      imported: 0,
      updated: 0,
    });
  });

  it('keeps what people added to a building when the IPE file is imported again', async () => {
    await database.db
      .updateTable('buildings')
      .set({ access: 'Clé en mairie' })
      .where('id', '=', 'IMB/89212/L/0001')
      .execute();
    expect(await adminImport(database, fixture('ipe-jussy-latin1-l93.csv'))).toMatchObject({
      imported: 0,
      updated: 0,
    });
    const row = await database.db
      .selectFrom('buildings')
      .select('access')
      .where('id', '=', 'IMB/89212/L/0001')
      .executeTakeFirstOrThrow();
    expect(row.access).toBe('Clé en mairie');
  });

  it('imports Arcep buildings, matches them again when imb_id changes, skips those IPE already has', async () => {
    const first = await adminImport(database, fixture('arcep-jussy.csv'));
    // 6 valid lines, one of which is 2 m from IPE building 0001: left to the IPE data.
    expect(first).toMatchObject({ imported: 5, updated: 0, unchanged: 1, rejected: 2 });
    expect(first.output).toContain('1 already known from IPE or GeoJSON');
    expect(first.output).toContain('rejected line 8: unknown imb_etat "fibre ok"');
    const ids = await database.db
      .selectFrom('buildings')
      .select(['id', 'address', 'network'])
      .where('source', '=', 'arcep')
      .orderBy('id')
      .execute();
    expect(ids).toHaveLength(5);
    for (const r of ids)
      expect(r).toMatchObject({ id: expect.stringMatching(/^ARCEP-[0-9A-F]{16}$/), network: 'wholesale' });

    // The next release: every imb_id changed and the lines come in another order.
    const [header, ...lines] = readFileSync(fixture('arcep-jussy.csv'), 'utf8').trimEnd().split('\n');
    const next = join(dir, 'arcep-next.csv');
    const renumbered = lines.map((l) => l.replace(/^IMB\/89212\/A\//, 'IMB/89212/Q/'));
    writeFileSync(next, [header, ...renumbered.reverse()].join('\n'));
    expect(await adminImport(database, next)).toMatchObject({ imported: 0, updated: 0, unchanged: 6 });

    // A state change in that release updates the same building, under the same id.
    writeFileSync(next, [header, ...renumbered.map((l) => l.replace(',cible,', ',deploye,'))].join('\n'));
    expect(await adminImport(database, next)).toMatchObject({ imported: 0, updated: 1 });
    const after = await database.db
      .selectFrom('buildings')
      .select('id')
      .where('source', '=', 'arcep')
      .orderBy('id')
      .execute();
    expect(after.map((r) => r.id)).toEqual(ids.map((r) => r.id));
  });

  it('imports BAN addresses into the local index, idempotently', async () => {
    const first = await adminImport(database, fixture('adresses-89-jussy.csv'));
    expect(first).toMatchObject({ imported: 20, updated: 0, rejected: 1 });
    expect(first.output).toContain('rejected line 22: invalid BAN id');
    expect(await adminImport(database, fixture('adresses-89-jussy.csv'))).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 20,
    });
  });

  it('refuses a file of unknown format with a clear message', async () => {
    const file = join(dir, 'other.csv');
    writeFileSync(file, 'foo;bar\n1;2\n');
    const result = await runAdminCommand(database, ['import', file]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('unrecognised format');
  });
});
