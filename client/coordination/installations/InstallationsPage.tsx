// `/coordination/installations`: installations with their ONT, filters shared with the exports, and
// the console's "replace the ONT" (the same rules as on the technician's device).
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { InstallationFilters, InstallationListItem } from '../../../shared/schemas/installations.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Empty, LoadError, Loading, PAGE_SIZE } from '../ui/QueryStatus.tsx';

export function InstallationsPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [filters, setFilters] = useState<InstallationFilters>({});
  const list = useInfiniteQuery(
    trpc.installations.list.infiniteQueryOptions(
      { ...filters, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page__content coord-page" data-testid="installations-page">
      <div className="coord-page__head">
        <h1>{t('coordination.installations.title')}</h1>
        <ExportLinks base="installations" filters={filters} />
      </div>
      <div className="coord-filters">
        <label className="field">
          <span>{t('coordination.installations.technology')}</span>
          <select
            value={filters.technology ?? ''}
            onChange={(e) =>
              setFilters({
                ...filters,
                technology:
                  e.target.value === 'fibre' || e.target.value === 'radio' ? e.target.value : undefined,
              })
            }
          >
            <option value="">{t('coordination.filters.any')}</option>
            <option value="fibre">{t('coordination.prospects.technology.fibre')}</option>
            <option value="radio">{t('coordination.prospects.technology.radio')}</option>
          </select>
        </label>
        <label className="field field--check">
          <input
            type="checkbox"
            checked={filters.outOfWindow ?? false}
            onChange={(e) => setFilters({ ...filters, outOfWindow: e.target.checked || undefined })}
          />
          <span>{t('coordination.installations.outOfWindow')}</span>
        </label>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && <Empty>{t('coordination.installations.empty')}</Empty>}
      <ul className="coord-list">
        {items.map((i) => (
          <li key={i.id} className="coord-list__item" data-testid="installation">
            <InstallationCard item={i} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function InstallationCard({ item }: { item: InstallationListItem }) {
  const { t, locale } = useI18n();
  return (
    <article className="coord-card">
      <h2>
        {item.buildingAddress ?? item.buildingId ?? t(`coordination.prospects.technology.${item.technology}`)}
      </h2>
      <p>
        {formatDateTime(item.installedAt, locale)} · {item.technicianName}
        {item.status === 'removed' && ` · ${t('coordination.installations.removed')}`}
      </p>
      {item.ontSerial && (
        <p>
          {t('coordination.installations.ont')} : <strong data-testid="ont-serial">{item.ontSerial}</strong>
          {item.ontVendor && ` (${item.ontVendor})`}
        </p>
      )}
      {item.ptoReference && (
        <p>
          {t('coordination.installations.pto')} : {item.ptoReference}
        </p>
      )}
      {item.rxPowerDbm !== null && (
        <p>
          {t('coordination.measure.rxPower')} : {item.rxPowerDbm} dBm
        </p>
      )}
      {item.status === 'active' && item.technology === 'fibre' && <ReplaceOnt id={item.id} />}
    </article>
  );
}

function ReplaceOnt({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [serial, setSerial] = useState('');
  const replace = useMutation(
    trpc.installations.replaceOnt.mutationOptions({
      onSuccess: () => {
        setSerial('');
        void queryClient.invalidateQueries(trpc.installations.pathFilter());
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    replace.mutate({ id, ontSerial: serial, replacedAt: new Date().toISOString() });
  };
  return (
    <form className="coord-inline-form" onSubmit={submit}>
      <label className="field">
        <span>{t('coordination.installations.newOnt')}</span>
        <input value={serial} onChange={(e) => setSerial(e.target.value)} required data-testid="new-ont" />
      </label>
      <button type="submit" className="button" disabled={replace.isPending}>
        {t('coordination.installations.replace')}
      </button>
      {replace.isError && (
        <p className="form__error" role="alert">
          {errorMessage(replace.error, lang, t)}
        </p>
      )}
    </form>
  );
}
