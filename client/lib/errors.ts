// Turns whatever a tRPC call threw into a sentence for the user, in their language: chosen from the
// catalogue code (shared/errors.ts), never the server's own sentence.
import { TRPCClientError } from '@trpc/client';
import { errorCatalogue } from '../../shared/errors.ts';
import type { Translate } from '../i18n/i18n.tsx';
import type { Lang } from '../i18n/translate.ts';
import { refusalOf } from './refusal.ts';

export function errorMessage(error: unknown, lang: Lang, t: Translate): string {
  const refusal = refusalOf(error);
  if (refusal?.domainCode) return errorCatalogue[refusal.domainCode][lang];
  if (refusal?.code === 'TOO_MANY_REQUESTS') return t('error.tooManyRequests');
  // A refusal outside the catalogue (none is expected): the server's sentence beats a vague one.
  if (refusal?.message) return refusal.message;
  // No answer from the server: offline, or the request never got through.
  if (error instanceof TRPCClientError) return t('error.offline');
  return t('error.unexpected');
}
