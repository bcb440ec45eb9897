// `/coordination/batiments/:id`: a building (IMB), its PM, and everything done there.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { hasRole, useSession } from '../../auth/session.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { BuildingEditor } from '../network/BuildingEditor.tsx';
import { FactList } from '../ui/FactList.tsx';
import { FibrePointLink } from '../ui/PlaceLinks.tsx';
import { LoadError, Loading } from '../ui/QueryStatus.tsx';
import { PlaceHistory } from './PlaceHistory.tsx';

export function BuildingPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const trpc = useTRPC();
  const building = useQuery(trpc.places.building.queryOptions({ id }));
  const b = building.data;
  const session = useSession();
  const admin = session.status === 'ready' && session.user !== null && hasRole(session.user, 'admin');
  return (
    <div className="page__content coord-page" data-testid="building-page">
      <Link className="coord-back" to="/coordination">
        <span aria-hidden="true">←</span> {t('coordination.back')}
      </Link>
      {building.isPending && <Loading />}
      {building.isError && <LoadError error={building.error} onRetry={() => void building.refetch()} />}
      {b && (
        <>
          <header className="coord-detail__head">
            <p className="coord-kicker">{t('office.building.kicker')}</p>
            <h1>{b.address ?? t('office.building.unnamed')}</h1>
          </header>
          <section className="coord-card">
            <FactList
              rows={[
                [t('office.building.city'), [b.postcode, b.city].filter(Boolean).join(' ')],
                [t('office.building.state'), t(`office.building.state.${b.state as 'deployed'}`)],
                [
                  t('office.building.network'),
                  t(b.network === 'own' ? 'office.building.own' : 'office.building.wholesale'),
                ],
                [t('office.building.operator'), b.operator],
                [t('office.building.pm'), b.pm ? <FibrePointLink id={b.pm.id} name={b.pm.name} /> : b.pmRef],
                [t('office.filters.zone'), b.zone?.name],
                [
                  t('coordination.detail.position'),
                  `${b.position.lat.toFixed(5)}, ${b.position.lon.toFixed(5)}`,
                ],
                [t('office.building.reference'), b.id],
              ]}
            />
          </section>
          {/* Keyed by id only: the refetch after a save must not remount it (its confirmation would go). */}
          {admin && <BuildingEditor key={b.id} building={b} />}
        </>
      )}
      <PlaceHistory buildingId={id} />
    </div>
  );
}
