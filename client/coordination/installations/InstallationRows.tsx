// Rows of installations, newest first: where, what ONT, who and when; each opens its page.
import { Link } from 'react-router';
import type { InstallationListItem } from '../../../shared/schemas/installations.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Empty, LoadError, Loading, LoadMore } from '../ui/QueryStatus.tsx';
import type { useInstallationList } from './queries.ts';

export type InstallationListQuery = ReturnType<typeof useInstallationList>;

/** Where an installation is, in words: the building's address, else its technology. */
export function useInstallationTitle() {
  const { t } = useI18n();
  return (i: InstallationListItem) =>
    i.buildingAddress ?? (i.buildingId ? t('office.building.unnamed') : t('office.installations.noBuilding'));
}

export function InstallationRows({ list }: { list: InstallationListQuery }) {
  const { t, locale } = useI18n();
  const title = useInstallationTitle();
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (!items.length) return <Empty>{t('coordination.installations.empty')}</Empty>;
  return (
    <>
      <ul className="coord-rows">
        {items.map((i) => (
          <li key={i.id}>
            <Link className="coord-row" to={`/coordination/installations/${i.id}`} data-testid="installation">
              <span className="coord-row__main">
                <span className="coord-row__kind">
                  {t(`coordination.prospects.technology.${i.technology}`)}
                </span>
                <span className="coord-row__summary">{title(i)}</span>
              </span>
              <time className="coord-row__date" dateTime={i.installedAt}>
                {formatDateTime(i.installedAt, locale)}
              </time>
              <span className="coord-row__meta">
                {i.ontSerial && (
                  <span>
                    {t('office.installations.ontShort')}{' '}
                    <strong data-testid="ont-serial">{i.ontSerial}</strong>
                    {i.ontVendor && ` (${i.ontVendor})`}
                  </span>
                )}
                <span>
                  {i.technicianName}
                  {i.zoneName && ` · ${i.zoneName}`}
                  {i.rxPowerDbm !== null && ` · ${t('office.installations.rx', { value: i.rxPowerDbm })}`}
                </span>
              </span>
              <span className="coord-row__status">
                <span className={`coord-tag${i.status === 'removed' ? ' coord-tag--alert' : ''}`}>
                  {t(
                    i.status === 'removed'
                      ? 'coordination.installations.removed'
                      : 'office.installations.active',
                  )}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <LoadMore {...list} />
    </>
  );
}
