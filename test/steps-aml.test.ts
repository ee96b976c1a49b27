import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Individual } from '../src/domain/index.js';
import type { StepServices } from '../src/engine/step-type.js';
import { ScreeningService } from '../src/screening/service.js';
import { importListVersion } from '../src/screening/store/import-list-version.js';
import { recordResolution } from '../src/screening/store/resolutions.js';
import type { ListEntity } from '../src/screening/types.js';
import { amlStep } from '../src/steps/aml/index.js';
import { amlConfigSchema } from '../src/steps/aml/config.js';
import { stepContext } from './helpers/step-context.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

const listed = (source: string, sourceId: string, name: string, extra: Partial<ListEntity> = {}): ListEntity => ({
  source, sourceId, type: 'person', names: [{ name, kind: 'primary' }], birthDates: [], countries: [], programs: ['TEST'], identifiers: [], ...extra,
});
const OFAC_V1 = [listed('ofac-sdn', '100', 'PETROV, Ivan', { birthDates: ['1970-01-02'], countries: ['RU'] }), listed('ofac-sdn', '200', 'AL-HASSAN, Omar')];
const UK_V1 = [listed('uk', 'RUS0001', 'SIDOROV Pyotr')];
const sha = (c: string) => c.repeat(64);

const ivan: Individual = { entityId: 'ent-ivan', entityType: 'INDIVIDUAL', name: { givenName: 'Ivan', familyName: 'Petrov', displayName: 'IVAN PETROV' }, dateOfBirth: '1970-01-02', nationality: 'RUS' };
const mary: Individual = { entityId: 'ent-mary', entityType: 'INDIVIDUAL', name: { givenName: 'Mary', familyName: 'Testfourteen', displayName: 'MARY TESTFOURTEEN' }, dateOfBirth: '1962-03-04' };

let t: TestDb;
let services: StepServices;
const run = (entity: Individual, config: unknown = {}) =>
  amlStep.run(stepContext(amlConfigSchema.parse(config), { db: t.db, stepName: 'AML', entity, services }));

beforeAll(async () => {
  t = await createTestDb();
  services = { screening: new ScreeningService(t.db, { checkIntervalMs: 0 }) };
  await t.db.query(`INSERT INTO tenants (id, name) VALUES ('tenant-a', 'A')`);
  for (const e of [ivan, mary]) await t.db.query(`INSERT INTO entities (id, tenant_id, data) VALUES ($1, 'tenant-a', $2::jsonb)`, [e.entityId, JSON.stringify(e)]);
});
afterAll(async () => {
  await t?.close();
});

