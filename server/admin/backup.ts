// Logical backups as one SQL script that both engines restore: each table's rows as JSON, re-inserted
// with json_populate_recordset. Taken in one REPEATABLE READ transaction, so the copy is consistent.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import * as repo from '../repositories/backup.repository.ts';

const HEADER = '-- Terrain backup v1';

export async function backupToSql(
  database: Database,
): Promise<{ sql: string; tables: number; rows: number }> {
  return database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const tables = await repo.tablesInDependencyOrder(trx);
      const schema = await repo.latestMigration(trx);
      const sequences = await repo.ownedSequences(trx);
      const tag = `$terrain_${randomBytes(6).toString('hex')}$`;
      const out = [`${HEADER} schema=${schema}`, 'BEGIN;', "SET LOCAL terrain.restoring = 'on';"];
      out.push(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE;`);
      let rows = 0;
      for (const table of tables) {
        const data = await repo.tableJson(trx, table);
        rows += data.rows;
        if (data.rows === 0) continue;
        if (data.json.includes(tag)) throw new Error('backup quoting tag collision; try again');
        out.push(
          `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(null::"${table}", ${tag}${data.json}${tag});`,
        );
      }
      for (const s of sequences) {
        out.push(
          `SELECT setval(pg_get_serial_sequence('"${s.table}"', '${s.column}'), coalesce((SELECT max("${s.column}") FROM "${s.table}"), 0) + 1, false);`,
        );
      }
      out.push('COMMIT;', '');
      return { sql: out.join('\n'), tables: tables.length, rows };
    });
}

export async function backupToFile(
  database: Database,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const { sql, tables, rows } = await backupToSql(database);
  writeFileSync(file, sql, { mode: 0o600 }); // it holds personal data and password hashes
  return { tables, rows };
}

export async function restoreSql(
  database: Database,
  script: string,
): Promise<{ tables: number; rows: number }> {
  const header = script.slice(0, 200).split('\n')[0] ?? '';
  const match = header.match(/^-- Terrain backup v1 schema=(\S*)$/);
  if (!match) throw new Error('not a Terrain backup (missing header)');
  await migrate(database);
  const current = await repo.latestMigration(database.db);
  if ((match[1] ?? '') > current) {
    throw new Error(`backup schema ${match[1]} is newer than this server's ${current}: update Terrain first`);
  }
  await database.exec(script);
  const tables = await repo.tablesInDependencyOrder(database.db);
  let rows = 0;
  for (const t of tables) rows += (await repo.tableJson(database.db, t)).rows;
  return { tables: tables.length, rows };
}

export function restoreFromFile(database: Database, file: string): Promise<{ tables: number; rows: number }> {
  return restoreSql(database, readFileSync(file, 'utf8'));
}
