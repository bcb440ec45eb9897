import { describe, expect, it } from 'vitest';
import {
  enqueue,
  sendPendingRequests,
  PENDING_REQUESTS_KEY,
  readPendingRequests,
  type PendingRequest,
} from './pending-requests.ts';

function memoryStore() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

const interest = {
  what: 'interest' as const,
  input: {
    position: { lat: 47.64, lon: 3.07 },
    kind: 'connect' as const,
    email: 'a@b.fr',
    consent: true as const,
  },
};
const subscription = {
  what: 'subscription' as const,
  input: {
    position: { lat: 47.72, lon: 3.58 },
    technology: 'fibre' as const,
    name: 'Camille',
    phone: '+33612345678',
    consent: true as const,
  },
};

describe('pending requests', () => {
  it('keeps entries in order and drops unreadable ones', () => {
    const store = memoryStore();
    expect(enqueue(interest, store)).toBe(true);
    expect(enqueue(subscription, store)).toBe(true);
    expect(readPendingRequests(store).map((e) => e.what)).toEqual(['interest', 'subscription']);
    store.setItem(
      PENDING_REQUESTS_KEY,
      JSON.stringify([{ id: 'x', what: 'interest', input: { consent: false } }, 'junk']),
    );
    expect(readPendingRequests(store)).toEqual([]);
    store.setItem(PENDING_REQUESTS_KEY, '{not json');
    expect(readPendingRequests(store)).toEqual([]);
  });

  it('sends oldest first, stops at the first failure to reach the server, drops refusals', async () => {
    const store = memoryStore();
    enqueue(interest, store);
    enqueue(subscription, store);
    enqueue(interest, store);
    const seen: PendingRequest['what'][] = [];
    const outcomes = ['refused', 'sent', 'offline'] as const;
    const result = await sendPendingRequests(async (e) => {
      seen.push(e.what);
      return outcomes[seen.length - 1] ?? 'offline';
    }, store);
    expect(seen).toEqual(['interest', 'subscription', 'interest']);
    expect(result).toEqual({ sent: 1, refused: 1, left: 1 });
    expect(readPendingRequests(store).map((e) => e.what)).toEqual(['interest']);
  });

  it('shares one run between concurrent flushes, so nothing is sent twice', async () => {
    const store = memoryStore();
    enqueue(subscription, store);
    let calls = 0;
    const send = async () => {
      calls++;
      await new Promise((r) => setImmediate(r));
      return 'sent' as const;
    };
    await Promise.all([sendPendingRequests(send, store), sendPendingRequests(send, store)]);
    expect(calls).toBe(1);
    expect(readPendingRequests(store)).toEqual([]);
  });
});
