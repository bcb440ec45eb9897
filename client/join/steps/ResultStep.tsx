// Step 3: the verdict in plain words, each option's reason, how fresh the data is; then what to do
// next, depending on why the person came and on the answer.
import type { EligibilityResult, NearbyHint } from '../../../shared/schemas/eligibility.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { availableTechnologies, isEligible, placeLine, placeWarning, verdictHeadline } from '../format.ts';
import { useEligibility, type EligibilityAnswer } from '../queries.ts';
import { StepHeading } from '../ui.tsx';
import { InfoLayers, Overview } from './Overview.tsx';
import type { StepProps } from './props.ts';

export function ResultStep(props: StepProps) {
  const { state, dispatch, place, focus } = props;
  const { t, lang } = useI18n();
  const answer = useEligibility(place?.position ?? null);
  if (!place) return <Overview {...props} />;
  const line = placeLine(place, lang);
  const warning = placeWarning(place, lang);
  const info = state.intent === 'collectivity' || state.intent === 'curious';
  const result = answer.data?.result;

  return (
    <>
      <StepHeading focus={focus}>{t('join.result.title')}</StepHeading>
      <p className="join-place" data-testid="result-place">
        {t(line.key, line.params)}
      </p>
      <div className="join-answer" aria-live="polite" data-testid="result">
        {answer.isPending && (
          <p className="join-status" role="status">
            {t('join.result.checking')}
          </p>
        )}
        {answer.isError && <p className="form__error">{t('join.result.failed')}</p>}
        {answer.data && <Verdict answer={answer.data} />}
      </div>
      {warning && (
        <p className="join-warning" data-testid="result-approximate">
          {t(warning.key, warning.params)}
        </p>
      )}
      {result && info && <InfoLayers />}
      {result && (
        // The next step stays in view under the thumb; for the merely curious it is not the point.
        <div className={info ? 'join-actions' : 'join-actions join-actions--sticky'}>
          {isEligible(result) ? (
            <button
              type="button"
              className={info ? 'button button--block' : 'button button--primary button--block'}
              onClick={() =>
                dispatch({ type: 'subscribe', technology: availableTechnologies(result)[0] ?? 'fibre' })
              }
              data-testid="subscribe"
            >
              {t('join.result.subscribe')}
            </button>
          ) : (
            <button
              type="button"
              className={info ? 'button button--block' : 'button button--primary button--block'}
              onClick={() => dispatch({ type: 'register', kind: 'connect' })}
              data-testid="keep-informed"
            >
              {t('join.result.keepInformed')}
            </button>
          )}
          {(!isEligible(result) || state.intent === 'help') && (
            <button type="button" className="button button--block" onClick={() => dispatch({ type: 'help' })}>
              {t('join.result.howToHelp')}
            </button>
          )}
        </div>
      )}
      <button
        type="button"
        className="button button--ghost join-link"
        onClick={() => dispatch({ type: 'back' })}
      >
        {t('join.result.otherAddress')}
      </button>
    </>
  );
}

function Verdict({ answer }: { answer: EligibilityAnswer }) {
  const { t, formatDate } = useI18n();
  const { result, source } = answer;
  const headline = verdictHeadline(result);
  return (
    <>
      <p
        className={`join-verdict join-verdict--${headline.tone}`}
        data-testid="verdict"
        data-verdict={result.verdict}
      >
        {t(headline.key)}
      </p>
      {result.nearby?.length ? <Nearby hints={result.nearby} /> : <Options result={result} />}
      {result.verdict === 'none' && !result.nearby?.length && <p>{t('join.verdict.noneHint')}</p>}
      <p className="join-asof" data-testid="result-as-of">
        {source === 'device'
          ? t('join.result.onDevice', { date: formatDate(result.dataAsOf) })
          : t('join.result.dataAsOf', { date: formatDate(result.dataAsOf) })}
      </p>
    </>
  );
}

/** Not covered: the nearest relay and fibre, why they do not reach, and what would help. */
function Nearby({ hints }: { hints: NearbyHint[] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="join-options" data-testid="nearby">
      {hints.map((h) => (
        <li
          key={h.why + (h.siteId ?? h.buildingId ?? h.zoneId ?? '')}
          className="join-option"
          data-why={h.why}
        >
          <span className="join-badge join-badge--blocked">{t(`join.nearby.${h.why}`)}</span>
          <span className="join-option__reason">{h.reasons[lang]}</span>
          <span className="join-option__help">{h.help[lang]}</span>
        </li>
      ))}
    </ul>
  );
}

function Options({ result: r }: { result: EligibilityResult }) {
  const { t, lang } = useI18n();
  if (r.options.length === 0 && r.excluded.length === 0) return null;
  return (
    <ul className="join-options" data-testid="options">
      {r.options.map((o, i) => (
        <li key={i} className="join-option">
          <span className={`join-badge join-badge--${o.status}`}>
            {t(`join.option.${o.technology}`)} · {t(`join.option.${o.status}`)}
          </span>
          <span className="join-option__reason">{o.reasons[lang]}</span>
        </li>
      ))}
      {r.excluded.map((x) => (
        <li key={x.sectorId} className="join-option">
          <span className="join-badge join-badge--blocked">{t('join.option.blocked')}</span>
          <span className="join-option__reason">{x.reasons[lang]}</span>
        </li>
      ))}
    </ul>
  );
}
