// The console's "replace the ONT" and "remove": the same mutators, and rules, as the technician's
// device (an ONT serial active elsewhere is refused, the old serial is kept in the history).
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useRemoveInstallation, useReplaceOnt } from './queries.ts';

export function ReplaceOnt({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const replace = useReplaceOnt();
  const [serial, setSerial] = useState('');
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    replace.mutate(
      { id, ontSerial: serial, replacedAt: new Date().toISOString(), reason: reason || null },
      { onSuccess: () => (setSerial(''), setReason('')) },
    );
  };
  return (
    <form className="coord-plan" onSubmit={submit} data-testid="replace-ont">
      <label className="field">
        <span className="field__label">{t('coordination.installations.newOnt')}</span>
        <input
          className="field__input"
          value={serial}
          onChange={(e) => setSerial(e.target.value)}
          required
          autoCapitalize="characters"
          data-testid="new-ont"
        />
      </label>
      <label className="field">
        <span className="field__label">{t('office.installations.reason')}</span>
        <input
          className="field__input"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <div className="coord-actions">
        <button type="submit" className="button button--primary" disabled={replace.isPending}>
          {t('coordination.installations.replace')}
        </button>
      </div>
      {replace.isSuccess && (
        <p className="coord-callout" role="status">
          {t('office.installations.replaced')}
        </p>
      )}
      {replace.isError && (
        <p className="form__error" role="alert">
          {errorMessage(replace.error, lang, t)}
        </p>
      )}
    </form>
  );
}

export function RemoveInstallation({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const remove = useRemoveInstallation();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button coord-danger" onClick={() => setConfirming(true)}>
        {t('office.installations.remove')}
      </button>
    );
  }
  return (
    <div className="coord-confirm" role="alertdialog" aria-labelledby={`remove-${id}`}>
      <p id={`remove-${id}`}>{t('office.installations.removeConfirm')}</p>
      <div className="coord-actions">
        <button
          type="button"
          className="button button--primary coord-danger--solid"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ id })}
        >
          {t('office.installations.removeYes')}
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
