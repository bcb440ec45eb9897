// Which readings of an intervention deserve a flag. Optical receive power (GPON class B+, DOMAIN.md)
// is normal between −8 and −27 dBm; outside, it is real information the coordinator should see.
import { checkRxPower } from '../../../shared/domain/optical.ts';

export type RxCheck = 'normal' | 'low' | 'high';

/** Readings with a name in the dictionary (`coordination.measure.key.*`); others show their key. */
const namedReadings = ['rssiDbm', 'txPowerDbm', 'snrDb', 'ccq', 'wavelengthNm'] as const;
type NamedReading = (typeof namedReadings)[number];

export interface Reading {
  key: string;
  value: unknown;
  named: NamedReading | null;
  /** From the key's suffix: `rssiDbm` → dBm, `snrDb` → dB, `ccq` → %. */
  unit: string | null;
  /** Set for an optical receive power reading only. */
  rx: RxCheck | null;
}

/** `rxPowerDbm` (the installation field's name), `opticalRxDbm`, `ontRxPowerDbm`, … */
export function isOpticalRxPower(key: string): boolean {
  return /^(ont|onu|optical|pto)?_?rx_?(power)?_?dbm$/i.test(key) || /^optical_?rx/i.test(key);
}

function isNamed(key: string): key is NamedReading {
  return (namedReadings as readonly string[]).includes(key);
}

export function unitOf(key: string): string | null {
  if (/dbm$/i.test(key)) return 'dBm';
  if (/db$/i.test(key)) return 'dB';
  if (/mhz$/i.test(key)) return 'MHz';
  if (/nm$/i.test(key)) return 'nm';
  if (/(pct|percent)$/i.test(key) || key === 'ccq') return '%';
  return null;
}

export function readings(measurements: Record<string, unknown> | null): Reading[] {
  if (!measurements) return [];
  return Object.entries(measurements).map(([key, value]) => {
    const base = {
      key,
      value,
      named: isNamed(key) ? key : null,
      unit: typeof value === 'number' ? unitOf(key) : null,
    };
    if (!isOpticalRxPower(key) || typeof value !== 'number') return { ...base, rx: null };
    const warning = checkRxPower(value);
    const rx: RxCheck = !warning ? 'normal' : warning.code === 'RX_POWER_LOW' ? 'low' : 'high';
    return { ...base, unit: 'dBm', rx };
  });
}
