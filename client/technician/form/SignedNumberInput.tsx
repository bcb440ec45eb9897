// A number field with a ± key: phone number pads often have no minus sign, and most readings here
// (dBm) are negative.
import type { InputHTMLAttributes } from 'react';
import { useT } from '../../i18n/i18n.tsx';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  onChange(value: string): void;
}

export function SignedNumberInput({ value, onChange, ...input }: Props) {
  const t = useT();
  const flip = () => onChange(value.startsWith('-') ? value.slice(1) : `-${value.replace(/^\+/, '')}`);
  return (
    <span className="signed-input">
      <button
        type="button"
        className="button button--square"
        onClick={flip}
        aria-label={t('technician.form.flipSign')}
      >
        ±
      </button>
      <input
        {...input}
        className="field__input"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </span>
  );
}
