import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/idflow.js');
const FIXTURES = resolve(import.meta.dirname, 'fixtures/kyc');
const dataDir = mkdtempSync(join(tmpdir(), 'idflow-kyc-cli-'));

function idflow(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, IDFLOW_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.IDFLOW_DATABASE_URL;
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const file = (name: string, text: string) => {
  const path = join(dataDir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(async () => {
  expect((await idflow(['tenants', 'create', 'Acme'])).code).toBe(0);
}, 120_000);

describe('idflow sources and idflow kyc', () => {
  it('imports sources (reporting bad rows with their line), lists them, and says when nothing changed', async () => {
    const first = await idflow(['sources', 'import', '--name', 'au-elec-roll', '--provider', 'dvs', join(FIXTURES, 'au-elec-roll.csv')]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/5 records, 3 bad rows skipped/);
    expect(first.stdout).toMatch(/line 9: dateOfBirth "1980-13-45" is not a date/);
    expect(first.stdout).toMatch(/First version of au-elec-roll: 5 added/);
    const again = await idflow(['sources', 'import', '--name', 'au-elec-roll', join(FIXTURES, 'au-elec-roll.csv')]);
    expect(again.stdout).toMatch(/Unchanged/);
    expect((await idflow(['sources', 'import', '--name', 'au-govid1-pp', '--provider', 'con_testbed-docs', join(FIXTURES, 'au-govid1-pp.csv')])).code).toBe(0);
    const mapped = file('customers.csv', 'cid,first,last,dob\nC1,Ann,Lee,19800101\n');
    const m = await idflow(['sources', 'import', '--name', 'customers', '--map', 'cid=recordId,first=givenName,last=familyName,dob=dateOfBirth', mapped]);
    expect(m.code, m.stderr).toBe(0);
    const list = await idflow(['sources', '--json']);
    expect(JSON.parse(list.stdout).map((s: { name: string; activeVersion: { counts: { records: number } } }) => [s.name, s.activeVersion.counts.records])).toEqual([['au-elec-roll', 5], ['au-govid1-pp', 1], ['customers', 1]]);
    const bad = await idflow(['sources', 'import', '--name', 'x', '--map', 'cid=id', mapped]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/id is not a canonical column/);
    const changed = await idflow(['sources', 'import', '--name', 'customers', file('customers2.csv', 'recordId,givenName,familyName\nC1,Ann,Leigh\nC3,Bo,Chan\n')]);
    expect(changed.stdout).toMatch(/1 added, 0 removed, 1 changed/);
    const diff = await idflow(['sources', 'diff', '--json']);
    expect(JSON.parse(diff.stdout)).toMatchObject({ source: 'customers', added: ['C3'], removed: [], changed: ['C1'] });
    const empty = await idflow(['sources', 'import', '--name', 'au-elec-roll', file('empty.csv', 'recordId,givenName\n1,\n')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no valid record.*the version in force is unchanged/);
  }, 120_000);

  it('prints the KYC step result (result, summary, processResults) for one applicant', async () => {
    const applicant = file('mary.json', JSON.stringify({ name: { givenName: 'Mary', familyName: 'Testfourteen' }, dateOfBirth: '1963-04-02', documents: [{ type: 'PASSPORT', number: 'PA1234567', country: 'AU' }] }));
    const rules = file('rules.json', JSON.stringify([{ ruleName: 'SafeHarbour', matchTypes: { name: 2, dateOfBirth: 2 } }, { ruleName: 'gov_id_only', ruleOrder: 2 }]));
    const res = await idflow(['kyc', '--json', '--sources', 'au-elec-roll,au-govid1-pp', '--rules', rules, applicant]);
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(Object.keys(out)).toEqual(['result', 'summary', 'processResults', 'errors']);
    expect(out.result).toBe('MATCH');
    expect(out.summary.matchedRules.map((r: { ruleName: string }) => r.ruleName)).toEqual(['SafeHarbour', 'gov_id_only']);
    expect(out.processResults).toHaveLength(6);
    const bad = await idflow(['kyc', '--json', '--sources', 'au-elec-roll', file('broken.json', '{"name": ')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not valid JSON/);
    const missing = await idflow(['kyc', '--json', '--sources', 'nope', applicant]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/KYC_SOURCE_NOT_IMPORTED.*idflow sources import --name nope/);
  }, 120_000);

  it('verifies a CSV batch, one JSON line per row, and goes on past a bad row', async () => {
    const batch = file('applicants.csv', 'id,givenName,familyName,dateOfBirth,addressLine1,locality,postalCode\na1,Mary,Testfourteen,1963-04-02,12 Smith Street,Mt Waverley,3149\na2,Zebedee,Quartermaine,2001-01-01,,,\na3,Bill,Nguyen,1980-99-01,,,\n,No,Id,,,,\n');
    const res = await idflow(['kyc', '--batch', batch, '--sources', 'au-elec-roll', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ id: 'a1', result: 'MATCH', matches: [{ source: 'au-elec-roll', recordId: 'E1', attributesMatched: ['address', 'dateOfBirth', 'name'], matchStrengths: expect.objectContaining({ familyName: 100, dateOfBirth: 100, fullAddress: expect.any(Number) }) }] });
    expect(lines[1]).toEqual({ id: 'a2', result: 'NO_MATCH', matches: [] });
    expect(lines[2]).toEqual({ id: 'a3', error: { code: 'KYC_BAD_ROW', message: expect.stringMatching(/dateOfBirth "1980-99-01" is not a date/) } });
    expect(lines[3]).toEqual({ id: null, error: { code: 'KYC_BAD_ROW', message: expect.stringMatching(/id is empty/) } });
  }, 120_000);
});
