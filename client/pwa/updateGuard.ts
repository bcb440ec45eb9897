// Lets a feature veto activating a new app version. The technician area sets a guard that answers
// false while its outbox holds unsent entries: a new version could change the local schema or the
// mutation set under them, so the update waits until they are sent.
//
//   const release = setUpdateGuard(async () => (await outbox.count()) === 0);
//   // … after each sync: notifyUpdateGuardChanged();  on unmount: release();

export type UpdateGuard = () => boolean | Promise<boolean>;

let guard: UpdateGuard | null = null;
const listeners = new Set<() => void>();

/** Sets (or clears, with null) the guard; returns a function that removes this guard if still set. */
export function setUpdateGuard(next: UpdateGuard | null): () => void {
  guard = next;
  notifyUpdateGuardChanged();
  return () => {
    if (guard === next) {
      guard = null;
      notifyUpdateGuardChanged();
    }
  };
}

/** Asks the update banner to consult the guard again (e.g. the outbox just emptied). */
export function notifyUpdateGuardChanged(): void {
  for (const listener of listeners) listener();
}

export function subscribeUpdateGuard(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** True when nothing objects. A guard that throws counts as "not now": unsent data comes first. */
export async function updateAllowed(): Promise<boolean> {
  const current = guard;
  if (!current) return true;
  try {
    return (await current()) === true;
  } catch {
    return false;
  }
}
