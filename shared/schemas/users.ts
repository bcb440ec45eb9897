// Users administration (admin console and CLI): who can log in, with which role, in which zones.
import { z } from 'zod';
import { email, role, sessionUser } from './auth.ts';
import { elementKey, shortName } from './common.ts';

const userId = z.uuid();
const zoneId = elementKey;

/** How a new (or reset) user gets a password: shown once to the admin, or a one-time link (24 h). */
const credentialMode = z.enum(['password', 'link']);
export type CredentialMode = z.infer<typeof credentialMode>;

const deviceSummary = z.object({
  clientId: z.string(),
  appVersion: z.string().nullable(),
  /** The device's last push or pull. */
  lastSyncAt: z.string(),
});

export const userSummary = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  activeSessions: z.number(),
  zoneIds: z.array(z.string()),
  devices: z.array(deviceSummary),
});
export type UserSummary = z.infer<typeof userSummary>;

export const createUserInput = z.object({
  email,
  name: shortName,
  role,
  credential: credentialMode,
  zoneIds: z.array(zoneId).max(200).default([]),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

/** The secret is in the answer once: the database keeps only hashes. */
export const credentialOutput = z.object({
  password: z.string().optional(),
  /** The token of a set-password link; the page is /mot-de-passe#<token>. */
  linkToken: z.string().optional(),
  linkExpiresAt: z.string().optional(),
});
export type CredentialOutput = z.infer<typeof credentialOutput>;

export const createUserOutput = credentialOutput.extend({ user: sessionUser });

export const userIdInput = z.object({ id: userId });
export const setRoleInput = z.object({ id: userId, role });
export const resetPasswordInput = z.object({ id: userId, credential: credentialMode });
export const assignZonesInput = z.object({ id: userId, zoneIds: z.array(zoneId).max(200) });

export const setPasswordWithLinkInput = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(10, 'au moins 10 caractères').max(512),
});
