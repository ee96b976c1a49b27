import { createHash } from 'node:crypto';
import type { ListEntity } from '../types.js';

/** JSON with object keys sorted, so equal content always gives equal text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) of a list entity's content: what a diff compares and a false-positive resolution pins. */
export function entityContentHash(entity: ListEntity): string {
  return createHash('sha256').update(canonicalJson(entity)).digest('hex');
}
