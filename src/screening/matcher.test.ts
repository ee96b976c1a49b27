import { describe, expect, it } from 'vitest';
import { buildScreeningIndex, compareNames, DEFAULT_THRESHOLD, screenName, STRONG_THRESHOLD } from './matcher.js';
import type { ListEntity } from './types.js';

function entity(source: string, sourceId: string, type: ListEntity['type'], names: Array<string | [string, 'alias' | 'weak']>, extra: Partial<ListEntity> = {}): ListEntity {
  return {
    source,
    sourceId,
    type,
    names: names.map((n, i) => (typeof n === 'string' ? { name: n, kind: i === 0 ? 'primary' : 'alias' } : { name: n[0], kind: n[1] })),
    birthDates: [],
    countries: [],
    programs: [],
    identifiers: [],
    ...extra,
  };
}

const ENTITIES: ListEntity[] = [
  entity('ofac-sdn', '1', 'person', ['PUTIN, Vladimir Vladimirovich'], { birthDates: ['1952-10-07'], countries: ['RU'], gender: 'male' }),
  entity('ofac-sdn', '2', 'organization', ['ROSNEFT OIL COMPANY OAO', 'NK ROSNEFT']),
  entity('un', 'QDi.001', 'person', ['MUHAMMAD ALI KHAN', ['Abu Khalid', 'weak']], { birthDates: ['1970'], countries: ['PK'] }),
  entity('uk', 'UK1', 'person', ['SMITH, John Robert'], { birthDates: ['1960-01-01'] }),
  entity('uk', 'UK2', 'vessel', ['OCEAN STAR']),
  entity('ofac-sdn', '3', 'person', ['KIM, Jong Un']),
  entity('ofac-sdn', '4', 'person', ['AL-OTAIBI, Nasser']),
  entity('us-csl', 'C1', 'unknown', ['WILLIAM HENDERSON']),
];
const index = buildScreeningIndex(ENTITIES);

const top = (name: string, extra: Record<string, unknown> = {}) => screenName(index, { name, ...extra })[0];

