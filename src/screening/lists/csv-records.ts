import { parse } from 'csv-parse/sync';
import type { ListProblem } from './parse-result.js';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

const SUBSTITUTE = 0x1a;

/** Drops the DOS end-of-file character (0x1A) and whitespace at the end of the text. */
function stripEndMarker(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === SUBSTITUTE || /\s/.test(text[end - 1]))) end--;
  return text.slice(0, end);
}

/**
 * Reads CSV text into records with their line numbers. A record csv-parse cannot read (an unclosed quote)
 * is reported in `problems` and skipped. Trailing end-of-file markers (0x1A, as OFAC writes) are dropped.
 */
export function readCsvRecords(text: string, fileName: string, problems: ListProblem[]): CsvRecord[] {
  const body = stripEndMarker(text);
  const rows = parse(body, {
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: { lines?: number; message?: string } | undefined) => {
      problems.push({ line: err?.lines, element: fileName, message: `unreadable CSV record: ${err?.message ?? 'unknown error'}` });
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  return rows.map((r) => ({ line: r.info.lines, fields: r.record }));
}
