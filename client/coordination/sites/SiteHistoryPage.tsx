// `/coordination/sites/:id`: a relay (from the public coverage data) and every intervention on it.
import { Link, useParams } from 'react-router';
import type { CoverageData } from '../../../shared/schemas/eligibility.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCoverage } from '../../public-map/queries.ts';
import { InterventionList } from '../interventions/InterventionList.tsx';
import { useInterventionList } from '../interventions/queries.ts';
import { FactList } from '../ui/FactList.tsx';
import { formatNumber } from '../../lib/format.ts';
import { Empty, LoadError, Loading } from '../ui/QueryStatus.tsx';

export function SiteHistoryPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const coverage = useCoverage();
  const history = useInterventionList({ siteId: id });
  const site = coverage.data?.sites.find((s) => s.id === id);

  return (
    <div className="page__content coord-page" data-testid="site-history">
      <Link className="coord-back" to="/coordination">
        <span aria-hidden="true">←</span> {t('coordination.back')}
      </Link>
      {coverage.isPending && <Loading label={t('coordination.site.loading')} />}
      {coverage.isError && <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {coverage.data && !site && <Empty>{t('coordination.site.notFound')}</Empty>}
      {coverage.data && site && <SiteCard site={site} coverage={coverage.data} />}
      <section className="coord-section" aria-labelledby="site-history-title">
        <h2 id="site-history-title">{t('coordination.site.history')}</h2>
        <InterventionList list={history} showSite={false} />
      </section>
    </div>
  );
}

function SiteCard({ site, coverage }: { site: CoverageData['sites'][number]; coverage: CoverageData }) {
  const { t, locale } = useI18n();
  const sectors = coverage.sectors
    .filter((s) => s.siteId === site.id)
    .sort((a, b) => a.azimuthDeg - b.azimuthDeg);
  const metres = (m: number | null | undefined) => (m == null ? null : `${formatNumber(m, locale, 0)} m`);
  const facts = [
    [t('coordination.detail.position'), `${site.lat.toFixed(5)}, ${site.lon.toFixed(5)}`],
    [t('coordination.site.altitude'), metres(site.groundAltitudeM)],
    [t('coordination.site.mast'), metres(site.mastHeightM)],
  ] as const;
  return (
    <>
      <header className="coord-detail__head">
        <p className="coord-kicker">{t('coordination.site.kicker')}</p>
        <h1>{site.name}</h1>
      </header>
      <section className="coord-card" aria-labelledby="sectors-title">
        <FactList rows={facts} />
        <h2 id="sectors-title">{t('coordination.site.sectors')}</h2>
        {sectors.length === 0 && <p className="coord-muted">{t('coordination.site.noSector')}</p>}
        <ul className="coord-sectors">
          {sectors.map((s) => (
            <li key={s.id} className="coord-sectors__item">
              <strong>{s.name ?? s.id}</strong>
              {s.full && <span className="coord-tag coord-tag--alert">{t('coordination.site.full')}</span>}
              <span>
                {t('coordination.site.sector', {
                  azimuth: s.azimuthDeg,
                  beamwidth: s.beamwidthDeg,
                  range: formatNumber(s.rangeM / 1000, locale, 1),
                })}
                {s.frequencyMHz != null && ` · ${t('coordination.site.frequency', { mhz: s.frequencyMHz })}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
