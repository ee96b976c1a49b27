import { TextWriter, Uint8ArrayReader, ZipReader, configure } from '@zip.js/zip.js';
import { XMLParser } from 'fast-xml-parser';

configure({ useWebWorkers: false });

/** A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': value }`. */
type XmlNode = Record<string, unknown>;

/** Repeats of an empty row or cell are not expanded beyond this (sheets repeat the last empty cell to column 16,384). */
const MAX_EMPTY_REPEAT = 64;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@') ?? '';
const childrenOf = (node: XmlNode) => (node[tagOf(node)] as XmlNode[] | undefined) ?? [];
const attr = (node: XmlNode, name: string) => (node[':@'] as Record<string, string> | undefined)?.[name];

function find(nodes: XmlNode[], path: string[]): XmlNode[] {
  let level = nodes;
  for (const tag of path) level = level.filter((n) => tagOf(n) === tag).flatMap((n) => childrenOf(n));
  return level;
}

/**
 * The text of an ODS paragraph: spans, `text:s` (n spaces), tabs and line breaks included. As OpenDocument says,
 * white space written in the XML collapses to one space; only `text:s` stands for more.
 */
function odsText(nodes: XmlNode[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']).replace(/[ \t\r\n]+/g, ' ');
    else if (tag === 'text:s') out += ' '.repeat(Number(attr(n, 'text:c') ?? 1));
    else if (tag === 'text:tab') out += '\t';
    else if (tag === 'text:line-break') out += '\n';
    else out += odsText(childrenOf(n));
  }
  return out;
}

/** The rows of the first sheet of an OpenDocument spreadsheet's content.xml, each cell as its displayed text. */
export function odsRows(contentXml: string): string[][] {
  const doc = parser.parse(contentXml) as XmlNode[];
  const tables = find(doc, ['office:document-content', 'office:body', 'office:spreadsheet']).filter((n) => tagOf(n) === 'table:table');
  const first = tables[0];
  if (!first) throw new Error('the spreadsheet has no sheet');
  const rows: string[][] = [];
  const rowNodes = childrenOf(first).flatMap((n) => (tagOf(n) === 'table:table-row' ? [n] : tagOf(n) === 'table:table-rows' || tagOf(n) === 'table:table-header-rows' ? childrenOf(n).filter((r) => tagOf(r) === 'table:table-row') : []));
  for (const rowNode of rowNodes) {
    const cells: string[] = [];
    for (const cell of childrenOf(rowNode)) {
      const tag = tagOf(cell);
      if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
      const text = childrenOf(cell).filter((p) => tagOf(p) === 'text:p').map((p) => odsText(childrenOf(p)).replace(/^ +| +$/g, '')).join('\n');
      const repeat = Number(attr(cell, 'table:number-columns-repeated') ?? 1);
      for (let i = 0; i < (text === '' ? Math.min(repeat, MAX_EMPTY_REPEAT) : repeat); i++) cells.push(text);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const repeat = Number(attr(rowNode, 'table:number-rows-repeated') ?? 1);
    for (let i = 0; i < (cells.length === 0 ? Math.min(repeat, MAX_EMPTY_REPEAT) : repeat); i++) rows.push([...cells]);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** Column index of a cell reference (`C12` → 2). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const xlsxText = (nodes: XmlNode[]): string =>
  nodes.map((n) => (tagOf(n) === '#text' ? String(n['#text']) : tagOf(n) === 'rPh' ? '' : xlsxText(childrenOf(n)))).join('');

/** The rows of an Office Open XML worksheet, with shared strings resolved (numbers and dates as stored). */
export function xlsxRows(sheetXml: string, sharedStringsXml: string | undefined): string[][] {
  const shared = sharedStringsXml ? find(parser.parse(sharedStringsXml) as XmlNode[], ['sst']).filter((n) => tagOf(n) === 'si').map((si) => xlsxText(childrenOf(si))) : [];
  const rows: string[][] = [];
  for (const row of find(parser.parse(sheetXml) as XmlNode[], ['worksheet', 'sheetData']).filter((n) => tagOf(n) === 'row')) {
    const index = Number(attr(row, 'r') ?? rows.length + 1) - 1;
    while (rows.length < index) rows.push([]);
    const cells: string[] = [];
    for (const c of childrenOf(row).filter((n) => tagOf(n) === 'c')) {
      const col = attr(c, 'r') ? columnIndex(attr(c, 'r')!) : cells.length;
      const type = attr(c, 't');
      const vNode = childrenOf(c).find((n) => tagOf(n) === 'v');
      const v = vNode ? xlsxText(childrenOf(vNode)) : '';
      const text = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? xlsxText(childrenOf(c).filter((n) => tagOf(n) === 'is')) : v;
      while (cells.length < col) cells.push('');
      cells[col] = text;
    }
    rows.push(cells);
  }
  return rows;
}

/** The rows of the first sheet of an ODS or XLSX file (a zip of XML), each cell as text. */
export async function readSpreadsheetRows(bytes: Uint8Array): Promise<string[][]> {
  const zip = new ZipReader(new Uint8ArrayReader(bytes));
  try {
    const entries = new Map((await zip.getEntries()).map((e) => [e.filename, e]));
    const text = async (name: string) => {
      const entry = entries.get(name);
      return entry && !entry.directory ? entry.getData(new TextWriter()) : undefined;
    };
    const content = await text('content.xml');
    if (content !== undefined) return odsRows(content);
    const workbook = await text('xl/workbook.xml');
    if (workbook !== undefined) {
      const sheet = [...entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))[0];
      if (!sheet) throw new Error('the workbook has no sheet');
      return xlsxRows((await text(sheet))!, await text('xl/sharedStrings.xml'));
    }
    throw new Error('neither an OpenDocument (content.xml) nor an Office Open XML (xl/workbook.xml) spreadsheet');
  } finally {
    await zip.close();
  }
}

