// `npm run admin -- …`. With PostgreSQL it connects directly. With the embedded database it goes
// through the running server's socket when a server holds the lock, else opens the database itself.
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { openConfiguredDatabase } from '../boot.ts';
import { lockHolder } from '../db/lock.ts';
import { parseEnv } from '../env.ts';
import { runAdminCommand, type CommandResult } from './commands.ts';
import { adminSocketPath } from './socket.ts';

const commandResult = z.object({ code: z.number().int(), output: z.string() });
const FILE_COMMANDS = new Set(['import', 'backup', 'restore']);

async function viaServer(socketPath: string, argv: string[]): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const conn = connect(socketPath, () => conn.write(JSON.stringify({ argv }) + '\n'));
    conn.once('error', reject);
    createInterface({ input: conn }).once('line', (line) => {
      try {
        resolvePromise(commandResult.parse(JSON.parse(line)));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  });
}

async function main(): Promise<number> {
  const raw = process.argv.slice(2);
  const argv = FILE_COMMANDS.has(raw[0] ?? '') ? raw.map((a, i) => (i === 0 ? a : resolve(a))) : raw;
  const env = parseEnv({ LOG_LEVEL: 'silent', ...process.env });
  let result: CommandResult;
  if (!env.DATABASE_URL && lockHolder(env.dataDir) !== null) {
    result = await viaServer(adminSocketPath(env.dataDir), argv);
  } else {
    const opened = await openConfiguredDatabase(env);
    try {
      result = await runAdminCommand(opened.database, argv);
    } finally {
      await opened.close();
    }
  }
  (result.code === 0 ? console.log : console.error)(result.output);
  return result.code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
