// Room left on the phone, whether the browser promised to keep our data, a backup file of everything
// not yet sent, and the import of such a file made on another phone of the same account.
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { downloadBackup } from '../../sync/backup.ts';
import { storageInfo, type StorageInfo } from '../../sync/storage.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import { formatBytes } from '../format.ts';
import { BackupImport } from './BackupImport.tsx';

export function DeviceStorage() {
  const { t, locale } = useI18n();
  const { db } = useDevice();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [exporting, setExporting] = useState(false);
  useEffect(() => {
    let live = true;
    void storageInfo().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, []);

  async function exportBackup() {
    setExporting(true);
    try {
      await downloadBackup(db);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="device-title">
      <h2 id="device-title">{t('sync.device.title')}</h2>
      {info?.usage != null && info.quota != null && (
        <p data-testid="storage-usage">
          {t('sync.device.usage', {
            used: formatBytes(info.usage, locale),
            quota: formatBytes(info.quota, locale),
          })}
        </p>
      )}
      {info && <p>{info.persisted ? t('sync.device.persisted') : t('sync.device.notPersisted')}</p>}
      <p className="field__hint">{t('sync.device.backupHint')}</p>
      <button
        type="button"
        className="button button--block"
        onClick={() => void exportBackup()}
        disabled={exporting}
        data-testid="backup"
      >
        {t('sync.device.backup')}
      </button>
      <BackupImport />
    </section>
  );
}
