import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../src/export/csv.js';
import { createApiKey } from '../src/store/sql/api-keys.js';
import { seedTenant, type Seeded } from './helpers/api-fixtures.js';
import { signedIn } from './helpers/sessions.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

/** The archive is checked with a real tool: Debian's p7zip-full (`apt-get install -y p7zip-full`). */
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'idflow-export-'));
let t: TestApp;
let a: Seeded;
let viewerKey: string;
const PASSWORD = 'correct horse battery';

async function exportZip(url: string, body: unknown, key = t.keyA) {
  const res = await t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${key}` }, payload: body as object });
  return res;
}

/** Extracts with 7z into a fresh folder; returns the folder, or the error of a failed extraction. */
async function unzip(zip: Buffer, password: string): Promise<{ folder: string; error?: Error & { code?: number } }> {
  const name = `z${Math.random().toString(36).slice(2)}`;
  const file = join(dir, `${name}.zip`);
  writeFileSync(file, zip);
  const folder = join(dir, name);
  try {
    await run('7z', ['x', `-p${password}`, `-o${folder}`, '-y', file]);
    return { folder };
  } catch (error) {
    return { folder, error: error as Error & { code?: number } };
  }
}

/** RFC 4180 lines: split on CRLF outside quotes. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await seedTenant(t, t.keyA);
  viewerKey = (await createApiKey(t.testDb.db, t.tenantA, 'viewer', 'viewer')).key;
  // An applicant whose name would be a formula in a spreadsheet, and one with a comma and a quote.
  for (const [givenName, familyName] of [['=HYPERLINK("x")', 'Formula'], ['Zoë', 'O"Brien, Jr']]) {
    const res = await t.call('POST', '/api/v1/workflows/kyc-basic/execute', { individual: { name: { givenName, familyName }, dateOfBirth: '1980-01-01' } });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bulk export', () => {
  it('answers an AES-256 ZIP that 7z opens with the password: one CSV, the 24 columns, one row per instance', async () => {
    const list = (await t.call('GET', '/api/v1/process-instances?limit=500')).body.processInstances;
    const res = await exportZip('/api/v1/process-instances/export', { password: PASSWORD, filters: {} });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="process-instances-\d{8}T\d{6}Z\.zip"$/);
    const listing = await run('7z', ['l', '-slt', `-p${PASSWORD}`, join(dir, 'listing.zip')]).catch(() => undefined);
    expect(listing).toBeUndefined();
    writeFileSync(join(dir, 'listing.zip'), res.rawPayload);
    const methods = (await run('7z', ['l', '-slt', `-p${PASSWORD}`, join(dir, 'listing.zip')])).stdout;
    expect(methods).toMatch(/Method = AES-256/);
    expect(methods).toMatch(/Encrypted = \+/);
    const { folder, error } = await unzip(res.rawPayload, PASSWORD);
    expect(error).toBeUndefined();
    expect(readdirSync(folder)).toEqual(['process-instances.csv']);
    const text = readFileSync(join(folder, 'process-instances.csv'), 'utf8');
    const rows = csvRows(text);
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows.length - 1).toBe(list.length);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(list.map((i: any) => i.id).sort());
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(24);
      expect(r[10], 'createdDtm in ISO 8601 UTC').toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    const firstNames = rows.slice(1).map((r) => r[17]);
    expect(firstNames).toContain(`'=HYPERLINK("x")`);
    expect(firstNames).toContain('Zoë');
    expect(rows.slice(1).map((r) => r[16])).toContain('O"Brien, Jr');
  });

  it('makes the ZIP anew for a repeated Idempotency-Key (an export is never stored)', async () => {
    const send = () => t.app.inject({ method: 'POST', url: '/api/v1/process-instances/export', headers: { authorization: `Bearer ${t.keyA}`, 'idempotency-key': 'export-1' }, payload: { password: PASSWORD, filters: {} } });
    const first = await send();
    const second = await send();
    expect(second.statusCode).toBe(200);
    expect(second.headers['content-type']).toBe('application/zip');
    expect((await unzip(second.rawPayload, PASSWORD)).error).toBeUndefined();
    expect(first.rawPayload.length).toBeGreaterThan(100);
    const stored = await t.testDb.db.query(`SELECT 1 FROM idempotency_keys WHERE key = 'export-1'`);
    expect(stored.rowCount).toBe(0);
  });

  it('fails to open with a wrong password', async () => {
    const res = await exportZip('/api/v1/process-instances/export', { password: PASSWORD, filters: {} });
    const { error } = await unzip(res.rawPayload, 'not the password');
    expect(error).toBeDefined();
    expect(error?.code).not.toBe(0);
  });

  it("uses the list's filters and audits who, the filters and the count, never the password", async () => {
    const res = await exportZip('/api/v1/process-instances/export', { password: PASSWORD, filters: { referenceId: a.instanceId, status: ['COMPLETED_ENDED_SUCCESS', 'REVIEW', 'COMPLETED_ENDED_ERROR'] } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-export-count']).toBe('1');
    const { folder } = await unzip(res.rawPayload, PASSWORD);
    const rows = csvRows(readFileSync(join(folder, 'process-instances.csv'), 'utf8'));
    expect(rows.map((r) => r[0])).toEqual(['Id', a.instanceId]);
    const audit = await t.testDb.db.query<{ actor: string; details: any }>(`SELECT actor, details FROM audit_log WHERE action = 'instances.export' ORDER BY id DESC LIMIT 1`);
    expect(audit.rows[0]?.details).toMatchObject({ count: 1, filters: { referenceId: a.instanceId } });
    expect(audit.rows[0]?.actor).toBe('apikey:test-admin');
    const all = await t.testDb.db.query(`SELECT details::text AS d FROM audit_log`);
    expect(all.rows.map((r) => r.d).join('')).not.toContain(PASSWORD);
  });

  it('refuses bad filters and short passwords, and a viewer (session or key)', async () => {
    expect((await exportZip('/api/v1/process-instances/export', { password: 'short', filters: {} })).statusCode).toBe(400);
    expect((await exportZip('/api/v1/process-instances/export', { password: PASSWORD, filters: { colour: 'red' } })).statusCode).toBe(400);
    expect((await exportZip('/api/v1/process-instances/export', { password: PASSWORD, filters: { paramName: 'shoeSize', paramValue: '9' } })).statusCode).toBe(400);
    const byKey = await exportZip('/api/v1/process-instances/export', { password: PASSWORD, filters: {} }, viewerKey);
    expect(byKey.statusCode).toBe(403);
    const viewer = await signedIn(t, 'viewer');
    expect((await viewer.call('POST', '/api/v1/process-instances/export', { password: PASSWORD, filters: {} })).status).toBe(403);
    expect((await viewer.call('POST', `/api/v1/process-instances/${a.instanceId}/export`, { password: PASSWORD })).status).toBe(403);
    const reviewer = await signedIn(t, 'reviewer');
    expect((await reviewer.call('POST', `/api/v1/process-instances/${a.instanceId}/export`, { password: PASSWORD })).status).toBe(200);
  });

  it('exports nothing above 10,000 matches, with the limit message and the count', async () => {
    // 10,001 instances of tenant B, written directly (the engine is not what is tested here).
    const def = (await t.call('POST', '/api/v1/definitions', { format: 'json', name: 'bulk', definition: { steps: [{ type: 'DECISION' }] } }, {}, t.keyB)).body.id;
    await t.testDb.db.query(
      `INSERT INTO instances (id, tenant_id, definition_id, process_defn_name, process_defn_version, process_definition_type, status, created_dtm)
       SELECT 'bulk' || lpad(g::text, 8, '0'), $1, $2, 'bulk', 1, 'KYC', 'COMPLETED_ENDED_SUCCESS', now() - g * interval '1 second'
         FROM generate_series(1, 10001) AS g`,
      [t.tenantB, def],
    );
    const before = await t.testDb.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1`, [t.tenantB]);
    const res = await exportZip('/api/v1/process-instances/export', { password: PASSWORD, filters: { status: 'COMPLETED_ENDED_SUCCESS' } }, t.keyB);
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe('EXPORT_LIMIT_EXCEEDED');
    expect(body.error.details.count).toBe(10001);
    expect(body.error.message).toMatch(/hard limit of 10,000 Process Instances per export/);
    const after = await t.testDb.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1`, [t.tenantB]);
    expect(after.rows[0]).toEqual(before.rows[0]);
    // Exactly 10,000 is allowed: all but the oldest.
    const oldest = await t.testDb.db.query<{ at: Date }>(`SELECT created_dtm AS at FROM instances WHERE id = 'bulk00010001'`);
    const createdFrom = new Date(new Date(oldest.rows[0]!.at).getTime() + 1).toISOString();
    const fit = await exportZip('/api/v1/process-instances/export', { password: PASSWORD, filters: { processDefnName: 'bulk', createdFrom } }, t.keyB);
    expect(fit.statusCode, fit.body).toBe(200);
    expect(fit.headers['x-export-count']).toBe('10000');
    const { folder } = await unzip(fit.rawPayload, PASSWORD);
    expect(csvRows(readFileSync(join(folder, 'process-instances.csv'), 'utf8')).length - 1).toBe(10000);
  }, 60_000);
});

