// On the phone, a member's installation after the visit: swap a faulty ONT (the old serial goes to
// the installation's history and is free again) or remove the installation. Both are queued like any
// entry, offline too, and the server applies the same mutators and rules as the console's buttons.
import { useState, type FormEvent } from 'react';
import { normaliseOntSerial } from '../../../shared/domain/identifiers.ts';
import type { Installation } from '../../../shared/schemas/installations.ts';
import { useT } from '../../i18n/i18n.tsx';
import { OntSerialField } from '../form/OntSerialField.tsx';
import { TextField } from '../form/TextField.tsx';
import { useInstallationActions } from '../mutations.ts';

export function InstallationActions({ row }: { row: Installation }) {
  const t = useT();
  return (
    <details className="record-actions" data-testid="installation-actions">
      <summary className="record-actions__summary">
        {t(row.technology === 'fibre' ? 'technician.install.actions' : 'technician.install.remove')}
      </summary>
      {row.technology === 'fibre' && <ReplaceOntForm row={row} />}
      <RemoveInstallation id={row.id} />
    </details>
  );
}

function ReplaceOntForm({ row }: { row: Installation }) {
  const t = useT();
  const { replaceOnt } = useInstallationActions();
  const [serial, setSerial] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [replaced, setReplaced] = useState<{ old: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = normaliseOntSerial(serial);
    if (!result.ok) return setError(result.reason);
    if (result.serial === row.ontSerial) return setError(t('technician.install.sameSerial'));
    setError(undefined);
    await replaceOnt({
      id: row.id,
      ontSerial: result.serial,
      replacedAt: new Date().toISOString(),
      reason: reason.trim() || null,
    });
    setReplaced({ old: row.ontSerial ?? '—' });
    setSerial('');
    setReason('');
  };
  return (
    <form
      className="record-actions__form"
      onSubmit={(e) => void submit(e)}
      data-testid="replace-ont"
      noValidate
    >
      <h3 className="record-actions__title">{t('technician.install.replaceTitle')}</h3>
      <OntSerialField value={serial} onChange={setSerial} error={error} ownId={row.id} />
      <TextField
        label={t('technician.install.replaceReason')}
        name="reason"
        value={reason}
        onChange={setReason}
      />
      <button type="submit" className="button button--primary button--block" data-testid="replace-ont-save">
        {t('technician.install.replaceSave')}
      </button>
      {replaced && (
        <p className="notice" role="status" data-testid="replace-ont-queued">
          {t('technician.install.replaceQueued', { serial: replaced.old })}
        </p>
      )}
    </form>
  );
}

function RemoveInstallation({ id }: { id: string }) {
  const t = useT();
  const { remove } = useInstallationActions();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--block record-actions__remove"
        onClick={() => setConfirming(true)}
        data-testid="remove-installation"
      >
        {t('technician.install.remove')}
      </button>
    );
  }
  return (
    <div className="notice notice--danger" role="alertdialog" aria-labelledby={`remove-${id}`}>
      <p id={`remove-${id}`}>{t('technician.install.removeConfirm')}</p>
      <button
        type="button"
        className="button button--danger button--block"
        onClick={() => void remove(id)}
        data-testid="remove-installation-yes"
      >
        {t('technician.install.removeYes')}
      </button>
      <button type="button" className="button button--block" autoFocus onClick={() => setConfirming(false)}>
        {t('technician.install.removeNo')}
      </button>
    </div>
  );
}
