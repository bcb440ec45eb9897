// Step 1: why the person is here decides what the result offers next.
import { useT } from '../../i18n/i18n.tsx';
import type { Intent } from '../flow.ts';
import { ChoiceButton, StepHeading } from '../ui.tsx';
import type { StepProps } from './props.ts';

const intents: Intent[] = ['connect', 'help', 'collectivity', 'curious'];

export function IntentStep({ dispatch, focus }: StepProps) {
  const t = useT();
  return (
    <>
      <StepHeading focus={focus}>{t('join.intent.title')}</StepHeading>
      <div className="join-choices">
        {intents.map((intent) => (
          <ChoiceButton
            key={intent}
            title={t(`join.intent.${intent}`)}
            hint={t(`join.intent.${intent}.hint`)}
            onClick={() => dispatch({ type: 'intent', intent })}
            testId={`intent-${intent}`}
          />
        ))}
      </div>
    </>
  );
}
