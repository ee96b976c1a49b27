import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'idflow-cli-'));
const env = { ...process.env, IDFLOW_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', IDFLOW_LOG_LEVEL: 'silent' };
const idflow = (...args: string[]) => run(process.execPath, ['bin/idflow.js', ...args], { env, cwd: process.cwd() });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('idflow CLI (core commands)', () => {
  it('migrates, creates a tenant and a key, and runs a workflow file printing its workflowResult', async () => {
    const migrated = await idflow('migrate');
    expect(migrated.stdout).toMatch(/0001_core\.sql/);
    const tenant = JSON.parse((await idflow('tenants', 'create', 'Acme', '--json')).stdout);
    expect(tenant.apiKey).toMatch(/^idf_/);
    const key = JSON.parse((await idflow('apikeys', 'create', '--tenant', tenant.tenant.id, '--role', 'reviewer', '--json')).stdout);
    expect(key.role).toBe('reviewer');
    writeFileSync(join(dir, 'wf.json'), JSON.stringify({ name: 'cli-kyc', steps: [{ type: 'MATCHLIST' }, { type: 'RISK' }, { type: 'DECISION' }] }));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ individual: { name: { givenName: 'Cli', familyName: 'User' }, dateOfBirth: '1970-01-01' } }));
    const out = await idflow('run', join(dir, 'wf.json'), '--input', join(dir, 'in.json'));
    const wr = JSON.parse(out.stdout);
    expect(wr.workflowExecutionState).toBe('COMPLETED');
    expect(wr.steps.order).toEqual(['START', 'MATCHLIST', 'RISK', 'DECISION', 'FINISH']);
    // By name, now that the file has been stored as a definition.
    const again = JSON.parse((await idflow('run', 'cli-kyc', '--input', join(dir, 'in.json'))).stdout);
    expect(again.workflowName).toBe('cli-kyc');
  }, 120_000);

  it('stops with exit 2 and a message naming the field for bad input', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ individual: { name: {}, dateOfBirth: '1970-13-45x' } }));
    const err = await idflow('run', 'cli-kyc', '--input', join(dir, 'bad.json')).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/dateOfBirth/);
    const missing = await idflow('run', 'cli-kyc', '--input', join(dir, 'nope.json')).catch((e) => e);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json/);
  }, 60_000);
});
