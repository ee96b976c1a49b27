import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { FileNotFoundError } from '../screening/lists/file-not-found.js';
import { UsageError } from './screening-args.js';

/** One data row of a batch file: its line, and the value of each field the command reads. */
export interface BatchRow {
  line: number;
  /** Bytes of the file read so far (for progress). */
  bytes: number;
  values: Partial<Record<string, string>>;
}

/**
 * `--map field=column,…` → field → column header. `fields` are what the command reads; a field left out is read
 * from the column of its own name when there is one.
 */
export function parseFieldMap(text: string | undefined, fields: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  if (text === undefined) return map;
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (eq < 1 || !column || !fields.includes(field)) throw new UsageError('BATCH_USAGE', `--map part "${part}" is not field=column (fields: ${fields.join(', ')})`);
    map.set(field, column);
  }
  return map;
}

/** The size of a batch file; FILE_NOT_FOUND (exit 2) naming the path when it is missing. */
export async function batchFileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new FileNotFoundError(file, 'batch file (a directory is not one)');
    return info.size;
  } catch (err) {
    if (err instanceof FileNotFoundError) throw err;
    throw new FileNotFoundError(file, 'batch file');
  }
}

/**
 * Streams the rows of a CSV batch file with their line numbers, each field read from its mapped column.
 * The header must hold every column of `required` (after mapping); otherwise a usage error names what is missing.
 */
export async function* readBatchRows(file: string, fields: readonly string[], required: readonly string[], map: Map<string, string>): AsyncGenerator<BatchRow> {
  const parser = createReadStream(file).pipe(parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }));
  let columns: Map<string, number> | undefined;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
    if (!columns) {
      const header = record.map((h) => h.trim());
      columns = new Map();
      for (const field of fields) {
        const column = map.get(field) ?? field;
        const i = header.findIndex((h) => h === column) >= 0 ? header.findIndex((h) => h === column) : header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
        if (i >= 0) columns.set(field, i);
        else if (map.has(field)) throw new UsageError('BATCH_USAGE', `--map ${field}=${column}: ${file} has no column "${column}" (it has ${header.join(', ')})`);
      }
      const missing = required.filter((f) => !columns!.has(f));
      if (missing.length > 0) {
        throw new UsageError('BATCH_USAGE', `${file}: the header must name ${required.join(',')} (or map them: --map ${missing[0]}=<column>); ${missing.join(', ')} missing from ${header.join(', ')}`);
      }
      continue;
    }
    const values: Partial<Record<string, string>> = {};
    for (const [field, i] of columns) values[field] = record[i];
    yield { line: info.lines, bytes: info.bytes, values };
  }
}
