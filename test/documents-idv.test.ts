import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, waitFor, type TestApp } from './helpers/test-app.js';
import { PASSPORT, png } from './helpers/api-fixtures.js';

// An invented Spanish passport (check digits by hand): valid until 2030-05-20, holder born 1975-05-21.
const VISUAL = { lastName: 'García López', firstName: 'María', dateOfBirth: '1975-05-21', documentNumber: 'XDA123456', expiryDate: '2030-05-20' };

const IDV_FLOW = {
  format: 'json',
  name: 'idv-basic',
  definition: { name: 'idv-basic', steps: [{ type: 'IDV', config: { minimumAge: 18, highRiskIssuingStates: ['IRN'] } }, { type: 'DECISION' }] },
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ startWorker: true });
  const def = await t.call('POST', '/api/v1/definitions', IDV_FLOW);
  expect(def.status, JSON.stringify(def.body)).toBe(201);
});
afterAll(async () => t?.close());

async function startWaitingInstance(): Promise<string> {
  const res = await t.call('POST', '/api/v1/workflows/idv-basic/execute', { individual: { name: { givenName: 'Maria' } } });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  const id = res.body.workflowResult?.workflowExecutionId ?? res.body.workflowExecutionId;
  await waitFor(async () => (await t.testDb.db.query(`SELECT waiting FROM instances WHERE id = $1`, [id])).rows[0]?.waiting);
  return id;
}

