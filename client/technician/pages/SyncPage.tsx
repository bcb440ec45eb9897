import { useT } from '../../i18n/i18n.tsx';
import { DeviceStorage } from '../components/DeviceStorage.tsx';
import { PhotoQueueCard } from '../components/PhotoQueueCard.tsx';
import { RejectionCard } from '../components/RejectionCard.tsx';
import { SyncOverview } from '../components/SyncOverview.tsx';
import { SyncWarnings } from '../components/SyncWarnings.tsx';
import { discardImportedRejected } from '../../sync/outbox.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import { ConflictNotices } from '../components/ConflictNotices.tsx';
import { useImportedRejections, useRejectedEntries } from '../queries.ts';

function fixLink(name: string, entryId: number, rowId: string | null): string | null {
  if (name === 'installation.create') return `/technicien/installations/nouvelle?corriger=${entryId}`;
  if (name.startsWith('intervention.') && rowId) return `/technicien/interventions/${rowId}?modifier=1`;
  return null;
}

/** "Appareil": the outbox, the last sync, what to fix, storage and backup. */
export function SyncPage() {
  const t = useT();
  const rejected = useRejectedEntries();
  const imported = useImportedRejections();
  const { db } = useDevice();
  return (
    <div className="page__content tech-page" data-testid="sync-page">
      <h1>{t('sync.page.title')}</h1>
      <SyncWarnings />
      <SyncOverview />
      <PhotoQueueCard />
      {rejected && rejected.length > 0 && (
        <section className="card" aria-labelledby="rejections-title" data-testid="rejections">
          <h2 id="rejections-title">{t('sync.page.rejections', { count: rejected.length })}</h2>
          {rejected.map((e) => (
            <RejectionCard
              key={e.id}
              rejection={{
                entryId: e.id,
                name: e.name,
                code: e.code ?? '',
                message: e.message ?? '',
                args: e.args,
              }}
              fixTo={fixLink(e.name, e.id, e.rowId)}
            />
          ))}
        </section>
      )}
      {imported && imported.length > 0 && (
        <section
          className="card"
          aria-labelledby="imported-rejections-title"
          data-testid="imported-rejections"
        >
          <h2 id="imported-rejections-title">{t('sync.page.rejections', { count: imported.length })}</h2>
          {imported.map((e) => (
            <RejectionCard
              key={`${e.clientId}:${e.id}`}
              rejection={{
                entryId: e.id,
                name: e.name,
                code: e.code ?? '',
                message: e.message ?? '',
                args: e.args,
              }}
              // A refused intervention is fixed by editing the record: a new entry of this device.
              fixTo={
                e.name.startsWith('intervention.') && e.rowId
                  ? `/technicien/interventions/${e.rowId}?modifier=1`
                  : null
              }
              discard={() => discardImportedRejected(db, e.clientId, e.id)}
            />
          ))}
        </section>
      )}
      <ConflictNotices />
      <DeviceStorage />
    </div>
  );
}
