// The first question in its sheet, drawn before the map's chunk (Leaflet, the eligibility engine,
// zod) has arrived: a choice made meanwhile is kept, and the full panel takes over from there.
import type { Dispatch } from 'react';
import { useT } from '../i18n/i18n.tsx';
import type { FlowAction, FlowState } from './flow.ts';
import { PanelFrame } from './PanelFrame.tsx';
import { IntentStep } from './steps/IntentStep.tsx';

export function FirstScreen({ state, dispatch }: { state: FlowState; dispatch: Dispatch<FlowAction> }) {
  const t = useT();
  return (
    <PanelFrame state={state}>
      {state.step === 'intent' ? (
        <IntentStep state={state} dispatch={dispatch} place={null} focus={false} />
      ) : (
        <p className="join-status" role="status">
          {t('app.loading')}
        </p>
      )}
    </PanelFrame>
  );
}
