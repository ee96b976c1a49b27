import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRtwJson } from './rtw.js';

const BIN = resolve(import.meta.dirname, '../../bin/idflow.js');

function idflow(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

const input = {
  checkDate: '2025-03-10',
  person: { givenNames: 'Alex', familyName: 'Morgan', dateOfBirth: '1990-05-17' },
  documents: [{ type: 'BRITISH_PASSPORT', issuingCountry: 'GBR', expiryDate: '2031-04-30' }],
  manualCheck: { photographsConsistent: true, documentsGenuine: true },
  ukRightToWork: { route: 'MANUAL' },
  roiRightToWork: {},
};

describe('idflow rtw', () => {
  it('evaluates every check whose section the input has', () => {
    const result = evaluateRtwJson(JSON.stringify(input));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.evaluations)).toEqual(['rulesetVersion', 'ukRightToWork', 'roiRightToWork']);
    expect(result.evaluations.ukRightToWork?.__RTW_RightToWorkStatus).toBe('Continuous');
    expect(result.evaluations.roiRightToWork?.__RTW_ROI_RightToWorkStatus).toBe('Permanent');
  });

  it('reports bad JSON, bad fields and inputs with no check, naming the path', () => {
    expect(evaluateRtwJson('{')).toMatchObject({ ok: false, code: 'RTW_INPUT_NOT_JSON' });
    const { ukRightToWork: _uk, roiRightToWork: _roi, ...noChecks } = input;
    expect(evaluateRtwJson(JSON.stringify(noChecks))).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/add at least one of ukRightToWork/) }] });
    expect(evaluateRtwJson(JSON.stringify({ ...input, dbs: { route: 'DOCUMENTS' } }))).toMatchObject({ ok: false, issues: [{ path: 'dbs.level' }] });
  });

  it('prints the evaluation JSON with exit 0, and exits 2 naming the bad field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'idflow-rtw-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify(input));
    writeFileSync(bad, JSON.stringify({ ...input, documents: [{ ...input.documents[0], expiryDate: '2031-02-30' }] }));

    // Independent runs, started together: each pays the CLI start-up once.
    const [ok, invalid, missing, usage] = await Promise.all([
      idflow(['rtw', '--json', good]),
      idflow(['rtw', '--json', bad]),
      idflow(['rtw', '--json', join(dir, 'absent.json')]),
      idflow(['rtw']),
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).ukRightToWork).toMatchObject({ __RTW_RightToWorkStatus: 'Continuous', appliedRules: expect.arrayContaining(['RTW-A1', 'RTW-R3']) });

    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('$.documents[0].expiryDate: expected a real calendar date written YYYY-MM-DD');

    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*absent\.json/);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("required option '--json <file>'");
  });
});
