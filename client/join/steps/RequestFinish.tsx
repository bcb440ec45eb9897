// The end of both requests (interest, subscription): check the draft, then agree and send. Sending
// queues the request when offline; a refusal from the server is shown above the button.
import { useState, type Dispatch } from 'react';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import type { FlowAction } from '../flow.ts';
import { useSubmit } from '../mutations.ts';
import type { NewPendingRequest } from '../pending-requests.ts';
import { SubmitButton } from '../ui.tsx';
import { errorList, type Checked, type FieldErrors } from '../validation.ts';
import { ConsentBlock } from './ConsentBlock.tsx';
import { focusFirstError } from './focus.ts';

export function useSendRequest(dispatch: Dispatch<FlowAction>) {
  const submit = useSubmit();
  const [errors, setErrors] = useState<FieldErrors>({});
  const send = <T,>(form: HTMLFormElement, checked: Checked<T>, entryOf: (input: T) => NewPendingRequest) => {
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError(form);
      return;
    }
    setErrors({});
    const entry = entryOf(checked.input);
    submit.mutate(entry, { onSuccess: ({ queued }) => dispatch({ type: 'sent', what: entry.what, queued }) });
  };
  return { submit, errors, send };
}

/** The agreement, what is still wrong elsewhere in the flow, why sending failed, and the send button. */
export function RequestFinish({
  request: { submit, errors },
  consent,
  onConsent,
  submitLabel,
}: {
  request: ReturnType<typeof useSendRequest>;
  consent: boolean;
  onConsent(consent: boolean): void;
  submitLabel: MessageKey;
}) {
  const { t, lang } = useI18n();
  const others = errorList(errors, ['consent']);
  return (
    <>
      <ConsentBlock checked={consent} onChange={onConsent} error={errors.consent} />
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
        label={submit.isPending ? t('join.sending') : t(submitLabel)}
        busy={submit.isPending}
        testId="submit"
      />
    </>
  );
}
