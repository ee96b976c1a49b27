import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Individual } from '../src/domain/index.js';
import { readSourceFile } from '../src/kyc/read-source-file.js';
import { importSourceVersion } from '../src/kyc/sql/import-source-version.js';
import { kycConfigSchema } from '../src/steps/kyc/config.js';
import { kycStep } from '../src/steps/kyc/index.js';
import { stepContext } from './helpers/step-context.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

let t: TestDb;
const run = (entity: Individual, config: unknown) => kycStep.run(stepContext(kycConfigSchema.parse(config), { db: t.db, stepName: 'KYC', entity }));

async function load(source: string, file: string, extra: { provider?: string; creditBureau?: 'Equifax' } = {}) {
  const parsed = await readSourceFile(readFileSync(new URL(`./fixtures/kyc/${file}`, import.meta.url)), { format: file.endsWith('.jsonl') ? 'jsonl' : 'csv' });
  await importSourceVersion(t.db, { tenantId: 'tenant-a', source, format: parsed.format, sha256: parsed.sha256, records: parsed.records, problems: parsed.problems, ...extra });
}

const mary: Individual = {
  entityId: 'ent-mary',
  entityType: 'INDIVIDUAL',
  name: { givenName: 'Marie', familyName: 'Testfourteen', displayName: 'MARIE TESTFOURTEEN' },
  dateOfBirth: '1963-04-02',
  addresses: [{ streetAddress: '12 Smith Street', locality: 'Mt Waverley', subdivision: 'Victoria', postalCode: '3149', country: 'AU' }],
};
const SAFE_HARBOUR = { ruleName: 'SafeHarbour2x2', ruleOrder: 1, matchTypes: { name: 2, address: 1, dateOfBirth: 1 }, requiredSources: ['au-elec-roll'] };

beforeAll(async () => {
  t = await createTestDb();
  await t.db.query(`INSERT INTO tenants (id, name) VALUES ('tenant-a', 'A')`);
  await load('au-elec-roll', 'au-elec-roll.csv', { provider: 'dvs' });
  await load('au-efax-cdh-pub', 'au-efax-cdh-pub.jsonl', { provider: 'equifax', creditBureau: 'Equifax' });
  await load('au-govid1-pp', 'au-govid1-pp.csv', { provider: 'con_testbed-docs' });
});
afterAll(async () => {
  await t?.close();
});

