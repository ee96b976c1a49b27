/** The bulk export's columns, exactly as design §6 (TrustX's CSV) lists them, in this order. */
export const EXPORT_COLUMNS = [
  'Id', 'tenantId', 'processDefnId', 'processDefnName', 'processDefnVersion', 'processDefinitionType',
  'processTokenId', 'processTokenCounter', 'status', 'processServerId', 'createdDtm', 'lastUpdatedDtm',
  'expiringDtm', 'completedDtm', 'elapsedMilliseconds', 'extId', 'lastName', 'firstName', 'dateOfBirth',
  'phoneNumber', 'email', 'nationality', 'reviewedBy', 'docNum',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Characters that make a spreadsheet read a cell as a formula (OWASP: = + - @, and tab and carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: a cell a spreadsheet would run as a formula gets a leading apostrophe, and a field with a
 * comma, quote or line break is quoted with its quotes doubled (RFC 4180).
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: the header, then one line per record, CRLF line ends (RFC 4180). */
export function toCsv<C extends string>(columns: readonly C[], records: Iterable<Record<C, string | number | null | undefined>>): string {
  const lines = [columns.map(csvField).join(',')];
  for (const record of records) lines.push(columns.map((c) => csvField(record[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
