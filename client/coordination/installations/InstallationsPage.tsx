// `/coordination/installations`: installations with their ONT, as a list or on the map, filtered by
// the address's parameters (the exports take the same filters).
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import {
  readInstallationFilters,
  toInstallationApiFilters,
  writeInstallationFilters,
  type InstallationListFilters,
} from './filters.ts';
import { InstallationFiltersBar } from './InstallationFiltersBar.tsx';
import { InstallationRows } from './InstallationRows.tsx';
import { InstallationsMap } from './InstallationsMap.tsx';
import { useInstallationList } from './queries.ts';

type View = 'liste' | 'carte';

export function InstallationsPage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => readInstallationFilters(search), [search]);
  const apiFilters = useMemo(() => toInstallationApiFilters(filters), [filters]);
  const view: View = search.get('vue') === 'carte' ? 'carte' : 'liste';
  const list = useInstallationList(apiFilters);
  const setFilters = (next: InstallationListFilters) =>
    setSearch(writeInstallationFilters(next, search), { replace: true });
  const setView = (next: View) => {
    const params = new URLSearchParams(search);
    if (next === 'carte') params.set('vue', 'carte');
    else params.delete('vue');
    setSearch(params, { replace: true });
  };
  return (
    <div className="page__content coord-page" data-testid="installations-page">
      <div className="coord-page__head">
        <h1>{t('coordination.installations.title')}</h1>
        <ExportLinks base="installations" filters={apiFilters} />
      </div>
      <InstallationFiltersBar filters={filters} onChange={setFilters} />
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
      {view === 'carte' ? <InstallationsMap list={list} /> : <InstallationRows list={list} />}
    </div>
  );
}
