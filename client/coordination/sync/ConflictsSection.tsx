import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { Empty, LoadError, Loading, LoadMore } from '../ui/QueryStatus.tsx';
import { ConflictValues } from './ConflictValues.tsx';
import { useConflicts, type ConflictItem } from './queries.ts';
import { ResolveButton } from './ResolveButton.tsx';

export function ConflictsSection({ showResolved }: { showResolved: boolean }) {
  const { t } = useI18n();
  const list = useConflicts(showResolved);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="coord-section" aria-labelledby="sync-conflicts-title">
      <h2 id="sync-conflicts-title">{t('coordination.sync.conflicts')}</h2>
      <p className="coord-muted">{t('coordination.conflicts.intro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && <Empty>{t('coordination.sync.conflictsEmpty')}</Empty>}
      <ul className="coord-list">
        {items.map((c) => (
          <li key={c.id} className="coord-list__item">
            <article className="coord-item">
              <p className="coord-item__head">
                <RecordLink conflict={c} />
              </p>
              <ConflictValues conflict={c} />
              <ResolveButton kind="conflict" id={c.id} resolvedAt={c.resolvedAt} />
            </article>
          </li>
        ))}
      </ul>
      <LoadMore {...list} />
    </section>
  );
}

function RecordLink({ conflict: c }: { conflict: ConflictItem }) {
  const { t } = useI18n();
  const label =
    c.table === 'interventions' || c.table === 'installations'
      ? t(`coordination.sync.table.${c.table}`)
      : c.table;
  const text = `${label} ${c.rowId.slice(0, 8)}`;
  return c.table === 'interventions' ? (
    <Link to={`/coordination/interventions/${c.rowId}`}>{text}</Link>
  ) : (
    <span>
      {t('coordination.sync.record')} : {text}
    </span>
  );
}
