// The Terrain API as the eligibility tests read it back: plain tRPC over HTTP, as any client would.
import { z } from 'zod';
import { subscriptionListOutput } from '../../shared/schemas/subscription.ts';
import type { RunningServer } from '../support/server.ts';

export async function trpcQuery<T>(
  server: RunningServer,
  path: string,
  input: unknown,
  schema: z.ZodType<T>,
  cookie?: string,
): Promise<T> {
  // A procedure without input is called without `?input=` (JSON has no `undefined`).
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const url = `${server.url}/trpc/${path}${query}`;
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  return z.object({ result: z.object({ data: schema }) }).parse(await res.json()).result.data;
}

/** Subscription requests as coordinators see them, logged in with the demo coordinator account. */
export async function subscriptionRequests(server: RunningServer) {
  const coordinator = server.accounts.coordinator;
  if (!coordinator) throw new Error(`no coordinator account in the server output:\n${server.output()}`);
  const login = await fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(coordinator),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return (await trpcQuery(server, 'subscription.list', {}, subscriptionListOutput, cookie)).items;
}
