// "Importer une sauvegarde": a file exported on another phone of this account. Its unsent entries are
// pushed from here under that phone's identity, so each reaches the server once (sync/backup-import.ts).
import { useId, useState } from 'react';
import type { MessageKey } from '../../i18n/fr.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BackupImportError, importBackup, readBackup, type ImportSummary } from '../../sync/backup-import.ts';
import { withReopen } from '../../sync/device.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';

const refusals: Record<BackupImportError['reason'], MessageKey> = {
  invalid: 'device.backup.invalid',
  otherUser: 'device.backup.otherUser',
  sameDevice: 'device.backup.sameDevice',
  tooBig: 'device.backup.tooBig',
};

export function BackupImport() {
  const t = useT();
  const id = useId();
  const { db, ctx, engine } = useDevice();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);

  async function pick(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const backup = await readBackup(file);
      setDone(await withReopen(db, () => importBackup(db, ctx, backup)));
      void engine.syncNow();
    } catch (e) {
      setError(e instanceof BackupImportError ? refusals[e.reason] : 'device.backup.invalid');
      if (!(e instanceof BackupImportError)) console.error('backup import failed', e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="backup-import">
      <h3>{t('device.backup.importTitle')}</h3>
      <p className="field__hint">{t('device.backup.importHint')}</p>
      <label className="button button--block" htmlFor={id} aria-disabled={busy}>
        {busy ? t('device.backup.importing') : t('device.backup.importButton')}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        disabled={busy}
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = '';
        }}
        data-testid="backup-import"
      />
      {done && (
        <p className="notice" role="status" data-testid="backup-imported" data-entries={done.entries}>
          {t('device.backup.imported', { entries: done.entries, photos: done.photos, skipped: done.skipped })}
        </p>
      )}
      {error && (
        <p className="notice notice--danger" role="alert" data-testid="backup-import-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}
