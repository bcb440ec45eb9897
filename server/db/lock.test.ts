import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockHolder, lockPath } from './lock.ts';

describe('data directory lock', () => {
  it('is taken, reported to others, and released', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terrain-lock-'));
    const release = acquireDataDirLock(dir);
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lockPath(dir))).toBe(false);
  });

  it('refuses while a live process holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terrain-lock-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(lockPath(dir), String(other.pid));
      expect(lockHolder(dir)).toBe(other.pid);
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    } finally {
      other.kill();
    }
  });

  it('takes over the stale lock of a dead process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terrain-lock-'));
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.once('exit', r));
    writeFileSync(lockPath(dir), String(dead.pid));
    const release = acquireDataDirLock(dir);
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(String(process.pid));
    release();
  });
});
