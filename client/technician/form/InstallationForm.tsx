// Equipment put in at a member's home: fibre (ONT serial, PTO, building, receive power) or radio
// (CPE, sector). An invalid serial is refused here; a serial active elsewhere is refused here when the
// device knows it, else by the server (ONT_SERIAL_TAKEN), shown to fix after the sync.
import type { ReactNode } from 'react';
import type { CreateInstallationArgs } from '../../../shared/schemas/installations.ts';
import { useT } from '../../i18n/i18n.tsx';
import { DraftForm } from './DraftForm.tsx';
import { GpsField } from './GpsField.tsx';
import { installationArgs, type InstallationDraft } from './installation-draft.ts';
import { RxPowerWarning } from './MeasurementsFields.tsx';
import { OntSerialField } from './OntSerialField.tsx';
import { PlacePicker } from './PlacePicker.tsx';
import { SignedNumberInput } from './SignedNumberInput.tsx';
import { TextField } from './TextField.tsx';
import { useDraftForm } from './useDraftForm.ts';

const BUILDINGS = ['building' as const];
const SECTORS = ['sector' as const];

export function InstallationForm({
  initial,
  submitLabel,
  onSubmit,
  children,
}: {
  initial: InstallationDraft;
  submitLabel: string;
  onSubmit(args: Omit<CreateInstallationArgs, 'id'>): Promise<void>;
  children?: ReactNode;
}) {
  const t = useT();
  const form = useDraftForm(initial, installationArgs, (checked) => onSubmit(checked.args));
  const { draft, errors, set } = form;
  const fibre = draft.technology === 'fibre';

  return (
    <DraftForm testId="installation-form" form={form} submitLabel={submitLabel}>
      {children}
      <fieldset className="field choice-field">
        <legend className="field__label">{t('technician.install.technology')}</legend>
        <div className="choices choices--2">
          {(['fibre', 'radio'] as const).map((tech) => (
            <label key={tech} className="choice">
              <input
                type="radio"
                name="technology"
                value={tech}
                checked={draft.technology === tech}
                onChange={() => set('technology', tech)}
              />
              <span>{t(tech === 'fibre' ? 'technician.install.fibre' : 'technician.install.radio')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {fibre && (
        <OntSerialField
          value={draft.ontSerial}
          onChange={(v) => set('ontSerial', v)}
          error={errors.ontSerial}
        />
      )}
      <TextField
        label={t('technician.install.cpeMac')}
        name="cpeMac"
        value={draft.cpeMac}
        onChange={(v) => set('cpeMac', v)}
        error={errors.cpeMac}
        autoCapitalize="off"
      />
      {fibre ? (
        <>
          <PlacePicker
            value={draft.buildingId ? { buildingId: draft.buildingId } : null}
            onChange={(r) => set('buildingId', r?.buildingId ?? null)}
            near={draft.position}
            types={BUILDINGS}
            label="technician.install.building"
          />
          <TextField
            label={t('technician.install.pto')}
            name="ptoReference"
            value={draft.ptoReference}
            onChange={(v) => set('ptoReference', v)}
            error={errors.ptoReference}
            autoCapitalize="characters"
            hint={t('technician.install.ptoHint')}
          />
          <div className="field">
            <label className="field__label" htmlFor="rx-power">
              {t('technician.measure.rxPower')} <span className="field__unit">(dBm)</span>
            </label>
            <SignedNumberInput
              id="rx-power"
              name="rxPowerDbm"
              value={draft.rxPowerDbm}
              onChange={(v) => set('rxPowerDbm', v)}
            />
            {errors.rxPowerDbm && <p className="field__error">{t('technician.form.number')}</p>}
            <p className="field__hint">{t('technician.measure.rxHint')}</p>
            <RxPowerWarning value={draft.rxPowerDbm} />
          </div>
        </>
      ) : (
        <PlacePicker
          value={draft.sectorId ? { sectorId: draft.sectorId } : null}
          onChange={(r) => set('sectorId', r?.sectorId ?? null)}
          near={draft.position}
          types={SECTORS}
          label="technician.install.sector"
        />
      )}
      <TextField
        label={t('technician.install.installedAt')}
        name="installedAt"
        type="datetime-local"
        value={draft.installedAt}
        onChange={(v) => set('installedAt', v)}
        error={errors.installedAt && t('technician.form.date')}
      />
      <GpsField value={draft.position} onChange={(p) => set('position', p)} />
    </DraftForm>
  );
}
