import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirOpenError, prepareDataDir } from './data-dir.ts';

const root = mkdtempSync(join(tmpdir(), 'terrain-datadir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('DATA_DIR', () => {
  it('is created 0700 and files made afterwards are private', () => {
    const dir = join(root, 'new', 'data');
    prepareDataDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    writeFileSync(join(dir, 'wal'), 'x');
    expect(statSync(join(dir, 'wal')).mode & 0o077).toBe(0);
  });

  it('refuses to start on a directory open to group or others, saying how to fix it', () => {
    const dir = join(root, 'open');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    expect(() => prepareDataDir(dir)).toThrow(DataDirOpenError);
    expect(() => prepareDataDir(dir)).toThrow(`chmod -R go-rwx ${dir}`);
    chmodSync(dir, 0o700);
    expect(() => prepareDataDir(dir)).not.toThrow();
  });
});
