import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { type CanonicalColumn, FieldError, recordFromFields } from './canonical-fields.js';
import type { KycProblem, KycRecord } from './types.js';

export const SOURCE_FORMATS = ['csv', 'jsonl'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface ParsedSource {
  format: SourceFormat;
  sha256: string;
  records: KycRecord[];
  /** Bad rows, each with its line: reported and skipped. */
  problems: KycProblem[];
  /** Rows read (good and bad). */
  rows: number;
}

export interface ReadOptions {
  format: SourceFormat;
  /** fileColumn → canonical column (see parseColumnMap). */
  map?: Map<string, CanonicalColumn>;
}

/** The format a file name says (.jsonl/.ndjson → jsonl, otherwise csv). */
export function formatOfFileName(name: string): SourceFormat {
  return /\.(jsonl|ndjson)$/i.test(name) ? 'jsonl' : 'csv';
}

function mapped(row: Record<string, unknown>, map: Map<string, CanonicalColumn> | undefined): Partial<Record<CanonicalColumn, string>> {
  const out: Record<string, string> = {};
  const put = (key: string, value: unknown) => {
    const to = map?.get(key) ?? key;
    if (value === null || value === undefined) return;
    out[to] = Array.isArray(value) ? value.map(String).join(';') : String(value);
  };
  for (const [key, value] of Object.entries(row)) {
    // JSONL may nest the address and government IDs as the canonical record does.
    if (key === 'address' && value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) put(k, v);
    else if (key === 'govIds' && Array.isArray(value)) {
      const first = value[0] as Record<string, unknown> | undefined;
      if (first) {
        put('govIdType', first.type);
        put('govIdNumber', first.number);
        put('govIdCountry', first.country);
      }
    } else put(key, value);
  }
  return out;
}

/**
 * Reads a source file (CSV with a header of canonical column names, or JSONL of canonical records), mapping
 * other column names through `map`. Bad rows (malformed, no recordId or name, a date that is not one, a
 * recordId seen before) become problems with their line and are skipped; the sha256 covers the bytes read.
 */
export async function readSourceFile(input: Readable | Buffer | string, options: ReadOptions): Promise<ParsedSource> {
  const hash = createHash('sha256');
  const stream = typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([Buffer.from(input)]) : input;
  const bytes = stream.map((chunk: Buffer | string) => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    hash.update(b);
    return b;
  });
  const records: KycRecord[] = [];
  const problems: KycProblem[] = [];
  const seen = new Set<string>();
  let rows = 0;
  const accept = (line: number, fields: Partial<Record<CanonicalColumn, string>>) => {
    rows++;
    try {
      const record = recordFromFields(fields);
      if (seen.has(record.recordId)) throw new FieldError(`recordId ${record.recordId} appears twice: the later row skipped`);
      seen.add(record.recordId);
      records.push(record);
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      problems.push({ line, message: err.message });
    }
  };
  if (options.format === 'csv') {
    const parser = bytes.pipe(parse({ columns: true, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true, skip_records_with_error: true }));
    parser.on('skip', (err: Error & { lines?: number }) => {
      rows++;
      problems.push({ line: err.lines ?? 0, message: `malformed CSV row (${err.message}): fix the quoting or the column count` });
    });
    let checkedHeader = false;
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
        if (!checkedHeader) {
          checkedHeader = true;
          const columns = Object.keys(record).map((c) => options.map?.get(c) ?? c);
          if (!columns.includes('recordId')) throw new FieldError(`the CSV header has no recordId column (it has ${Object.keys(record).join(', ')}): rename one or map it with --map yourColumn=recordId`);
        }
        accept(info.lines, mapped(record, options.map));
      }
    } catch (err) {
      // A file csv-parse cannot read at all (not a row it could skip) is the file's problem, not idflow's.
      if (err instanceof Error && 'code' in err && String(err.code).startsWith('CSV_')) throw new FieldError(`not a readable CSV file (${err.message}): check the header and the quoting`);
      throw err;
    }
  } else {
    let line = 0;
    let rest = '';
    const handle = (text: string) => {
      line++;
      if (text.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        rows++;
        problems.push({ line, message: 'not valid JSON: write one JSON object per line' });
        return;
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        rows++;
        problems.push({ line, message: 'not a JSON object: write one record object per line' });
        return;
      }
      accept(line, mapped(value as Record<string, unknown>, options.map));
    };
    const decoder = new StringDecoder('utf8');
    for await (const chunk of bytes) {
      const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) handle(p);
    }
    rest += decoder.end();
    if (rest !== '') handle(rest);
  }
  return { format: options.format, sha256: hash.digest('hex'), records, problems, rows };
}
