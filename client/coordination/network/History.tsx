// One element's versions from the audit log: who, when, and each field that changed (before → after).
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { detailLines } from '../../admin/audit/details.ts';
import { formatDateTime } from '../ui/format.ts';
import { fieldWord, valueWord } from './field-words.ts';
import { useHistory } from './queries.ts';

/** The row's creation time says nothing a reader needs (its change time is hidden already). */
const hidden = new Set(['created_at']);

/** The fields a version changed, in words: the journal's reading of before → after (detailLines). */
function changes(details: unknown, t: Translate): { field: string; before: string; after: string }[] {
  return detailLines(details, (field, value) => valueWord(field, value, t)).flatMap((l) =>
    hidden.has(l.field) || l.before === undefined || l.after === undefined
      ? []
      : [{ field: fieldWord(l.field, t), before: l.before, after: l.after }],
  );
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
