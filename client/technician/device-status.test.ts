import { describe, expect, it } from 'vitest';
import { initialSyncState } from '../sync/state.ts';
import { deviceStatus } from './device-status.ts';

const nothing = { pending: 0, rejected: 0, pendingPhotos: 0, pendingPhotoBytes: 0, importedPending: 0 };
const synced = { ...initialSyncState };

describe('device status in the header', () => {
  it('says everything is sent only when nothing waits and the server answered', () => {
    expect(deviceStatus(nothing, synced, true)).toMatchObject({
      allSent: true,
      tone: 'ok',
      connection: 'online',
    });
  });

  it('is not "all sent" while photos are still only on the phone', () => {
    const status = deviceStatus({ ...nothing, pendingPhotos: 300, pendingPhotoBytes: 97e6 }, synced, true);
    expect(status).toMatchObject({ allSent: false, tone: 'busy', photos: 300, photoBytes: 97e6 });
  });

  it('a server outage is not green, even with the browser online and nothing queued', () => {
    const outage = {
      ...synced,
      failures: 2,
      lastError: { kind: 'network' as const, message: 'fetch failed' },
    };
    expect(deviceStatus(nothing, outage, true)).toMatchObject({
      allSent: false,
      tone: 'warn',
      connection: 'unreachable',
    });
    expect(deviceStatus(nothing, synced, false)).toMatchObject({ allSent: false, connection: 'offline' });
  });

  it('counts entries imported from another device with this device’s, and refusals as danger', () => {
    expect(deviceStatus({ ...nothing, pending: 2, importedPending: 3 }, synced, true).entries).toBe(5);
    expect(deviceStatus({ ...nothing, rejected: 1 }, synced, true)).toMatchObject({
      tone: 'danger',
      allSent: false,
    });
    expect(deviceStatus(undefined, synced, true).allSent).toBe(false);
  });
});
