import { describe, expect, it } from 'vitest';
import { odsFile, xlsxFile } from '../../../test/helpers/spreadsheet-fixtures.js';
import { parseUkSanctionsCsv, parseUkSanctionsSheet } from './uk-sanctions.js';

const HEADER = ['Unique ID', 'OFSI Group ID', 'Name', 'Regime Name', 'Type', 'Designation source', 'Date Designated', 'Sanctions Imposed'];
const ROWS = [
  ['RUS0001', '1', 'IVANOV Ivan Ivanovich', 'Russia', 'Individual', 'UK', '15-03-2022', 'Asset freeze'],
  ['RUS0002', '2', 'OOO ROMASHKA', 'Russia', 'Entity', 'UK', '16-03-2022', 'Asset freeze'],
  ['RUS0003', '3', 'SEA BREEZE', 'Russia', 'Ship', 'UK', '17-03-2022', 'Ship sanctions'],
  ['RUS0004', '4', '', 'Russia', 'Individual', 'UK', '18-03-2022', 'Asset freeze'],
];
const csvLine = (r: string[]) => r.map((c) => `"${c}"`).join(',');

describe('parseUkSanctionsCsv', () => {
  it('finds the header below a report-date line and reads primary names, types and regimes', () => {
    const csv = ['Report Date: 11-Aug-2025', '', csvLine(HEADER), ...ROWS.map(csvLine)].join('\n');
    const result = parseUkSanctionsCsv(csv);
    expect(result.publishedAt).toBe('2025-08-11');
    expect(result.entities.map((e) => [e.sourceId, e.type, e.names[0].name, e.programs[0], e.listedAt])).toEqual([
      ['RUS0001', 'person', 'IVANOV Ivan Ivanovich', 'Russia', '2022-03-15'],
      ['RUS0002', 'organization', 'OOO ROMASHKA', 'Russia', '2022-03-16'],
      ['RUS0003', 'vessel', 'SEA BREEZE', 'Russia', '2022-03-17'],
    ]);
    expect(result.problems).toEqual([{ line: 7, element: 'row 6', message: 'row without a name: skipped' }]);
  });
  it('rejects a CSV without the list header', () => {
    expect(() => parseUkSanctionsCsv('a,b\n1,2\n')).toThrow(/Unique ID.*--format/);
  });
});

describe('parseUkSanctionsSheet', () => {
  it('reads the ODS export', async () => {
    const result = await parseUkSanctionsSheet(await odsFile([['Report Date: 11-Aug-2025'], [], HEADER, ...ROWS]));
    expect(result.entities.map((e) => e.sourceId)).toEqual(['RUS0001', 'RUS0002', 'RUS0003']);
    expect(result.entities[0].names[0].name).toBe('IVANOV Ivan Ivanovich');
    expect(result.publishedAt).toBe('2025-08-11');
    expect(result.problems).toHaveLength(1);
  });
  it('reads an XLSX export the same way', async () => {
    const result = await parseUkSanctionsSheet(await xlsxFile([HEADER, ...ROWS]));
    expect(result.entities.map((e) => [e.sourceId, e.type])).toEqual([['RUS0001', 'person'], ['RUS0002', 'organization'], ['RUS0003', 'vessel']]);
    expect(result.problems).toHaveLength(1);
  });
  it('rejects a zip that is no spreadsheet, naming --format', async () => {
    await expect(parseUkSanctionsSheet(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(/spreadsheet does not open.*--format/);
  });
});
