// GDPR erasure, asked twice: the first tap only asks for confirmation, in place.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';

export function ConfirmDelete({
  id,
  name,
  pending,
  error,
  onConfirm,
}: {
  id: string;
  name: string;
  pending: boolean;
  error: unknown;
  onConfirm(): void;
}) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button coord-danger" onClick={() => setConfirming(true)}>
        {t('coordination.prospects.delete')}
      </button>
    );
  }
  return (
    <div className="coord-confirm" role="alertdialog" aria-labelledby={`delete-${id}`}>
      <p id={`delete-${id}`}>{t('coordination.prospects.deleteConfirm', { name })}</p>
      <div className="coord-actions">
        <button
          type="button"
          className="button button--primary coord-danger--solid"
          disabled={pending}
          onClick={onConfirm}
        >
          {t('coordination.prospects.deleteYes')}
        </button>
        <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
          {t('coordination.prospects.deleteNo')}
        </button>
      </div>
      {error != null && (
        <p className="form__error" role="alert">
          {errorMessage(error, lang, t)}
        </p>
      )}
    </div>
  );
}
