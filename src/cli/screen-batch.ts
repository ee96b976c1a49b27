import { availableParallelism } from 'node:os';
import type { ScreeningQuery } from '../screening/matcher.js';
import type { DateOrder } from '../screening/query-date.js';
import type { ListEntity, ListEntityType } from '../screening/types.js';
import { batchProgress } from './batch-progress.js';
import { batchFileSize, parseFieldMap, readBatchRows } from './batch-rows.js';
import { type BatchItem, CSV_HEADER, formatRowError } from './screen-output.js';
import { type Screener, inThreadScreener, workerScreener } from './screen-pool.js';
import { RowError, parseCountry, parseDob, parseType, rowFail } from './screening-args.js';

export const SCREEN_FIELDS = ['id', 'name', 'type', 'dob', 'country'] as const;
/** Rows per chunk sent to a screener. */
const CHUNK = 256;
/** Files smaller than this are screened in this thread (starting workers would cost more than they save). */
const WORKER_MIN_BYTES = 256 * 1024;

export interface ScreenBatchOptions {
  json: boolean;
  map?: string;
  dateOrder?: DateOrder;
  type?: ListEntityType;
  threshold?: number;
  limit?: number;
  threads?: number;
  failOnHit?: boolean;
}

export interface ScreenBatchSummary {
  rows: number;
  hitRows: number;
  badRows: number;
  loadSeconds: number;
  screenSeconds: number;
}

/** A row → its query, or a RowError naming the bad cell. */
function toItem(values: Partial<Record<string, string>>, line: number, opts: ScreenBatchOptions): BatchItem {
  const id = values.id?.trim() || String(line);
  try {
    const name = values.name?.trim() ?? '';
    if (name === '') rowFail('MISSING_NAME', 'the row has no name');
    const query: ScreeningQuery = {
      name,
      type: parseType(values.type, rowFail) ?? opts.type,
      dob: parseDob(values.dob, opts.dateOrder, rowFail),
      country: parseCountry(values.country, rowFail),
      threshold: opts.threshold,
      limit: opts.limit,
    };
    return { id, query };
  } catch (err) {
    if (!(err instanceof RowError)) throw err;
    if (!opts.json) process.stderr.write(`line ${line} (id ${id}): [${err.code}] ${err.message}: row skipped\n`);
    return { id, output: formatRowError(id, err.code, err.message, line, opts.json) };
  }
}

/**
 * Screens every row of a CSV file, streaming: rows are read, checked (a bad row is reported with its line and the
 * batch goes on), screened in chunks on worker threads, and written in file order.
 */
export async function runScreenBatch(file: string, loadEntities: () => Promise<ListEntity[]>, opts: ScreenBatchOptions): Promise<ScreenBatchSummary> {
  const size = await batchFileSize(file);
  const map = parseFieldMap(opts.map, SCREEN_FIELDS);
  const rows = readBatchRows(file, SCREEN_FIELDS, ['name'], map);
  const first = await rows.next(); // reads the header: a bad one stops here, before any list is loaded
  const loadStarted = performance.now();
  const entities = await loadEntities();
  const threads = opts.threads ?? (size >= WORKER_MIN_BYTES ? Math.max(1, availableParallelism()) : 1);
  const screener: Screener = threads > 1 ? await workerScreener(entities, opts.json, threads) : inThreadScreener(entities, opts.json);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const started = performance.now();
  const progress = batchProgress(size, 'Screening');
  const summary: ScreenBatchSummary = { rows: 0, hitRows: 0, badRows: 0, loadSeconds, screenSeconds: 0 };
  const pending: Array<Promise<{ out: string; hitRows: number }>> = [];
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const r = await pending.shift()!;
      summary.hitRows += r.hitRows;
      if (r.out && !process.stdout.write(r.out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  };
  try {
    if (!opts.json) process.stdout.write(`${CSV_HEADER}\n`);
    let chunk: BatchItem[] = [];
    for (let next = first; !next.done; next = await rows.next()) {
      const row = next.value;
      const item = toItem(row.values, row.line, opts);
      if ('output' in item) summary.badRows++;
      summary.rows++;
      chunk.push(item);
      if (chunk.length === CHUNK) {
        pending.push(screener.run(chunk));
        chunk = [];
        progress.update(row.bytes, summary.rows);
        await flush(threads * 2);
      }
    }
    if (chunk.length > 0) pending.push(screener.run(chunk));
    await flush(0);
    progress.update(size, summary.rows);
  } finally {
    progress.stop();
    await screener.close();
  }
  summary.screenSeconds = (performance.now() - started) / 1000;
  return summary;
}
