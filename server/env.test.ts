import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('gives working defaults with an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, TERRAIN_DEMO: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.dataDir).toMatch(/\/data$/);
  });

  it('reads TERRAIN_DEMO=0 and a PostgreSQL URL', () => {
    const env = parseEnv({ TERRAIN_DEMO: '0', DATABASE_URL: 'postgres://u@h/db', PORT: '8080' });
    expect(env).toMatchObject({ TERRAIN_DEMO: false, DATABASE_URL: 'postgres://u@h/db', PORT: 8080 });
  });

  it('names every invalid variable in one clear message', () => {
    expect(() => parseEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x', TERRAIN_DEMO: 'maybe' })).toThrow(
      /Invalid configuration:\n {2}PORT: .*\n {2}DATABASE_URL: must start with postgres/s,
    );
  });
});

describe('TRUST_PROXY', () => {
  it('is a hop count or the proxies’ addresses, never blind trust', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).TRUST_PROXY).toBe(
      '127.0.0.1,10.0.0.0/8,::1',
    );
    for (const bad of ['true', 'yes', '*', '10.0.0.0/40', 'proxy.example'])
      expect(() => parseEnv({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY: give the number of proxies/);
  });
});