describe('compareNames', () => {
  it('matches a listed name written in another order, without the patronymic', () => {
    const r = compareNames('PUTIN, Vladimir Vladimirovich', 'Vladimir Putin');
    expect(r.match).toBe(true);
    expect(r.threshold).toBe(DEFAULT_THRESHOLD);
    expect(r.explanation.tokens.map((t) => [t.query, t.list, t.kind])).toEqual(
      expect.arrayContaining([['vladimir', 'vladimir', 'exact'], ['putin', 'putin', 'exact']]),
    );
    expect(r.explanation.unmatchedQuery).toEqual(['vladimirovich']);
  });

  it('matches a name written in Cyrillic', () => {
    const r = compareNames('Vladimir Putin', 'Владимир Путин');
    expect(r.score).toBe(1);
    expect(r.match).toBe(true);
  });

  it('matches spellings of one name phonetically', () => {
    const r = compareNames('Mohammed Khan', 'Muhammad Khan');
    expect(r.match).toBe(true);
    expect(r.explanation.tokens.find((t) => t.query === 'mohammed')?.kind).toBe('phonetic');
  });

  it('lets an initial stand for a given name', () => {
    const r = compareNames('J. Smith', 'John Smith');
    expect(r.match).toBe(true);
    expect(r.explanation.tokens.find((t) => t.query === 'j')).toMatchObject({ list: 'john', kind: 'initial' });
    expect(compareNames('K. Smith', 'John Smith').score).toBeLessThan(r.score);
  });

  it('matches nicknames', () => {
    const r = compareNames('Bill Henderson', 'William Henderson');
    expect(r.match).toBe(true);
    expect(r.explanation.tokens.find((t) => t.query === 'bill')?.kind).toBe('nickname');
  });

  it('ignores company legal forms and generic words', () => {
    expect(compareNames('Rosneft Oil Company OAO', 'ROSNEFT', { type: 'organization' }).match).toBe(true);
  });

  it('matches a name written as one word on one side and two on the other', () => {
    const r = compareNames('Abdulrahman Yasin', 'Abdul Rahman Yasin');
    expect(r.match).toBe(true);
    expect(r.explanation.tokens.some((t) => t.kind === 'joined')).toBe(true);
  });

  it('keeps obvious non-matches below the threshold', () => {
    for (const [a, b] of [
      ['Vladimir Putin', 'Angela Merkel'],
      ['John Smith', 'Jane Doe'],
      ['CANO CORREA, Jhon Eidelber', 'CORREA SALAS, Euclides'],
      ['Maria Garcia', 'Mario Gomez'],
    ]) {
      const r = compareNames(a, b);
      expect(r.match, `${a} vs ${b}: ${r.score}`).toBe(false);
    }
  });

  it('matches Western names written in other scripts through the sounds those scripts shift', () => {
    for (const [latin, native] of [
      ['gutmans', 'جتمانز'], // Arabic writes g as j
      ['charlton', "צ'רלטון"], // Hebrew ch is tsadi with a geresh
      ['hendrix', 'хендрикс'], // Cyrillic kh for a Latin h
      ['reichenau', 'райхенау'], // and for a German ch
      ['zagorac', '扎哥拉奇'], // Chinese characters write a final c (ts) as qi
      ['randon', '朗东'], // and add the g of a final ng
      ['maxima', 'максима'], // x is ks
    ]) {
      const r = compareNames(latin, native);
      expect(r.match, `${latin} vs ${native}: ${r.score}`).toBe(true);
      expect(r.explanation.tokens[0].kind).toBe('transliteration');
    }
    // A Latin j is not an Arabic k.
    expect(compareNames('jamal', 'كمال').match).toBe(false);
  });

  it('compares a name in Chinese characters or Hangul with a romanised East Asian name by reading alone', () => {
    // feng and pang share their consonant skeleton, but not their syllables.
    const r = compareNames('伟 冯', 'Wei Pang');
    expect(r.match, String(r.score)).toBe(false);
    expect(r.explanation.summary).toContain('compared by reading');
    expect(compareNames('伟 冯', 'Wei Feng').score).toBe(1);
    // Names written without spaces, and pinyin x and q (read as sh and ch from the characters).
    expect(compareNames('陳金平', 'Chen Jinping').score).toBe(1);
    const xi = compareNames('习 近平', 'Xi Jinping');
    expect(xi.score).toBe(1);
    expect(xi.explanation.tokens.map((t) => t.kind)).toEqual(['exact', 'exact']);
    expect(compareNames('정희 김', 'Kim Jong Gak').match).toBe(false);
    // A Western name written in Chinese characters is still found through its sounds.
    expect(compareNames('克魯森', 'Crewson').match).toBe(true);
  });

  it('scores in [0, 1] and is symmetric', () => {
    const ab = compareNames('Muhammad Ali Khan', 'Ali Khan');
    const ba = compareNames('Ali Khan', 'Muhammad Ali Khan');
    expect(ab.score).toBe(ba.score);
    expect(ab.score).toBeGreaterThan(0);
    expect(ab.score).toBeLessThanOrEqual(1);
    expect(compareNames('', 'Ali Khan').score).toBe(0);
  });
});

