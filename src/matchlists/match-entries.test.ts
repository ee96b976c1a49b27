import { describe, expect, it } from 'vitest';
import type { Individual } from '../domain/index.js';
import { lookupKeys, matchEntries, nameWords, subjectFrom, type NameComparator } from './match-entries.js';
import { normalizeValue } from './normalize.js';
import type { ListedEntry, MatchlistEntryType, MatchlistKind } from './types.js';

let seq = 0;
function entry(entryType: MatchlistEntryType, value: string, extra: Partial<ListedEntry> & { listKind?: MatchlistKind } = {}): ListedEntry {
  seq += 1;
  return {
    id: `E${seq}`,
    matchlistId: 'L1',
    entryType,
    value,
    normalizedValue: normalizeValue(entryType, value)!,
    dateOfBirth: null,
    country: null,
    reason: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    listName: 'fraudsters',
    listKind: 'block',
    ...extra,
  };
}

const mary: Individual = {
  entityId: 'ent-1',
  entityType: 'INDIVIDUAL',
  name: { givenName: 'Mary', familyName: 'Testfourteen', displayName: 'MARY TESTFOURTEEN' },
  dateOfBirth: '1962-03-04',
  email: ' Mary@Example.com',
  phoneNumber: '+61 400 000 000',
  documents: [{ type: 'PASSPORT', number: 'pa 1234-567', country: 'AU' }],
};
const subject = subjectFrom(mary, { firstName: 'Mary', lastName: 'Test-Fourteen', phoneNumber: '0061400000001', docNum: 'X99' });

describe('subjectFrom', () => {
  it('gathers the distinct compared values of entity and applicant', () => {
    expect(subject.names.map((n) => n.normalized)).toEqual(['mary testfourteen', 'fourteen mary test']);
    expect(subject.emails).toEqual([{ value: ' Mary@Example.com', normalized: 'mary@example.com' }]);
    expect(subject.phones.map((p) => p.normalized)).toEqual(['+61400000000', '+61400000001']);
    expect(subject.documents).toEqual([
      { value: 'pa 1234-567', normalized: 'PA1234567', country: 'AU' },
      { value: 'X99', normalized: 'X99', country: undefined },
    ]);
    expect(subject.dateOfBirth).toBe('1962-03-04');
    expect(nameWords(subject)).toEqual(['mary', 'testfourteen', 'fourteen', 'test']);
  });

  it('gives lookup keys for every value, phones with and without +', () => {
    const keys = lookupKeys(subject);
    expect(keys.types.length).toBe(keys.values.length);
    expect(keys.values).toContain('61400000000');
    expect(keys.values).toContain('+61400000000');
    expect(keys.values).toContain('mary@example.com');
  });
});

describe('matchEntries', () => {
  it('matches an email, phone and document after normalisation', () => {
    const hits = matchEntries(subject, [
      entry('EMAIL', 'MARY@example.com '),
      entry('PHONE', '0061-400-000-000'),
      entry('DOCUMENT', 'PA1234567', { country: 'AU' }),
      entry('EMAIL', 'other@example.com'),
    ]);
    expect(hits.map((h) => [h.entry.entryType, h.matchedValue, h.matchType])).toEqual([
      ['EMAIL', ' Mary@Example.com', 'exact'],
      ['PHONE', '+61 400 000 000', 'exact'],
      ['DOCUMENT', 'pa 1234-567', 'exact'],
    ]);
  });

  it('matches a phone listed without its + to the international form', () => {
    expect(matchEntries(subject, [entry('PHONE', '61 400 000 000')])).toHaveLength(1);
  });

  it('needs document countries to agree when both are given in the same form', () => {
    expect(matchEntries(subject, [entry('DOCUMENT', 'PA1234567', { country: 'NZ' })])).toEqual([]);
    expect(matchEntries(subject, [entry('DOCUMENT', 'PA1234567', { country: 'AUS' })])).toHaveLength(1);
    expect(matchEntries(subject, [entry('DOCUMENT', 'X99', { country: 'NZ' })])).toHaveLength(1);
  });

  it('matches a name whatever its case, accents and word order', () => {
    const hits = matchEntries(subject, [entry('NAME', 'Testfourteen, Mary')]);
    expect(hits).toHaveLength(1);
    expect(hits[0].matchedValue).toBe('MARY TESTFOURTEEN');
  });

  it('requires the date of birth to agree when both sides have one', () => {
    expect(matchEntries(subject, [entry('NAME', 'Mary Testfourteen', { dateOfBirth: '1962' })])).toHaveLength(1);
    expect(matchEntries(subject, [entry('NAME', 'Mary Testfourteen', { dateOfBirth: '1963-03-04' })])).toEqual([]);
    const noDob = subjectFrom({ ...mary, dateOfBirth: undefined }, {});
    expect(matchEntries(noDob, [entry('NAME', 'Mary Testfourteen', { dateOfBirth: '1963-03-04' })])).toHaveLength(1);
  });

  it('compares unequal names with the comparator on block lists only, at the threshold', () => {
    const calls: [string, string][] = [];
    const compare: NameComparator = (a, b) => {
      calls.push([a, b]);
      return b === 'Mary Testfourten' ? 0.96 : 0.5;
    };
    const block = entry('NAME', 'Mary Testfourten');
    const allow = entry('NAME', 'Mary Testfourten', { listKind: 'allow' });
    const hits = matchEntries(subject, [block, allow, entry('NAME', 'John Smith')], { compareNames: compare });
    expect(hits.map((h) => [h.entry.id, h.matchType, h.score])).toEqual([[block.id, 'fuzzy', 0.96]]);
    // Two names of the subject against the two block entries; never against the allow entry.
    expect(calls).toHaveLength(4);
    expect(matchEntries(subject, [block], { compareNames: compare, nameThreshold: 0.97 })).toEqual([]);
    // The default threshold (0.95) keeps a 0.93 out.
    expect(matchEntries(subject, [block], { compareNames: () => 0.93 })).toEqual([]);
  });

  it('finds nothing for an entity without the listed values', () => {
    const bare = subjectFrom({ entityId: 'e', entityType: 'INDIVIDUAL', name: { displayName: 'Someone Else' } }, {});
    expect(matchEntries(bare, [entry('EMAIL', 'a@b.c'), entry('PHONE', '+1 555 0100'), entry('NAME', 'Mary Testfourteen')])).toEqual([]);
  });
});
