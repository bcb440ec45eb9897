// Requests and registrations made offline wait in localStorage (on the person's own phone) and are
// sent when the connection comes back. Entries are re-validated with the API schemas when read, so
// a stale or tampered entry is dropped instead of sent.
import { z } from 'zod';
import { registerInterestInput, type RegisterInterestInput } from '../../shared/schemas/interest.ts';
import {
  requestSubscriptionInput,
  type RequestSubscriptionInput,
} from '../../shared/schemas/subscription.ts';

// The stored key keeps its first name: requests already waiting on phones must still be found.
export const PENDING_REQUESTS_KEY = 'terrain.join.outbox';
const CHANGED = 'terrain:join-outbox';

const entry = z.discriminatedUnion('what', [
  z.object({ id: z.string(), what: z.literal('subscription'), input: requestSubscriptionInput }),
  z.object({ id: z.string(), what: z.literal('interest'), input: registerInterestInput }),
]);
export type PendingRequest = z.infer<typeof entry>;
export type NewPendingRequest =
  | { what: 'subscription'; input: RequestSubscriptionInput }
  | { what: 'interest'; input: RegisterInterestInput };

export type SendOutcome = 'sent' | 'refused' | 'offline';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: nothing can wait, the caller says so
  }
}

export function readPendingRequests(store: Store | null = storage()): PendingRequest[] {
  let raw: unknown;
  try {
    raw = JSON.parse(store?.getItem(PENDING_REQUESTS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = entry.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function write(entries: PendingRequest[], store: Store | null): boolean {
  try {
    store?.setItem(PENDING_REQUESTS_KEY, JSON.stringify(entries));
  } catch {
    return false; // quota or policy
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGED));
  return store !== null;
}

/** Keeps an entry for later; false when this browser cannot store anything. */
export function enqueue(item: NewPendingRequest, store: Store | null = storage()): boolean {
  // A local handle only (crypto.randomUUID needs a secure context, plain-HTTP installs exist).
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const withId = entry.parse({ ...item, id });
  return write([...readPendingRequests(store), withId], store);
}

let running: Promise<{ sent: number; refused: number; left: number }> | null = null;

/**
 * Sends what waits, oldest first, one at a time; stops at the first "offline" (the rest waits too).
 * A refusal (the server said no: coverage changed, invalid data) is dropped: retrying cannot help.
 * Concurrent calls share one run, so an entry is never sent twice by this device at once.
 */
export function sendPendingRequests(
  send: (e: PendingRequest) => Promise<SendOutcome>,
  store: Store | null = storage(),
): Promise<{ sent: number; refused: number; left: number }> {
  running ??= (async () => {
    let sent = 0;
    let refused = 0;
    for (const e of readPendingRequests(store)) {
      const outcome = await send(e);
      if (outcome === 'offline') break;
      if (outcome === 'sent') sent++;
      else refused++;
      write(
        readPendingRequests(store).filter((x) => x.id !== e.id),
        store,
      );
    }
    return { sent, refused, left: readPendingRequests(store).length };
  })().finally(() => {
    running = null;
  });
  return running;
}

export function subscribePendingRequests(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}
