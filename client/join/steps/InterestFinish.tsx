// Steps 4b, second half: how to reach the person (always private), then check, agree and register.
import { useI18n } from '../../i18n/i18n.tsx';
import { placeSummary } from '../format.ts';
import { Checkbox, StepForm, StepHeading, SubmitButton, TextField } from '../ui.tsx';
import { contactErrors, interestInput } from '../validation.ts';
import { Summary } from './ConsentBlock.tsx';
import { ContactFields } from './ContactFields.tsx';
import { useStepCheck } from './focus.ts';
import { PublicSwitch, useInterestEdit } from './InterestSteps.tsx';
import type { StepProps } from './props.ts';
import { RequestFinish, useSendRequest } from './RequestFinish.tsx';

export function IntContactStep(props: StepProps) {
  const { state, dispatch, focus } = props;
  const { t } = useI18n();
  const edit = useInterestEdit(props);
  const { errors, check } = useStepCheck(dispatch);
  const draft = state.interest;
  return (
    <>
      <StepHeading focus={focus}>{t('join.int.contact.title')}</StepHeading>
      <StepForm onSubmit={(form) => check(form, contactErrors(draft, false))}>
        <ContactFields draft={draft} onChange={edit} errors={errors} nameRequired={false} />
        <TextField
          label={t('join.int.comment')}
          value={draft.comment}
          onChange={(comment) => edit({ comment })}
          multiline
          testId="comment"
        />
        <PublicSwitch draft={draft} fields={['comment']} edit={edit} />
        <SubmitButton testId="next" />
      </StepForm>
    </>
  );
}

export function IntConsentStep(props: StepProps) {
  const { state, dispatch, place, focus } = props;
  const { t, lang } = useI18n();
  const edit = useInterestEdit(props);
  const request = useSendRequest(dispatch);
  const draft = state.interest;
  const send = (form: HTMLFormElement) =>
    request.send(form, interestInput(place, draft), (input) => ({ what: 'interest', input }));

  return (
    <>
      <StepHeading focus={focus}>{t('join.int.consent.title')}</StepHeading>
      <Summary
        rows={[
          { label: t('join.summary.place'), value: placeSummary(place, lang, t) },
          { label: t('join.summary.kind'), value: t(`join.int.${draft.kind}`) },
          { label: t('join.summary.contact'), value: [draft.email, draft.phone].filter(Boolean).join(' · ') },
        ]}
      />
      <StepForm onSubmit={send} testId="interest-form">
        <Checkbox
          label={t('join.int.notify')}
          checked={draft.notify}
          onChange={(notify) => edit({ notify })}
        />
        <RequestFinish
          request={request}
          consent={draft.consent}
          onConsent={(consent) => edit({ consent })}
          submitLabel="join.int.submit"
        />
      </StepForm>
    </>
  );
}
