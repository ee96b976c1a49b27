import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { RTW_INPUT_SCHEMA_PATH, rtwInputJsonSchema } from './json-schema.js';
import { ALL_SCENARIOS } from './scenarios/index.js';

const committed = JSON.parse(readFileSync(new URL(`../../../${RTW_INPUT_SCHEMA_PATH}`, import.meta.url), 'utf8'));

describe('published JSON Schema of the RTW input', () => {
  it('matches the zod schema (regenerate with: npx tsx scripts/generate-rtw-input-schema.ts)', () => {
    expect(committed).toEqual(rtwInputJsonSchema());
  });

  // ajv (fastify's JSON Schema validator) checks that the file is a usable 2020-12 schema.
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(committed);

  it('accepts every scenario input', () => {
    const rejected = ALL_SCENARIOS.filter((s) => !validate(s.input)).map((s) => `${s.rule}: ${s.title}`);
    expect(rejected).toEqual([]);
  });

  it('rejects unknown fields, unknown document types and impossible dates', () => {
    const base = { checkDate: '2025-03-10', person: { givenNames: 'A', familyName: 'B', dateOfBirth: '1990-01-01' } };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, extra: 1 })).toBe(false);
    expect(validate({ ...base, documents: [{ type: 'LIBRARY_CARD', issuingCountry: 'GBR' }] })).toBe(false);
    expect(validate({ ...base, checkDate: '2025-02-29' })).toBe(false);
  });
});