describe('single-instance export', () => {
  it('holds the files that apply, images in their real format, and workflowResult.json', async () => {
    const res = await exportZip(`/api/v1/process-instances/${a.waitingInstanceId}/export`, { password: PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    const { folder, error } = await unzip(res.rawPayload, PASSWORD);
    expect(error).toBeUndefined();
    const top = readdirSync(folder).sort();
    expect(top).toEqual(['activity.json', 'idDocs', 'summary.json', 'workflowResult.json']);
    expect(readdirSync(join(folder, 'idDocs')).sort()).toEqual(['portrait.png', 'processor-results.json']);
    const png = readFileSync(join(folder, 'idDocs', 'portrait.png'));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const wr = JSON.parse(readFileSync(join(folder, 'workflowResult.json'), 'utf8'));
    expect(wr.workflowExecutionId).toBe(a.waitingInstanceId);
    const processor = JSON.parse(readFileSync(join(folder, 'idDocs', 'processor-results.json'), 'utf8'));
    expect(processor[0].DocumentId).toBe(a.documentId);
    expect((await unzip(res.rawPayload, 'wrong password!')).error).toBeDefined();
    const audit = await t.testDb.db.query<{ details: any }>(`SELECT details FROM audit_log WHERE action = 'instance.export' AND target_id = $1`, [a.waitingInstanceId]);
    expect(audit.rows[0]?.details.files).toContain('idDocs/portrait.png');
  });

  it('includes the token parameters of an instance started from a token', async () => {
    const started = await t.call('POST', `/api/v1/process-tokens/${a.tokenId}/instances`, {});
    const id = started.body.id ?? started.body.processInstance?.id ?? started.body.workflowResult?.workflowExecutionId;
    const res = await exportZip(`/api/v1/process-instances/${id}/export`, { password: PASSWORD });
    const { folder } = await unzip(res.rawPayload, PASSWORD);
    expect(JSON.parse(readFileSync(join(folder, 'faces', 'processTokenParams.json'), 'utf8'))).toEqual({ firstName: 'Seed' });
  });

  it('answers 404 for an unknown instance or another tenant\'s', async () => {
    expect((await exportZip('/api/v1/process-instances/nope/export', { password: PASSWORD })).statusCode).toBe(404);
    expect((await exportZip(`/api/v1/process-instances/${a.instanceId}/export`, { password: PASSWORD }, t.keyB)).statusCode).toBe(404);
  });
});
