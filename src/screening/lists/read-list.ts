import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { detectFormat } from './detect-format.js';
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

function parseBytes(format: Exclude<ListFormat, 'ofac-sdn'>, name: string, bytes: Uint8Array): ParsedList {
  switch (format) {
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

/** The single source of an FtM file's entities, or 'ftm' when they come from several datasets. */
function ftmSource(parsed: ParsedList): string {
  const sources = new Set(parsed.entities.map((e) => e.source));
  return sources.size === 1 ? [...sources][0] : 'ftm';
}

/**
 * Reads a list file or an OFAC directory and parses it; `format` is detected from the name and content when not given.
 * Throws ListFormatError (LIST_FORMAT_INVALID) when the input is not readable as that format.
 */
export async function readListInput(path: string, options: { format?: ListFormat; source?: string } = {}): Promise<ListInput> {
  if (options.format && !LIST_FORMATS.includes(options.format)) throw new ListFormatError(undefined, `unknown format "${options.format}"`);
  const info = await stat(path);
  if (info.isDirectory() || options.format === 'ofac-sdn' || basename(path).toLowerCase() === 'sdn.csv') {
    if (options.format && options.format !== 'ofac-sdn') throw new ListFormatError(options.format, `${path} is a directory`);
    const dir = info.isDirectory() ? path : dirname(path);
    if (info.isDirectory() && !(await readdir(dir)).some((n) => n.toLowerCase() === 'sdn.csv')) {
      throw new ListFormatError(undefined, `directory ${path} holds no sdn.csv (only OFAC SDN CSV is read from a directory)`);
    }
    const { files, hash, parsed } = await readOfac(dir);
    return { format: 'ofac-sdn', source: options.source ?? 'ofac-sdn', files, sha256: hash, parsed };
  }
  const bytes = await readFile(path);
  const gzipped = isGzip(bytes);
  let head: Uint8Array = bytes.subarray(0, 8192);
  if (gzipped) {
    try {
      head = gunzipSync(bytes).subarray(0, 8192);
    } catch {
      throw new ListFormatError(options.format, `${path} starts like gzip but does not decompress`);
    }
  }
  const format = options.format ?? detectFormat(path, head, gzipped);
  if (!format) throw new ListFormatError(undefined, `cannot tell the format of ${path} from its name or content`);
  if (format === 'ofac-sdn') throw new ListFormatError(format, 'OFAC SDN is read from sdn.csv or the directory holding it');
  const parsed = parseBytes(format, path, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source = options.source ?? (format === 'ftm' ? ftmSource(parsed) : format);
  return { format, source, files: [path], sha256, parsed };
}
