// The technician map, from the phone's own data (works offline): relays and sectors of their zones,
// a tap or long-press (or "Vérifier ma position") checks a place with the shared engine and draws the
// line-of-sight profile; "Relief" brings the terrain to the phone; "Demandes" lists prospects.
import '../check/check.css';
import type { Map as LeafletMap } from 'leaflet';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { MapHandle, OfflineAreas } from '../../offline-map/OfflineAreas.tsx';
import { CoverageMap } from '../../public-map/CoverageMap.tsx';
import { useNetworkConfig } from '../../public-map/queries.ts';
import { CheckPanel } from '../check/CheckPanel.tsx';
import { CheckClicks, CheckedPlace, InitialView, ProspectMarkers, type LatLon } from '../check/MapLayers.tsx';
import { ProspectsPanel } from '../check/ProspectsPanel.tsx';
import { DEFAULT_SETTINGS, technicianCheck } from '../check/tech-check.ts';
import { TerrainPanel } from '../check/TerrainPanel.tsx';
import { useDeviceCheck } from '../check/useDeviceCheck.ts';
import { surveyPath, useProspects } from '../check/useProspects.ts';

function initialView(params: URLSearchParams): (LatLon & { zoom: number }) | null {
  const lat = Number(params.get('lat'));
  const lon = Number(params.get('lon'));
  if (!params.get('lat') || !params.get('lon') || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const zoom = Number(params.get('z') ?? 15);
  return { lat, lon, zoom: Number.isFinite(zoom) ? Math.min(19, Math.max(3, zoom)) : 15 };
}

export function TechnicianMapPage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const at = useMemo(() => initialView(params), [params]);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const config = useNetworkConfig();
  const tiles = config.data?.tileUrl
    ? { url: config.data.tileUrl, attribution: config.data.tileAttribution }
    : null;
  const device = useDeviceCheck();
  const prospects = useProspects();
  const [point, setPoint] = useState<LatLon | null>(null);
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [panel, setPanel] = useState<'none' | 'terrain' | 'prospects'>('none');
  const [state, setState] = useState('');
  const [gpsFailed, setGpsFailed] = useState(false);

  const check = useMemo(
    () =>
      device && point
        ? technicianCheck(device.net, device.index, device.terrain, point, settings, lang)
        : null,
    [device, point, settings, lang],
  );
  const shownProspects = (prospects?.items ?? []).filter((p) => !state || p.state === state);

  const checkHere = (p: LatLon) => {
    setPanel('none');
    setPoint(p);
  };
  const gps = () => {
    setGpsFailed(false);
    navigator.geolocation.getCurrentPosition(
      (pos) => checkHere({ lat: pos.coords.latitude, lon: pos.coords.longitude }),
      () => setGpsFailed(true),
      { enableHighAccuracy: true, maximumAge: 0, timeout: 20_000 },
    );
  };
  const pointSurvey = point
    ? surveyPath({ kind: 'point', id: '', position: point }, check?.radio[0]?.sector.id)
    : '';

  return (
    <div className="page__map">
      <h1 className="visually-hidden">{t('tech.nav.map')}</h1>
      <CoverageMap
        label={t('map.region')}
        coverage={device?.net.coverage}
        tiles={tiles}
        bounds={at ? null : undefined}
        overlay={
          <>
            {!check && <OfflineAreas map={map} />}
            {!check && (
              <div className="tech-map__tools">
                <button type="button" className="button" onClick={gps}>
                  {t('check.gps')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setPanel(panel === 'terrain' ? 'none' : 'terrain')}
                >
                  {t('terrain.open')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setPanel(panel === 'prospects' ? 'none' : 'prospects')}
                >
                  {t('prospects.open')}
                  {prospects ? ` (${prospects.items.length})` : ''}
                </button>
              </div>
            )}
            {!check && panel === 'none' && (
              <p className="tech-map__hint" role="status">
                {gpsFailed
                  ? t('check.gpsFailed')
                  : device?.net.coverage.sites.length === 0
                    ? t('check.noData')
                    : t('check.hint')}
              </p>
            )}
            {panel === 'terrain' && <TerrainPanel onClose={() => setPanel('none')} />}
            {panel === 'prospects' && (
              <ProspectsPanel
                prospects={prospects}
                state={state}
                onState={setState}
                onShow={(p) => {
                  map?.setView([p.position.lat, p.position.lon], Math.max(map.getZoom(), 15));
                  checkHere(p.position);
                }}
                onClose={() => setPanel('none')}
              />
            )}
            {check && (
              <CheckPanel
                check={check}
                settings={settings}
                onSettings={setSettings}
                onClose={() => setPoint(null)}
                surveyLink={pointSurvey}
              />
            )}
          </>
        }
      >
        <MapHandle onMap={setMap} />
        <InitialView at={at} />
        <CheckClicks onPoint={checkHere} />
        <ProspectMarkers items={shownProspects} onShow={(p) => checkHere(p.position)} />
        {check && <CheckedPlace check={check} />}
      </CoverageMap>
    </div>
  );
}
