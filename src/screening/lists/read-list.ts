import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ListEntityType } from '../types.js';
import { type CsvListColumns, parseCsvList } from './csv-list.js';
import { detectFormat } from './detect-format.js';
import { asFileError } from './file-not-found.js';
import { LIST_NAME_PATTERN, checkListName, listNameFromFile } from './list-name.js';
import { parseFtm } from './ftm.js';
import { parseOfacSdn } from './ofac-sdn.js';
import { type ListFormat, type ParsedList, LIST_FORMATS, ListFormatError } from './parse-result.js';
import { decodeText } from './text.js';
import { parseUkSanctionsCsv, parseUkSanctionsSheet } from './uk-sanctions.js';
import { parseUnXml } from './un-xml.js';
import { isGzip, parseUsCsl } from './us-csl.js';

/** A list file (or OFAC directory) read and parsed, ready to import as a snapshot. */
export interface ListInput {
  format: ListFormat;
  /** The list the snapshot belongs to: 'ofac-sdn', 'un', 'uk', 'us-csl', or the FtM dataset. */
  source: string;
  /** The files read, for messages. */
  files: string[];
  /** SHA-256 of the input bytes (for OFAC, of each file's name and bytes in a fixed order). */
  sha256: string;
  parsed: ParsedList;
}

const OFAC_FILES = { sdn: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' } as const;

async function readOfac(dir: string): Promise<{ files: string[]; hash: string; parsed: ParsedList }> {
  const entries = new Map((await readdir(dir)).map((n) => [n.toLowerCase(), n]));
  const hash = createHash('sha256');
  const texts: Partial<Record<keyof typeof OFAC_FILES, string>> = {};
  const files: string[] = [];
  for (const [key, name] of Object.entries(OFAC_FILES) as Array<[keyof typeof OFAC_FILES, string]>) {
    const actual = entries.get(name);
    if (!actual) continue;
    const bytes = await readFile(join(dir, actual));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
    texts[key] = decodeText(bytes);
    files.push(join(dir, actual));
  }
  if (texts.sdn === undefined) throw new ListFormatError('ofac-sdn', `${dir} holds no sdn.csv`);
  return { files, hash: hash.digest('hex'), parsed: parseOfacSdn({ sdn: texts.sdn, alt: texts.alt, add: texts.add, comments: texts.comments }) };
}

async function parseBytes(format: Exclude<ListFormat, 'ofac-sdn'>, name: string, bytes: Uint8Array, options: ReadListOptions): Promise<ParsedList> {
  switch (format) {
    case 'csv':
      return parseCsvList(decodeText(isGzip(bytes) ? gunzipSync(bytes) : bytes), options.columns, options.defaultType);
    case 'un':
      return parseUnXml(decodeText(bytes));
    case 'uk':
      return /\.csv$/i.test(name) || !(bytes[0] === 0x50 && bytes[1] === 0x4b) ? parseUkSanctionsCsv(decodeText(bytes)) : parseUkSanctionsSheet(bytes);
    case 'us-csl':
      return parseUsCsl(bytes);
    case 'ftm':
      return parseFtm(decodeText(isGzip(bytes) ? gunzipSync(bytes) : bytes));
  }
}

/** The default name of an FtM file's list: its one dataset, or the file's name when it holds several. */
function ftmListName(parsed: ParsedList, path: string): string {
  const datasets = new Set(parsed.entities.flatMap((e) => e.datasets ?? []));
  const only = datasets.size === 1 ? [...datasets][0] : undefined;
  return only && LIST_NAME_PATTERN.test(only) ? only : listNameFromFile(path);
}

/** Files every entity under the list it is imported as: a hit's `source` is that list. */
export function fileUnder(parsed: ParsedList, source: string): void {
  for (const e of parsed.entities) e.source = source;
}

export interface ReadListOptions {
  format?: ListFormat;
  /** The list name to file the version under (default: the format; for FtM the one dataset or the file name). */
  source?: string;
  /** For the generic CSV format: which column holds what (see parseCsvList). */
  columns?: CsvListColumns;
  /** Entity type of a generic CSV's rows when no column says (default person). */
  defaultType?: ListEntityType;
}

/**
 * Reads a list file or an OFAC directory and parses it; `format` is detected from the name and content when not given.
 * Throws ListFormatError (LIST_FORMAT_INVALID) when the input is not readable as that format, FileNotFoundError
 * when the path does not exist.
 */
export async function readListInput(path: string, options: ReadListOptions = {}): Promise<ListInput> {
  if (options.format && !LIST_FORMATS.includes(options.format)) throw new ListFormatError(undefined, `unknown format "${options.format}"`);
  if (options.source !== undefined) checkListName(options.source);
  const info = await stat(path).catch((err: unknown) => {
    throw asFileError(err, path, 'list file');
  });
  if (info.isDirectory() || options.format === 'ofac-sdn' || basename(path).toLowerCase() === 'sdn.csv') {
    if (options.format && options.format !== 'ofac-sdn') throw new ListFormatError(options.format, `${path} is a directory`);
    const dir = info.isDirectory() ? path : dirname(path);
    if (info.isDirectory() && !(await readdir(dir)).some((n) => n.toLowerCase() === 'sdn.csv')) {
      throw new ListFormatError(undefined, `directory ${path} holds no sdn.csv (only OFAC SDN CSV is read from a directory)`);
    }
    const { files, hash, parsed } = await readOfac(dir);
    const source = options.source ?? 'ofac-sdn';
    fileUnder(parsed, source);
    return { format: 'ofac-sdn', source, files, sha256: hash, parsed };
  }
  const bytes = await readFile(path).catch((err: unknown) => {
    throw asFileError(err, path, 'list file');
  });
  return readListBytes(path, bytes, options);
}

/**
 * Parses one list file from its bytes (an upload, or a file read from disk); `fileName` helps detect the format.
 * Throws ListFormatError (LIST_FORMAT_INVALID) when the bytes are not readable as that format.
 */
export async function readListBytes(fileName: string, bytes: Uint8Array, options: ReadListOptions = {}): Promise<ListInput> {
  if (options.format && !LIST_FORMATS.includes(options.format)) throw new ListFormatError(undefined, `unknown format "${options.format}"`);
  if (options.source !== undefined) checkListName(options.source);
  const path = fileName;
  const gzipped = isGzip(bytes);
  let head: Uint8Array = bytes.subarray(0, 8192);
  if (gzipped) {
    try {
      head = gunzipSync(bytes).subarray(0, 8192);
    } catch {
      throw new ListFormatError(options.format, `${path} starts like gzip but does not decompress`);
    }
  }
  const format = options.format ?? (options.columns ? 'csv' : detectFormat(path, head, gzipped));
  if (!format) throw new ListFormatError(undefined, `cannot tell the format of ${path} from its name or content`);
  if (format === 'ofac-sdn') throw new ListFormatError(format, 'OFAC SDN is read from sdn.csv or the directory holding it');
  const parsed = await parseBytes(format, path, bytes, options);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source = options.source ?? (format === 'ftm' ? ftmListName(parsed, path) : format === 'csv' ? listNameFromFile(path) : format);
  fileUnder(parsed, source);
  return { format, source, files: [path], sha256, parsed };
}
