import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseColumnMap } from '../src/kyc/canonical-fields.js';
import { applicantLookupKeys } from '../src/kyc/lookup-keys.js';
import { readSourceFile } from '../src/kyc/read-source-file.js';
import { deleteSource } from '../src/kyc/sql/delete-source.js';
import { activeSources, findCandidates } from '../src/kyc/sql/find-candidates.js';
import { importSourceVersion } from '../src/kyc/sql/import-source-version.js';
import { listSources } from '../src/kyc/sql/list-sources.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/kyc/${name}`, import.meta.url));

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await t.db.query(`INSERT INTO tenants (id, name) VALUES ('tenant-a', 'A'), ('tenant-b', 'B')`);
});
afterAll(async () => {
  await t?.close();
});

async function importFixture(tenantId: string, source: string, file: string, extra: { creditBureau?: 'Equifax' } = {}) {
  const parsed = await readSourceFile(fixture(file), { format: file.endsWith('.jsonl') ? 'jsonl' : 'csv' });
  return { parsed, outcome: await importSourceVersion(t.db, { tenantId, source, format: parsed.format, sha256: parsed.sha256, records: parsed.records, problems: parsed.problems, ...extra }) };
}

describe('data source files', () => {
  it('reads canonical CSV, parses address lines and reports bad rows with their line', async () => {
    const parsed = await readSourceFile(fixture('au-elec-roll.csv'), { format: 'csv' });
    expect(parsed.records.map((r) => r.recordId)).toEqual(['E1', 'E2', 'E3', 'E4', 'E6']);
    expect(parsed.problems).toEqual([
      { line: 6, message: expect.stringMatching(/givenName and familyName are both empty/) },
      { line: 8, message: expect.stringMatching(/recordId E2 appears twice/) },
      { line: 9, message: expect.stringMatching(/dateOfBirth "1980-13-45" is not a date: write YYYY-MM-DD/) },
    ]);
    expect(parsed.records[1]).toMatchObject({ recordId: 'E2', address: { unitNumber: '3', streetNumber: '45', streetName: 'ocean', streetType: 'parade', locality: 'Bondi', postalCode: '2026' } });
    expect(parsed.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads JSONL with nested addresses and maps other column names with --map', async () => {
    const jsonl = await readSourceFile(fixture('au-efax-cdh-pub.jsonl'), { format: 'jsonl' });
    expect(jsonl.records).toHaveLength(3);
    expect(jsonl.problems).toEqual([{ line: 3, message: 'not valid JSON: write one JSON object per line' }]);
    const csv = 'rec_id, given_name, surname, date_of_birth, postcode\nrec-1, sarah, bruhn, 19300213, 4510\n';
    const mapped = await readSourceFile(csv, { format: 'csv', map: parseColumnMap('rec_id=recordId,given_name=givenName,surname=familyName,date_of_birth=dateOfBirth,postcode=postalCode') });
    expect(mapped.records).toEqual([{ recordId: 'rec-1', givenName: 'sarah', familyName: 'bruhn', dateOfBirth: '1930-02-13', otherNames: [], govIds: [], address: { postalCode: '4510' } }]);
    expect(() => parseColumnMap('surname=lastName')).toThrow(/lastName is not a canonical column/);
    await expect(readSourceFile('id,name\n1,x\n', { format: 'csv' })).rejects.toThrow(/no recordId column.*--map yourColumn=recordId/);
  });
});

describe('data source versions', () => {
  it('imports versions with counts and a diff, says when nothing changed, and scopes sources to the tenant', async () => {
    const first = await importFixture('tenant-a', 'au-elec-roll', 'au-elec-roll.csv');
    expect(first.outcome).toMatchObject({ status: 'imported', version: { source: 'au-elec-roll', status: 'active', counts: { records: 5, problems: 3 }, diff: { added: 5, removed: 0, changed: 0 } } });
    const again = await importFixture('tenant-a', 'au-elec-roll', 'au-elec-roll.csv');
    expect(again.outcome).toMatchObject({ status: 'unchanged', version: { id: first.outcome.version.id } });

    const changed = await readSourceFile('recordId,givenName,familyName,dateOfBirth\nE1,Mary,Testfourteen,1963-04-03\nE9,New,Person,2000-01-01\nE3,Sarah,,1930-02-13\n', { format: 'csv' });
    const second = await importSourceVersion(t.db, { tenantId: 'tenant-a', source: 'au-elec-roll', format: 'csv', sha256: changed.sha256, records: changed.records, problems: [] });
    expect(second.version).toMatchObject({ previousVersionId: first.outcome.version.id, diff: { added: 1, removed: 3, changed: 2 } });
    const sources = await listSources(t.db, 'tenant-a', { versions: true });
    expect(sources).toHaveLength(1);
    expect(sources[0]!.versions!.map((v) => v.status)).toEqual(['active', 'superseded']);
    expect(await listSources(t.db, 'tenant-b')).toEqual([]);
    expect(await activeSources(t.db, 'tenant-b', ['au-elec-roll'])).toEqual([]);
  });

  it('keeps the old version in force when an import fails', async () => {
    const before = (await activeSources(t.db, 'tenant-a', ['au-elec-roll']))[0]!;
    const bad = { recordId: 'X1', otherNames: [], govIds: [], givenName: 'A\u0000' };
    // A NUL byte cannot be stored in jsonb text: the transaction rolls back.
    await expect(importSourceVersion(t.db, { tenantId: 'tenant-a', source: 'au-elec-roll', format: 'csv', sha256: 'e'.repeat(64), records: [bad], problems: [] })).rejects.toThrow();
    expect((await activeSources(t.db, 'tenant-a', ['au-elec-roll']))[0]!.versionId).toBe(before.versionId);
  });

  it('finds candidates through the lookup keys: name pairs, name + date of birth, name + postcode', async () => {
    const { outcome } = await importFixture('tenant-a', 'au-efax-cdh-pub', 'au-efax-cdh-pub.jsonl', { creditBureau: 'Equifax' });
    const find = (a: Parameters<typeof applicantLookupKeys>[0]) => findCandidates(t.db, outcome.version.id, applicantLookupKeys(a));
    const base = { otherNames: [], addresses: [], govIds: [] };
    expect((await find({ ...base, givenName: 'Marie', familyName: 'Testfourteen' })).map((r) => r.recordId)).toEqual(['C1']);
    expect((await find({ ...base, familyName: 'Bruhn', givenName: 'Sarah', dateOfBirth: '1930-02-13' })).map((r) => r.recordId)).toEqual(['C3']);
    expect(await find({ ...base, givenName: 'Nobody', familyName: 'Atall' })).toEqual([]);
  });

  it('deletes a source with its versions', async () => {
    await importFixture('tenant-b', 'gone', 'au-govid1-pp.csv');
    expect(await deleteSource(t.db, 'tenant-b', 'gone')).toEqual({ deleted: true, versions: 1 });
    expect(await deleteSource(t.db, 'tenant-b', 'gone')).toEqual({ deleted: false, versions: 0 });
    expect(await listSources(t.db, 'tenant-b')).toEqual([]);
  });
});
