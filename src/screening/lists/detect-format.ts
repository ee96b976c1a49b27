import type { ListFormat } from './parse-result.js';

const ascii = (head: Uint8Array, n = 4096) => new TextDecoder('latin1').decode(head.subarray(0, n));

/**
 * The format of a list file from its name and its first bytes; undefined when neither tells.
 * `head` is the start of the file (a few kilobytes), already decompressed when the file was gzip.
 */
export function detectFormat(fileName: string, head: Uint8Array, gzipped = false): ListFormat | undefined {
  const name = fileName.toLowerCase().replace(/\.gz$/, '');
  const base = name.split(/[\\/]/).pop() ?? name;
  const text = ascii(head).replace(/^\ufeff|^\xef\xbb\xbf/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].includes(base)) return 'ofac-sdn';
  if (/\.(ods|xlsx|xls)$/.test(name) || (head[0] === 0x50 && head[1] === 0x4b)) return 'uk';
  if (/\.xml$/.test(name) || /^\s*<(\?xml|CONSOLIDATED_LIST)/.test(text)) return text.includes('CONSOLIDATED_LIST') || !/^\s*</.test(text) ? 'un' : undefined;
  if (/\.(jsonl|ndjson|json)$/.test(name) || /^\s*\{/.test(text)) return 'ftm';
  if (/(^|,)"?_?id"?,/.test(firstLine) && /alt_names/.test(firstLine)) return 'us-csl';
  if (/unique id/i.test(text)) return 'uk';
  if (/^\d+,"[^"]*","?[^,]*"?,/.test(firstLine)) return 'ofac-sdn';
  if (gzipped) return 'us-csl';
  return undefined;
}
