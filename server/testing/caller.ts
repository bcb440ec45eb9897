// Calling procedures as a given user, without HTTP (tRPC createCaller).
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { parseEnv } from '../env.ts';
import { makeTestContext } from '../context.ts';
import { appRouter } from '../router.ts';
import { createCallerFactory } from '../trpc.ts';
import { upsertUser } from '../services/auth.service.ts';
import type { Role, SessionUser } from '../../shared/schemas/auth.ts';

const createCaller = createCallerFactory(appRouter);
export const testEnv = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '100000' });

export function callerFor(database: Database, user: SessionUser | null = null, ip = '127.0.0.1') {
  return createCaller(makeTestContext({ db: database.db, env: testEnv, user, ip }));
}

/** Creates a user of that role (password "correct horse battery") and returns it. */
export async function makeUser(database: Database, role: Role, email?: string): Promise<SessionUser> {
  const { user } = await upsertUser(database.db, {
    email: email ?? `${role}-${randomUUID().slice(0, 8)}@test.example`,
    name: `Test ${role}`,
    role,
    password: 'correct horse battery',
  });
  return user;
}
