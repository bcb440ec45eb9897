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
