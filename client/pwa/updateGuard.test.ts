import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  notifyUpdateGuardChanged,
  setUpdateGuard,
  subscribeUpdateGuard,
  updateAllowed,
} from './updateGuard.ts';

afterEach(() => {
  setUpdateGuard(null);
});

describe('update guard', () => {
  it('allows the update when no guard is set', async () => {
    expect(await updateAllowed()).toBe(true);
  });

  it('follows a synchronous or asynchronous guard', async () => {
    let pending = 2;
    setUpdateGuard(() => pending === 0);
    expect(await updateAllowed()).toBe(false);
    pending = 0;
    expect(await updateAllowed()).toBe(true);
    setUpdateGuard(() => Promise.resolve(false));
    expect(await updateAllowed()).toBe(false);
  });

  it('treats a failing guard as a refusal', async () => {
    setUpdateGuard(() => Promise.reject(new Error('IndexedDB closed')));
    expect(await updateAllowed()).toBe(false);
  });

  it('releases only its own guard and tells subscribers each time it changes', async () => {
    const listener = vi.fn();
    const unsubscribe = subscribeUpdateGuard(listener);
    const releaseFirst = setUpdateGuard(() => true);
    setUpdateGuard(() => false);
    releaseFirst(); // a newer guard is in place: left alone
    expect(await updateAllowed()).toBe(false);
    notifyUpdateGuardChanged();
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    notifyUpdateGuardChanged();
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
