import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.js';
import { normalizeName } from './normalize-name.js';
import { phoneticKey, skeletonKey } from './phonetic-key.js';
import { areNicknames } from './nicknames.js';

const texts = (raw: string, type?: Parameters<typeof normalizeName>[1]) => normalizeName(raw, type).tokens.map((t) => t.text);
const kinds = (raw: string, type?: Parameters<typeof normalizeName>[1]) => normalizeName(raw, type).tokens.map((t) => `${t.text}:${t.kind}`);

describe('foldText', () => {
  it('folds case, diacritics, punctuation and width', () => {
    expect(foldText('Leão MÜLLER-Lüdenscheidt, Jr.').text).toBe('leao muller ludenscheidt jr');
    expect(foldText("O'Brien").text).toBe('obrien');
    expect(foldText('ＡＢＣ Straße').text).toBe('abc strasse');
    expect(foldText('Leão').nonLatin).toBe(false);
  });

  it('transliterates non-Latin scripts and says so', () => {
    expect(foldText('Владимир Путин')).toEqual({ text: 'vladimir putin', nonLatin: true, script: 'cyrillic' });
    expect(foldText('Ψάλτης').text).toBe('psaltis');
    expect(foldText('صدام حسين').text).toBe('sdm hsyn');
    // Pinyin q/x are the Latin ch/sh; katakana gemination and long marks have no letters.
    expect(foldText('克魯森').text).toBe('kelusen');
    expect(foldText('トリッカー').text).toBe('torika');
  });

  it('names the script a name was written in', () => {
    expect(foldText('Leão Müller').script).toBe('latin');
    expect(foldText('Ψάλτης').script).toBe('greek');
    expect(foldText('صدام حسين').script).toBe('arabic');
    expect(foldText('סמות').script).toBe('hebrew');
    expect(foldText('克魯森').script).toBe('han');
    expect(foldText('김정은').script).toBe('hangul');
    expect(foldText('トリッカー').script).toBe('kana');
    // Japanese writes names in kanji and kana together; the kana say which language it is.
    expect(foldText('山田 はなこ').script).toBe('kana');
    expect(foldText('John 克魯森').script).toBe('han');
  });

  it('reads Hebrew vav as v at the start of a word or doubled, else as a vowel', () => {
    expect(foldText('ויטי').text.startsWith('v')).toBe(true);
    expect(foldText('סמות').text).toBe('smot');
  });

  it('reads a Hebrew letter with a geresh as the sound Hebrew lacks', () => {
    expect(foldText("צ'רלטון").text).toBe('chrlton');
    expect(foldText('ג׳ובאניני').text).toBe('jovnyny');
    expect(foldText("ז'קלין").text.startsWith('zh')).toBe(true);
    expect(foldText("יורת'").text.endsWith('th')).toBe(true);
  });
});

describe('normalizeName', () => {
  it('turns "LAST, First" into reading order for persons', () => {
    expect(texts('PUTIN, Vladimir Vladimirovich', 'person')).toEqual(['vladimir', 'vladimirovich', 'putin']);
    expect(texts('PUTIN, Vladimir Vladimirovich')).toEqual(['vladimir', 'vladimirovich', 'putin']);
  });

  it('drops legal forms from organisations, including dotted and misspelt ones', () => {
    expect(texts('Rosneft Oil Company OAO', 'organization')).toEqual(['rosneft', 'oil']);
    expect(texts('COMERCIAL IBEROAMERICANA, S.A.', 'organization')).toEqual(['comercial', 'iberoamericana']);
    expect(texts('ANGLO-CARIBBEAN CO., LTD.')).toEqual(['anglo', 'caribbean']);
    expect(texts('ELEMENTO SOLUTIONS LIMTIED', 'organization')).toEqual(['elemento', 'solutions']);
  });

  it('keeps legal-form words in names of persons', () => {
    expect(texts('Sa Co', 'person')).toEqual(['sa', 'co']);
  });

  it('classifies titles, particles and generic words as soft, single letters as initials', () => {
    expect(kinds('Dr. J. Smith', 'person')).toEqual(['dr:soft', 'j:initial', 'smith:word']);
    expect(kinds('Sheikh Hafiz Muhammad bin Saeed', 'person')).toEqual(['sheikh:soft', 'hafiz:soft', 'muhammad:word', 'bin:soft', 'saeed:word']);
    expect(kinds('Bank Melli Iran', 'organization')).toEqual(['bank:soft', 'melli:word', 'iran:word']);
  });

  it('keeps a name made only of soft words as words', () => {
    expect(kinds('General Bank', 'organization')).toEqual(['general:word', 'bank:word']);
  });

  it('returns no tokens for an empty or punctuation-only name', () => {
    expect(normalizeName('  ,.- ').tokens).toEqual([]);
  });
});

describe('phonetic keys', () => {
  it('gives spellings of one name one key', () => {
    expect(phoneticKey('mohammed')).toBe(phoneticKey('muhammad'));
    expect(phoneticKey('usama')).toBe(phoneticKey('osama'));
    expect(phoneticKey('catherine')).not.toBe(phoneticKey('robert'));
  });

  it('reduces names to consonant classes for cross-script comparison', () => {
    expect(skeletonKey('crewson')).toBe(skeletonKey('kelusen'));
    expect(skeletonKey('bramlett')).toBe(skeletonKey('buramuretto'));
    expect(skeletonKey('vladimir')).toBe('prtmr');
  });
});

describe('nicknames', () => {
  it('relates given names and their nicknames both ways, not unrelated names', () => {
    expect(areNicknames('william', 'bill')).toBe(true);
    expect(areNicknames('bill', 'william')).toBe(true);
    expect(areNicknames('william', 'robert')).toBe(false);
  });
});
