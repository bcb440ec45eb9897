// Test data for the technician area: small real images, and the server seen from outside (HTTP).
import { deflateSync } from 'node:zlib';
import { z } from 'zod';

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A width×height RGB PNG in a colour made from `seed`, so every photo hashes differently. */
export function testPng(seed: number, width = 64, height = 48): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++)
    row.set([(seed * 37) % 256, (seed * 91 + x) % 256, (seed * 13 + 128) % 256], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A logged-in HTTP client of the server (tRPC over plain JSON, as any script would use it). */
export async function apiSession(baseUrl: string, email: string, password: string) {
  const login = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const data = z.object({ result: z.object({ data: z.unknown() }) });
  return {
    async query(path: string, input: unknown): Promise<unknown> {
      const res = await fetch(`${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
        headers: { cookie },
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return data.parse(await res.json()).result.data;
    },
    async mutation(path: string, input: unknown): Promise<unknown> {
      const res = await fetch(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return data.parse(await res.json()).result.data;
    },
    async photoComplete(sha256: string): Promise<boolean> {
      const res = await fetch(`${baseUrl}/attachments/${sha256}`, { method: 'HEAD', headers: { cookie } });
      return res.headers.get('upload-complete') === '?1';
    },
  };
}

const listed = z.object({
  items: z.array(z.object({ id: z.string(), summary: z.string(), photos: z.array(z.string()) })),
  nextCursor: z.string().nullable(),
});

/** Every intervention on the server (coordinator view), all pages. */
export async function allInterventions(api: Awaited<ReturnType<typeof apiSession>>) {
  const items: z.infer<typeof listed>['items'] = [];
  let cursor: string | null = null;
  do {
    const page = listed.parse(await api.query('interventions.list', { limit: 200, cursor }));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
