// The embedded database's files hold password hashes and members' contacts: DATA_DIR is the server
// user's alone. Created 0700 with a 077 umask (so PGlite's own files are 0600), and a directory that
// group or others can enter is refused at start, with the command that fixes it.
import { mkdirSync, statSync } from 'node:fs';

export class DataDirOpenError extends Error {
  constructor(
    readonly dataDir: string,
    readonly mode: number,
  ) {
    super(
      `${dataDir} is readable by other users of this machine (mode ${(mode & 0o777).toString(8)}): ` +
        `it holds password hashes and members' contacts. Fix it with: chmod -R go-rwx ${dataDir}`,
    );
  }
}

/** Creates DATA_DIR (0700) when missing and makes every file created after this private (umask 077). */
export function prepareDataDir(dataDir: string): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { mode } = statSync(dataDir);
  if (mode & 0o077) throw new DataDirOpenError(dataDir, mode);
}
