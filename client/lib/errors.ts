// Turns whatever a tRPC call threw into a sentence for the user, in their language.
import { TRPCClientError } from '@trpc/client';
import { z } from 'zod';
import { errorCatalogue, type ErrorCode } from '../../shared/errors.ts';
import type { Translate } from '../i18n/i18n.tsx';
import type { Lang } from '../i18n/translate.ts';
import { isServerAnswer } from './trpc.ts';

// The server's errorFormatter (server/trpc.ts) puts the tRPC code and our catalogue code in `data`.
const errorData = z.object({ code: z.string(), domainCode: z.string().nullish() });

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}

/** The tRPC code (`UNAUTHORIZED`, …) and catalogue code of a server refusal; null when there was none. */
export function serverError(error: unknown): { code: string; domainCode: ErrorCode | null } | null {
  if (!(error instanceof TRPCClientError) || !isServerAnswer(error)) return null;
  const data = errorData.safeParse(error.data);
  if (!data.success) return null;
  const domainCode = data.data.domainCode;
  return { code: data.data.code, domainCode: domainCode && isErrorCode(domainCode) ? domainCode : null };
}

export function errorMessage(error: unknown, lang: Lang, t: Translate): string {
  const refusal = serverError(error);
  if (refusal?.domainCode) return errorCatalogue[refusal.domainCode][lang];
  if (refusal?.code === 'TOO_MANY_REQUESTS') return t('error.tooManyRequests');
  if (refusal && error instanceof Error && error.message) return error.message;
  // No answer from the server: offline, or the request never got through.
  if (error instanceof TRPCClientError) return t('error.offline');
  return t('error.unexpected');
}
