// Draws the PWA icons into public/icons/ (run: `npx tsx scripts/make-icons.ts`, then commit the PNGs).
// A relay seen from afar: a dot and three radio arcs, white on the theme green. PNGs are written by
// hand (zlib + CRC) so no image library is needed; 4×4 supersampling smooths the edges.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const GREEN = [0x0b, 0x5d, 0x4b] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const outDir = resolve(import.meta.dirname, '..', 'public', 'icons');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA, 8 bits a channel, no interlace. */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Is (x, y) in unit coordinates part of the white mark? `scale` shrinks it around the centre. */
function inMark(x: number, y: number, scale: number): boolean {
  const u = (x - 0.5) / scale;
  const v = (y - 0.5) / scale;
  const cx = 0;
  const cy = 0.2;
  const d = Math.hypot(u - cx, v - cy);
  if (d <= 0.085) return true;
  // Arcs open upwards, ±48° around the vertical.
  const angle = Math.abs(Math.atan2(u - cx, cy - v));
  if (v > cy || angle > (48 * Math.PI) / 180) return false;
  return [0.2, 0.33, 0.46].some((r) => Math.abs(d - r) <= 0.035);
}

/** Rounded square for `any` icons (transparent corners); full bleed for `maskable`/Apple icons. */
function inBackground(x: number, y: number, rounded: boolean): boolean {
  if (!rounded) return true;
  const r = 0.2;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return Math.hypot(qx, qy) <= r;
}

function draw(size: number, options: { rounded: boolean; markScale: number }): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let mark = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inBackground(x, y, options.rounded)) continue;
          bg++;
          if (inMark(x, y, options.markScale)) mark++;
        }
      }
      const i = (py * size + px) * 4;
      const t = bg ? mark / bg : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((GREEN[c] ?? 0) * (1 - t) + (WHITE[c] ?? 0) * t);
      rgba[i + 3] = Math.round((bg / (ss * ss)) * 255);
    }
  }
  return encodePng(size, rgba);
}

mkdirSync(outDir, { recursive: true });
const icons: [string, number, { rounded: boolean; markScale: number }][] = [
  ['icon-192.png', 192, { rounded: true, markScale: 0.9 }],
  ['icon-512.png', 512, { rounded: true, markScale: 0.9 }],
  // Maskable: the platform crops to a circle or squircle; keep the mark inside the 80 % safe zone.
  ['maskable-512.png', 512, { rounded: false, markScale: 0.68 }],
  ['apple-touch-icon.png', 180, { rounded: false, markScale: 0.8 }],
];
for (const [name, size, options] of icons) {
  writeFileSync(join(outDir, name), draw(size, options));
  console.log(`public/icons/${name}`);
}
