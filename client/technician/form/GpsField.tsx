// The device's position, on request: high accuracy, a timeout (no fix under a roof is common), and
// the accuracy shown so the technician can judge whether to try again outside.
import { useState } from 'react';
import type { Position } from '../../../shared/schemas/common.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';

export type GpsPosition = Position & { accuracyM?: number };

const errors: Record<number, MessageKey> = {
  1: 'technician.gps.denied',
  2: 'technician.gps.unavailable',
  3: 'technician.gps.timeout',
};

export function locate(): Promise<GpsPosition> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('unsupported'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude, accuracyM: p.coords.accuracy }),
      (e) => reject(e),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 30_000 },
    );
  });
}

export function GpsField({
  value,
  onChange,
}: {
  value: GpsPosition | null;
  onChange(p: GpsPosition | null): void;
}) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<{ busy: boolean; error: MessageKey | null }>({
    busy: false,
    error: null,
  });

  async function read() {
    setState({ busy: true, error: null });
    try {
      onChange(await locate());
      setState({ busy: false, error: null });
    } catch (e) {
      const code = (e as { code?: number }).code;
      setState({ busy: false, error: (code && errors[code]) || 'technician.gps.unsupported' });
    }
  }

  return (
    <div className="field">
      <span className="field__label">{t('technician.gps.label')}</span>
      {value && (
        <p className="gps__value" data-testid="gps-value">
          {formatNumber(value.lat, locale, 5)} ; {formatNumber(value.lon, locale, 5)}
          {value.accuracyM !== undefined &&
            ` (${t('technician.gps.accuracy', { m: Math.round(value.accuracyM) })})`}
        </p>
      )}
      <div className="row">
        <button type="button" className="button" onClick={() => void read()} disabled={state.busy}>
          {state.busy
            ? t('technician.gps.locating')
            : value
              ? t('technician.gps.again')
              : t('technician.gps.read')}
        </button>
        {value && (
          <button type="button" className="button button--ghost" onClick={() => onChange(null)}>
            {t('technician.gps.clear')}
          </button>
        )}
      </div>
      {state.error && <p className="field__error">{t(state.error)}</p>}
    </div>
  );
}
