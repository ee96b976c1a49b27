import { describe, expect, it } from 'vitest';
import { odsFile, xlsxFile } from '../../../test/helpers/spreadsheet-fixtures.js';
import { readSpreadsheetRows } from './spreadsheet.js';

const ROWS = [
  ['Name', 'Type', '', 'Note'],
  ['AL  QAIDA & Co <x>', 'Entity', '', 'two  spaces'],
  ['ПЕТРОВ Иван', '', 'c', ''],
];

describe('readSpreadsheetRows', () => {
  it('reads an ODS sheet: repeated empty cells and rows are not expanded, spaces and entities kept', async () => {
    expect(await readSpreadsheetRows(await odsFile(ROWS))).toEqual([
      ['Name', 'Type', '', 'Note'],
      ['AL  QAIDA & Co <x>', 'Entity', '', 'two  spaces'],
      ['ПЕТРОВ Иван', '', 'c'],
    ]);
  });
  it('reads an XLSX sheet with shared strings and gaps', async () => {
    expect(await readSpreadsheetRows(await xlsxFile(ROWS))).toEqual([
      ['Name', 'Type', '', 'Note'],
      ['AL  QAIDA & Co <x>', 'Entity', '', 'two  spaces'],
      ['ПЕТРОВ Иван', '', 'c'],
    ]);
  });
});
