import { useState, type Dispatch } from 'react';
import type { FlowAction } from '../flow.ts';
import type { FieldErrors } from '../validation.ts';

/** After a refused submit: the first field marked invalid takes focus once React has drawn the errors. */
export function focusFirstError(form: HTMLFormElement): void {
  setTimeout(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, 0);
}

/** A step that checks its own fields on "next": shows what it found, or moves the flow on. */
export function useStepCheck(dispatch: Dispatch<FlowAction>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const check = (form: HTMLFormElement, found: FieldErrors) => {
    setErrors(found);
    if (Object.keys(found).length) focusFirstError(form);
    else dispatch({ type: 'next' });
  };
  return { errors, check };
}