describe('AML step', () => {
  it('fails with a message naming the fix while no list is imported', async () => {
    await expect(run(ivan)).rejects.toMatchObject({ code: 'SCREENING_LISTS_EMPTY', retryable: false, message: expect.stringMatching(/idflow lists import/) });
  });

  it('raises a HIT with one PRO per list entry, pinned to the list version', async () => {
    const ofac = await importListVersion(t.db, { source: 'ofac-sdn', format: 'ofac-sdn', sha256: sha('1'), entities: OFAC_V1, problems: [] });
    await importListVersion(t.db, { source: 'uk', format: 'uk', sha256: sha('2'), entities: UK_V1, problems: [] });
    const out = await run(ivan);
    expect(out.result).toBe('HIT');
    expect(out.processResults).toHaveLength(1);
    const [pro] = out.processResults!;
    expect(pro).toMatchObject({
      class: 'AML',
      objectType: 'NAME',
      objectId: 'ent-ivan',
      result: 'HIT',
      providerResult: { name: 'idflow-screening', source: 'ofac-sdn', reference: '100', confidence: expect.any(Number) },
      supplementaryData: { type: 'SANCTION', matchedName: 'PETROV, Ivan', listName: 'OFAC Specially Designated Nationals (SDN) List', listVersion: ofac.version.id },
    });
    expect(pro.supplementaryData!.score).toBe(pro.providerResult.confidence);
    // The nationality as a passport's MRZ gives it (RUS) counts against the list's RU.
    expect((pro.supplementaryData!.explanation as { summary: string }).summary).toMatch(/dob.*country RU matches/);
    expect(out.serviceProviders).toEqual([{ provider: 'idflow-screening', result: 'HIT', startedAt: expect.any(String), endedAt: expect.any(String) }]);
    expect(out.validations).toEqual([
      { Name: 'PepAndSanctionCheck', DisplayName: 'Pep And Sanction Check', DetailedResult: 'Sanction Match', ValidationOutcome: 'Failed' },
    ]);
    expect(out.summary).toMatchObject({ hits: 1, sanctionHits: 1, pepHits: 0, matchTypes: ['SANCTION'] });
    expect(out.stepData).toMatchObject({ description: expect.stringMatching(/1 possible match: SANCTION PETROV, Ivan/) });
  });

  it('is CLEAR, with the PepAndSanctionCheck passed, for a name on no list', async () => {
    const out = await run(mary);
    expect(out.result).toBe('CLEAR');
    expect(out.processResults).toEqual([]);
    expect(out.validations![0]).toMatchObject({ ValidationOutcome: 'Passed', DetailedResult: 'No PEP/Sanction Match' });
  });

  it('screens only the lists the config names, and refuses a list that is not imported', async () => {
    expect((await run(ivan, { lists: ['uk'] })).result).toBe('CLEAR');
    expect((await run(ivan, { lists: ['ofac-sdn', 'uk'] })).result).toBe('HIT');
    await expect(run(ivan, { lists: ['eu-fsf'] })).rejects.toMatchObject({ code: 'SCREENING_LIST_NOT_LOADED', message: expect.stringMatching(/"eu-fsf"/) });
  });

  it('does not raise a hit resolved as false positive again until the list entry changes', async () => {
    const first = await run(ivan);
    const pro = first.processResults![0];
    await recordResolution(t.db, {
      tenantId: 'tenant-a', entityId: 'ent-ivan', source: 'ofac-sdn', sourceId: '100',
      contentHash: pro.supplementaryData!.contentHash as string, resolution: 'FALSE_POSITIVE', resolvedBy: 'reviewer@example.com',
    });
    const second = await run(ivan);
    expect(second.result).toBe('CLEAR');
    expect(second.summary).toMatchObject({ hits: 0, suppressedFalsePositives: 1 });
    // A new version that changes entry 100 (a new alias) raises it again; the index is rebuilt on its own.
    const changed = [{ ...OFAC_V1[0], names: [...OFAC_V1[0].names, { name: 'PETROFF, Ivan', kind: 'alias' as const }] }, OFAC_V1[1]];
    const v2 = await importListVersion(t.db, { source: 'ofac-sdn', format: 'ofac-sdn', sha256: sha('3'), entities: changed, problems: [] });
    expect(v2.version.diff).toEqual({ added: 0, removed: 0, changed: 1 });
    const third = await run(ivan);
    expect(third.result).toBe('HIT');
    expect(third.processResults![0].supplementaryData).toMatchObject({ listVersion: v2.version.id });
  });

  it('raises PEPs as PEP hits with their positions, screens for what the config chooses, with a threshold per type', async () => {
    const pep = (id: string, name: string, extra: Partial<ListEntity> = {}) =>
      listed('us_congress', id, name, { categories: ['PEP'], topics: ['role.pep'], positions: ['United States Senator from WA'], ...extra });
    await importListVersion(t.db, {
      source: 'us_congress', format: 'ftm', sha256: sha('4'), problems: [],
      entities: [pep('pep-1', 'Maria Cantwell', { birthDates: ['1958-10-13'], countries: ['US'] }), pep('pep-2', 'Zbigniew Relativeson', { target: false, categories: ['SANCTION'] })],
    });
    const maria: Individual = { entityId: 'ent-maria', entityType: 'INDIVIDUAL', name: { givenName: 'Maria', familyName: 'Cantwell', displayName: 'Maria Cantwell' }, dateOfBirth: '1958-10-13', nationality: 'USA' };
    const both = await run(maria);
    expect(both.result).toBe('HIT');
    expect(both.processResults![0].supplementaryData).toMatchObject({
      type: 'PEP', categories: ['PEP'], topics: ['role.pep'], positions: ['United States Senator from WA'], target: true, listSource: 'us_congress',
    });
    expect(both.validations![0]).toMatchObject({ DetailedResult: 'PEP Match', ValidationOutcome: 'Failed' });
    expect(both.summary).toMatchObject({ pepHits: 1, sanctionHits: 0, matchTypes: ['PEP'] });
    expect((await run(maria, { screen: ['SANCTION'] })).validations![0]).toMatchObject({ DetailedResult: 'No PEP/Sanction Match', ValidationOutcome: 'Passed' });
    // A PEP threshold above the score drops the PEP hit; the sanctions threshold does not apply to it.
    const score = both.processResults![0].providerResult.confidence as number;
    expect((await run(maria, { thresholds: { PEP: Math.min(1, score + 0.01) }, threshold: 0.5 })).result).toBe(score >= 1 ? 'HIT' : 'CLEAR');
    // An entity that is not itself listed is screened only when the config asks.
    const relative: Individual = { entityId: 'ent-rel', entityType: 'INDIVIDUAL', name: { givenName: 'Zbigniew', familyName: 'Relativeson', displayName: 'Zbigniew Relativeson' } };
    expect((await run(relative)).result).toBe('CLEAR');
    const asked = await run(relative, { includeNonTargets: true });
    expect(asked.result).toBe('HIT');
    expect(asked.processResults![0].supplementaryData).toMatchObject({ type: 'SANCTION', target: false });
    expect(() => amlConfigSchema.parse({ screen: [] })).toThrow(/at least one/);
    expect(() => amlConfigSchema.parse({ thresholds: { PEP: 2 } })).toThrow();
  });
});
