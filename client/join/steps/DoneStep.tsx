// The confirmation: sent, or kept on the phone until the connection is back.
import { useT } from '../../i18n/i18n.tsx';
import { StepHeading } from '../ui.tsx';
import type { StepProps } from './props.ts';

export function DoneStep({ state, dispatch, focus }: StepProps) {
  const t = useT();
  const sent = state.sent;
  if (!sent) return null;
  const title = sent.what === 'subscription' ? t('join.sub.done.title') : t('join.int.done.title');
  const body = sent.what === 'subscription' ? t('join.sub.done.body') : t('join.int.done.body');
  return (
    <div data-testid="confirmation" data-queued={sent.queued}>
      <StepHeading focus={focus}>{sent.queued ? t('join.queued.title') : title}</StepHeading>
      <div className="join-done" role="status">
        <svg className="join-done__mark" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true">
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="m7 12.5 3.2 3.2L17.5 8" fill="none" stroke="#fff" strokeWidth="2.4" />
        </svg>
        <p>{sent.queued ? t('join.queued.body') : body}</p>
      </div>
      <button type="button" className="button button--block" onClick={() => dispatch({ type: 'restart' })}>
        {t('join.restart')}
      </button>
    </div>
  );
}
