import { DomainError, errorCatalogue } from '../../../shared/errors.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { isQuotaError } from '../../lib/refusal.ts';

export function FormError({ message }: { message: string }) {
  return (
    <p className="form__error" role="alert" data-testid="form-error">
      {message}
    </p>
  );
}

/** Why a local save failed: a rule of the mutator (its French sentence), else storage trouble. */
export function saveErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof DomainError) return error.message || errorCatalogue[error.code].fr;
  if (isQuotaError(error) || (error instanceof Error && /quota/i.test(error.message))) {
    return t('technician.form.storageFull');
  }
  return t('technician.form.saveFailed');
}
