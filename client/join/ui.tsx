// Building blocks of the flow's steps: a heading that takes focus, labelled fields with their hint
// and error, big choice buttons, toggle groups. Every target is at least 48 px.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/fr.ts';
import { useT } from '../i18n/i18n.tsx';

/** The step's title; focused when the step is reached by a move, so screen readers start there. */
export function StepHeading({ children, focus }: { children: ReactNode; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h2 ref={ref} tabIndex={-1} className="join-step__title">
      {children}
    </h2>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: MessageKey;
  type?: 'text' | 'email' | 'tel' | 'search';
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'search';
  autoComplete?: string;
  multiline?: boolean;
  testId?: string;
}

export function TextField(p: TextFieldProps) {
  const t = useT();
  const id = useId();
  const described = [p.hint && `${id}-hint`, p.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: p.value,
    'aria-describedby': described,
    'aria-invalid': p.error ? true : undefined,
    'data-testid': p.testId,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {p.label}
      </label>
      {p.hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.multiline ? (
        <textarea
          {...common}
          className="field__input join-textarea"
          rows={3}
          maxLength={2000}
          onChange={(e) => p.onChange(e.currentTarget.value)}
        />
      ) : (
        <input
          {...common}
          className="field__input"
          type={p.type ?? 'text'}
          inputMode={p.inputMode}
          autoComplete={p.autoComplete}
          onChange={(e) => p.onChange(e.currentTarget.value)}
        />
      )}
      {p.error && (
        <p className="field__error" id={`${id}-error`}>
          {t(p.error)}
        </p>
      )}
    </div>
  );
}

/** A large button that moves the flow on: a title and one line of explanation. */
export function ChoiceButton(p: {
  title: string;
  hint?: string;
  onClick(): void;
  pressed?: boolean;
  testId?: string;
}) {
  return (
    <button
      type="button"
      className="join-choice"
      onClick={p.onClick}
      aria-pressed={p.pressed}
      data-testid={p.testId}
    >
      <span className="join-choice__title">{p.title}</span>
      {p.hint && <span className="join-choice__hint">{p.hint}</span>}
    </button>
  );
}

/** A question answered by one of a few big buttons (yes / no / don't know). */
export function ToggleGroup<V extends string | boolean | null>(p: {
  legend: string;
  options: { value: V; label: string }[];
  value: V;
  onChange(value: V): void;
}) {
  return (
    <fieldset className="join-fieldset">
      <legend className="field__label">{p.legend}</legend>
      <div className="join-toggles">
        {p.options.map((o) => (
          <button
            key={String(o.value)}
            type="button"
            className="join-toggle"
            aria-pressed={p.value === o.value}
            onClick={() => p.onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function Checkbox(p: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: MessageKey;
  testId?: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="join-check">
      <input
        id={id}
        type="checkbox"
        checked={p.checked}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={p.error ? `${id}-error` : undefined}
        data-testid={p.testId}
      />
      <label htmlFor={id}>{p.label}</label>
      {p.error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t(p.error)}
        </p>
      )}
    </div>
  );
}

/** A step's fields: Enter submits, the browser's own validation bubbles stay off (ours are clearer). */
export function StepForm(p: { onSubmit(form: HTMLFormElement): void; children: ReactNode; testId?: string }) {
  return (
    <form
      className="join-form"
      noValidate
      data-testid={p.testId}
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit(e.currentTarget);
      }}
    >
      {p.children}
    </form>
  );
}

/** The step's main action, full width at the end of the step. */
export function SubmitButton(p: { label?: string; busy?: boolean; testId?: string }) {
  const t = useT();
  return (
    <button
      type="submit"
      className="button button--primary button--block join-next"
      disabled={p.busy}
      data-testid={p.testId}
    >
      {p.label ?? t('join.next')}
    </button>
  );
}
