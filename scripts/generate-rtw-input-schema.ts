// Writes schemas/rtw-input.schema.json from the zod schema of the RTW input.
// Run after changing src/rules/rtw/input-schema.ts: npx tsx scripts/generate-rtw-input-schema.ts
import { writeFileSync } from 'node:fs';
import { RTW_INPUT_SCHEMA_PATH, rtwInputJsonSchema } from '../src/rules/rtw/json-schema.js';

const target = new URL(`../${RTW_INPUT_SCHEMA_PATH}`, import.meta.url);
writeFileSync(target, `${JSON.stringify(rtwInputJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${RTW_INPUT_SCHEMA_PATH}\n`);
