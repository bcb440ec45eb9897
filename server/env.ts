// Configuration comes from the environment only, parsed once at boot with clear messages.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** `a.b.c.d`, an IPv6 address, or either with a /prefix. */
function isAddressOrCidr(entry: string): boolean {
  const [addr = '', prefix, extra] = entry.split('/');
  const family = isIP(addr);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies may say who the client is (X-Forwarded-For): none, the N nearest hops, or the proxies'
 * own addresses. Never "everyone": a client could then pick its IP, escape every per-IP limit and
 * forge the audit log.
 */
const trustProxy = z.string().transform((value, ctx): false | number | string => {
  const v = value.trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'no') return false;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const entries = v.split(',').map((e) => e.trim());
  if (entries.every(isAddressOrCidr)) return entries.join(',');
  ctx.addIssue({
    code: 'custom',
    message:
      'give the number of proxies in front of Terrain (e.g. 1) or their addresses (e.g. 127.0.0.1,10.0.0.0/8); "true" would let any client choose its own address',
  });
  return z.NEVER;
});

/** CONTRACT §1: a variable set to the empty string counts as unset. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TERRAIN_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: trustProxy.default(false),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TILE_URL: z
    .string()
    .default(
      'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    ),
  TILE_ATTRIBUTION: z.string().default('© IGN – Plan IGN v2 (Licence Ouverte)'),
  GEOCODER_URL: z.url().default('https://data.geopf.fr/geocodage'),
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  // Who publishes the FFDN isp.json (the federation's map lists the cooperative under this name).
  COOP_NAME: z.string().trim().min(1).max(120).default('Coopérative Terrain'),
  COOP_EMAIL: z.email().default('contact@terrain.example'),
  // The public page's and installed app's name and logo (a path served by this server), and where
  // "take a support share" leads (server/branding.ts). Without SUPPORT_URL that link is not shown.
  APP_NAME: z.string().trim().min(1).max(60).default('Terrain'),
  APP_LOGO: z
    .string()
    .regex(/^\/[^\s"'<>]*$/, 'must be a path on this server, e.g. /logo.svg')
    .default('/favicon.svg'),
  SUPPORT_URL: optional(z.url()),
  // Operations (alerts out, e-mails to members). Without SMTP_URL no e-mail is sent at all.
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')),
  SMTP_FROM: optional(z.string().min(3)),
  PUBLIC_URL: optional(z.url()),
  TELEGRAM_API_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.url().default('https://api.telegram.org'),
  ),
  TELEGRAM_BOT_TOKEN: optional(z.string().min(1)),
  MATRIX_HOMESERVER_URL: optional(z.url()),
  MATRIX_ACCESS_TOKEN: optional(z.string().min(1)),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...result.data, dataDir: resolve(result.data.DATA_DIR) };
}
