import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { errorNames, isQuotaError, refusalInBody, refusalOf } from './refusal.ts';

const shape = (domainCode: string | null) => ({
  error: {
    message: 'Rôle insuffisant.',
    code: -32003,
    data: { code: 'FORBIDDEN', httpStatus: 403, domainCode },
  },
});

describe('refusal parser', () => {
  it('reads a tRPC refusal and an HTTP route refusal the same way', () => {
    const fromTrpc = refusalOf(TRPCClientError.from(shape('WRONG_ROLE')));
    const fromHttp = refusalInBody(shape('WRONG_ROLE'));
    expect(fromTrpc).toEqual({ code: 'FORBIDDEN', domainCode: 'WRONG_ROLE', message: 'Rôle insuffisant.' });
    expect(fromHttp).toEqual(fromTrpc);
  });

  it('keeps only codes of the catalogue, and refuses what is not a server answer', () => {
    expect(refusalInBody(shape('NO_SUCH_CODE'))?.domainCode).toBeNull();
    expect(refusalInBody(shape(null))?.domainCode).toBeNull();
    expect(refusalInBody({ error: 'Connexion requise.' })).toBeNull(); // the retired third shape
    expect(refusalInBody(null)).toBeNull();
    expect(refusalOf(new Error('offline'))).toBeNull();
    expect(refusalOf(new TRPCClientError('Failed to fetch'))).toBeNull();
  });

  it('finds a quota error however deep Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('abort'), { name: 'AbortError', inner: quota });
    expect(errorNames(wrapped)).toEqual(['AbortError', 'QuotaExceededError']);
    expect(isQuotaError(wrapped)).toBe(true);
    expect(isQuotaError(new TypeError('x'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    const loop: { name: string; inner?: unknown } = { name: 'Loop' };
    loop.inner = loop;
    expect(errorNames(loop)).toHaveLength(8); // bounded
  });
});
