import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the embedded data directory for this process: two processes never open one PGlite directory.
 * A lock left by a dead process is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string, owner: { command: string; port?: number }): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'idflow.lock');
  let existing: { pid: number; command: string; port?: number } | undefined;
  try {
    existing = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    existing = undefined;
  }
  if (existing && existing.pid !== process.pid && alive(existing.pid)) {
    const where = existing.port ? ` on port ${existing.port}` : '';
    throw new DataDirLockedError(
      `the data directory ${dataDir} is in use by 'idflow ${existing.command}' (pid ${existing.pid}${where}). ` +
        `Stop that process, use its HTTP API, or set DATABASE_URL to a Postgres server so several processes can share it.`,
    );
  }
  writeFileSync(file, JSON.stringify({ pid: process.pid, ...owner }));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      const current = JSON.parse(readFileSync(file, 'utf8'));
      if (current.pid === process.pid) rmSync(file, { force: true });
    } catch {
      /* already gone */
    }
  };
  process.once('exit', release);
  return release;
}
