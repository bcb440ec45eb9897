// Starts a real Terrain server (the same entry point as `npm start`, without the build) for a test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  /** Demo accounts by role, read from the server's first-start output. */
  accounts: Record<string, { email: string; password: string }>;
  /** The demo account of a role; throws with the server's output when it printed none. */
  account(role: 'technician' | 'coordinator' | 'admin'): { email: string; password: string };
  process: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => res(port));
    });
    s.once('error', rej);
  });
}

export async function startServer(
  options: { env?: Record<string, string>; dataDir?: string; port?: number } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const ownDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'terrain-e2e-'));
  const root = resolve(import.meta.dirname, '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((res, rej) => {
    const onExit = (code: number | null) => rej(new Error(`server exited (${code}) before ready:\n${out}`));
    child.once('exit', onExit);
    const timer = setInterval(() => {
      if (out.includes('Terrain is ready')) {
        clearInterval(timer);
        child.off('exit', onExit);
        res();
      }
    }, 50);
  });
  const accounts: RunningServer['accounts'] = {};
  for (const m of out.matchAll(/^\s+(technician|coordinator|admin)\s+(\S+)\s+(\S+)$/gm)) {
    // The first account of a role (the demo's second technician has no zone on purpose).
    if (m[1] && m[2] && m[3]) accounts[m[1]] ??= { email: m[2], password: m[3] };
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    accounts,
    account(role) {
      const found = accounts[role];
      if (!found) throw new Error(`no ${role} account in the server output:\n${out}`);
      return found;
    },
    process: child,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill(signal);
        await exited;
      }
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
