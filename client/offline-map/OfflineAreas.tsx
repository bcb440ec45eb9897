// "Hors ligne : télécharger cette zone" on the technician map: the current view's tiles, cost shown
// before anything is fetched, a cancellable download, and the areas kept on this device.
import './offline-map.css';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useI18n } from '../i18n/i18n.tsx';
import { useNetworkConfig } from '../public-map/queries.ts';
import { storageInfo, type StorageInfo } from '../sync/storage.ts';
import { formatBytes, formatDateTime } from '../technician/format.ts';
import { deleteArea, downloadArea, loadAreas, type OfflineArea, type Progress } from './store.ts';
import { MAX_ZOOM, planDownload, type BBox } from './tiles.ts';

/** Inside the MapContainer: hands the Leaflet map to the panel, which lives in the HTML overlay. */
export function MapHandle({ onMap }: { onMap: (map: LeafletMap) => void }) {
  const map = useMap();
  useEffect(() => onMap(map), [map, onMap]);
  return null;
}

interface View {
  bbox: BBox;
  zoom: number;
}

function currentView(map: LeafletMap): View {
  const b = map.getBounds();
  return {
    bbox: { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() },
    zoom: Math.min(MAX_ZOOM, Math.max(0, Math.round(map.getZoom()))),
  };
}

type Step =
  | { kind: 'closed' }
  | { kind: 'plan'; view: View }
  | { kind: 'downloading'; progress: Progress }
  | { kind: 'done'; failed: number; cancelled: boolean };

export function OfflineAreas({ map }: { map: LeafletMap | null }) {
  const { t, locale } = useI18n();
  const config = useNetworkConfig();
  const template = config.data?.tileUrl ?? '';
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [areas, setAreas] = useState<OfflineArea[]>(loadAreas);
  const [maxZoom, setMaxZoom] = useState(0);
  const [name, setName] = useState('');
  const [storage, setStorage] = useState<StorageInfo | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const refreshStorage = () => void storageInfo().then(setStorage);

  function open() {
    if (!map) return;
    const view = currentView(map);
    setMaxZoom(Math.min(MAX_ZOOM, view.zoom + 2));
    setName(t('offlineMap.defaultName', { n: areas.length + 1 }));
    setStep({ kind: 'plan', view });
    refreshStorage();
  }

  async function start(view: View) {
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'downloading', progress: { done: 0, total: 0, bytes: 0, failed: 0 } });
    try {
      const { failed } = await downloadArea(
        {
          name: name.trim() || t('offlineMap.defaultName', { n: areas.length + 1 }),
          template,
          bbox: view.bbox,
          minZoom: view.zoom,
          maxZoom,
        },
        (progress) => setStep({ kind: 'downloading', progress }),
        controller.signal,
      );
      setStep({ kind: 'done', failed, cancelled: false });
    } catch {
      setStep({ kind: 'done', failed: 0, cancelled: true });
    } finally {
      abort.current = null;
      setAreas(loadAreas());
      refreshStorage();
    }
  }

  async function remove(id: string) {
    await deleteArea(id);
    setAreas(loadAreas());
    refreshStorage();
  }

  if (step.kind === 'closed') {
    return (
      <button
        type="button"
        className="button button--primary offline-map__toggle"
        onClick={open}
        disabled={!map}
        data-testid="offline-map-open"
      >
        {t('offlineMap.open')}
      </button>
    );
  }

  const plan = step.kind === 'plan' ? planDownload(step.view.bbox, step.view.zoom, maxZoom) : null;
  const mb = (bytes: number) => formatBytes(bytes, locale);

  return (
    <section className="offline-map card" aria-labelledby="offline-map-title" data-testid="offline-map">
      <h2 id="offline-map-title">{t('offlineMap.title')}</h2>
      {!template && <p role="alert">{t('offlineMap.noTiles')}</p>}

      {step.kind === 'plan' && template && (
        <>
          <label className="field">
            <span className="field__label">{t('offlineMap.name')}</span>
            <input className="field__input" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('offlineMap.maxZoom')}</span>
            <select
              className="field__input"
              value={maxZoom}
              onChange={(e) => setMaxZoom(Number(e.target.value))}
              data-testid="offline-map-zoom"
            >
              {Array.from({ length: MAX_ZOOM - step.view.zoom + 1 }, (_, i) => step.view.zoom + i).map(
                (z) => (
                  <option key={z} value={z}>
                    {t('offlineMap.zoomOption', { from: step.view.zoom, to: z })}
                  </option>
                ),
              )}
            </select>
          </label>
          {plan?.ok ? (
            <p className="offline-map__estimate" data-testid="offline-map-estimate" data-tiles={plan.tiles}>
              {t('offlineMap.estimate', { size: mb(plan.bytes), count: plan.tiles })}
              <span className="field__hint"> {t('offlineMap.estimateHint')}</span>
            </p>
          ) : (
            <p role="alert" data-testid="offline-map-refused">
              {plan?.reason === 'zoomTooHigh'
                ? t('offlineMap.zoomTooHigh', { max: MAX_ZOOM })
                : t('offlineMap.tooMany', { count: plan?.tiles ?? 0, max: plan?.max ?? 0 })}
            </p>
          )}
          <div className="offline-map__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!plan?.ok}
              onClick={() => void start(step.view)}
              data-testid="offline-map-start"
            >
              {t('offlineMap.download')}
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'closed' })}>
              {t('offlineMap.cancel')}
            </button>
          </div>
        </>
      )}

      {step.kind === 'downloading' && (
        <div role="status" data-testid="offline-map-progress">
          <progress className="offline-map__bar" max={step.progress.total || 1} value={step.progress.done} />
          <p>
            {t('offlineMap.progress', {
              done: step.progress.done,
              total: step.progress.total,
              size: mb(step.progress.bytes),
            })}
          </p>
          <button type="button" className="button button--block" onClick={() => abort.current?.abort()}>
            {t('offlineMap.cancel')}
          </button>
        </div>
      )}

      {step.kind === 'done' && (
        <div role="status" data-testid="offline-map-done">
          <p>
            {step.cancelled
              ? t('offlineMap.cancelled')
              : step.failed > 0
                ? t('offlineMap.doneWithFailures', { count: step.failed })
                : t('offlineMap.done')}
          </p>
          <button type="button" className="button button--block" onClick={() => setStep({ kind: 'closed' })}>
            {t('offlineMap.close')}
          </button>
        </div>
      )}

      <h3>{t('offlineMap.saved')}</h3>
      {areas.length === 0 ? (
        <p>{t('offlineMap.none')}</p>
      ) : (
        <ul className="offline-map__areas">
          {areas.map((a) => (
            <li key={a.id} className="offline-map__area" data-testid="offline-area">
              <div>
                <strong>{a.name}</strong>
                <br />
                {t('offlineMap.areaDetails', {
                  date: formatDateTime(a.createdAt, locale),
                  from: a.minZoom,
                  to: a.maxZoom,
                  count: a.tiles,
                })}
              </div>
              <button
                type="button"
                className="button"
                disabled={step.kind === 'downloading'}
                onClick={() => void remove(a.id)}
                data-testid="offline-area-delete"
              >
                {t('offlineMap.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {storage?.usage != null && storage.quota != null && (
        <p className="field__hint" data-testid="offline-map-storage">
          {t('offlineMap.storage', { used: mb(storage.usage), quota: mb(storage.quota) })}
        </p>
      )}
    </section>
  );
}
