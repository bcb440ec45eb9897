// ONT serial, typed or scanned. Shows the stored form and the vendor as soon as it reads as a serial,
// and says so when this device already knows an active installation with it.
import { lazy, Suspense, useState } from 'react';
import { normaliseOntSerial } from '../../../shared/domain/identifiers.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../format.ts';
import { useActiveInstallationBySerial } from '../queries.ts';
import { TextField } from './TextField.tsx';

const BarcodeScanner = lazy(() => import('./BarcodeScanner.tsx'));

export function OntSerialField({
  value,
  onChange,
  error,
  ownId,
}: {
  value: string;
  onChange(v: string): void;
  error?: string;
  ownId?: string;
}) {
  const { t, locale } = useI18n();
  const [scanning, setScanning] = useState(false);
  const result = value.trim() ? normaliseOntSerial(value) : null;
  const holder = useActiveInstallationBySerial(result?.ok ? result.serial : null);
  const taken = holder && holder.id !== ownId ? holder : null;
  return (
    <div className="ont-field">
      <TextField
        label={t('technician.install.ontSerial')}
        name="ontSerial"
        value={value}
        onChange={onChange}
        error={error}
        autoCapitalize="characters"
        hint={t('technician.install.ontHint')}
      />
      {result?.ok && (
        <p className="ont-field__normalised" data-testid="ont-normalised">
          <strong>{result.serial}</strong>{' '}
          {result.vendor ? `— ${result.vendor}` : `— ${t('technician.install.unknownVendor')}`}
        </p>
      )}
      {result && !result.ok && !error && (
        <p className="field__error" data-testid="ont-error">
          {result.reason}
        </p>
      )}
      {taken && (
        <p className="field__error" data-testid="ont-taken">
          {t('technician.install.serialTakenHere', {
            date: formatDateTime(taken.installedAt, locale),
            building: taken.buildingId ?? '—',
          })}
        </p>
      )}
      <button type="button" className="button button--block" onClick={() => setScanning(true)}>
        {t('technician.scan.open')}
      </button>
      {scanning && (
        <Suspense fallback={null}>
          <BarcodeScanner
            onResult={(text) => {
              setScanning(false);
              onChange(text);
            }}
            onClose={() => setScanning(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
