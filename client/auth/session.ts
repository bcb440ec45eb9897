// Who is logged in. `auth.me` answers online; offline (a technician in a field) the last user this
// device saw is used, so the technician area keeps opening. The server checks every call anyway:
// the remembered user only decides which screens to show.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { roleRank, sessionUser, type Role, type SessionUser } from '../../shared/schemas/auth.ts';
import { isServerAnswer, trpcClient } from '../lib/trpc.ts';

const STORAGE_KEY = 'terrain.session.user';

export interface Session {
  user: SessionUser | null;
  /** True when `user` comes from this device's memory because the server could not be reached. */
  remembered: boolean;
}

function readRememberedUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed = raw ? sessionUser.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function rememberUser(user: SessionUser | null): void {
  try {
    if (user) localStorage.setItem(STORAGE_KEY, JSON.stringify(user));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable: offline access to the areas just will not work on this device.
  }
}

/**
 * `auth.me`, falling back to the remembered user when there is no answer. It resolves rather than
 * fails offline, so screens never flip back to "checking…" (and lose a half-filled form) when a
 * refetch on reconnect starts.
 */
const sessionQuery = queryOptions({
  queryKey: ['auth', 'session'] as const,
  queryFn: async (): Promise<Session> => {
    try {
      const { user } = await trpcClient.auth.me.query();
      rememberUser(user);
      return { user, remembered: false };
    } catch (error) {
      if (isServerAnswer(error)) throw error;
      return { user: readRememberedUser(), remembered: true };
    }
  },
  staleTime: 60_000,
  retry: false,
  retryOnMount: false,
});

/** After login or logout: the new user (or none) for every screen and for offline use. */
export function setSessionUser(queryClient: QueryClient, user: SessionUser | null): void {
  rememberUser(user);
  queryClient.setQueryData(sessionQuery.queryKey, { user, remembered: false });
}

export function useSession(): ({ status: 'ready' } & Session) | { status: 'loading' } {
  const session = useQuery(sessionQuery);
  if (session.data) return { status: 'ready', ...session.data };
  // The server answered with an error (it is up but failing): treat as logged out.
  if (session.isError) return { status: 'ready', user: null, remembered: false };
  return { status: 'loading' };
}

export function hasRole(user: SessionUser, min: Role): boolean {
  return roleRank[user.role] >= roleRank[min];
}

/** Where a user lands after logging in when no other page was asked for. */
export function homeFor(user: SessionUser): string {
  return hasRole(user, 'coordinator') ? '/coordination' : '/technicien';
}

/** A `next` parameter is followed only to a path of this site (no `//evil.example`). */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
