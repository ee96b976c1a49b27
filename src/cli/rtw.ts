import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CHECK_SECTIONS, RtwInputError, applicableChecks, evaluateChecks, safeParseRtwInput, type InputIssue, type RtwEvaluations } from '../rules/rtw/index.js';

/** Outcome of evaluating one RTW input document: the evaluations, or the issues that name each bad field. */
export type RtwCommandResult = { ok: true; evaluations: RtwEvaluations } | { ok: false; code: string; issues: InputIssue[] };

/** Parses the JSON text and runs every evaluation whose section the input has. */
export function evaluateRtwJson(text: string): RtwCommandResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, code: 'RTW_INPUT_NOT_JSON', issues: [{ path: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const parsed = safeParseRtwInput(json);
  if (!parsed.ok) return { ok: false, code: 'RTW_INPUT_INVALID', issues: parsed.issues };
  const checks = applicableChecks(parsed.input);
  if (checks.length === 0) {
    const sections = Object.values(CHECK_SECTIONS).join(', ');
    return { ok: false, code: 'RTW_INPUT_INVALID', issues: [{ path: '', message: `add at least one of ${sections}: the check to run` }] };
  }
  try {
    return { ok: true, evaluations: evaluateChecks(parsed.input, checks) };
  } catch (err) {
    if (err instanceof RtwInputError) return { ok: false, code: err.code, issues: err.issues };
    throw err;
  }
}

export function registerRtwCommand(program: Command): void {
  program
    .command('rtw')
    .description('evaluate UK/Irish right to work, right to rent and DBS identity rules for an input file (exit 0, 2 on invalid input)')
    .requiredOption('--json <file>', 'the input as JSON (schemas/rtw-input.schema.json, docs/rtw.md); - reads standard input')
    .action((options: { json: string }) => {
      // Bad input is not a usage error: say what to fix, without the help text, and exit 2.
      const fail = (message: string) => {
        process.stderr.write(`idflow rtw: ${message}\n`);
        process.exitCode = 2;
      };
      let text: string;
      try {
        text = readFileSync(options.json === '-' ? 0 : options.json, 'utf8');
      } catch (err) {
        return fail(`[RTW_USAGE] cannot read '${options.json}': ${(err as Error).message}; check the path`);
      }
      const result = evaluateRtwJson(text);
      if (!result.ok) {
        const lines = result.issues.map((i) => `  ${i.path ? `$.${i.path}` : '$'}: ${i.message}`);
        return fail(`[${result.code}] invalid RTW input in '${options.json}':\n${lines.join('\n')}`);
      }
      process.stdout.write(`${JSON.stringify(result.evaluations, null, 2)}\n`);
    });
}
