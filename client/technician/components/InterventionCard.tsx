import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { kindLabels } from '../form/KindField.tsx';
import { formatDateTime } from '../format.ts';
import type { InterventionItem } from '../queries.ts';
import { StatusBadge } from './StatusBadge.tsx';

export function InterventionCard({ item }: { item: InterventionItem }) {
  const { t, locale } = useI18n();
  const { row } = item;
  return (
    <li>
      <Link
        className={`record-card record-card--${item.state}`}
        to={`/technicien/interventions/${row.id}`}
        data-testid="intervention-item"
        data-state={item.state}
      >
        <span className="record-card__top">
          <span className="record-card__kind">{t(kindLabels[row.kind])}</span>
          <StatusBadge state={item.state} />
        </span>
        <span className="record-card__summary">{row.summary}</span>
        <span className="record-card__meta">
          {formatDateTime(row.startedAt, locale)}
          {item.place && ` · ${item.place}`}
        </span>
        {item.photosWaiting > 0 && (
          <span className="record-card__photos" data-testid="photos-waiting">
            {t('technician.photos.waitingCount', { count: item.photosWaiting })}
          </span>
        )}
        {item.state === 'changes_requested' && row.reviewComment && (
          <span className="record-card__comment">« {row.reviewComment} »</span>
        )}
        {item.rejection && <span className="record-card__rejection">{item.rejection.message}</span>}
      </Link>
    </li>
  );
}
