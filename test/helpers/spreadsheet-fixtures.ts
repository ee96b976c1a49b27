import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function zip(files: Record<string, string>): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter());
  for (const [name, text] of Object.entries(files)) await writer.add(name, new TextReader(text));
  return writer.close();
}

/** A minimal OpenDocument spreadsheet of `rows` (first sheet), written the way office suites do: repeated empty cells, spaces as text:s. */
export function odsFile(rows: string[][]): Promise<Uint8Array> {
  const cell = (c: string) => {
    if (c === '') return '<table:table-cell/>';
    const withSpaces = esc(c).replace(/ {2}/g, ' <text:s/>');
    return `<table:table-cell office:value-type="string"><text:p>${withSpaces}</text:p></table:table-cell>`;
  };
  const body = rows.map((r) => `<table:table-row>${r.map(cell).join('')}<table:table-cell table:number-columns-repeated="16376"/></table:table-row>`).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
  <office:body><office:spreadsheet><table:table table:name="Sheet1">${body}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet></office:body>
</office:document-content>`;
  return zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': content });
}

/** A minimal Office Open XML workbook of `rows`: strings shared, cells addressed by reference. */
export function xlsxFile(rows: string[][]): Promise<Uint8Array> {
  const strings: string[] = [];
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheet = rows
    .map((r, ri) => `<row r="${ri + 1}">${r.map((c, ci) => (c === '' ? '' : `<c r="${col(ci)}${ri + 1}" t="s"><v>${strings.push(c) - 1}</v></c>`)).join('')}</row>`)
    .join('');
  return zip({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>',
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
  });
}
