// "Votre modification a été remplacée": an edit of this technician that a later edit from another
// device replaced (the server keeps both; a coordinator settles it). Shown until the technician closes
// it; the list comes with every complete pull (client/sync/pull.ts), so a settled one disappears.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { DeviceConflict } from '../../sync/db.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import { formatDateTime } from '../format.ts';

const fieldLabels: Record<string, MessageKey> = {
  kind: 'technician.form.kind',
  summary: 'technician.form.summary',
  notes: 'technician.form.notes',
  startedAt: 'technician.form.startedAt',
  endedAt: 'technician.form.endedAt',
  siteId: 'technician.place.site',
  sectorId: 'technician.place.sector',
  buildingId: 'technician.place.building',
  fibreNodeId: 'technician.place.fibreNode',
  position: 'technician.gps.label',
  measurements: 'technician.measure.title',
  photos: 'technician.photos.label',
};

const isoDate = /^\d{4}-\d{2}-\d{2}T/;

/** A short readable value: text as is, dates in the local format, anything else as compact JSON. */
function shown(value: unknown, locale: string, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') {
    const text = isoDate.test(value) ? formatDateTime(value, locale) : value;
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  }
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 119)}…` : json;
}

/** Optional `rowId`: only the notices of that record (its detail page). */
export function ConflictNotices({ rowId }: { rowId?: string }) {
  const { t, locale } = useI18n();
  const { db } = useDevice();
  const notices = useLiveQuery(async () => {
    const open = (await db.conflicts.toArray()).filter((c) => !c.seenAt && (!rowId || c.rowId === rowId));
    const ids = open.map((c) => c.rowId);
    const [local, server] = await Promise.all([
      db.localInterventions.bulkGet(ids),
      db.interventions.bulkGet(ids),
    ]);
    return open.map((c, i) => ({ ...c, summary: local[i]?.summary ?? server[i]?.summary ?? null }));
  }, [db, rowId]);
  if (!notices || notices.length === 0) return null;

  const close = (c: DeviceConflict) => db.conflicts.update(c.id, { seenAt: new Date().toISOString() });
  const empty = t('device.conflicts.empty');
  return (
    <section
      className="notice notice--warn"
      role="alert"
      data-testid="lost-edits"
      data-count={notices.length}
    >
      <p className="notice__title">{t('device.conflicts.title', { count: notices.length })}</p>
      {notices.map((c) => (
        <div key={c.id} className="lost-edit" data-testid="lost-edit" data-field={c.field}>
          <p>
            {t('device.conflicts.item', {
              record: c.summary ?? t('tech.nav.interventions'),
              field: fieldLabels[c.field] ? t(fieldLabels[c.field] as MessageKey) : c.field,
              mine: shown(c.overwrittenValue, locale, empty),
              kept: shown(c.keptValue, locale, empty),
              date: formatDateTime(c.createdAt, locale),
            })}
          </p>
          <div className="button-row">
            {c.table === 'interventions' && !rowId && (
              <Link className="button" to={`/technicien/interventions/${c.rowId}`}>
                {t('device.conflicts.open')}
              </Link>
            )}
            <button
              type="button"
              className="button"
              onClick={() => void close(c)}
              data-testid="lost-edit-seen"
            >
              {t('device.conflicts.seen')}
            </button>
          </div>
        </div>
      ))}
      <p>{t('device.conflicts.coordinator')}</p>
    </section>
  );
}
