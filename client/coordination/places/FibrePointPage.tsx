// `/coordination/points-fibre/:id`: a PM (its PBOs and the buildings it serves) or a PBO (its PM),
// and every intervention there.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { FactList } from '../ui/FactList.tsx';
import { BuildingLink, FibrePointLink } from '../ui/PlaceLinks.tsx';
import { LoadError, Loading } from '../ui/QueryStatus.tsx';
import { PlaceHistory } from './PlaceHistory.tsx';

export function FibrePointPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const trpc = useTRPC();
  const point = useQuery(trpc.places.fibrePoint.queryOptions({ id }));
  const p = point.data;
  return (
    <div className="page__content coord-page" data-testid="fibre-point-page">
      <Link className="coord-back" to="/coordination">
        <span aria-hidden="true">←</span> {t('coordination.back')}
      </Link>
      {point.isPending && <Loading />}
      {point.isError && <LoadError error={point.error} onRetry={() => void point.refetch()} />}
      {p && (
        <>
          <header className="coord-detail__head">
            <p className="coord-kicker">{t(p.kind === 'pm' ? 'office.point.pm' : 'office.point.pbo')}</p>
            <h1>{p.name ?? p.id}</h1>
          </header>
          <section className="coord-card">
            <FactList
              rows={[
                [
                  t('office.point.capacity'),
                  p.capacity !== null && t('office.point.lines', { count: p.capacity }),
                ],
                [t('office.building.pm'), p.pm && <FibrePointLink id={p.pm.id} name={p.pm.name} />],
                [t('office.filters.zone'), p.zone?.name],
                [
                  t('coordination.detail.position'),
                  p.position && `${p.position.lat.toFixed(5)}, ${p.position.lon.toFixed(5)}`,
                ],
                [t('office.building.reference'), p.id],
              ]}
            />
            {p.pbos.length > 0 && (
              <>
                <h2>{t('office.point.pbos', { count: p.pbos.length })}</h2>
                <ul className="coord-links">
                  {p.pbos.map((b) => (
                    <li key={b.id}>
                      <FibrePointLink id={b.id} name={b.name} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            {p.buildingCount > 0 && (
              <>
                <h2>{t('office.point.buildings', { count: p.buildingCount })}</h2>
                <ul className="coord-links">
                  {p.buildings.map((b) => (
                    <li key={b.id}>
                      <BuildingLink id={b.id} address={b.address} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
      <PlaceHistory fibreNodeId={id} />
    </div>
  );
}
