import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { datedFileName, downloadText } from '../ui/download.ts';
import { formatDateTime } from '../ui/format.ts';
import { Empty, LoadError, Loading, LoadMore } from '../ui/QueryStatus.tsx';
import { Contact } from './Contact.tsx';
import { formatPhone } from './phone.ts';
import { DeleteInterest } from './DeleteInterest.tsx';
import { ExportPerson } from './ExportPerson.tsx';
import { useExportInterest } from './mutations.ts';
import { useInterestRegistrations, type InterestItem } from './queries.ts';

export function InterestSection() {
  const { t, lang } = useI18n();
  const list = useInterestRegistrations();
  const exporting = useExportInterest();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const download = () =>
    exporting.mutate(undefined, {
      onSuccess: (out) => downloadText(out.csv, datedFileName('terrain-prospects')),
    });
  return (
    <section className="coord-section" aria-labelledby="interest-title">
      <div className="coord-page__head">
        <h2 id="interest-title">{t('coordination.prospects.interest')}</h2>
        <button type="button" className="button" onClick={download} disabled={exporting.isPending}>
          {exporting.isPending ? t('coordination.export.running') : t('coordination.export.csv')}
        </button>
      </div>
      {exporting.isError && (
        <p className="form__error" role="alert">
          {errorMessage(exporting.error, lang, t)}
        </p>
      )}
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && <Empty>{t('coordination.prospects.interestEmpty')}</Empty>}
      <ul className="coord-list">
        {items.map((r) => (
          <li key={r.id} className="coord-list__item" data-testid="interest">
            <Registration registration={r} />
          </li>
        ))}
      </ul>
      <LoadMore {...list} />
    </section>
  );
}

function Registration({ registration: r }: { registration: InterestItem }) {
  const { t, locale, formatDate } = useI18n();
  // Contact is mandatory, so someone without a name is known by it.
  const name =
    r.name ?? r.email ?? (r.phone && formatPhone(r.phone)) ?? t('coordination.prospects.anonymous');
  const details = [
    r.floor != null && t('coordination.prospects.floor', { floor: r.floor }),
    r.roofAccess && t('coordination.prospects.roof'),
    r.orientations.length > 0 && r.orientations.join(', '),
    r.notify && t('coordination.prospects.notify'),
  ].filter(Boolean);
  return (
    <article className="coord-item">
      <p className="coord-item__head">
        <strong>{name}</strong>
        <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, locale)}</time>
      </p>
      <p>
        <span className="coord-tag">{t(`coordination.prospects.kind.${r.kind}`)}</span>
      </p>
      {r.address && <p>{r.address}</p>}
      <Contact email={r.email} phone={r.phone} />
      {details.length > 0 && <p>{details.join(' · ')}</p>}
      {r.comment && <p className="coord-notes">{r.comment}</p>}
      <p className="coord-muted">
        {t('coordination.prospects.retention', { date: formatDate(r.retentionUntil) })}
      </p>
      <div className="coord-actions">
        <ExportPerson kind="interest" id={r.id} />
        <DeleteInterest id={r.id} name={name} />
      </div>
    </article>
  );
}
