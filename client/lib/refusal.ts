// The one client-side parser of a server refusal. tRPC errors and the plain HTTP routes (/attachments)
// share one shape (docs/contract.md §2.1): `data` carries the tRPC code and our catalogue code. Pure
// (no React, no tRPC client), so the sync engine and the bench page use it too.
import { TRPCClientError } from '@trpc/client';
import { isErrorCode, type ErrorCode } from '../../shared/errors.ts';

export interface Refusal {
  /** The tRPC code: `UNAUTHORIZED`, `CONFLICT`… */
  code: string;
  /** The catalogue code the user's sentence is chosen from; null from an older server. */
  domainCode: ErrorCode | null;
  message: string;
}

// Read with plain property checks rather than zod: this file is on the public page's first load
// (client/lib/trpc.ts retries by it), and zod is loaded only when a form needs it (issue #12).
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}

function refusal(data: unknown, message: unknown): Refusal | null {
  const code = field(data, 'code');
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  const domainCode = field(data, 'domainCode');
  return { code, domainCode: isErrorCode(domainCode) ? domainCode : null, message };
}

/** What a failed tRPC call says; null when the server did not answer (offline, a proxy's 502…). */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof TRPCClientError)) return null;
  return refusal(error.data, error.message);
}

/** What the JSON body of a refused plain HTTP request says; null when it is not one of ours. */
export function refusalInBody(body: unknown): Refusal | null {
  const error = field(body, 'error');
  return refusal(field(error, 'data'), field(error, 'message'));
}

/** The `name` of an error (DOMException, Dexie errors), and of the errors it wraps (Dexie's `inner`). */
export function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Bounded: a wrapped error is a short chain, never a cycle worth following.
  for (let depth = 0; depth < 8; depth++) {
    const name = field(current, 'name');
    if (typeof name !== 'string') break;
    names.push(name);
    current = field(current, 'inner');
  }
  return names;
}

/** The device's storage is full (IndexedDB quota), however deep the error wraps it. */
export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}
