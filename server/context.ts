// What every procedure sees: the database, the configuration, the caller and their cookie jar.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';
import type { Env } from './env.ts';
import type { SessionUser } from '../shared/schemas/auth.ts';

interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: { expires: Date }): void;
  clear(name: string): void;
}

export interface Context {
  db: Kysely<DB>;
  env: Env;
  user: SessionUser | null;
  /** Raw session token from the cookie, when there is one. */
  sessionToken: string | null;
  ip: string;
  userAgent: string | null;
  cookies: CookieJar;
  /** The request's id, in every log line of the request and in an internal error's message. */
  requestId: string;
}

/** A context for tests and scripts: no HTTP request behind it. */
export function makeTestContext(
  base: Pick<Context, 'db' | 'env'> & Partial<Omit<Context, 'db' | 'env'>>,
): Context {
  const jar = new Map<string, string>();
  return {
    user: null,
    sessionToken: null,
    ip: '127.0.0.1',
    userAgent: null,
    requestId: randomUUID(),
    cookies: {
      get: (n) => jar.get(n),
      set: (n, v) => void jar.set(n, v),
      clear: (n) => void jar.delete(n),
    },
    ...base,
  };
}
