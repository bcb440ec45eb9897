import { useI18n } from '../../i18n/i18n.tsx';
import { ConflictValues } from '../sync/ConflictValues.tsx';
import type { ConflictItem } from '../sync/queries.ts';

/** Values of this intervention that a later offline edit replaced: nothing is silently lost. */
export function RecordConflicts({ conflicts }: { conflicts: ConflictItem[] }) {
  const { t } = useI18n();
  return (
    <section className="coord-card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('coordination.conflicts.title')}</h2>
      {conflicts.length === 0 ? (
        <p className="coord-muted">{t('coordination.conflicts.empty')}</p>
      ) : (
        <>
          <p className="coord-muted">{t('coordination.conflicts.intro')}</p>
          <ul className="coord-list">
            {conflicts.map((c) => (
              <li key={c.id} className="coord-list__item">
                <ConflictValues conflict={c} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
