// Tokens of incoming monitoring webhooks: shown once at creation, only their hash is kept.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { upsertHookToken, useHookToken } from '../../repositories/hook-tokens.repository.ts';
import { hashToken } from './member-mail.ts';

export async function createHookToken(db: Kysely<DB>, name: string): Promise<string> {
  const token = `th_${randomBytes(24).toString('base64url')}`;
  await upsertHookToken(db, { id: randomUUID(), name, tokenHash: hashToken(token) });
  return token;
}

/** The token's name, or null for a wrong or missing token. */
export async function verifyHookToken(db: Kysely<DB>, token: string | undefined): Promise<string | null> {
  if (!token || token.length > 200) return null;
  return useHookToken(db, hashToken(token));
}
