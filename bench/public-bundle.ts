// The public page's JavaScript before the first interaction (issue #12: ≤ 150 KB brotli): the entry
// script of the built index.html and every module it preloads, each compressed as the server sends
// it (brotli, quality 11 like @fastify/compress's default). Reads the existing `dist/` (build first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', 'dist', 'client');

export function brotliBytes(buf: Buffer): number {
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Script and modulepreload URLs named by the built index.html, in document order. */
export function initialScripts(html: string): string[] {
  const urls = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ];
  return urls.map((m) => m[1] ?? '').filter(Boolean);
}

export function run() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const rows = initialScripts(html).map((url) => {
    const buf = readFileSync(join(DIST, url));
    return { url, raw: buf.length, br: brotliBytes(buf) };
  });
  const total = rows.reduce((s, r) => s + r.br, 0);
  return [
    ...rows.map((r) => ({
      name: `initial JS ${r.url.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, '.js')}`,
      value: r.br / 1024,
      unit: 'KB br',
      note: `${Math.round(r.raw / 1024)} KB raw`,
    })),
    {
      name: 'initial JS total (target ≤ 150)',
      value: total / 1024,
      unit: 'KB br',
      note: `${rows.length} files`,
    },
  ];
}
