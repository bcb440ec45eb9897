import { interventionKinds, type InterventionKind } from '../../../shared/schemas/interventions.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { useT } from '../../i18n/i18n.tsx';

export const kindLabels: Record<InterventionKind, MessageKey> = {
  maintenance: 'technician.kind.maintenance',
  repair: 'technician.kind.repair',
  installation: 'technician.kind.installation',
  survey: 'technician.kind.survey',
  alignment: 'technician.kind.alignment',
  power: 'technician.kind.power',
  fibre_splice: 'technician.kind.fibre_splice',
  fibre_cut: 'technician.kind.fibre_cut',
  other: 'technician.kind.other',
};

/** Nine big choices under the thumb rather than a drop-down. */
export function KindField({
  value,
  onChange,
  error,
}: {
  value: InterventionKind | '';
  onChange(kind: InterventionKind): void;
  error?: string;
}) {
  const t = useT();
  return (
    <fieldset className="field choice-field" aria-describedby={error ? 'kind-error' : undefined}>
      <legend className="field__label">{t('technician.form.kind')}</legend>
      <div className="choices">
        {interventionKinds.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
            />
            <span>{t(kindLabels[kind])}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id="kind-error" className="field__error">
          {t('technician.form.kindRequired')}
        </p>
      )}
    </fieldset>
  );
}
