import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { individualInput } from '../instances/inputs.js';
import { loadConfig } from '../config.js';
import type { ProDraft, StepOutput } from '../engine/step-type.js';
import { type CanonicalColumn, FieldError, personFromFields } from '../kyc/canonical-fields.js';
import type { KycApplicant } from '../kyc/types.js';
import { kycApplicantOf } from '../steps/kyc/applicant.js';
import { type KycConfig, kycConfigFields, kycConfigSchema } from '../steps/kyc/config.js';
import { runKyc } from '../steps/kyc/run-kyc.js';
import type { Db } from '../store/db.js';
import { cliTenant } from './cli-tenant.js';
import { openStore } from './open-store.js';

const out = (text: string) => process.stdout.write(`${text}\n`);
const usage = (message: string) => Object.assign(new Error(message), { code: 'USAGE', exitCode: 2 });
const badInput = (message: string) => Object.assign(new Error(message), { code: 'KYC_BAD_INPUT', exitCode: 2 });

interface KycOptions {
  json?: boolean;
  sources?: string;
  rules?: string;
  batch?: string;
  tenant?: string;
}

const rulesFile = z.union([
  kycConfigFields.omit({ sources: true }),
  z.array(z.unknown()).transform((rules) => ({ rules })),
]);

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
}

async function readJson(file: string, what: string): Promise<unknown> {
  if (!existsSync(file)) throw usage(`${what} ${file}: no such file`);
  const text = await readFile(file, 'utf8');
  if (text.includes('\u0000')) throw badInput(`${what} ${file} holds a NUL byte: give a JSON text file`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badInput(`${what} ${file} is not valid JSON (${(err as Error).message}): fix the file`);
  }
}

/** The step configuration from --sources and --rules (a rules array, or {rules, fuzziness, dobTolerance}). */
async function configOf(opts: KycOptions): Promise<KycConfig> {
  const sources = (opts.sources ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (sources.length === 0) throw usage('give the data sources to verify against: --sources au-elec-roll,au-efax-cdh-pub');
  const extra = opts.rules ? rulesFile.safeParse(await readJson(opts.rules, '--rules')) : undefined;
  if (extra && !extra.success) throw badInput(`--rules ${opts.rules}: ${issues(extra.error)}`);
  const config = kycConfigSchema.safeParse({ ...(extra?.data ?? {}), sources });
  if (!config.success) throw badInput(`${opts.rules ? `--rules ${opts.rules}` : '--sources'}: ${issues(config.error)}`);
  return config.data;
}

/** The applicant of applicant.json: the individual as the API takes it, or canonical fields (givenName, familyName, …). */
function applicantOf(value: unknown, file: string): KycApplicant {
  const individual = individualInput.safeParse(value);
  if (individual.success) {
    const name = individual.data.name;
    const displayName = name.displayName ?? [name.givenName, name.middleName, name.familyName].filter(Boolean).join(' ');
    return kycApplicantOf({ ...individual.data, entityId: 'applicant', entityType: 'INDIVIDUAL', name: { ...name, displayName } });
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && ('givenName' in value || 'familyName' in value)) return canonicalApplicant(value as Record<string, unknown>);
  throw badInput(`${file}: ${issues(individual.error)} (give {"name": {"givenName", "familyName"}, "dateOfBirth", "addresses", "documents"} or canonical fields)`);
}

function canonicalApplicant(row: Record<string, unknown>): KycApplicant {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined && typeof v !== 'object') fields[k] = String(v);
  const p = personFromFields(fields as Partial<Record<CanonicalColumn, string>>);
  const { address, ...rest } = p;
  return { ...rest, addresses: address ? [address] : [] };
}

/** A PRO as printed: the step's own fields (the engine adds ids and timestamps when a workflow runs it). */
const proJson = (p: ProDraft) => p;

async function runSingle(db: Db, tenantId: string, file: string, config: KycConfig, json: boolean): Promise<void> {
  const applicant = applicantOf(await readJson(file, 'applicant'), file);
  const result = await runKyc(applicant, config, { db, tenantId, objectId: 'applicant' });
  if (json) {
    out(JSON.stringify({ result: result.result, summary: result.summary ?? {}, processResults: (result.processResults ?? []).map(proJson), errors: result.errors ?? [] }, null, 2));
    return;
  }
  printHuman(result);
}

