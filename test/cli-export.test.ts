import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'idflow-cli-export-'));
const env = { ...process.env, IDFLOW_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', IDFLOW_LOG_LEVEL: 'silent' };
const idflow = (...args: string[]) => run(process.execPath, ['bin/idflow.js', ...args], { env, cwd: process.cwd() });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('idflow export and idflow users', () => {
  it('exports the filtered instances as an AES-256 ZIP that 7z opens with the password', async () => {
    const tenant = JSON.parse((await idflow('tenants', 'create', 'Acme', '--json')).stdout).tenant.id;
    writeFileSync(join(dir, 'wf.json'), JSON.stringify({ name: 'cli-kyc', steps: [{ type: 'MATCHLIST' }, { type: 'RISK' }, { type: 'DECISION' }] }));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ individual: { name: { givenName: 'Cli', familyName: 'Export' }, dateOfBirth: '1970-01-01' } }));
    await idflow('run', join(dir, 'wf.json'), '--input', join(dir, 'in.json'));
    await idflow('run', 'cli-kyc', '--input', join(dir, 'in.json'));
    writeFileSync(join(dir, 'pw'), 'cli export password\n');
    const out = join(dir, 'out.zip');
    const res = await idflow('export', '--password-file', join(dir, 'pw'), '--status', 'COMPLETED_ENDED_SUCCESS,REVIEW', '--status', 'COMPLETED_ENDED_ERROR', '--process-defn-name', 'cli-kyc', '-o', out);
    expect(res.stderr).toMatch(/2 instances written/);
    await run('7z', ['x', '-pcli export password', `-o${join(dir, 'x')}`, '-y', out]);
    const lines = readFileSync(join(dir, 'x', 'process-instances.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Id,tenantId,processDefnId,/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(tenant);
    const wrong = await run('7z', ['x', '-pnope', `-o${join(dir, 'y')}`, '-y', out]).catch((e: { code: number }) => e);
    expect((wrong as { code: number }).code).not.toBe(0);

    // Users: created with a password file, disabled.
    writeFileSync(join(dir, 'userpw'), 'a user password 1\n');
    const created = JSON.parse((await idflow('users', 'create', '--tenant', tenant, '--username', 'Cleo', '--role', 'reviewer', '--password-file', join(dir, 'userpw'), '--json')).stdout);
    expect(created).toMatchObject({ username: 'Cleo', role: 'reviewer', tenantId: tenant });
    expect((await idflow('users', 'disable', '--username', 'cleo')).stdout).toMatch(/disabled/);
    expect((await idflow('users', 'list', '--tenant', tenant)).stdout).toMatch(/Cleo\treviewer\tdisabled/);
  }, 120_000);

  it('stops with exit 2 for an unknown status or a short password', async () => {
    writeFileSync(join(dir, 'pw2'), 'long enough password\n');
    const bad = await idflow('export', '--password-file', join(dir, 'pw2'), '--status', 'DONE', '-o', join(dir, 'bad.zip')).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--status/);
    writeFileSync(join(dir, 'short'), 'short\n');
    const short = await idflow('export', '--password-file', join(dir, 'short'), '-o', join(dir, 'bad.zip')).catch((e) => e);
    expect(short.code).toBe(2);
  }, 60_000);
});
