// `/administration/journal`: the audit log, newest first, filtered by person, action, object and
// dates; the same filters export every matching entry as a CSV file for the office.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditExportQuery } from '../../../shared/schemas/inventory.ts';
import { exportUrl } from '../../coordination/ui/ExportLinks.tsx';
import { formatDateTime } from '../../coordination/ui/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC, useTRPCClient } from '../../lib/trpc.ts';
import { usePeople } from '../queries.ts';
import { fieldWord, valueWord } from '../../coordination/network/field-words.ts';
import { detailLines } from './details.ts';
import { actionGroups, actionLabel, auditTables, tableLabel } from './labels.ts';

const PAGE = 50;

/** A day picked in the form (local midnight) as the instant the server filters on. */
const dayStart = (day: string, plusDays = 0): string | undefined => {
  if (!day) return undefined;
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};

export function AuditPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const people = usePeople();
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [targetTable, setTargetTable] = useState('');
  const [targetId, setTargetId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filters: AuditExportQuery = {
    actorId: actorId || undefined,
    action: action || undefined,
    targetTable: targetTable || undefined,
    targetId: targetId.trim() || undefined,
    from: dayStart(from),
    // "Until the 3rd" includes the 3rd.
    to: dayStart(to, 1),
  };
  const log = useInfiniteQuery({
    queryKey: [...trpc.inventory.audit.pathKey(), filters],
    queryFn: ({ pageParam }) => client.inventory.audit.query({ ...filters, before: pageParam, limit: PAGE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length === PAGE ? last.at(-1)?.id : undefined),
  });
  const entries = log.data?.pages.flat() ?? [];
  const nameOf = (id: string | null) => people.data?.find((p) => p.id === id)?.name;
  const stringFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));

  return (
    <div className="coord-page admin-page" data-testid="admin-audit">
      <div className="coord-page__head">
        <h1>{t('admin.audit.title')}</h1>
        <a
          className="button"
          href={exportUrl('audit.csv', stringFilters)}
          download
          data-testid="audit-export"
        >
          {t('admin.audit.export')}
        </a>
      </div>
      <p className="coord-muted">{t('admin.audit.intro')}</p>
      <form className="admin-filters" onSubmit={(e) => e.preventDefault()} role="search">
        <label className="admin-field">
          <span>{t('admin.audit.person')}</span>
          <select value={actorId} onChange={(e) => setActorId(e.target.value)}>
            <option value="">{t('admin.audit.anyone')}</option>
            {people.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-field">
          <span>{t('admin.audit.action')}</span>
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t('admin.audit.anyAction')}</option>
            {actionGroups.map((g) => (
              <option key={g.prefix} value={g.prefix}>
                {t(g.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-field">
          <span>{t('admin.audit.object')}</span>
          <select value={targetTable} onChange={(e) => setTargetTable(e.target.value)}>
            <option value="">{t('admin.audit.anyObject')}</option>
            {auditTables.map((table) => (
              <option key={table} value={table}>
                {tableLabel(table, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-field">
          <span>{t('admin.audit.objectId')}</span>
          <input value={targetId} onChange={(e) => setTargetId(e.target.value)} autoComplete="off" />
        </label>
        <label className="admin-field">
          <span>{t('admin.audit.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="admin-field">
          <span>{t('admin.audit.to')}</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </form>
      {log.isPending && <p className="coord-status">{t('admin.loading')}</p>}
      {log.isError && <p className="coord-status coord-status--error">{t('admin.loadFailed')}</p>}
      {log.data && entries.length === 0 && <p className="coord-status--empty">{t('admin.audit.empty')}</p>}
      <ol className="admin-list admin-audit">
        {entries.map((e) => (
          <li key={e.id} className="admin-card admin-entry" data-testid="audit-entry">
            <div className="admin-entry__head">
              <strong>{actionLabel(e.action, t)}</strong>
              <span>
                {e.targetTable === 'users' && nameOf(e.targetId) ? (
                  nameOf(e.targetId)
                ) : (
                  <>
                    {tableLabel(e.targetTable, t)} {e.targetId && <code>{e.targetId}</code>}
                  </>
                )}
              </span>
              <span className="coord-muted">
                {formatDateTime(e.at, locale)} — {e.actorName ?? t('admin.audit.server')}
              </span>
            </div>
            <DetailList details={e.details} />
          </li>
        ))}
      </ol>
      {log.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {t('admin.audit.more')}
        </button>
      )}
    </div>
  );
}

function DetailList({ details }: { details: unknown }) {
  const { t } = useI18n();
  const lines = detailLines(details, (field, value) => valueWord(field, value, t));
  if (!lines.length) return null;
  return (
    <ul className="admin-diff">
      {lines.slice(0, 12).map((l, i) => (
        <li key={i}>
          {l.field && <span className="admin-diff__field">{fieldWord(l.field, t)} : </span>}
          {l.value !== undefined ? (
            <span>{l.value}</span>
          ) : (
            <span>
              <del>{l.before}</del> → <ins>{l.after}</ins>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
