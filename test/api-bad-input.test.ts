import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fill, registeredRoutes, seedTenant, snapshot, type Seeded } from './helpers/api-fixtures.js';
import { createTestApp, type TestApp } from './helpers/test-app.js';

/** A refused request: the status it may get, and what it sends. */
interface BadCase {
  name: string;
  expect: number[];
  query?: string;
  params?: Record<string, string>;
  body?: unknown;
  raw?: { payload: string; contentType: string };
}

const BAD = [400, 422];
const NF = [404];
const unknown = (names: string[]) => Object.fromEntries(names.map((n) => [n, `nope-${n}`]));

/**
 * Bad input for every registered route. A route added without an entry here fails the first test:
 * routes that take no input at all say so with an empty list.
 */
const CASES: Record<string, BadCase[]> = {
  'GET /api/v1/health': [],
  'GET /api/v1/webhooks': [],
  'GET /api/v1/matchlists': [],
  'GET /api/v1/audit-log/verify': [],
  'GET /api/v1/audit-log': [
    { name: 'limit=abc', query: 'limit=abc', expect: BAD },
    { name: 'before=-1', query: 'before=-1', expect: BAD },
    { name: 'limit too large', query: 'limit=100000', expect: BAD },
    { name: 'from not a date-time', query: 'from=yesterday', expect: BAD },
  ],
  'POST /api/v1/definitions': [
    { name: 'missing format', body: { name: 'x', definition: {} }, expect: BAD },
    { name: 'unknown format', body: { format: 'yaml', name: 'x', definition: {} }, expect: BAD },
    { name: 'name of wrong type', body: { format: 'json', name: 5, definition: { steps: [] } }, expect: BAD },
    { name: 'definition not an object', body: { format: 'json', name: 'x', definition: 'steps' }, expect: BAD },
    { name: 'name with spaces', body: { format: 'json', name: 'a b', definition: { steps: [{ type: 'DECISION' }] } }, expect: BAD },
    { name: 'unknown step type', body: { format: 'json', name: 'bad-step', definition: { steps: [{ type: 'NOPE' }] } }, expect: [422] },
    { name: 'not XML', body: { format: 'bpmn', name: 'bad-xml', xml: '<definitions' }, expect: [422] },
    { name: 'duplicate name', body: { format: 'json', name: 'kyc-basic', definition: { steps: [{ type: 'DECISION' }] } }, expect: [409] },
  ],
  'GET /api/v1/definitions': [{ name: 'allVersions=maybe', query: 'allVersions=maybe', expect: BAD }],
  'GET /api/v1/definitions/:id': [{ name: 'unknown id', params: unknown(['id']), expect: NF }],
  'GET /api/v1/definitions/:id/bpmn': [{ name: 'unknown id', params: unknown(['id']), expect: NF }],
  'POST /api/v1/definitions/:id/versions': [
    { name: 'unknown id', params: unknown(['id']), body: { format: 'json', definition: { steps: [{ type: 'DECISION' }] } }, expect: NF },
    { name: 'missing definition', body: { format: 'json' }, expect: BAD },
    { name: 'invalid step config', body: { format: 'json', definition: { steps: [{ type: 'RISK', config: { thresholds: 'high' } }] } }, expect: [422] },
  ],
  'POST /api/v1/process-tokens': [
    { name: 'missing processDefnId', body: {}, expect: BAD },
    { name: 'unknown type', body: { processDefnId: 'x', type: 'FOREVER' }, expect: BAD },
    { name: 'count limited without maxCount', body: { processDefnId: 'x', type: 'MULTI_USE_COUNT_LIMITED' }, expect: BAD },
    { name: 'maxCount a string', body: { processDefnId: 'x', type: 'MULTI_USE_COUNT_LIMITED', maxCount: 'ten' }, expect: BAD },
    { name: 'bad date', body: { processDefnId: 'x', notBeforeDtm: 'yesterday' }, expect: BAD },
    { name: 'window backwards', body: { processDefnId: 'x', notBeforeDtm: '2030-01-02T00:00:00Z', notAfterDtm: '2030-01-01T00:00:00Z' }, expect: BAD },
    { name: 'bad email parameter', body: { processDefnId: 'x', parameters: { email: 'nope' } }, expect: BAD },
    { name: 'unknown definition', body: { processDefnId: 'nope' }, expect: NF },
  ],
  'GET /api/v1/process-tokens': [
    { name: 'limit=abc', query: 'limit=abc', expect: BAD },
    { name: 'limit=0', query: 'limit=0', expect: BAD },
  ],
  'GET /api/v1/process-tokens/:id': [{ name: 'unknown id', params: unknown(['id']), expect: NF }],
  'PATCH /api/v1/process-tokens/:id': [
    { name: 'unknown status', body: { status: 'DELETED' }, expect: BAD },
    { name: 'missing status', body: {}, expect: BAD },
    { name: 'unknown id', params: unknown(['id']), body: { status: 'INACTIVE' }, expect: NF },
  ],
  'POST /api/v1/process-tokens/:id/instances': [
    { name: 'bad expiringDtm', body: { expiringDtm: 'tomorrow' }, expect: BAD },
    { name: 'input not an object', body: { input: 5 }, expect: BAD },
    { name: 'unknown id', params: unknown(['id']), body: {}, expect: NF },
  ],
  'POST /api/v1/individuals': [
    { name: 'missing name', body: {}, expect: BAD },
    { name: 'empty name', body: { name: {} }, expect: BAD },
    { name: 'bad date of birth', body: { name: { givenName: 'A' }, dateOfBirth: '02/04/1963' }, expect: BAD },
    { name: 'bad email', body: { name: { givenName: 'A' }, email: 'not-an-email' }, expect: BAD },
    { name: 'unknown gender', body: { name: { givenName: 'A' }, gender: 'X' }, expect: BAD },
    { name: 'nationality as words', body: { name: { givenName: 'A' }, nationality: 'British' }, expect: BAD },
  ],
  'GET /api/v1/individuals': [{ name: 'limit=abc', query: 'limit=abc', expect: BAD }],
  'GET /api/v1/individuals/:id': [{ name: 'unknown id', params: unknown(['id']), expect: NF }],
  'PUT /api/v1/individuals/:id': [
    { name: 'wrong types', body: { name: { givenName: 7 } }, expect: BAD },
    { name: 'unknown id', params: unknown(['id']), body: { name: { givenName: 'A' } }, expect: NF },
  ],
  'POST /api/v1/individuals/:id/workflows/:workflowName/execute': [
    { name: 'unknown mode', body: { mode: 'later' }, expect: BAD },
    { name: 'version 0', body: { version: 0 }, expect: BAD },
    { name: 'unknown version', body: { version: 99 }, expect: NF },
    { name: 'unknown individual', params: { id: 'nope' }, body: {}, expect: NF },
    { name: 'unknown workflow', params: { workflowName: 'nope' }, body: {}, expect: NF },
  ],
  'POST /api/v1/workflows/:workflowName/execute': [
    { name: 'missing individual', body: {}, expect: BAD },
    { name: 'individual of wrong type', body: { individual: 'Mary' }, expect: BAD },
    { name: 'unknown workflow', params: { workflowName: 'nope' }, body: { individual: { name: { givenName: 'A' } } }, expect: NF },
    { name: 'unknown version', body: { individual: { name: { givenName: 'A' } }, version: 42 }, expect: NF },
  ],
  'GET /api/v1/process-instances': [
    { name: 'unknown status', query: 'status=DONE', expect: BAD },
    { name: 'one unknown status in a list', query: 'status=REVIEW,DONE', expect: BAD },
    { name: 'limit=abc', query: 'limit=abc', expect: BAD },
    { name: 'limit=0', query: 'limit=0', expect: BAD },
    { name: 'bad cursor', query: 'cursor=not-a-cursor', expect: BAD },
    { name: 'cursor of the wrong shape', query: `cursor=${Buffer.from('{"a":1}').toString('base64url')}`, expect: BAD },
    { name: 'bad createdFrom', query: 'createdFrom=yesterday', expect: BAD },
    { name: 'impossible createdTo', query: 'createdTo=2026-13-45T00:00:00Z', expect: BAD },
    { name: 'unknown query parameter', query: 'colour=red', expect: BAD },
    { name: 'unknown token parameter name', query: 'paramName=shoeSize&paramValue=9', expect: BAD },
    { name: 'paramName without paramValue', query: 'paramName=email', expect: BAD },
    { name: 'one unknown status among repeated ones', query: 'status=REVIEW&status=DONE', expect: BAD },
  ],
  'GET /api/v1/process-instances/parameter-names': [],
  'POST /api/v1/process-instances/export': [
    { name: 'missing password', body: { filters: {} }, expect: BAD },
    { name: 'short password', body: { password: 'short', filters: {} }, expect: BAD },
    { name: 'unknown filter', body: { password: 'long enough', filters: { colour: 'red' } }, expect: BAD },
    { name: 'unknown status', body: { password: 'long enough', filters: { status: ['DONE'] } }, expect: BAD },
    { name: 'unknown token parameter', body: { password: 'long enough', filters: { paramName: 'shoeSize', paramValue: '9' } }, expect: BAD },
    { name: 'limit is not a filter', body: { password: 'long enough', filters: { limit: 5 } }, expect: BAD },
  ],
  'GET /api/v1/settings/review': [],
  'GET /api/v1/definitions/overview': [
    { name: 'lastRuns=abc', query: 'lastRuns=abc', expect: BAD },
    { name: 'unknown parameter', query: 'colour=red', expect: BAD },
  ],
  'POST /api/v1/process-instances/:id/reveal': [
    { name: 'unknown instance', params: unknown(['id']), expect: NF },
    { name: 'an API key has no session', expect: [409] },
  ],
  'PUT /api/v1/settings/review': [
    { name: 'missing fourEyes', body: {}, expect: BAD },
    { name: 'unknown status', body: { fourEyes: { enabled: true, statuses: ['DONE'] } }, expect: BAD },
    { name: 'enabled a string', body: { fourEyes: { enabled: 'yes', statuses: [] } }, expect: BAD },
  ],
  'GET /api/v1/review-proposals': [
    { name: 'unknown state', query: 'state=OPEN', expect: BAD },
    { name: 'unknown parameter', query: 'colour=red', expect: BAD },
  ],
  'POST /api/v1/review-proposals/:id/approve': [
    { name: 'comment a number', body: { comment: 5 }, expect: BAD },
    { name: 'unknown proposal', params: unknown(['id']), body: {}, expect: NF },
  ],
  'POST /api/v1/review-proposals/:id/reject': [{ name: 'unknown proposal', params: unknown(['id']), body: {}, expect: NF }],
  'GET /api/v1/review-queue': [{ name: 'limit=abc', query: 'limit=abc', expect: BAD }],
  'GET /api/v1/process-instances/:id/audit-trail': [{ name: 'unknown instance', params: unknown(['id']), expect: NF }],
  'POST /api/v1/process-instances/:id/export': [
    { name: 'missing password', body: {}, expect: BAD },
    { name: 'password a number', body: { password: 12345678 }, expect: BAD },
    { name: 'unknown instance', params: unknown(['id']), body: { password: 'long enough' }, expect: NF },
  ],
  'GET /api/v1/process-instances/:id': [{ name: 'unknown id', params: unknown(['id']), expect: NF }],
  'PATCH /api/v1/process-instances/:id': [
    { name: 'unknown status', body: { status: 'GREAT' }, expect: BAD },
    { name: 'missing status', body: { comment: 'x' }, expect: BAD },
    { name: 'comment a number', body: { status: 'REVIEW', comment: 5 }, expect: BAD },
    { name: 'a running status', body: { status: 'ACTIVE' }, expect: BAD },
    { name: 'unknown id', params: unknown(['id']), body: { status: 'REVIEW' }, expect: NF },
    { name: 'instance still running', params: { id: 'WAITING' }, body: { status: 'REVIEW' }, expect: [409] },
  ],
  'DELETE /api/v1/process-instances/:id': [{ name: 'unknown id', params: unknown(['id']), expect: NF }],
  'POST /api/v1/process-instances/:id/pause': [
    { name: 'unknown id', params: unknown(['id']), expect: NF },
    { name: 'finished instance', expect: [409] },
  ],
  'POST /api/v1/process-instances/:id/resume': [
    { name: 'unknown id', params: unknown(['id']), expect: NF },
    { name: 'not paused', params: { id: 'WAITING' }, expect: [409] },
  ],
  'PATCH /api/v1/process-instances/:id/process-results/:proId': [
    { name: 'unknown manualStatus', body: { manualStatus: 'MAYBE' }, expect: BAD },
    { name: 'unknown pro', params: { proId: 'nope' }, body: { manualStatus: 'CLEAR' }, expect: NF },
    { name: 'unknown instance', params: { id: 'nope' }, body: { manualStatus: 'CLEAR' }, expect: NF },
  ],
  'PATCH /api/v1/process-instances/:id/risk-factors/:factorId': [
    { name: 'score a string', body: { manualOverrideScore: 'high' }, expect: BAD },
    { name: 'missing score', body: {}, expect: BAD },
    { name: 'unknown factor', params: { factorId: 'nope' }, body: { manualOverrideScore: 1 }, expect: NF },
    { name: 'unknown instance', params: { id: 'nope' }, body: { manualOverrideScore: 1 }, expect: NF },
  ],
  'POST /api/v1/documents/mrz': [
    { name: 'lines a number', body: { lines: 42 }, expect: BAD },
    { name: 'missing lines', body: {}, expect: BAD },
    { name: 'unknown field', body: { lines: 'P<', colour: 'red' }, expect: BAD },
  ],
  'POST /api/v1/process-instances/:id/documents': [
    { name: 'unknown documentType', body: { documentType: 'Napkin' }, expect: BAD },
    { name: 'image not an image', body: { documentType: 'Passport', images: { portrait: 'aGVsbG8gd29ybGQ=' } }, expect: [413, 415, 422] },
    { name: 'unknown instance', params: { id: 'nope' }, body: { documentType: 'Passport' }, expect: NF },
    { name: 'finished instance', params: { id: 'FINISHED' }, body: { documentType: 'Passport' }, expect: [409] },
  ],
  'GET /api/v1/process-instances/:id/documents': [{ name: 'unknown instance', params: { id: 'nope' }, expect: NF }],
  'GET /api/v1/process-instances/:id/documents/:docId': [{ name: 'unknown document', params: { docId: 'nope' }, expect: NF }],
  'GET /api/v1/process-instances/:id/documents/:docId/images/:kind': [
    { name: 'unknown kind', params: { kind: 'BACK' }, expect: BAD },
    { name: 'image not stored', params: { kind: 'FRONT.Cropped' }, expect: NF },
    { name: 'unknown document', params: { docId: 'nope' }, expect: NF },
  ],
  'PATCH /api/v1/process-instances/:id/documents/:docId/operator': [
    { name: 'unknown status', body: { status: 'Great' }, expect: BAD },
    { name: 'status out of range', body: { status: 9 }, expect: BAD },
    { name: 'unknown document', params: { docId: 'nope' }, body: { status: 'Accepted' }, expect: NF },
  ],
  'PATCH /api/v1/process-instances/:id/documents/:docId/auditor': [
    { name: 'missing status', body: { message: 'x' }, expect: BAD },
    { name: 'unknown document', params: { docId: 'nope' }, body: { status: 1 }, expect: NF },
  ],
  'POST /api/v1/webhooks': [
    { name: 'not http', body: { url: 'ftp://example.com/hook' }, expect: BAD },
    { name: 'unknown event', body: { url: 'http://example.com/hook', events: ['everything'] }, expect: BAD },
    { name: 'short secret', body: { url: 'http://example.com/hook', secret: 'x' }, expect: BAD },
    { name: 'missing url', body: {}, expect: BAD },
  ],
  'GET /api/v1/webhooks/:id/deliveries': [{ name: 'unknown id', params: unknown(['id']), expect: NF }],
  'DELETE /api/v1/webhooks/:id': [{ name: 'unknown id', params: unknown(['id']), expect: NF }],
  'POST /api/v1/screening/search': [
    { name: 'empty name', body: { name: '' }, expect: BAD },
    { name: 'threshold out of range', body: { name: 'A', threshold: 2 }, expect: BAD },
    { name: 'unknown field', body: { name: 'A', fuzzy: true }, expect: BAD },
    { name: 'no list imported', body: { name: 'A' }, expect: [409] },
  ],
  'POST /api/v1/screening/compare': [{ name: 'missing name2', body: { name1: 'A' }, expect: BAD }],
  'GET /api/v1/screening/lists': [{ name: 'all=maybe', query: 'all=maybe', expect: BAD }],
  'POST /api/v1/screening/lists/:name/versions': [
    { name: 'list name with a space', params: { name: 'a b' }, raw: { payload: '{"id":"x","schema":"Person","properties":{"name":["A"]}}', contentType: 'application/octet-stream' }, expect: BAD },
    { name: 'unknown format', params: { name: 'own' }, query: 'format=pdf', raw: { payload: 'x', contentType: 'application/octet-stream' }, expect: BAD },
    { name: 'no entity in the file', params: { name: 'own' }, raw: { payload: '{"id":"x","schema":"Person","properties":{}}', contentType: 'application/octet-stream' }, expect: [409] },
    { name: 'not a list file', params: { name: 'own' }, raw: { payload: 'hello world', contentType: 'application/octet-stream' }, expect: [422] },
    { name: 'empty body', params: { name: 'own' }, raw: { payload: '', contentType: 'application/octet-stream' }, expect: BAD },
    { name: 'JSON document', params: { name: 'own' }, body: { id: 'x' }, expect: BAD },
  ],
  'GET /api/v1/screening/alerts': [
    { name: 'unknown status', query: 'status=NEW', expect: BAD },
    { name: 'limit=abc', query: 'limit=abc', expect: BAD },
  ],
  'PATCH /api/v1/screening/alerts/:id': [
    { name: 'unknown resolution', params: unknown(['id']), body: { resolution: 'MAYBE' }, expect: BAD },
    { name: 'unknown alert', params: unknown(['id']), body: { resolution: 'FALSE_POSITIVE' }, expect: NF },
  ],
  'POST /api/v1/matchlists': [
    { name: 'unknown kind', body: { name: 'grey', kind: 'grey' }, expect: BAD },
    { name: 'duplicate name', body: { name: 'fraud', kind: 'block' }, expect: [409] },
  ],
  'GET /api/v1/matchlists/:matchlistId': [
    { name: 'limit=abc', query: 'limit=abc', expect: BAD },
    { name: 'unknown id', params: unknown(['matchlistId']), expect: NF },
  ],
  'DELETE /api/v1/matchlists/:matchlistId': [{ name: 'unknown id', params: unknown(['matchlistId']), expect: NF }],
  'POST /api/v1/matchlists/:matchlistId/entries': [
    { name: 'no entries', body: { entries: [] }, expect: BAD },
    { name: 'unknown entryType', body: { entries: [{ entryType: 'IP', value: '1.2.3.4' }] }, expect: BAD },
    { name: 'bad email', body: { entries: [{ entryType: 'EMAIL', value: 'not an email' }] }, expect: BAD },
    { name: 'unknown list', params: unknown(['matchlistId']), body: { entries: [{ entryType: 'NAME', value: 'A' }] }, expect: NF },
  ],
  'DELETE /api/v1/matchlists/:matchlistId/entries/:entryId': [{ name: 'unknown entry', params: { entryId: 'nope' }, expect: NF }],
  'POST /api/v1/auth/login': [
    { name: 'missing password', body: { username: 'admin' }, expect: BAD },
    { name: 'username a number', body: { username: 5, password: 'x' }, expect: BAD },
    { name: 'unknown field', body: { username: 'a', password: 'b', tenant: 'x' }, expect: BAD },
  ],
  'GET /api/v1/auth/session': [],
  'POST /api/v1/auth/logout': [{ name: 'a body with fields', body: { everywhere: true }, expect: BAD }],
  'GET /api/v1/users': [],
  'POST /api/v1/users': [
    { name: 'short password', body: { username: 'bob', password: 'short', role: 'viewer' }, expect: BAD },
    { name: 'unknown role', body: { username: 'bob', password: 'long-enough-password', role: 'owner' }, expect: BAD },
    { name: 'username with spaces', body: { username: 'bob smith', password: 'long-enough-password', role: 'viewer' }, expect: BAD },
    { name: 'missing username', body: { password: 'long-enough-password', role: 'viewer' }, expect: BAD },
  ],
  'PATCH /api/v1/users/:id': [
    { name: 'nothing to change', body: {}, expect: BAD },
    { name: 'unknown role', body: { role: 'owner' }, expect: BAD },
    { name: 'disabled a string', body: { disabled: 'yes' }, expect: BAD },
    { name: 'unknown user', params: unknown(['id']), body: { disabled: true }, expect: NF },
  ],
  'GET /api/v1/api-keys': [],
  'POST /api/v1/api-keys': [
    { name: 'missing name', body: { role: 'viewer' }, expect: BAD },
    { name: 'unknown role', body: { name: 'x', role: 'root' }, expect: BAD },
  ],
  'DELETE /api/v1/api-keys/:id': [{ name: 'unknown key', params: unknown(['id']), expect: NF }],
  'GET /api/v1/kyc/sources': [{ name: 'all=maybe', query: 'all=maybe', expect: BAD }],
  'POST /api/v1/kyc/sources': [
    { name: 'no name', body: { format: 'csv', content: 'recordId,givenName\n1,A\n' }, expect: BAD },
    { name: 'unknown format', body: { name: 'src', format: 'xlsx', content: 'x' }, expect: BAD },
    { name: 'NUL byte', body: { name: 'src', format: 'csv', content: 'recordId,givenName\n1,A\u0000\n' }, expect: BAD },
    { name: 'no recordId column', body: { name: 'src', format: 'csv', content: 'id,givenName\n1,A\n' }, expect: [422] },
    { name: 'no valid row', body: { name: 'src', format: 'csv', content: 'recordId,givenName\n1,\n' }, expect: [422] },
    { name: 'map to an unknown column', body: { name: 'src', format: 'csv', content: 'x\n1\n', map: { x: 'id' } }, expect: BAD },
  ],
  'DELETE /api/v1/kyc/sources/:name': [
    { name: 'unknown source', params: { name: 'nope' }, expect: NF },
    { name: 'name with a slash-like character', params: { name: '..' }, expect: [400, 404] },
  ],
};

