// `/coordination/installations/:id`: one installation, what ties it to the member (request, visit)
// and to the network (PM → PBO → PTO), its ONT history; replace the ONT or remove it.
import { Link, useParams } from 'react-router';
import type { InstallationDetail } from '../../../shared/schemas/installations.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FactList } from '../ui/FactList.tsx';
import { formatDateTime } from '../ui/format.ts';
import { BuildingLink, FibrePointLink } from '../ui/PlaceLinks.tsx';
import { Empty, LoadError, Loading } from '../ui/QueryStatus.tsx';
import { RemoveInstallation, ReplaceOnt } from './OntActions.tsx';
import { useInstallation } from './queries.ts';

/** GPON class B+ at install (shared/domain/optical.ts). */
const inWindow = (dbm: number) => dbm >= -27 && dbm <= -8;

export function InstallationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const detail = useInstallation(id);
  return (
    <div className="page__content coord-page" data-testid="installation-detail">
      <Link className="coord-back" to="/coordination/installations">
        <span aria-hidden="true">←</span> {t('office.installations.back')}
      </Link>
      {detail.isPending && <Loading />}
      {detail.isError && <LoadError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data === null && <Empty>{t('coordination.installations.empty')}</Empty>}
      {detail.data && <Detail detail={detail.data} />}
    </div>
  );
}

function Detail({ detail }: { detail: InstallationDetail }) {
  const { t, locale } = useI18n();
  const i = detail.installation;
  const { route } = detail;
  const facts = [
    [
      t('office.installations.state'),
      t(i.status === 'removed' ? 'coordination.installations.removed' : 'office.installations.active'),
    ],
    [
      t('coordination.installations.ont'),
      i.ontSerial && (
        <span data-testid="detail-ont">
          {i.ontSerial}
          {i.ontVendor && ` (${i.ontVendor})`}
        </span>
      ),
    ],
    [t('office.installations.cpeMac'), i.cpeMac],
    [
      t('coordination.measure.rxPower'),
      i.rxPowerDbm !== null && (
        <span className={inWindow(i.rxPowerDbm) ? undefined : 'coord-field-error'}>
          {t('office.installations.rx', { value: i.rxPowerDbm })}
          {!inWindow(i.rxPowerDbm) && ` — ${t('office.installations.outOfWindow')}`}
        </span>
      ),
    ],
    [t('office.installations.installedAt'), formatDateTime(i.installedAt, locale)],
    [t('coordination.detail.technician'), i.technicianName],
    [t('office.filters.zone'), i.zoneName],
    [
      t('coordination.detail.building'),
      i.buildingId && <BuildingLink id={i.buildingId} address={i.buildingAddress} />,
    ],
    [t('coordination.detail.position'), i.place && `${i.place.lat.toFixed(5)}, ${i.place.lon.toFixed(5)}`],
  ] as const;
  return (
    <>
      <header className="coord-detail__head">
        <p className="coord-kicker">{t(`coordination.prospects.technology.${i.technology}`)}</p>
        <h1>{i.buildingAddress ?? t('office.installations.kicker')}</h1>
      </header>
      <section className="coord-card">
        <FactList rows={facts} />
      </section>
      {i.technology === 'fibre' && (
        <section className="coord-card" aria-labelledby="route-title">
          <h2 id="route-title">{t('office.installations.route')}</h2>
          <ol className="coord-route" data-testid="route">
            <li>
              <strong>PM</strong>{' '}
              {route.pmId ? (
                <FibrePointLink id={route.pmId} name={route.pm} />
              ) : (
                (route.pm ?? t('office.unknown'))
              )}
            </li>
            <li>
              <strong>PBO</strong>{' '}
              {route.pboId ? (
                <>
                  <FibrePointLink id={route.pboId} name={route.pbo} /> {t('office.installations.nearestPbo')}
                </>
              ) : (
                t('office.unknown')
              )}
            </li>
            <li>
              <strong>PTO</strong> {route.pto ?? t('office.unknown')}
            </li>
          </ol>
        </section>
      )}
      {(detail.subscription || detail.job) && (
        <section className="coord-card" aria-labelledby="member-title">
          <h2 id="member-title">{t('office.installations.member')}</h2>
          {detail.subscription && (
            <p>
              <Link to="/coordination/prospects">{detail.subscription.name}</Link> —{' '}
              {t(`coordination.prospects.status.${detail.subscription.status as 'done'}`)}
            </p>
          )}
          {detail.job && (
            <p>
              {t(`office.jobs.line.${detail.job.status as 'done'}`, {
                date: formatDateTime(detail.job.scheduledFor, locale),
                name: detail.job.technicianName,
              })}
            </p>
          )}
        </section>
      )}
      {!!i.ontHistory?.length && (
        <section className="coord-card" aria-labelledby="history-title">
          <h2 id="history-title">{t('office.installations.ontHistory')}</h2>
          <ul className="coord-jobs" data-testid="ont-history">
            {i.ontHistory.map((h) => (
              <li key={`${h.serial}-${h.replacedAt}`}>
                {t('office.installations.replacedLine', {
                  serial: h.serial,
                  date: formatDateTime(h.replacedAt, locale),
                })}
                {h.reason && ` — « ${h.reason} »`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {i.status === 'active' && (
        <section className="coord-card" aria-labelledby="actions-title">
          <h2 id="actions-title">{t('office.installations.actions')}</h2>
          {i.technology === 'fibre' && <ReplaceOnt id={i.id} />}
          <div className="coord-actions">
            <RemoveInstallation id={i.id} />
          </div>
        </section>
      )}
    </>
  );
}
