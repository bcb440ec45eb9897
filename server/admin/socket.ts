// While the server holds the embedded database, admin commands reach it through a Unix socket in
// DATA_DIR that only this machine's user can open (mode 0600), never by opening the files twice.
import { chmodSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { Env } from '../env.ts';
import { runAdminCommand } from './commands.ts';

export const adminSocketPath = (dataDir: string): string => join(dataDir, 'admin.sock');
const request = z.object({ argv: z.array(z.string()).max(50) });

export async function startAdminSocket(database: Database, env: Env): Promise<{ close(): Promise<void> }> {
  const path = adminSocketPath(env.dataDir);
  rmSync(path, { force: true }); // left by a crashed server; we hold the data-dir lock, so it is ours
  const server: Server = createServer((conn) => {
    const lines = createInterface({ input: conn });
    lines.once('line', (line) => {
      lines.close();
      let argv: string[];
      try {
        argv = request.parse(JSON.parse(line)).argv;
      } catch {
        conn.end(JSON.stringify({ code: 2, output: 'bad admin request' }) + '\n');
        return;
      }
      void runAdminCommand(database, argv).then((result) => conn.end(JSON.stringify(result) + '\n'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}
