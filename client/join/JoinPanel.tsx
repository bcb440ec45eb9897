// The guided flow in its sheet (PanelFrame): the current step, and the requests kept on the phone
// waiting for the network (sent on every visit, and said so).
import { useEffect, type Dispatch } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { canGoBack, type ChosenPlace, type FlowAction, type FlowState } from './flow.ts';
import { useOutbox } from './mutations.ts';
import { PanelFrame } from './PanelFrame.tsx';
import { CollectivityStep } from './steps/CollectivityStep.tsx';
import { DoneStep } from './steps/DoneStep.tsx';
import { HelpStep } from './steps/HelpStep.tsx';
import { IntentStep } from './steps/IntentStep.tsx';
import { IntConsentStep, IntContactStep } from './steps/InterestFinish.tsx';
import { IntHomeStep, IntKindStep, IntSkyStep } from './steps/InterestSteps.tsx';
import { PlaceStep } from './steps/PlaceStep.tsx';
import type { StepProps } from './steps/props.ts';
import { ResultStep } from './steps/ResultStep.tsx';
import { SubConsentStep, SubContactStep, SubDetailsStep } from './steps/SubscriptionSteps.tsx';

function Step(props: StepProps) {
  switch (props.state.step) {
    case 'intent':
      return <IntentStep {...props} />;
    case 'place':
      return <PlaceStep {...props} />;
    case 'collectivity':
      return <CollectivityStep {...props} />;
    case 'result':
      return <ResultStep {...props} />;
    case 'help':
      return <HelpStep {...props} />;
    case 'subContact':
      return <SubContactStep {...props} />;
    case 'subDetails':
      return <SubDetailsStep {...props} />;
    case 'subConsent':
      return <SubConsentStep {...props} />;
    case 'intKind':
      return <IntKindStep {...props} />;
    case 'intHome':
      return <IntHomeStep {...props} />;
    case 'intSky':
      return <IntSkyStep {...props} />;
    case 'intContact':
      return <IntContactStep {...props} />;
    case 'intConsent':
      return <IntConsentStep {...props} />;
    case 'done':
      return <DoneStep {...props} />;
  }
}

interface Props {
  state: FlowState;
  dispatch: Dispatch<FlowAction>;
  place: ChosenPlace | null;
}

export function JoinPanel({ state, dispatch, place }: Props) {
  const t = useT();
  const outbox = useOutbox();
  const delivered = outbox.delivered && outbox.pending === 0;
  useEffect(() => {
    if (delivered && state.sent?.queued) dispatch({ type: 'delivered' });
  }, [delivered, state.sent?.queued, dispatch]);
  const back = canGoBack(state) && (
    <button
      type="button"
      className="button button--ghost join-back"
      onClick={() => dispatch({ type: 'back' })}
      data-testid="back"
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path d="M15 5 8 12l7 7" fill="none" stroke="currentColor" strokeWidth="2.5" />
      </svg>
      {t('join.back')}
    </button>
  );
  return (
    <PanelFrame state={state} back={back || undefined}>
      {outbox.pending > 0 && (
        <p className="join-outbox" role="status" data-testid="outbox-pending">
          {t('join.outbox.pending', { count: outbox.pending })}
        </p>
      )}
      {delivered && (
        <p className="join-outbox join-outbox--sent" role="status" data-testid="outbox-sent">
          {t('join.outbox.sent')}
        </p>
      )}
      <Step key={state.step} state={state} dispatch={dispatch} place={place} focus={state.moves > 0} />
    </PanelFrame>
  );
}
