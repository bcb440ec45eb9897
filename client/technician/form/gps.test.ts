// "Relever la position" asks the receiver for a fresh fix each time and keeps when it was taken.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixAgeSeconds, GPS_OPTIONS, locate } from './GpsField.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('GPS fix', () => {
  it('never accepts a cached fix and returns the fix time with its accuracy', async () => {
    const asked: PositionOptions[] = [];
    vi.stubGlobal('navigator', {
      geolocation: {
        getCurrentPosition(ok: PositionCallback, _err: PositionErrorCallback, options: PositionOptions) {
          asked.push(options);
          ok({
            coords: { latitude: 47.1, longitude: 3.2, accuracy: 8.4 },
            timestamp: 1_764_000_000_000,
          } as GeolocationPosition);
        },
      },
    });
    expect(await locate()).toEqual({ lat: 47.1, lon: 3.2, accuracyM: 8.4, fixedAt: 1_764_000_000_000 });
    expect(asked).toEqual([GPS_OPTIONS]);
    expect(GPS_OPTIONS.maximumAge).toBe(0);
    expect(GPS_OPTIONS.enableHighAccuracy).toBe(true);
  });

  it('gives the age of a fix in seconds, never negative', () => {
    expect(fixAgeSeconds(10_000, 42_400)).toBe(32);
    expect(fixAgeSeconds(50_000, 42_400)).toBe(0);
  });
});
