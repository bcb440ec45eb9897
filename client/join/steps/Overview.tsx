// For a local authority or the curious: the network as a whole, the optional map layers and the
// federation's open data format, without asking for an address first.
import { useI18n } from '../../i18n/i18n.tsx';
import { useMapLayers } from '../../public-map/MapLayers.tsx';
import { useOutline } from '../../public-map/queries.ts';
import { Checkbox, StepHeading } from '../ui.tsx';
import type { StepProps } from './props.ts';

export function Overview({ focus }: StepProps) {
  const { t, formatDate } = useI18n();
  const coverage = useOutline().data;
  return (
    <>
      <StepHeading focus={focus}>{t('join.overview.title')}</StepHeading>
      <p>{t('join.overview.body')}</p>
      {coverage && (
        <p className="join-asof">
          {t('map.count.sites', { count: coverage.sites.length })} ·{' '}
          {t('map.count.buildings', { count: coverage.buildingCount })}
          <br />
          {t('join.result.dataAsOf', { date: formatDate(coverage.dataAsOf) })}
        </p>
      )}
      <InfoLayers />
    </>
  );
}

export function InfoLayers() {
  const { t } = useI18n();
  const layers = useMapLayers();
  return (
    <section className="join-layers" aria-labelledby="join-layers-title">
      <h3 id="join-layers-title" className="join-subtitle">
        {t('join.layers.title')}
      </h3>
      {layers && (
        <Checkbox label={t('join.layers.demand')} checked={layers.demand} onChange={layers.setDemand} />
      )}
      <a className="join-doc-link" href="/isp.json" type="application/json" data-testid="isp-json">
        {t('join.layers.isp')}
      </a>
    </section>
  );
}
