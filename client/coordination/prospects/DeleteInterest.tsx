// GDPR erasure, asked twice: the first tap only asks for confirmation, in place.
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useDeleteInterest } from './mutations.ts';

export function DeleteInterest({ id, name }: { id: string; name: string }) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteInterest();
  if (!confirming) {
    return (
      <div className="coord-actions">
        <button type="button" className="button coord-danger" onClick={() => setConfirming(true)}>
          {t('coordination.prospects.delete')}
        </button>
      </div>
    );
  }
  return (
    <div className="coord-confirm" role="alertdialog" aria-labelledby={`delete-${id}`}>
      <p id={`delete-${id}`}>{t('coordination.prospects.deleteConfirm', { name })}</p>
      <div className="coord-actions">
        <button
          type="button"
          className="button button--primary coord-danger--solid"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ id })}
        >
          {t('coordination.prospects.deleteYes')}
        </button>
        <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
          {t('coordination.prospects.deleteNo')}
        </button>
      </div>
      {remove.isError && (
        <p className="form__error" role="alert">
          {errorMessage(remove.error, lang, t)}
        </p>
      )}
    </div>
  );
}
