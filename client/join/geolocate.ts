// "Me localiser": one position from the browser, with a timeout, failures named for the message.
import type { Position } from '../../shared/schemas/common.ts';
import type { MessageKey } from '../i18n/fr.ts';

export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export class LocateError extends Error {
  constructor(readonly failure: LocateFailure) {
    super(`geolocation ${failure}`);
    this.name = 'LocateError';
  }
}

export const locateMessage: Record<LocateFailure, MessageKey> = {
  denied: 'join.locate.denied',
  unavailable: 'join.locate.unavailable',
  timeout: 'join.locate.timeout',
  unsupported: 'join.locate.unsupported',
};

/** GeolocationPositionError codes: 1 denied, 2 unavailable, 3 timeout. */
function failureOf(code: number): LocateFailure {
  if (code === 1) return 'denied';
  if (code === 3) return 'timeout';
  return 'unavailable';
}

export function locate(timeoutMs = 15_000): Promise<{ position: Position; accuracyM: number }> {
  return new Promise((resolve, reject) => {
    // Absent outside a secure context (plain HTTP on a LAN address).
    if (!('geolocation' in navigator)) {
      reject(new LocateError('unsupported'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          position: { lat: p.coords.latitude, lon: p.coords.longitude },
          accuracyM: p.coords.accuracy,
        }),
      (e) => reject(new LocateError(failureOf(e.code))),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
