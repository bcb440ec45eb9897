// Opens this user's device database, starts the sync engine and guards app updates while the outbox
// holds unsent entries. Wraps the technician area.
import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { version as appVersion } from '../../package.json';
import { useT } from '../i18n/i18n.tsx';
import { notifyUpdateGuardChanged, setUpdateGuard } from '../pwa/updateGuard.ts';
import { openDevice, type Device } from './device.ts';
import { SyncEngine } from './engine.ts';
import { requestPersistenceOnce } from './storage.ts';
import { createPhotoTransport, createSyncTransport } from './transport.ts';

export interface SyncContextValue extends Device {
  engine: SyncEngine;
}

const SyncContext = createContext<SyncContextValue | null>(null);

async function startDevice(user: Pick<SessionUser, 'id' | 'role'>): Promise<SyncContextValue> {
  const device = await openDevice(user);
  const observe = (skew: number) => engine.observeClock(skew);
  const engine: SyncEngine = new SyncEngine({
    ...device,
    transport: createSyncTransport(observe),
    photos: createPhotoTransport(observe),
    appVersion,
    onCycleEnd: notifyUpdateGuardChanged,
  });
  return { ...device, engine };
}

export function SyncProvider({
  user,
  fallback,
  children,
}: {
  user: SessionUser;
  fallback: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const [value, setValue] = useState<SyncContextValue | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const { id, role } = user;

  useEffect(() => {
    let cancelled = false;
    let started: SyncContextValue | null = null;
    let release = () => {};
    startDevice({ id, role }).then(
      (device) => {
        if (cancelled) return device.db.close();
        started = device;
        // A new app version waits until every queued entry is sent (client/pwa/updateGuard.ts).
        release = setUpdateGuard(
          async () => (await device.db.outbox.where('status').equals('pending').count()) === 0,
        );
        device.engine.start();
        void requestPersistenceOnce(device.db);
        setValue(device);
      },
      (error: unknown) => {
        if (!cancelled) setFailed(error);
      },
    );
    return () => {
      cancelled = true;
      release();
      started?.engine.stop();
      started?.db.close();
    };
  }, [id, role]);

  if (failed) {
    // No IndexedDB (a private window of some browsers, storage disabled): nothing can be kept offline.
    return (
      <p className="page-status" role="alert">
        {t('sync.device.unavailable')}
      </p>
    );
  }
  if (!value) return fallback;
  return <SyncContext value={value}>{children}</SyncContext>;
}

export function useDevice(): SyncContextValue {
  const value = use(SyncContext);
  if (!value) throw new Error('useDevice outside <SyncProvider>');
  return value;
}
