// Steps 4a: ask to be connected — contact, then technology and comment, then check and agree.
import { useI18n } from '../../i18n/i18n.tsx';
import type { SubscriptionDraft } from '../flow.ts';
import { availableTechnologies, optionFor, placeSummary } from '../format.ts';
import { useEligibility } from '../queries.ts';
import { ChoiceButton, StepForm, StepHeading, SubmitButton, TextField } from '../ui.tsx';
import { contactErrors, subscriptionInput } from '../validation.ts';
import { Summary } from './ConsentBlock.tsx';
import { ContactFields } from './ContactFields.tsx';
import { useStepCheck } from './focus.ts';
import type { StepProps } from './props.ts';
import { RequestFinish, useSendRequest } from './RequestFinish.tsx';

function useEdit({ dispatch }: StepProps) {
  return (patch: Partial<SubscriptionDraft>) => dispatch({ type: 'editSubscription', patch });
}

export function SubContactStep(props: StepProps) {
  const { state, dispatch, focus } = props;
  const { t } = useI18n();
  const edit = useEdit(props);
  const { errors, check } = useStepCheck(dispatch);
  return (
    <>
      <StepHeading focus={focus}>{t('join.sub.contact.title')}</StepHeading>
      <p>{t('join.sub.contact.intro')}</p>
      <StepForm onSubmit={(form) => check(form, contactErrors(state.subscription, true))}>
        <ContactFields draft={state.subscription} onChange={edit} errors={errors} nameRequired />
        <SubmitButton testId="next" />
      </StepForm>
    </>
  );
}

export function SubDetailsStep(props: StepProps) {
  const { state, dispatch, place, focus } = props;
  const { t } = useI18n();
  const edit = useEdit(props);
  const result = useEligibility(place?.position ?? null).data?.result;
  const technologies = result ? availableTechnologies(result) : [];
  const draft = state.subscription;
  return (
    <>
      <StepHeading focus={focus}>{t('join.sub.details.title')}</StepHeading>
      <StepForm onSubmit={() => dispatch({ type: 'next' })}>
        {technologies.length > 1 && (
          <fieldset className="join-fieldset">
            <legend className="field__label">{t('join.sub.technology')}</legend>
            <div className="join-choices">
              {technologies.map((tech) => (
                <ChoiceButton
                  key={tech}
                  title={t(`join.sub.${tech}Choice`)}
                  hint={t(`join.sub.${tech}Choice.hint`)}
                  pressed={draft.technology === tech}
                  onClick={() => edit({ technology: tech })}
                  testId={`technology-${tech}`}
                />
              ))}
            </div>
          </fieldset>
        )}
        <TextField
          label={t('join.sub.comment')}
          hint={t('join.sub.comment.hint')}
          value={draft.comment}
          onChange={(comment) => edit({ comment })}
          multiline
          testId="comment"
        />
        <SubmitButton testId="next" />
      </StepForm>
    </>
  );
}

export function SubConsentStep(props: StepProps) {
  const { state, dispatch, place, focus } = props;
  const { t, lang } = useI18n();
  const edit = useEdit(props);
  const request = useSendRequest(dispatch);
  const answer = useEligibility(place?.position ?? null).data;
  const result = answer?.result;
  const draft = state.subscription;
  const option = result && draft.technology ? optionFor(result, draft.technology) : undefined;
  // The offline package holds no building ids (only positions and states): a verdict computed on the
  // device names a building by its place in the package, which the server does not know. The request
  // then names no building and the server, which re-checks eligibility, picks it from the position.
  const buildingId = answer?.source === 'device' ? undefined : option?.buildingId;

  const send = (form: HTMLFormElement) =>
    request.send(
      form,
      subscriptionInput(place, draft, { buildingId, sectorId: option?.sectorId }),
      (input) => ({ what: 'subscription', input }),
    );

  return (
    <>
      <StepHeading focus={focus}>{t('join.sub.consent.title')}</StepHeading>
      <Summary
        rows={[
          { label: t('join.summary.place'), value: placeSummary(place, lang, t) },
          {
            label: t('join.summary.technology'),
            value: draft.technology && t(`join.option.${draft.technology}`),
          },
          { label: t('join.contact.name'), value: draft.name },
          { label: t('join.summary.contact'), value: [draft.email, draft.phone].filter(Boolean).join(' · ') },
        ]}
      />
      <StepForm onSubmit={send} testId="subscription-form">
        <RequestFinish
          request={request}
          consent={draft.consent}
          onConsent={(consent) => edit({ consent })}
          submitLabel="join.sub.submit"
        />
      </StepForm>
    </>
  );
}
