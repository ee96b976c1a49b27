import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/idflow.js');

function idflow(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const VISA = ['V<ITAROSSI<<LUCA<<<<<<<<<<<<<<<<<<<<', 'VB76543216BRA8812120M2701013Q1<<<<<<'];
const BAD_VISA = ['V<ITAROSSI<<LUCA<<<<<<<<<<<<<<<<<<<<', 'VB76543219BRA8812120M2701013Q1<<<<<<'];

describe('idflow mrz', () => {
  it('prints the JSON result and exits 0 for a valid MRZ', async () => {
    const { code, stdout } = await idflow(['mrz', '--json', '--reference-date', '2026-01-01', ...VISA]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['valid', 'format', 'fields', 'dateOfBirth', 'dateOfExpiry', 'checks', 'errors', 'warnings']);
    expect(Object.keys(result.fields)).toEqual([
      'documentCode', 'issuingState', 'documentNumber', 'nationality', 'birthDate', 'sex', 'expiryDate',
      'lastName', 'firstName', 'personalNumber', 'optionalData1', 'optionalData2',
    ]);
    expect(result).toMatchObject({ valid: true, format: 'MRV-B', dateOfBirth: '1988-12-12', dateOfExpiry: '2027-01-01' });
  });

  it('exits 1 for an invalid MRZ and 2 for a usage error', async () => {
    const invalid = await idflow(['mrz', '--json', ...BAD_VISA]);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout).errors[0].code).toBe('MRZ_CHECK_DIGIT_MISMATCH');
    const usage = await idflow(['mrz', '--json']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('give the MRZ lines');
    const badDate = await idflow(['mrz', '--reference-date', '2026-13-40', ...VISA]);
    expect(badDate.code).toBe(2);
  });

  it('reads a batch file and prints one line per input with its id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'idflow-mrz-'));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'a', lines: VISA }), 'not json', JSON.stringify({ id: 'b', lines: BAD_VISA })].join('\n'));
    const { code, stdout } = await idflow(['mrz', '--batch', file, '--json']);
    expect(code).toBe(1);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((r) => r.id)).toEqual(['a', null, 'b']);
    expect(rows[0].valid).toBe(true);
    expect(rows[1].error.code).toBe('MRZ_BATCH_LINE_INVALID');
    expect(rows[2].valid).toBe(false);
    const missing = await idflow(['mrz', '--batch', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
  });
});
