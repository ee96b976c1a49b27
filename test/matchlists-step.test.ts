import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMatchlist } from '../src/matchlists/sql/create-matchlist.js';
import { insertEntries } from '../src/matchlists/sql/insert-entries.js';
import type { MatchlistKind } from '../src/matchlists/types.js';
import { prepareEntry, type EntryInput } from '../src/matchlists/validate-entry.js';
import { matchlistStep } from '../src/steps/matchlist/index.js';
import { matchlistConfigSchema } from '../src/steps/matchlist/config.js';
import type { Individual } from '../src/domain/index.js';
import type { ApplicantFields } from '../src/domain/applicant.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';
import { maryEntity, stepContext } from './helpers/step-context.js';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.query('DELETE FROM matchlists');
  await t.db.query('DELETE FROM tenants');
  await t.db.query(`INSERT INTO tenants (id, name) VALUES ('tenant-a', 'A'), ('tenant-b', 'B')`);
});

async function list(tenantId: string, name: string, kind: MatchlistKind, entries: EntryInput[]) {
  const created = (await createMatchlist(t.db, tenantId, { name, kind }))!;
  const prepared = entries.map((e) => {
    const r = prepareEntry(e);
    if ('field' in r) throw new Error(`${r.field}: ${r.problem}`);
    return r.entry;
  });
  const added = await insertEntries(t.db, tenantId, created.id, prepared);
  return { list: created, entries: added };
}

const mary: Individual = {
  ...maryEntity,
  email: 'mary.t@example.com',
  phoneNumber: '+61 400 111 222',
  documents: [{ type: 'PASSPORT', number: 'PA1234567', country: 'AU' }],
};

const run = (config: unknown = {}, over: { tenantId?: string; entity?: Individual; applicant?: ApplicantFields } = {}) =>
  matchlistStep.run(stepContext(matchlistConfigSchema.parse(config), { db: t.db, stepName: 'MATCHLIST', entity: mary, ...over }));

