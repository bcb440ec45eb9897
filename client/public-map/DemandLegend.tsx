// The legend's demand section: the switch, what a hexagon means, the colour scale.
import { useT } from '../i18n/i18n.tsx';
import { demandClasses } from './demand.ts';
import { useMapLayers } from './MapLayers.tsx';
import { useDemand } from './queries.ts';

export function DemandLegend() {
  const t = useT();
  const layers = useMapLayers();
  const demand = useDemand(layers?.demand ?? false);
  if (!layers) return null;
  return (
    <div className="map-legend__demand">
      <label className="map-legend__toggle">
        <input
          type="checkbox"
          checked={layers.demand}
          onChange={(e) => layers.setDemand(e.currentTarget.checked)}
          data-testid="demand-toggle"
        />
        {t('map.legend.demand')}
      </label>
      {layers.demand && (
        <>
          <p className="map-legend__hint">{t('map.legend.demandHint')}</p>
          <ul className="map-legend__scale" aria-label={t('map.legend.demandScale')}>
            {demandClasses.map((c) => (
              <li key={c.label}>
                <span className="swatch swatch--demand" style={{ background: c.fill }} aria-hidden="true" />
                {c.label}
              </li>
            ))}
          </ul>
          {demand.isError && (
            <p className="map-legend__hint" role="status">
              {t('map.legend.demandUnavailable')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
