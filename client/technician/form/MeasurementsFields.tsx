// Readings taken on site. Optical: ONT receive power at the PTO, 1490 nm, checked against GPON class
// B+ (−8…−27 dBm): outside, a warning — the reading is real information, never refused. Radio: signal,
// SNR and CCQ of the link.
import { useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/fr.ts';
import { rxPowerWarning, type DraftErrors, type InterventionDraft } from './intervention-draft.ts';
import { SignedNumberInput } from './SignedNumberInput.tsx';

type Reading = 'rxPowerDbm' | 'rssiDbm' | 'snrDb' | 'ccq';

export function RxPowerWarning({ value }: { value: string }) {
  const t = useT();
  const warning = rxPowerWarning(value);
  if (!warning) return null;
  return (
    <p className="field__warning" role="status" data-testid="rx-warning">
      {t(warning.code === 'RX_POWER_LOW' ? 'technician.measure.rxLow' : 'technician.measure.rxHigh')}
    </p>
  );
}

function Reading({
  field,
  label,
  unit,
  signed,
  draft,
  errors,
  onChange,
}: {
  field: Reading;
  label: MessageKey;
  unit: string;
  signed: boolean;
  draft: InterventionDraft;
  errors: DraftErrors;
  onChange(field: Reading, value: string): void;
}) {
  const t = useT();
  const id = useId();
  const props = {
    id,
    name: field,
    value: draft[field],
    onChange: (v: string) => onChange(field, v),
    'aria-invalid': !!errors[field],
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t(label)} <span className="field__unit">({unit})</span>
      </label>
      {signed ? (
        <SignedNumberInput {...props} />
      ) : (
        <input
          {...props}
          className="field__input"
          inputMode="decimal"
          onChange={(e) => onChange(field, e.target.value)}
        />
      )}
      {errors[field] && <p className="field__error">{t('technician.form.number')}</p>}
    </div>
  );
}

export function MeasurementsFields(props: {
  draft: InterventionDraft;
  errors: DraftErrors;
  onChange(field: Reading, value: string): void;
}) {
  const t = useT();
  const { draft } = props;
  const open = !!(draft.rxPowerDbm || draft.rssiDbm || draft.snrDb || draft.ccq);
  return (
    <details className="section" open={open || undefined}>
      <summary className="section__title">{t('technician.measure.title')}</summary>
      <fieldset className="section__body">
        <legend className="section__legend">{t('technician.measure.optical')}</legend>
        <Reading {...props} field="rxPowerDbm" label="technician.measure.rxPower" unit="dBm" signed />
        <p className="field__hint">{t('technician.measure.rxHint')}</p>
        <RxPowerWarning value={draft.rxPowerDbm} />
      </fieldset>
      <fieldset className="section__body">
        <legend className="section__legend">{t('technician.measure.radio')}</legend>
        <div className="grid-3">
          <Reading {...props} field="rssiDbm" label="technician.measure.signal" unit="dBm" signed />
          <Reading {...props} field="snrDb" label="technician.measure.snr" unit="dB" signed={false} />
          <Reading {...props} field="ccq" label="technician.measure.ccq" unit="%" signed={false} />
        </div>
      </fieldset>
    </details>
  );
}
