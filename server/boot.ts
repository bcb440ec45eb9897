// Opening the database the way the configuration says, with the embedded-database lock when needed.
import type { Env } from './env.ts';
import { openDatabase, type Database } from './db/database.ts';
import { acquireDataDirLock } from './db/lock.ts';
import { prepareDataDir } from './db/data-dir.ts';
import { migrate } from './db/migrate.ts';

export interface OpenedDatabase {
  database: Database;
  /** Closes the database and releases the lock. */
  close(): Promise<void>;
}

export async function openConfiguredDatabase(env: Env): Promise<OpenedDatabase> {
  if (env.DATABASE_URL) {
    const database = await openDatabase({
      kind: 'postgres',
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
    });
    await migrate(database);
    return { database, close: () => database.close() };
  }
  prepareDataDir(env.dataDir); // throws DataDirOpenError when group or others can read it
  const release = acquireDataDirLock(env.dataDir); // throws DataDirLockedError when another process holds it
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: `${env.dataDir}/pgdata` });
    await migrate(database);
    return {
      database,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