describe('documents and the IDV step', () => {
  it('parses an MRZ over HTTP', async () => {
    const res = await t.call('POST', '/api/v1/documents/mrz', { lines: PASSPORT, referenceDate: '2026-01-01' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: true, format: 'TD3', dateOfBirth: '1975-05-21' });
    expect((await t.call('POST', '/api/v1/documents/mrz', { lines: 42 })).status).toBe(400);
  });

  it('waits for a document, stores it with its images, resumes, and fills the empty applicant fields', async () => {
    const id = await startWaitingInstance();
    const submitted = await t.call('POST', `/api/v1/process-instances/${id}/documents`, {
      documentType: 'Passport',
      issuingCountry: 'ESP',
      mrz: PASSPORT,
      visualFields: VISUAL,
      images: { 'FRONT.Cropped': png(640, 400), portrait: png(200, 260) },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    expect(submitted.body).toMatchObject({ DocumentType: 'Passport', DocumentName: 'Passport', MrzLineCount: 2, MrzCharacterCount: 44, MrzSameLength: true, OperatorStatus: 1, AuditorStatus: 0, OverallStatus: 1, instanceResumed: true });
    expect(submitted.body.Images.map((i: any) => [i.kind, i.width, i.height])).toEqual([['FRONT.Cropped', 640, 400], ['portrait', 200, 260]]);

    const done = await waitFor(async () => {
      const inst = await t.call('GET', `/api/v1/process-instances/${id}`);
      return inst.body.completedDtm ? inst.body : null;
    });
    expect(done.status).toBe('COMPLETED_ENDED_SUCCESS');
    expect(done.firstName).toBe('Maria');
    expect(done.lastName).toBe('GARCIA LOPEZ');
    expect(done.dateOfBirth).toBe('1975-05-21');
    expect(done.docNum).toBe('XDA123456');
    const pros = await t.testDb.db.query(`SELECT class, result FROM process_results WHERE instance_id = $1`, [id]);
    expect(pros.rows).toContainEqual({ class: 'IDV', result: 'PASS' });

    const image = await t.app.inject({ method: 'GET', url: `/api/v1/process-instances/${id}/documents/${submitted.body.DocumentId}/images/portrait`, headers: { authorization: `Bearer ${t.keyA}` } });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });

  it('fails the step for an expired document with a mismatching date of birth', async () => {
    const id = await startWaitingInstance();
    const expired = ['P<ESPGARCIA<LOPEZ<<MARIA<<<<<<<<<<<<<<<<<<<<', 'XDA1234565ESP7505216F2001012<<<<<<<<<<<<<<04'];
    const res = await t.call('POST', `/api/v1/process-instances/${id}/documents`, { documentType: 'Passport', mrz: expired, visualFields: { ...VISUAL, dateOfBirth: '1975-05-12', expiryDate: undefined } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.OperatorStatus).toBe(3);
    expect(res.body.Issues.map((i: any) => i.code)).toEqual(expect.arrayContaining(['IDV_DOCUMENT_EXPIRED', 'IDV_DATE_OF_BIRTH_MISMATCH']));
    const done = await waitFor(async () => {
      const inst = await t.call('GET', `/api/v1/process-instances/${id}`);
      return inst.body.completedDtm ? inst.body : null;
    });
    expect(done.status).toBe('COMPLETED_ENDED_ERROR');
  });

  it('lets operators and auditors set their status (audited); the auditor status decides', async () => {
    const id = await startWaitingInstance();
    const doc = (await t.call('POST', `/api/v1/process-instances/${id}/documents`, { documentType: 'Passport', mrz: PASSPORT, visualFields: VISUAL })).body;
    const base = `/api/v1/process-instances/${id}/documents/${doc.DocumentId}`;
    const op = await t.call('PATCH', `${base}/operator`, { status: 'Referred', message: 'hologram unclear' }, { 'x-username': 'olga' });
    expect(op.status).toBe(200);
    expect(op.body).toMatchObject({ OperatorStatus: 2, OperatorMessage: 'hologram unclear', OverallStatus: 2, Audited: false });
    const au = await t.call('PATCH', `${base}/auditor`, { status: 4, message: 'glare over the MRZ' }, { 'x-username': 'ann' });
    expect(au.body).toMatchObject({ AuditorStatus: 4, OverallStatus: 4, OverallStatusName: 'Rejected', Audited: true, AuditedByUser: 'ann' });
    expect(au.body.DocumentValidations.DocumentFraudAuditor).toEqual({ Name: 'DocumentFraudAuditor', Result: 'NotPerformed' });
    expect((await t.call('PATCH', `${base}/auditor`, { status: 'Maybe' })).status).toBe(400);
    const audit = await t.testDb.db.query(`SELECT action, actor FROM audit_log WHERE target_id = $1 ORDER BY id`, [doc.DocumentId]);
    expect(audit.rows.map((r) => `${r.action}:${r.actor}`)).toEqual(['document.submit:apikey:test-admin', 'document.operator_status:olga', 'document.auditor_status:ann']);
  });

  it('rejects images by content and size, and keeps tenants apart', async () => {
    const id = await startWaitingInstance();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00').toString('base64');
    const bad = await t.call('POST', `/api/v1/process-instances/${id}/documents`, { documentType: 'Passport', mrz: PASSPORT, images: { portrait: gif } });
    expect(bad.status).toBe(415);
    expect(bad.body.error.code).toBe('IMAGE_TYPE_NOT_ALLOWED');
    const other = await t.call('POST', `/api/v1/process-instances/${id}/documents`, { documentType: 'Passport', mrz: PASSPORT }, {}, t.keyB);
    expect(other.status).toBe(404);
  });

  it('deletes documents and images with their instance', async () => {
    const id = await startWaitingInstance();
    await t.call('POST', `/api/v1/process-instances/${id}/documents`, { documentType: 'Passport', mrz: PASSPORT, images: { 'FRONT.Cropped': png(10, 10) } });
    const del = await t.call('DELETE', `/api/v1/process-instances/${id}`);
    expect(del.status).toBeLessThan(300);
    const left = await t.testDb.db.query(`SELECT (SELECT count(*) FROM documents WHERE instance_id = $1)::int AS docs, (SELECT count(*) FROM document_images WHERE instance_id = $1)::int AS images`, [id]);
    expect(left.rows[0]).toEqual({ docs: 0, images: 0 });
  });
});
