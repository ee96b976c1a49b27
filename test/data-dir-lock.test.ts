import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../src/store/data-dir-lock.js';

const dir = mkdtempSync(join(tmpdir(), 'idflow-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded data directory lock', () => {
  it('refuses a directory a live process owns, naming it and the way out', () => {
    writeFileSync(join(dir, 'idflow.lock'), JSON.stringify({ pid: process.ppid, command: 'serve', port: 8080 }));
    expect(() => lockDataDir(dir, { command: 'lists' })).toThrowError(DataDirLockedError);
    expect(() => lockDataDir(dir, { command: 'lists' })).toThrowError(/idflow serve.*port 8080.*DATABASE_URL/);
  });

  it('takes over a lock left by a dead process and releases it', () => {
    writeFileSync(join(dir, 'idflow.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, command: 'serve' }));
    const release = lockDataDir(dir, { command: 'worker' });
    expect(JSON.parse(readFileSync(join(dir, 'idflow.lock'), 'utf8')).pid).toBe(process.pid);
    release();
    expect(() => readFileSync(join(dir, 'idflow.lock'))).toThrow();
  });
});
