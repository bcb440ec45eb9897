// One element's versions from the audit log: who, when, and each field that changed (before → after).
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../ui/format.ts';
import { fieldWord, valueWord } from './field-words.ts';
import { useHistory } from './queries.ts';

const hidden = new Set(['updated_at', 'created_at']);

function changes(details: unknown, t: Translate): { field: string; before: string; after: string }[] {
  if (!details || typeof details !== 'object') return [];
  const d = details as { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null };
  const before = d.before ?? {};
  const after = d.after ?? {};
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => !hidden.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((field) => ({
      field: fieldWord(field, t),
      before: valueWord(field, before[field], t),
      after: valueWord(field, after[field], t),
    }));
}

export function History({ table, id }: { table: string; id: string }) {
  const { t, locale } = useI18n();
  const history = useHistory({ table, id });
  return (
    <section className="net-history" data-testid="network-history">
      <h3>{t('network.history')}</h3>
      {history.data?.length === 0 && <p className="coord-note">{t('network.history.empty')}</p>}
      <ol>
        {history.data?.map((e) => (
          <li key={e.id}>
            <strong>
              {t('network.history.by', {
                who: e.actorName ?? t('network.history.system'),
                when: formatDateTime(e.at, locale),
              })}
            </strong>
            <ul>
              {changes(e.details, t).map((c) => (
                <li key={c.field}>{t('network.history.changed', c)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