describe('screenName', () => {
  it('finds a listed person from a reordered, typo-ridden name and explains the hit', () => {
    const hit = top('Vladimr Putin');
    expect(hit).toMatchObject({ source: 'ofac-sdn', sourceId: '1', name: 'PUTIN, Vladimir Vladimirovich', matchedName: 'PUTIN, Vladimir Vladimirovich', type: 'person' });
    expect(hit.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(hit.explanation.tokens.find((t) => t.list === 'vladimir')).toMatchObject({ query: 'vladimr', kind: 'fuzzy' });
    expect(hit.explanation.summary).toContain('putin=putin (exact)');
  });

  it('finds a name written in Cyrillic', () => {
    expect(top('Владимир Путин')?.sourceId).toBe('1');
  });

  it('raises the score for a matching date of birth and lowers it for a different one', () => {
    const plain = top('Vladimir Putin').score;
    const same = top('Vladimir Putin', { dob: '1952-10-07' });
    const other = screenName(index, { name: 'Vladimir Putin', dob: '1980', threshold: 0 })[0];
    expect(same.score).toBeGreaterThan(plain);
    expect(same.explanation.adjustments).toEqual([expect.objectContaining({ factor: 'dob', delta: expect.any(Number) })]);
    expect(other.score).toBeLessThan(plain);
    expect(other.explanation.adjustments[0]).toMatchObject({ factor: 'dob' });
    expect(other.explanation.adjustments[0].delta).toBeLessThan(0);
  });

  it('applies country and gender when both sides state them', () => {
    const country = screenName(index, { name: 'Vladimir Putin', country: 'DE', threshold: 0 })[0];
    expect(country.explanation.adjustments.map((a) => a.factor)).toEqual(['country']);
    expect(country.score).toBeLessThan(top('Vladimir Putin').score);
    const gender = screenName(index, { name: 'Vladimir Putin', gender: 'female', threshold: 0 })[0];
    expect(gender.explanation.adjustments.map((a) => a.factor)).toEqual(['gender']);
  });

  it('finds organisations through their aliases and legal forms', () => {
    const hit = top('Rosneft', { type: 'organization' });
    expect(hit.sourceId).toBe('2');
  });

  it('keeps entity types apart, except entities of unknown type', () => {
    expect(screenName(index, { name: 'Ocean Star', type: 'person' })).toEqual([]);
    expect(top('Ocean Star', { type: 'vessel' })?.sourceId).toBe('UK2');
    expect(top('William Henderson', { type: 'person' })?.sourceId).toBe('C1');
  });

  it('finds a name across scripts when the transliteration gained or changed one consonant', () => {
    const mixed = buildScreeningIndex([entity('un', 'A1', 'person', ['Battiston']), entity('un', 'A2', 'person', ['سبيليربيرج'])]);
    // 巴蒂斯通 badisitong adds the g of a final ng; سبيليربيرج writes the final g as j.
    expect(screenName(mixed, { name: '巴蒂斯通' }).map((h) => h.sourceId)).toEqual(['A1']);
    expect(screenName(mixed, { name: 'Spellerberg' }).map((h) => h.sourceId)).toEqual(['A2']);
  });

  it('counts a weak alias less than the name it matches', () => {
    const hit = top('Abu Khalid');
    expect(hit.sourceId).toBe('QDi.001');
    expect(hit.explanation.nameKind).toBe('weak');
    expect(hit.explanation.adjustments.map((a) => a.factor)).toContain('weakAlias');
    expect(hit.score).toBeLessThan(1);
  });

  it('filters by source and limits the hits', () => {
    expect(screenName(index, { name: 'Vladimir Putin', sources: ['uk'] })).toEqual([]);
    expect(screenName(index, { name: 'Vladimir Putin', sources: ['ofac-sdn'] })).toHaveLength(1);
    expect(screenName(index, { name: 'Khan', threshold: 0, limit: 1 }).length).toBeLessThanOrEqual(1);
  });

  it('bands strong and review hits and honours the threshold', () => {
    const strong = top('Vladimir Vladimirovich Putin', { dob: '1952-10-07' });
    expect(strong.score).toBeGreaterThanOrEqual(STRONG_THRESHOLD);
    expect(strong.band).toBe('strong');
    const review = top('Vladimir Putin');
    expect(review.score).toBeLessThan(STRONG_THRESHOLD);
    expect(review.band).toBe('review');
    expect(screenName(index, { name: 'Vladimir Putin', threshold: 1 })).toEqual([]);
  });

  it('finds an Arabic name with its article written apart or glued', () => {
    expect(top('Nasser Alotaibi')?.sourceId).toBe('4');
    expect(top('Nasser al Otaibi')?.sourceId).toBe('4');
  });

  it('finds a Korean name written as one word', () => {
    expect(top('Kim Jongun')?.sourceId).toBe('3');
  });

  it('returns nothing for unrelated or empty names', () => {
    expect(screenName(index, { name: 'Angela Merkel' })).toEqual([]);
    expect(screenName(index, { name: '' })).toEqual([]);
    expect(screenName(index, { name: '---' })).toEqual([]);
  });
});
