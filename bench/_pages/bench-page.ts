// Serves the browser half of bench/client-sync.ts: client/sync/testing/bench-page.ts, bundled alone with Vite
// (it is never part of the app) and served from a local port.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function benchPage(
  root: string,
  entry = 'client/sync/testing/bench-page.ts',
): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'terrain-bench-page-'));
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: join(root, entry),
        formats: ['es'],
        fileName: () => 'bench.js',
      },
    },
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>',
  );
  const server: Server = createServer((req, res) => {
    const file = req.url === '/bench.js' ? 'bench.js' : 'index.html';
    res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'text/html');
    res.end(readFileSync(join(dir, file)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