let t: TestApp;
let a: Seeded;
let routes: string[];

/** The seeded ids a route's path parameters take by default. */
function paramsFor(path: string, over: Record<string, string> = {}): Record<string, string> {
  const documents = path.includes('/documents');
  const id = path.includes('/definitions') ? a.definitionId
    : path.includes('/process-tokens') ? a.tokenId
    : path.includes('/individuals') ? a.individualId
    : path.includes('/webhooks') ? a.webhookId
    : documents ? a.waitingInstanceId
    : a.instanceId;
  const named: Record<string, string> = { WAITING: a.waitingInstanceId, FINISHED: a.instanceId };
  const resolved = Object.fromEntries(Object.entries(over).map(([k, v]) => [k, named[v] ?? v]));
  return { id, proId: a.proId, factorId: a.riskFactorId, docId: a.documentId, kind: 'portrait', matchlistId: a.matchlistId, entryId: a.entryId, workflowName: 'kyc-basic', name: 'bad-input-list', ...resolved };
  return { id, proId: a.proId, factorId: a.riskFactorId, docId: a.documentId, kind: 'portrait', matchlistId: a.matchlistId, entryId: a.entryId, workflowName: 'kyc-basic', name: 'au-elec-roll', ...resolved };
}

async function send(method: string, path: string, c: Partial<BadCase>) {
  const url = fill(path, paramsFor(path, c.params)) + (c.query ? `?${c.query}` : '');
  if (c.raw) return t.call(method, url, c.raw.payload, { 'content-type': c.raw.contentType });
  return t.call(method, url, c.body);
}

