// `/`: "can I be connected?" — the cooperative's coverage for everyone, full screen on a phone, with
// the guided eligibility flow (client/join) as the map's panel and its pin and highlights as layers.
// Only the header and the first question are in the page's first chunk; the map and the rest of the
// flow follow in their own (PublicMapView), with the flow's state kept here across the switch.
import { lazy, Suspense, useReducer } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { FirstScreen } from '../join/FirstScreen.tsx';
import { flowReducer, initialFlow } from '../join/flow.ts';
import { AppHeader } from '../shell/AppHeader.tsx';

const PublicMapView = lazy(() => import('./PublicMapView.tsx'));

export function PublicMapPage() {
  const t = useT();
  const [state, dispatch] = useReducer(flowReducer, initialFlow);
  return (
    <div className="page page--full">
      <AppHeader />
      <main id="main" className="page__map">
        <h1 className="visually-hidden">{t('map.title')}</h1>
        <Suspense
          fallback={
            <section className="coverage-map" aria-label={t('map.region')}>
              <FirstScreen state={state} dispatch={dispatch} />
              {/* Where the map will be: the sheet sits where it will stay. */}
              <div className="coverage-map__leaflet" />
            </section>
          }
        >
          <PublicMapView state={state} dispatch={dispatch} />
        </Suspense>
      </main>
    </div>
  );
}
