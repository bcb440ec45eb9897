// The device's position, on request: a FRESH fix (maximumAge 0: a cached fix from the van 500 m away
// must not be saved as the work's place), high accuracy, a timeout (no fix under a roof is common),
// and the fix's accuracy and age shown so the technician can judge whether to try again outside.
import { useState } from 'react';
import type { Position } from '../../../shared/schemas/common.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { timeAgo } from '../format.ts';
import { useNow } from '../useNow.ts';

/** `fixedAt`: when the device took the fix (ms since epoch): shown, never sent. */
export type GpsPosition = Position & { accuracyM?: number; fixedAt?: number };

/** Never a cached fix: each tap asks the receiver again. */
export const GPS_OPTIONS: PositionOptions = { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 };

const errors: Record<number, MessageKey> = {
  1: 'technician.gps.denied',
  2: 'technician.gps.unavailable',
  3: 'technician.gps.timeout',
};

export function locate(): Promise<GpsPosition> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('unsupported'));
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          lat: p.coords.latitude,
          lon: p.coords.longitude,
          accuracyM: p.coords.accuracy,
          fixedAt: p.timestamp,
        }),
      (e) => reject(e),
      GPS_OPTIONS,
    );
  });
}

/** Seconds since the fix (a device clock set later than the fix reads as 0). */
export function fixAgeSeconds(fixedAt: number, now: number): number {
  return Math.max(0, Math.round((now - fixedAt) / 1000));
}

export function GpsField({
  value,
  onChange,
}: {
  value: GpsPosition | null;
  onChange(p: GpsPosition | null): void;
}) {
  const { t, locale } = useI18n();
  const now = useNow(5_000);
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
          {value.fixedAt !== undefined && (
            <span data-testid="gps-age">
              {' — '}
              {fixAgeSeconds(value.fixedAt, now) < 5
                ? t('device.gps.fixNow')
                : t('device.gps.fixAge', {
                    ago: timeAgo(new Date(value.fixedAt).toISOString(), locale, now),
                  })}
            </span>
          )}
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
