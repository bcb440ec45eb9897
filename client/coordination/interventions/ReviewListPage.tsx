// `/coordination`: the interventions to review, filtered, as a list or on the network map.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { BulkApprove } from './BulkApprove.tsx';
import { ExportButton } from './ExportButton.tsx';
import { FiltersBar } from './FiltersBar.tsx';
import { readFilters, toApiFilters, writeFilters, type ListFilters } from './filters.ts';
import { InterventionList } from './InterventionList.tsx';
import { InterventionsMap } from './InterventionsMap.tsx';
import { useInterventionList } from './queries.ts';

type View = 'liste' | 'carte';

export function ReviewListPage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => readFilters(search), [search]);
  const apiFilters = useMemo(() => toApiFilters(filters), [filters]);
  const view: View = search.get('vue') === 'carte' ? 'carte' : 'liste';
  const list = useInterventionList(apiFilters);

  const setFilters = (next: ListFilters) => setSearch(writeFilters(next, search), { replace: true });
  const setView = (next: View) => {
    const params = new URLSearchParams(search);
    if (next === 'carte') params.set('vue', 'carte');
    else params.delete('vue');
    setSearch(params, { replace: true });
  };

  return (
    <div className="page__content coord-page" data-testid="coordination-home">
      <div className="coord-page__head">
        <h1>{t('coordination.list.title')}</h1>
        <ExportButton filters={apiFilters} />
      </div>
      <FiltersBar filters={filters} onChange={setFilters} />
      {filters.status === 'submitted' && (
        <BulkApprove
          ids={(list.data?.pages.flatMap((p) => p.items) ?? [])
            .filter((i) => i.status === 'submitted')
            .map((i) => i.id)}
        />
      )}
      <div className="coord-segmented" role="group" aria-label={t('coordination.list.view')}>
        {(['liste', 'carte'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className="coord-segmented__option"
            aria-pressed={view === v}
            onClick={() => setView(v)}
          >
            {t(v === 'liste' ? 'coordination.list.viewList' : 'coordination.list.viewMap')}
          </button>
        ))}
      </div>
      {view === 'carte' ? <InterventionsMap list={list} /> : <InterventionList list={list} />}
    </div>
  );
}