function printHuman(result: StepOutput): void {
  const summary = (result.summary ?? {}) as { matchedRules?: Array<{ ruleName: string }>; unmatchedRules?: Array<{ ruleName: string }>; reason?: string };
  out(`KYC ${result.result}${summary.matchedRules?.[0] ? ` by rule ${summary.matchedRules[0].ruleName}` : ''}${summary.reason ? ` (${summary.reason})` : ''}`);
  for (const p of result.processResults ?? []) {
    out(`  ${p.providerResult.source}  ${p.objectType.padEnd(13)} ${p.result.padEnd(8)} ${String(p.providerResult.confidence ?? '').padStart(3)}  ${p.providerResult.reference ?? ''}`);
  }
  if (summary.unmatchedRules?.length) out(`Rules not met: ${summary.unmatchedRules.map((r) => r.ruleName).join(', ')}`);
}

function matchesOf(result: StepOutput) {
  const data = result.stepData as { sources?: Array<{ source: string; recordId: string | null; attributesMatched: string[]; groupId: string }> } | undefined;
  return (data?.sources ?? [])
    .filter((s) => s.recordId !== null)
    .map((s) => {
      const strengths: Record<string, number> = {};
      for (const p of result.processResults ?? []) if (p.groupId === s.groupId) Object.assign(strengths, (p.supplementaryData?.matchStrengths ?? {}) as Record<string, number>);
      return { source: s.source, recordId: s.recordId, attributesMatched: s.attributesMatched, matchStrengths: strengths };
    });
}

async function runBatch(db: Db, tenantId: string, file: string, config: KycConfig, json: boolean): Promise<void> {
  if (!existsSync(file)) throw usage(`--batch ${file}: no such file`);
  const rows: Array<{ line: number; row: Record<string, string> }> = [];
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) rows.push({ line: info.lines, row: record });
  } catch (err) {
    throw badInput(`--batch ${file}: not a readable CSV (${(err as Error).message}): give a header of canonical columns with id in place of recordId`);
  }
  if (rows.length > 0 && !('id' in rows[0]!.row)) throw badInput(`--batch ${file}: the header has no id column (it has ${Object.keys(rows[0]!.row).join(', ')}): give canonical columns with id in place of recordId`);
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'Verifying {bar} {value}/{total} applicants', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(rows.length, 0);
  const counts: Record<string, number> = {};
  for (let i = 0; i < rows.length; i++) {
    const { row, line } = rows[i]!;
    const id = row.id?.trim() || null;
    let line_: Record<string, unknown>;
    try {
      if (!id) throw new FieldError(`line ${line}: id is empty: give every applicant an id`);
      const { id: _id, ...fields } = row;
      const applicant = canonicalApplicant(fields);
      const result = await runKyc(applicant, config, { db, tenantId, objectId: id });
      line_ = { id, result: result.result, matches: matchesOf(result) };
      counts[result.result] = (counts[result.result] ?? 0) + 1;
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      line_ = { id, error: { code: 'KYC_BAD_ROW', message: err.message } };
      counts.bad = (counts.bad ?? 0) + 1;
    }
    if (json) out(JSON.stringify(line_));
    else out(`${line_.id ?? '-'}  ${'error' in line_ ? `error: ${(line_.error as { message: string }).message}` : String(line_.result)}`);
    if (bar && (i % 50 === 0 || i === rows.length - 1)) bar.update(i + 1);
  }
  bar?.stop();
  process.stderr.write(`Verified ${rows.length} applicants: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}\n`);
}

/** `idflow kyc`: verify one applicant (or a CSV of applicants) against the tenant's data sources. */
export function registerKycCommand(program: Command): void {
  program
    .command('kyc')
    .description('verify an applicant (applicant.json) or a CSV of applicants (--batch) against KYC data sources')
    .argument('[applicant.json]', 'the applicant: {"name": {...}, "dateOfBirth", "addresses", "documents"}')
    .option('--json', 'print JSON (one line per applicant with --batch)')
    .option('--sources <a,b>', 'data sources to verify against')
    .option('--rules <rules.json>', 'KYC rules: an array of rules, or {"rules": [...], "fuzziness": 50, "dobTolerance": [...]}')
    .option('--batch <applicants.csv>', 'CSV of canonical columns with id in place of recordId')
    .option('--tenant <id>', 'tenant (default: the only tenant, or "demo")')
    .action(async (file: string | undefined, opts: KycOptions) => {
      if (opts.batch && file) throw usage('give either applicant.json or --batch applicants.csv, not both');
      if (!opts.batch && !file) throw usage('give the applicant: idflow kyc --json --sources a,b applicant.json (or --batch applicants.csv)');
      const config = await configOf(opts);
      const store = await openStore(loadConfig(), 'kyc');
      try {
        const tenantId = await cliTenant(store.db, opts.tenant);
        if (opts.batch) await runBatch(store.db, tenantId, opts.batch, config, opts.json === true);
        else await runSingle(store.db, tenantId, file!, config, opts.json === true);
      } finally {
        await store.close();
      }
    });
}