describe('MATCHLIST step', () => {
  it('is CLEAR with no PROs when the tenant has no lists', async () => {
    const out = await run();
    expect(out.result).toBe('CLEAR');
    expect(out.processResults).toEqual([]);
    expect(out.summary).toEqual({ listsChecked: [], blockHits: 0, allowHits: 0 });
    expect(out.stepData).toEqual({ allowListed: false, lists: [] });
  });

  it('raises a HIT with one PRO per block-list hit', async () => {
    const { list: block, entries } = await list('tenant-a', 'fraud', 'block', [
      { entryType: 'EMAIL', value: ' MARY.T@EXAMPLE.COM', reason: 'chargeback fraud 2023' },
      { entryType: 'PHONE', value: '0061-400-111-222' },
      { entryType: 'DOCUMENT', value: 'pa 123 4567', country: 'au' },
      { entryType: 'EMAIL', value: 'someone@else.com' },
    ]);
    const out = await run();
    expect(out.result).toBe('HIT');
    expect(out.processResults).toHaveLength(3);
    const email = out.processResults!.find((p) => p.objectType === 'EMAIL')!;
    expect(email).toEqual({
      class: 'MATCHLIST',
      objectType: 'EMAIL',
      objectId: 'ent-mary',
      result: 'HIT',
      providerResult: { name: 'idflow-matchlist', source: 'fraud', reference: entries[0].id },
      supplementaryData: {
        type: 'MATCHLIST_EMAIL',
        listId: block.id,
        listName: 'fraud',
        listKind: 'block',
        entryType: 'EMAIL',
        entryValue: 'MARY.T@EXAMPLE.COM',
        matchedValue: 'mary.t@example.com',
        matchType: 'exact',
        reason: 'chargeback fraud 2023',
      },
    });
    expect(out.processResults!.map((p) => p.objectType).sort()).toEqual(['DOCUMENT', 'EMAIL', 'PHONE']);
    expect(out.summary).toEqual({ listsChecked: ['fraud'], blockHits: 3, allowHits: 0 });
    expect(out.serviceProviders?.[0]).toMatchObject({ provider: 'idflow-matchlist', result: 'HIT' });
  });

  it('reports an allow-list hit as a CLEAR PRO marked allowListed, and stays CLEAR', async () => {
    await list('tenant-a', 'vip', 'allow', [{ entryType: 'NAME', value: 'Testfourteen, Mary', dateOfBirth: '1962' }]);
    const out = await run();
    expect(out.result).toBe('CLEAR');
    expect(out.processResults).toHaveLength(1);
    expect(out.processResults![0]).toMatchObject({
      result: 'CLEAR',
      objectType: 'NAME',
      supplementaryData: { listKind: 'allow', allowListed: true, matchedValue: 'MARY TESTFOURTEEN', dateOfBirth: '1962' },
    });
    expect(out.stepData).toMatchObject({ allowListed: true });
  });

  it('is HIT when both a block and an allow list match', async () => {
    await list('tenant-a', 'vip', 'allow', [{ entryType: 'EMAIL', value: 'mary.t@example.com' }]);
    await list('tenant-a', 'fraud', 'block', [{ entryType: 'PHONE', value: '+61400111222' }]);
    const out = await run();
    expect(out.result).toBe('HIT');
    expect(out.summary).toMatchObject({ blockHits: 1, allowHits: 1 });
    expect(out.stepData).toMatchObject({ allowListed: true });
  });

  it('needs the date of birth to agree on a NAME entry', async () => {
    await list('tenant-a', 'fraud', 'block', [{ entryType: 'NAME', value: 'Mary Testfourteen', dateOfBirth: '1970-01-01' }]);
    expect((await run()).result).toBe('CLEAR');
    expect((await run({}, { entity: { ...mary, dateOfBirth: undefined } })).result).toBe('HIT');
  });

  it('matches a misspelt name on a block list with the screening matcher, but not on an allow list', async () => {
    await list('tenant-a', 'fraud', 'block', [{ entryType: 'NAME', value: 'Mary Testfourten' }]);
    await list('tenant-a', 'vip', 'allow', [{ entryType: 'NAME', value: 'Marie Testfourteen' }]);
    const out = await run();
    expect(out.result).toBe('HIT');
    expect(out.processResults).toHaveLength(1);
    expect(out.processResults![0].supplementaryData).toMatchObject({ matchType: 'fuzzy', listName: 'fraud', score: expect.any(Number) });
    expect((await run({ nameThreshold: 0.999 })).result).toBe('CLEAR');
  });

  it('checks the applicant fields too', async () => {
    await list('tenant-a', 'fraud', 'block', [{ entryType: 'DOCUMENT', value: 'X-99' }]);
    expect((await run()).result).toBe('CLEAR');
    expect((await run({}, { applicant: { docNum: 'x99' } })).result).toBe('HIT');
  });

  it("never sees another tenant's lists", async () => {
    await list('tenant-b', 'fraud', 'block', [{ entryType: 'EMAIL', value: 'mary.t@example.com' }]);
    expect((await run()).result).toBe('CLEAR');
    expect((await run({}, { tenantId: 'tenant-b' })).result).toBe('HIT');
  });

  it('checks only the lists named in its config, and fails naming a list the tenant lacks', async () => {
    await list('tenant-a', 'fraud', 'block', [{ entryType: 'EMAIL', value: 'mary.t@example.com' }]);
    await list('tenant-a', 'staff', 'block', []);
    const out = await run({ lists: ['staff'] });
    expect(out.result).toBe('CLEAR');
    expect(out.summary).toMatchObject({ listsChecked: ['staff'] });
    await expect(run({ lists: ['fraud', 'mules'] })).rejects.toMatchObject({
      code: 'MATCHLIST_NOT_FOUND',
      retryable: false,
      message: expect.stringContaining('"mules"'),
    });
    await list('tenant-b', 'mules', 'block', []);
    await expect(run({ lists: ['mules'] })).rejects.toMatchObject({ code: 'MATCHLIST_NOT_FOUND' });
  });

  it('keeps one entry when the same value is added twice, even in one batch', async () => {
    const { entries } = await list('tenant-a', 'fraud', 'block', [
      { entryType: 'EMAIL', value: 'a@b.com' },
      { entryType: 'EMAIL', value: ' A@B.COM ' },
    ]);
    expect(entries).toHaveLength(1);
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM matchlist_entries');
    expect(rows[0].n).toBe(1);
  });

  it('rejects unknown config keys and thresholds outside 0..1', () => {
    expect(matchlistConfigSchema.safeParse({ list: ['x'] }).success).toBe(false);
    expect(matchlistConfigSchema.safeParse({ nameThreshold: 90 }).success).toBe(false);
    expect(matchlistConfigSchema.safeParse({ lists: [] }).success).toBe(false);
  });
});
