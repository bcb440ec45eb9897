// The guided flow's frame: a bottom sheet under the map on phones, a side panel on wide screens.
// A bar with "back", the progress dots and a collapse switch (to look at the map), then the step.
import '../styles/join.css';
import './controls.css';
import './panels.css';
import { useEffect, useState, type Dispatch } from 'react';
import { useT } from '../i18n/i18n.tsx';
import {
  canGoBack,
  isTallStep,
  progress,
  type ChosenPlace,
  type FlowAction,
  type FlowState,
} from './flow.ts';
import { useOutbox } from './mutations.ts';
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
  const [collapsed, setCollapsed] = useState(false);
  const outbox = useOutbox();
  const dots = progress(state);
  const delivered = outbox.delivered && outbox.pending === 0;
  useEffect(() => {
    if (delivered && state.sent?.queued) dispatch({ type: 'delivered' });
  }, [delivered, state.sent?.queued, dispatch]);
  return (
    <aside
      className={collapsed ? 'join-sheet join-sheet--collapsed' : 'join-sheet'}
      aria-label={t('join.region')}
      data-testid="join-panel"
      data-step={state.step}
      data-tall={isTallStep(state.step)}
    >
      <div className="join-sheet__bar">
        {canGoBack(state) ? (
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
        ) : (
          <span className="join-back" />
        )}
        {dots ? (
          <div className="join-dots" data-testid="progress">
            <span className="visually-hidden">{t('join.progress', dots)}</span>
            {Array.from({ length: dots.total }, (_, i) => (
              <span
                key={i}
                aria-hidden="true"
                className={
                  i + 1 === dots.current
                    ? 'join-dot join-dot--current'
                    : i + 1 < dots.current
                      ? 'join-dot join-dot--done'
                      : 'join-dot'
                }
              />
            ))}
          </div>
        ) : (
          <span />
        )}
        <button
          type="button"
          className="button button--ghost button--square join-collapse"
          aria-expanded={!collapsed}
          aria-controls="join-body"
          aria-label={collapsed ? t('join.expand') : t('join.collapse')}
          title={collapsed ? t('join.expand') : t('join.collapse')}
          onClick={() => setCollapsed(!collapsed)}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <path
              d={collapsed ? 'M5 15l7-7 7 7' : 'M5 9l7 7 7-7'}
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
            />
          </svg>
        </button>
      </div>
      <div id="join-body" className="join-sheet__body" hidden={collapsed}>
        {outbox.pending > 0 && (
          <p className="join-outbox" role="status" data-testid="outbox-pending">
            {t('join.outbox.pending', { count: outbox.pending })}
          </p>
        )}
        {outbox.delivered && outbox.pending === 0 && (
          <p className="join-outbox join-outbox--sent" role="status" data-testid="outbox-sent">
            {t('join.outbox.sent')}
          </p>
        )}
        <Step key={state.step} state={state} dispatch={dispatch} place={place} focus={state.moves > 0} />
      </div>
    </aside>
  );
}
