import { z } from 'zod';
import { rtwInputSchema } from './input-schema.js';
import { RULESET_VERSION } from './ruleset.js';

/**
 * The published JSON Schema of the RTW input (schemas/rtw-input.schema.json), generated from the
 * zod schema. Cross-field rules (e.g. "pvn is required when route is ECS") are checked by idflow
 * and listed in docs/rtw.md; JSON Schema carries the field-level shape.
 */
export function rtwInputJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(rtwInputSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://idflow.dev/schemas/rtw-input.schema.json',
    title: `idflow RTW input (ruleset ${RULESET_VERSION})`,
    ...rest,
  };
}

export const RTW_INPUT_SCHEMA_PATH = 'schemas/rtw-input.schema.json';