describe('KYC step', () => {
  it('MATCH by a 2x2 rule, in the reference matchedRules shape, with a PRO per attribute and source', async () => {
    const out = await run(mary, { sources: ['au-elec-roll', 'au-efax-cdh-pub'], rules: [SAFE_HARBOUR] });
    expect(out.result).toBe('MATCH');
    const summary = out.summary as { matchedRules: unknown[]; unmatchedRules: unknown[] };
    expect(summary.unmatchedRules).toEqual([]);
    expect(summary.matchedRules).toEqual([
      {
        ruleName: 'SafeHarbour2x2',
        ruleOrder: 1,
        ruleMatches: [
          {
            matchTypes: {
              name: { objectId: 'ent-mary', matchCount: 2, matchSources: ['au-elec-roll', 'au-efax-cdh-pub'], nonMatchSources: [], isChecked: true, isVerified: true },
              address: { objectId: 'ent-mary', matchCount: 2, matchSources: ['au-elec-roll', 'au-efax-cdh-pub'], nonMatchSources: [], isChecked: true, isVerified: true },
              dateOfBirth: { objectId: 'ent-mary', matchCount: 2, matchSources: ['au-elec-roll', 'au-efax-cdh-pub'], nonMatchSources: [], isChecked: true, isVerified: true },
            },
            matchCount: 2,
            matchCountRequired: 2,
            hasAllRequiredSourcesMatched: true,
            requiredSourcesMatched: ['au-elec-roll'],
            requiredSourcesNotMatched: [],
            isVerified: true,
          },
        ],
        isVerified: true,
        matchDetails: [
          { provider: 'dvs', source: 'au-elec-roll', attributesMatched: ['address', 'dateOfBirth', 'name'] },
          { provider: 'equifax', source: 'au-efax-cdh-pub', attributesMatched: ['address', 'dateOfBirth', 'name'] },
        ],
        nonMatchDetails: [],
      },
    ]);
    expect(out.processResults).toHaveLength(6);
    const address = out.processResults!.find((p) => p.objectType === 'ADDRESS' && p.providerResult.source === 'au-efax-cdh-pub')!;
    expect(address).toMatchObject({
      class: 'KYC',
      result: 'MATCH',
      providerResult: { name: 'equifax', source: 'au-efax-cdh-pub', sourceNormalized: 'au-efax-cdh-pub', confidence: '100', reference: 'C1' },
      supplementaryData: { type: 'KYC_ADDRESS', fuzziness: { normalized: 50, actual: 20 }, wasNameMatchStrongEnough: true, matchStrengths: { fullAddress: 100, streetNumber: 100, streetName: 100, streetType: 100, locality: 100, subdivision: 100, postalCode: 100, country: 100 } },
      notes: { kvpKey: 'Important.CreditBureauMatch.Equifax', kvpValue: 'true' },
    });
    const name = out.processResults!.find((p) => p.objectType === 'NAME' && p.providerResult.source === 'au-elec-roll')!;
    expect(name.supplementaryData).toMatchObject({ type: 'KYC_NAME', matchStrengths: { familyName: 100, givenName: expect.any(Number) } });
    expect((name.supplementaryData!.matchStrengths as { givenName: number }).givenName).toBeGreaterThanOrEqual(85);
    expect(new Set(out.processResults!.filter((p) => p.providerResult.source === 'au-elec-roll').map((p) => p.groupId)).size).toBe(1);
    expect(out.validations).toEqual([expect.objectContaining({ Name: 'AddressVerification', DisplayName: 'Address Verification', DetailedResult: 'Match', ValidationOutcome: 'Passed', ActionsText: null, Id: null })]);
  });

  it('reports an unmet rule in unmatchedRules with the sources that did not match, and PARTIAL', async () => {
    const sarah: Individual = { entityId: 'ent-sarah', entityType: 'INDIVIDUAL', name: { givenName: 'Sarah', familyName: 'Bruhn', displayName: 'Sarah Bruhn' }, dateOfBirth: '1930-02-13', addresses: [{ streetAddress: '1 Other St', locality: 'Perth', postalCode: '6000' }] };
    const out = await run(sarah, { sources: ['au-elec-roll', 'au-efax-cdh-pub'], rules: [SAFE_HARBOUR] });
    expect(out.result).toBe('PARTIAL');
    const rule = (out.summary as { unmatchedRules: Array<Record<string, unknown>> }).unmatchedRules[0]!;
    expect(rule).toMatchObject({
      ruleName: 'SafeHarbour2x2',
      isVerified: false,
      ruleMatches: [{
        matchTypes: {
          name: { matchCount: 1, matchSources: ['au-elec-roll'], nonMatchSources: ['au-efax-cdh-pub'], isChecked: true, isVerified: false },
          address: { matchCount: 0, matchSources: [], nonMatchSources: ['au-elec-roll', 'au-efax-cdh-pub'], isChecked: true, isVerified: false },
        },
        matchCountRequired: 2,
        hasAllRequiredSourcesMatched: true,
        isVerified: false,
      }],
      nonMatchDetails: [{ provider: 'equifax', source: 'au-efax-cdh-pub', attributesNotMatched: ['address', 'dateOfBirth', 'name'] }],
    });
    // Sarah Brown with Sarah Bruhn's date of birth is someone else: no PRO claims her date of birth.
    const efax = out.processResults!.filter((p) => p.providerResult.source === 'au-efax-cdh-pub');
    expect(efax.map((p) => [p.objectType, p.result])).toEqual([['NAME', 'NO_MATCH'], ['DATE_OF_BIRTH', 'NO_MATCH'], ['ADDRESS', 'NO_MATCH']]);
    expect(efax[0]!.notes).toMatchObject({ kvpKey: 'Important.CreditBureauMatch.Equifax', kvpValue: 'false' });
  });

  it('MATCH by gov_id_only on dateOfBirth, govId and name, the first verified rule by ruleOrder', async () => {
    const withPassport: Individual = { ...mary, name: { givenName: 'Mary', familyName: 'Testfourteen', displayName: 'MARY TESTFOURTEEN' }, addresses: [], documents: [{ type: 'PASSPORT', number: 'PA 123 4567', country: 'AU' }] };
    const out = await run(withPassport, { sources: ['au-govid1-pp', 'au-elec-roll'], rules: [SAFE_HARBOUR, { ruleName: 'gov_id_only', ruleOrder: 2 }] });
    expect(out.result).toBe('MATCH');
    const summary = out.summary as { matchedRules: Array<Record<string, unknown>>; unmatchedRules: Array<Record<string, unknown>> };
    expect(summary.matchedRules.map((r) => r.ruleName)).toEqual(['gov_id_only']);
    expect(summary.matchedRules[0]!.matchDetails).toEqual([{ provider: 'con_testbed-docs', source: 'au-govid1-pp', attributesMatched: ['dateOfBirth', 'govId', 'name'] }]);
    expect(summary.unmatchedRules.map((r) => r.ruleName)).toEqual(['SafeHarbour2x2']);
    expect(out.processResults!.filter((p) => p.providerResult.source === 'au-govid1-pp').map((p) => [p.objectType, p.result])).toEqual([['NAME', 'MATCH'], ['DATE_OF_BIRTH', 'MATCH'], ['GOV_ID', 'MATCH']]);
    // The electoral roll holds no passport numbers: its GOV_ID PRO says NO_MATCH.
    expect(out.processResults!.filter((p) => p.providerResult.source === 'au-elec-roll').map((p) => [p.objectType, p.result])).toEqual([['NAME', 'MATCH'], ['DATE_OF_BIRTH', 'MATCH'], ['GOV_ID', 'NO_MATCH']]);
  });

  it('NO_MATCH with NO_MATCH PROs for every source consulted, and MISSING_DATA without a name', async () => {
    const nobody: Individual = { entityId: 'ent-x', entityType: 'INDIVIDUAL', name: { givenName: 'Zebedee', familyName: 'Quartermaine', displayName: 'Zebedee Quartermaine' }, dateOfBirth: '2001-01-01' };
    const out = await run(nobody, { sources: ['au-elec-roll', 'au-efax-cdh-pub'] });
    expect(out.result).toBe('NO_MATCH');
    expect(out.processResults!.every((p) => p.result === 'NO_MATCH' && p.providerResult.confidence === '0')).toBe(true);
    expect((out.summary as { unmatchedRules: Array<{ ruleName: string }> }).unmatchedRules.map((r) => r.ruleName)).toEqual(['default']);
    const noName: Individual = { entityId: 'ent-y', entityType: 'INDIVIDUAL', name: { givenName: 'Zebedee', displayName: 'Zebedee' } };
    expect((await run(noName, { sources: ['au-elec-roll'] })).result).toBe('MISSING_DATA');
  });

  it('fails with the fix when a source has no imported version, and refuses bad rules in the definition', async () => {
    await expect(run(mary, { sources: ['au-nothing'] })).rejects.toMatchObject({ code: 'KYC_SOURCE_NOT_IMPORTED', retryable: false, message: expect.stringMatching(/idflow sources import --name au-nothing/) });
    expect(kycConfigSchema.safeParse({ sources: ['a'], rules: [{ ruleName: 'mine' }] }).success).toBe(false);
    expect(kycConfigSchema.safeParse({ sources: [] }).success).toBe(false);
    const notConsulted = kycConfigSchema.safeParse({ sources: ['a'], rules: [{ ruleName: 'r', matchTypes: { name: 1 }, requiredSources: ['b'] }] });
    expect(notConsulted.error?.issues[0]?.message).toMatch(/requires source "b", which the step does not consult/);
  });

  it('honours fuzziness 0 (exact names) and the date-of-birth tolerance', async () => {
    const typo: Individual = { ...mary, name: { givenName: 'Mary', familyName: 'Testforteen', displayName: 'x' }, dateOfBirth: '1963-02-04', addresses: [] };
    const exact = await run(typo, { sources: ['au-elec-roll'], fuzziness: 0, dobTolerance: ['transposed'] });
    expect(exact.result).toBe('NO_MATCH');
    const fuzzy = await run(typo, { sources: ['au-elec-roll'], dobTolerance: ['transposed'] });
    expect(fuzzy.result).toBe('MATCH');
    const dob = fuzzy.processResults!.find((p) => p.objectType === 'DATE_OF_BIRTH')!;
    expect(dob.supplementaryData).toMatchObject({ matchedBy: 'transposed', matchStrengths: { dateOfBirth: 80 } });
  });
});
