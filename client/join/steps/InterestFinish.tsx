// Steps 4b, second half: how to reach the person (always private), then check, agree and register.
import { useState } from 'react';
import { errorMessage } from '../../lib/errors.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSubmit } from '../mutations.ts';
import { Checkbox, StepForm, StepHeading, SubmitButton, TextField } from '../ui.tsx';
import { contactErrors, errorList, interestInput, type FieldErrors } from '../validation.ts';
import { ConsentBlock, Summary } from './ConsentBlock.tsx';
import { ContactFields } from './ContactFields.tsx';
import { focusFirstError } from './focus.ts';
import { PublicSwitch, useInterestEdit } from './InterestSteps.tsx';
import type { StepProps } from './props.ts';

export function IntContactStep(props: StepProps) {
  const { state, dispatch, focus } = props;
  const { t } = useI18n();
  const edit = useInterestEdit(props);
  const [errors, setErrors] = useState<FieldErrors>({});
  const draft = state.interest;
  return (
    <>
      <StepHeading focus={focus}>{t('join.int.contact.title')}</StepHeading>
      <StepForm
        onSubmit={(form) => {
          const found = contactErrors(draft, false);
          setErrors(found);
          if (Object.keys(found).length) focusFirstError(form);
          else dispatch({ type: 'next' });
        }}
      >
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
  const submit = useSubmit();
  const [errors, setErrors] = useState<FieldErrors>({});
  const draft = state.interest;

  const send = (form: HTMLFormElement) => {
    const checked = interestInput(place, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError(form);
      return;
    }
    setErrors({});
    submit.mutate(
      { what: 'interest', input: checked.input },
      { onSuccess: ({ queued }) => dispatch({ type: 'sent', what: 'interest', queued }) },
    );
  };
  const others = errorList(errors, ['consent']);

  return (
    <>
      <StepHeading focus={focus}>{t('join.int.consent.title')}</StepHeading>
      <Summary
        rows={[
          { label: t('join.summary.place'), value: place?.label ?? t('join.result.tapped') },
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
        <ConsentBlock
          checked={draft.consent}
          onChange={(consent) => edit({ consent })}
          error={errors.consent}
        />
        {others.length > 0 && (
          <div className="form__error" role="alert">
            {t('join.error.summary')}
            <ul>
              {others.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
        )}
        {submit.isError && (
          <p className="form__error" role="alert" data-testid="submit-error">
            {errorMessage(submit.error, lang, t)}
          </p>
        )}
        <SubmitButton
          label={submit.isPending ? t('join.sending') : t('join.int.submit')}
          busy={submit.isPending}
          testId="submit"
        />
      </StepForm>
    </>
  );
}
