import { describe, expect, it } from 'vitest';
import { markedSkeleton } from './marked-skeleton.js';
import { skeletonKey } from './phonetic-key.js';

describe('markedSkeleton', () => {
  it('marks an r not before a vowel, but not an r before one or at the start', () => {
    expect(markedSkeleton('ward')).toBe('WRt');
    expect(markedSkeleton('maria')).toBe('mr');
    expect(markedSkeleton('rosa')).toBe('rs');
  });
  it('marks w only before a vowel (a w before a consonant is already f)', () => {
    expect(markedSkeleton('velde')).toBe('prt');
    expect(markedSkeleton('weierde')).toBe('WRt');
    expect(markedSkeleton('wright')).toBe('rGt');
  });
  it('marks th and the j/ch/sh sounds', () => {
    expect(markedSkeleton('bartha')).toBe('pRT');
    expect(markedSkeleton('chavez')).toBe('Jps');
    expect(markedSkeleton('jones')).toBe('Jns');
  });
  it('reads tsh (Arabic and Persian ch) as ch', () => {
    expect(markedSkeleton('tshyny')).toBe(markedSkeleton('chiney'));
    expect(skeletonKey('tshyny')).toBe(skeletonKey('chiney'));
  });
  it('marks a Latin g, and the g of a final ng in Latin, Chinese and Korean romanisation', () => {
    expect(markedSkeleton('georg')).toBe('GRG');
    expect(markedSkeleton('georg', 'arabic')).toBe('kRk');
    expect(markedSkeleton('melling')).toBe('mrnQ');
    expect(markedSkeleton('angela')).toBe('nGr');
    expect(markedSkeleton('langdong', 'han')).toBe('rnQtnQ');
    expect(markedSkeleton('langdong', 'cyrillic')).toBe('rnktnk');
  });
  it('marks the kh of a transliterated name only', () => {
    expect(markedSkeleton('khaddl', 'cyrillic')).toBe('Htr');
    expect(markedSkeleton('khaled')).toBe('krt');
  });
  it('reads a Latin x inside a word as ks and at its start as s', () => {
    expect(markedSkeleton('maxima')).toBe(markedSkeleton('maksima', 'cyrillic'));
    expect(skeletonKey('xavier')).toBe('spr');
  });
  it('leaves tokens with digits as they are', () => {
    expect(markedSkeleton('a320')).toBe('a320');
  });
});
