/** Keys whose values identify a document (its number, its MRZ); hidden from viewers until they reveal. */
const DOCUMENT_KEYS = new Set(['docNum', 'documentNumber', 'DocumentNumber', 'personalNumber', 'PersonalNumber', 'optionalData', 'Mrz', 'mrz', 'MrzResult', 'mrzResult', 'lines']);
export const HIDDEN = '••••••';

/**
 * A copy of `value` with document numbers and MRZs hidden at any depth (strings become HIDDEN, objects
 * and lists null), and the `number` of each entry of an `individual.documents` list.
 */
export function maskDocumentIdentifiers<T>(value: T): T {
  return walk(value, undefined) as T;
}

function walk(value: unknown, parentKey: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, parentKey === 'documents' ? 'documents[]' : undefined));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const hide = DOCUMENT_KEYS.has(key) || (parentKey === 'documents[]' && key === 'number');
    out[key] = hide && v !== null && v !== undefined ? (typeof v === 'string' ? HIDDEN : null) : walk(v, key);
  }
  return out;
}
