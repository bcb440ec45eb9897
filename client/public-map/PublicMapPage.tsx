// `/`: "can I be connected?" — the cooperative's coverage for everyone, full screen on a phone, with
// the guided eligibility flow (client/join) as the map's panel and its pin and highlights as layers.
import { useReducer } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { flowReducer, initialFlow } from '../join/flow.ts';
import { JoinMapLayers } from '../join/JoinMapLayers.tsx';
import { JoinPanel } from '../join/JoinPanel.tsx';
import { useResolvedPlace } from '../join/queries.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { NetworkMap } from './NetworkMap.tsx';

export function PublicMapPage() {
  const t = useT();
  const [state, dispatch] = useReducer(flowReducer, initialFlow);
  const place = useResolvedPlace(state.place);
  return (
    <div className="page page--full">
      <AppHeader />
      <main id="main" className="page__map">
        <h1 className="visually-hidden">{t('map.title')}</h1>
        <NetworkMap demand byView overlay={<JoinPanel state={state} dispatch={dispatch} place={place} />}>
          <JoinMapLayers state={state} dispatch={dispatch} place={place} />
        </NetworkMap>
      </main>
    </div>
  );
}
