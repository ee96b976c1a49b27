import { describe, expect, it } from 'vitest';
import { markedSkeleton } from '../normalize/marked-skeleton.js';
import { markedDistance, markedSimilarity } from './skeleton-similarity.js';

import type { Script } from '../normalize/fold-text.js';

/** Distance from a Latin token to a token romanised from `script`. */
const distance = (a: string, b: string, script: Script = 'other') => markedDistance(markedSkeleton(a), markedSkeleton(b, script), script);

describe('markedDistance', () => {
  it('costs nothing for equal skeletons and 1 for a plain consonant edit', () => {
    expect(markedDistance('krsn', 'krsn')).toBe(0);
    expect(markedDistance('krsn', 'krn')).toBe(1);
    expect(markedDistance('krsn', 'kmsn')).toBe(1);
    expect(markedDistance('', 'pt')).toBe(2);
  });
  it('forgives a dropped r before a consonant (herschel ↔ heshieer, ward ↔ wodeu)', () => {
    expect(distance('herschel', 'heshieer')).toBeCloseTo(0.3, 5);
    expect(distance('ward', 'wodeu')).toBeCloseTo(0.3, 5);
  });
  it('keeps an r written on both sides free', () => {
    expect(distance('burckhardt', 'burkehardt')).toBe(0);
  });
  it('takes v as a w glide and a dropped w cheaply (velde ↔ weierde, ordway ↔ odeuwei)', () => {
    expect(distance('velde', 'weierde')).toBeCloseTo(0.3, 5);
    expect(distance('ordway', 'odeuwei')).toBeCloseTo(0.3, 5);
  });
  it('takes th as t or s (stith ↔ shidisi, bartha ↔ basa)', () => {
    expect(distance('bartha', 'basa')).toBeCloseTo(0.3, 5);
    expect(distance('smith', 'sumisu')).toBe(0);
  });
  it('takes ch/sh/j as close to s but keeps k and t apart from them', () => {
    expect(distance('shimon', 'simon')).toBeCloseTo(0.2, 5);
    expect(markedDistance('Jn', 'kn')).toBe(1);
    expect(markedDistance('Jn', 'tn')).toBe(1);
  });
  it('takes a Latin g written as the other script\'s j cheaply, but not a Latin j written as k', () => {
    expect(distance('georg', 'jwrj', 'arabic')).toBeCloseTo(0.4, 5);
    expect(distance('gabor', 'jiabao', 'han')).toBeCloseTo(0.5, 5);
    expect(distance('jamal', 'kml', 'arabic')).toBe(1);
  });
  it('reads ji, qi and chi as ki only from Chinese characters and Hangul', () => {
    expect(distance('sidiki', 'shidichi', 'han')).toBeCloseTo(0.5, 5);
    expect(distance('sidiki', 'shidichi', 'hangul')).toBeCloseTo(0.5, 5);
    expect(distance('sidiki', 'shidichi', 'cyrillic')).toBeCloseTo(1.2, 5);
  });
  it('adds or drops the g of a final ng cheaply (randon ↔ 朗东 langdong, melling ↔ 梅林 meilin)', () => {
    expect(distance('randon', 'langdong', 'han')).toBeCloseTo(0.6, 5);
    expect(distance('melling', 'meilin', 'han')).toBeCloseTo(0.3, 5);
    expect(distance('randon', 'langdong', 'cyrillic')).toBe(2);
  });
  it('takes kh for a silent h or a German ch', () => {
    expect(distance('huddle', 'khaddl', 'cyrillic')).toBeCloseTo(0.3, 5);
    expect(distance('reichenau', 'raykhenau', 'cyrillic')).toBeCloseTo(0.2, 5);
  });
  it('is symmetric', () => {
    expect(distance('heshieer', 'herschel')).toBe(distance('herschel', 'heshieer'));
    expect(distance('weierde', 'velde')).toBe(distance('velde', 'weierde'));
  });
});

describe('markedSimilarity', () => {
  it('is 1 − distance over the longer length, never below 0', () => {
    expect(markedSimilarity('pRt', 'pt')).toBeCloseTo(0.9, 5);
    expect(markedSimilarity('krsn', 'mpt')).toBe(0);
    expect(markedSimilarity('', '')).toBe(1);
  });
});
