import { describe, expect, it } from 'vitest';
import { evaluateRules, type SourceVerdict } from './evaluate-rules.js';
import { compileRules } from './rules.js';

const v = (source: string, verified: SourceVerdict['verified'], checked: SourceVerdict['checked'] = ['name', 'dateOfBirth', 'address']): SourceVerdict => ({ source, provider: source, checked, verified, failed: false });

describe('KYC rules', () => {
  it('counts distinct sources per attribute and required sources (the reference SafeHarbour2x2 example)', () => {
    const rules = compileRules([{ ruleName: 'SafeHarbour2x2', ruleOrder: 1, matchTypes: { name: 2, address: 1, dateOfBirth: 1 }, requiredSources: ['au-elec-roll'] }]);
    const verdicts = [v('au-elec-roll', ['address', 'name']), v('au-efax-cdh-pub', ['dateOfBirth', 'name']), v('au-efax-cdh-consumer', [])];
    const { matchedRules, unmatchedRules } = evaluateRules(rules, verdicts, 'obj');
    expect(unmatchedRules).toEqual([]);
    expect(matchedRules[0]!.ruleMatches[0]).toEqual({
      matchTypes: {
        name: { objectId: 'obj', matchCount: 2, matchSources: ['au-elec-roll', 'au-efax-cdh-pub'], nonMatchSources: ['au-efax-cdh-consumer'], isChecked: true, isVerified: true },
        address: { objectId: 'obj', matchCount: 1, matchSources: ['au-elec-roll'], nonMatchSources: ['au-efax-cdh-pub', 'au-efax-cdh-consumer'], isChecked: true, isVerified: true },
        dateOfBirth: { objectId: 'obj', matchCount: 1, matchSources: ['au-efax-cdh-pub'], nonMatchSources: ['au-elec-roll', 'au-efax-cdh-consumer'], isChecked: true, isVerified: true },
      },
      matchCount: 2,
      matchCountRequired: 2,
      hasAllRequiredSourcesMatched: true,
      requiredSourcesMatched: ['au-elec-roll'],
      requiredSourcesNotMatched: [],
      isVerified: true,
    });
    const without = evaluateRules(rules, [v('au-efax-cdh-pub', ['dateOfBirth', 'name', 'address']), v('au-efax-cdh-consumer', ['name'])], 'obj');
    expect(without.unmatchedRules[0]!.ruleMatches[0]).toMatchObject({ hasAllRequiredSourcesMatched: false, requiredSourcesNotMatched: ['au-elec-roll'], isVerified: false });
  });

  it('gov_id_only needs name, date of birth and government ID in one source; the default is name and date of birth or address', () => {
    const rules = compileRules([{ ruleName: 'gov_id_only' }, { ruleName: 'default', ruleOrder: 2 }]);
    const split = evaluateRules(rules, [v('a', ['name', 'govId']), v('b', ['dateOfBirth', 'name'])], 'o');
    expect(split.unmatchedRules.map((r) => r.ruleName)).toEqual(['gov_id_only']);
    expect(split.matchedRules.map((r) => r.ruleName)).toEqual(['default']);
    const one = evaluateRules(rules, [v('pp', ['dateOfBirth', 'govId', 'name'])], 'o');
    expect(one.matchedRules.map((r) => [r.ruleName, r.matchDetails])).toEqual([
      ['gov_id_only', [{ provider: 'pp', source: 'pp', attributesMatched: ['dateOfBirth', 'govId', 'name'] }]],
      ['default', [{ provider: 'pp', source: 'pp', attributesMatched: ['dateOfBirth', 'name'] }]],
    ]);
    expect(() => compileRules([{ ruleName: 'mine' }])).toThrow(/give matchTypes/);
  });
});
