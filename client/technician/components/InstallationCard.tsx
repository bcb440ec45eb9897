import { ontVendors } from '../../../shared/domain/identifiers.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../format.ts';
import type { InstallationItem } from '../queries.ts';
import { InstallationActions } from './InstallationActions.tsx';
import { RejectionCard } from './RejectionCard.tsx';
import { StatusBadge } from './StatusBadge.tsx';

export function InstallationCard({ item }: { item: InstallationItem }) {
  const { t, locale } = useI18n();
  const { row } = item;
  const vendor = row.ontSerial ? ontVendors[row.ontSerial.slice(0, 4).toUpperCase()] : undefined;
  return (
    <li
      className={`record-card record-card--${item.state}${row.status === 'removed' ? ' record-card--removed' : ''}`}
      data-testid="installation-item"
      data-state={item.state}
    >
      <span className="record-card__top">
        <span className="record-card__kind">
          {t(row.technology === 'fibre' ? 'technician.install.fibre' : 'technician.install.radio')}
        </span>
        <StatusBadge
          state={item.state}
          label={
            row.status === 'removed'
              ? 'technician.state.removed'
              : item.state === 'submitted'
                ? 'technician.state.recorded'
                : undefined
          }
        />
      </span>
      {row.ontSerial && (
        <span className="record-card__summary" data-testid="installation-serial">
          {row.ontSerial}
          {vendor && ` — ${vendor}`}
        </span>
      )}
      {row.cpeMac && <span className="record-card__meta">MAC {row.cpeMac}</span>}
      <span className="record-card__meta">
        {formatDateTime(row.installedAt, locale)}
        {item.place && ` · ${item.place}`}
      </span>
      {row.status === 'active' && !item.rejection && <InstallationActions row={row} />}
      {item.rejection && (
        <RejectionCard
          rejection={item.rejection}
          fixTo={`/technicien/installations/nouvelle?corriger=${item.rejection.entryId}`}
        />
      )}
    </li>
  );
}
