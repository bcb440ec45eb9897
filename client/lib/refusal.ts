// The one client-side parser of a server refusal. tRPC errors and the plain HTTP routes (/attachments)
// share one shape (docs/contract.md §2.1): `data` carries the tRPC code and our catalogue code. Pure
// (no React, no tRPC client), so the sync engine and the bench page use it too.
import { TRPCClientError } from '@trpc/client';
import { z } from 'zod';
import { isErrorCode, type ErrorCode } from '../../shared/errors.ts';

export interface Refusal {
  /** The tRPC code: `UNAUTHORIZED`, `CONFLICT`… */
  code: string;
  /** The catalogue code the user's sentence is chosen from; null from an older server. */
  domainCode: ErrorCode | null;
  message: string;
}

const errorData = z.object({ code: z.string(), domainCode: z.string().nullish() });
const errorBody = z.object({ error: z.object({ message: z.string(), data: errorData }) });

function refusal(data: z.infer<typeof errorData>, message: string): Refusal {
  return { code: data.code, domainCode: isErrorCode(data.domainCode) ? data.domainCode : null, message };
}

/** What a failed tRPC call says; null when the server did not answer (offline, a proxy's 502…). */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = errorData.safeParse(error.data);
  return data.success ? refusal(data.data, error.message) : null;
}

/** What the JSON body of a refused plain HTTP request says; null when it is not one of ours. */
export function refusalInBody(body: unknown): Refusal | null {
  const parsed = errorBody.safeParse(body);
  return parsed.success ? refusal(parsed.data.error.data, parsed.data.error.message) : null;
}

const named = z.object({ name: z.string(), inner: z.unknown().optional() });

/** The `name` of an error (DOMException, Dexie errors), and of the errors it wraps (Dexie's `inner`). */
export function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Bounded: a wrapped error is a short chain, never a cycle worth following.
  for (let depth = 0; depth < 8; depth++) {
    const parsed = named.safeParse(current);
    if (!parsed.success) break;
    names.push(parsed.data.name);
    current = parsed.data.inner;
  }
  return names;
}

/** The device's storage is full (IndexedDB quota), however deep the error wraps it. */
export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}
