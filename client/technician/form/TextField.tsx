import { useId } from 'react';

/** A labelled input or textarea with its error under it. */
export function TextField({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  multiline = false,
  rows,
  inputMode,
  autoCapitalize,
}: {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  error?: string | false;
  hint?: string;
  type?: string;
  multiline?: boolean;
  rows?: number;
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoCapitalize?: 'off' | 'characters';
}) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name,
    value,
    className: 'field__input',
    'aria-invalid': !!error,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoCapitalize={autoCapitalize}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && !error && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
