// The public page past its first screen: the map with the flow's panel and layers. Its own chunk,
// so Leaflet, the eligibility engine, the geocoder and zod never hold up the first paint.
import type { Dispatch } from 'react';
import type { FlowAction, FlowState } from '../join/flow.ts';
import { JoinMapLayers } from '../join/JoinMapLayers.tsx';
import { JoinPanel } from '../join/JoinPanel.tsx';
import { useResolvedPlace } from '../join/queries.ts';
import { NetworkMap } from './NetworkMap.tsx';

interface Props {
  state: FlowState;
  dispatch: Dispatch<FlowAction>;
}

export default function PublicMapView({ state, dispatch }: Props) {
  const place = useResolvedPlace(state.place);
  return (
    <NetworkMap demand byView overlay={<JoinPanel state={state} dispatch={dispatch} place={place} />}>
      <JoinMapLayers state={state} dispatch={dispatch} place={place} />
    </NetworkMap>
  );
}