beforeAll(async () => {
  t = await createTestApp();
  a = await seedTenant(t, t.keyA);
  routes = registeredRoutes(t.app);
});
afterAll(async () => t?.close());

describe('bad input on every route', () => {
  it('has cases for every registered route (and none for a route that is gone)', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(Object.keys(CASES).sort()).toEqual(routes);
  });

  it('answers each bad request with a 4xx error object and writes nothing', async () => {
    for (const route of routes) {
      const [method, path] = route.split(' ');
      const generic: BadCase[] = ['POST', 'PUT', 'PATCH'].includes(method)
        ? [
            { name: 'malformed JSON', raw: { payload: '{"a": ', contentType: 'application/json' }, expect: [400] },
            { name: 'empty JSON body', raw: { payload: '', contentType: 'application/json' }, expect: [400] },
            { name: 'wrong content type', raw: { payload: 'hello', contentType: 'text/plain' }, expect: [415] },
            { name: 'JSON array body', body: [1, 2], expect: [400, 404, 409, 422] },
          ]
        : [];
      const before = await snapshot(t);
      for (const c of [...CASES[route], ...generic]) expectError(await send(method, path, c), c.expect, `${route} ${c.name}`);
      expect(await snapshot(t), `a bad request to ${route} wrote something`).toEqual(before);
    }
  });

  it('answers 413 to a body over the limit, writing nothing', async () => {
    const before = await snapshot(t);
    const huge = await t.call('POST', '/api/v1/definitions', { format: 'bpmn', name: 'huge', xml: 'x'.repeat(17 * 1024 * 1024) });
    expectError(huge, [413], 'huge body');
    expect(await snapshot(t)).toEqual(before);
  });

  it('answers an unknown route with 404 in the same error shape', async () => {
    expectError(await t.call('GET', '/api/v1/nothing-here'), [404], 'unknown route');
    expectError(await t.call('POST', '/api/v1/definitions/x/y/z', {}), [404], 'unknown route');
  });
});
