// `npm start`: open the database, migrate, load the demo cooperative on an empty database, serve.
import { buildApp } from './app.ts';
import { startAdminSocket } from './admin/socket.ts';
import { openConfiguredDatabase } from './boot.ts';
import { DataDirLockedError } from './db/lock.ts';
import { DataDirOpenError } from './db/data-dir.ts';
import { seedDemoIfEmpty } from './demo/seed.ts';
import { parseEnv } from './env.ts';
import { startOperationsWorker } from './services/operations/worker.ts';
import { scheduleDailyPurge } from './services/prospects-retention.service.ts';

async function main(): Promise<void> {
  const env = parseEnv();
  const opened = await openConfiguredDatabase(env);
  const { database } = opened;
  if (env.TERRAIN_DEMO) {
    const demo = await seedDemoIfEmpty(database.db);
    if (demo) printDemoAccounts(demo.accounts);
  }
  const app = await buildApp(database, env);
  const adminSocket = database.kind === 'pglite' ? await startAdminSocket(database, env) : null;
  const operations = startOperationsWorker(database.db, env, app.log);
  const stopPurge = scheduleDailyPurge(database.db, app.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    stopPurge();
    await app.close();
    await operations.stop();
    await adminSocket?.close();
    await opened.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: env.PORT, host: env.HOST });
  const dbText = database.kind === 'pglite' ? `embedded database in ${env.dataDir}` : 'PostgreSQL';
  console.log(`Terrain is ready on http://localhost:${env.PORT} (${dbText})`);
}

function printDemoAccounts(accounts: { email: string; role: string; password: string }[]): void {
  // Printed once, on the start that creates them: the passwords are stored only as argon2 hashes.
  console.log('\nDemo cooperative loaded. Demo accounts (passwords shown only this once):');
  for (const a of accounts) console.log(`  ${a.role.padEnd(12)} ${a.email.padEnd(32)} ${a.password}`);
  console.log('');
}

main().catch((err: unknown) => {
  if (err instanceof DataDirLockedError || err instanceof DataDirOpenError) {
    console.error(`Terrain cannot start: ${err.message}`);
    process.exit(2);
  }
  console.error(err instanceof Error && err.message.startsWith('Invalid configuration') ? err.message : err);
  process.exit(1);
});
