import type { Command } from 'commander';
import type { ListEntityType } from '../screening/types.js';

/** Options and output shared by `screen` and `match`. */
const TYPES: ListEntityType[] = ['person', 'organization', 'vessel', 'aircraft'];

export function parseType(command: Command, value: string | undefined): ListEntityType | undefined {
  if (value === undefined || value === '') return undefined;
  const type = value.trim().toLowerCase() as ListEntityType;
  if (!TYPES.includes(type)) command.error(`type '${value}' is not one of ${TYPES.join('|')}`, { code: 'SCREEN_USAGE', exitCode: 2 });
  return type;
}

export function parseThreshold(command: Command, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) command.error(`--threshold '${value}' must be a number from 0 to 1`, { code: 'SCREEN_USAGE', exitCode: 2 });
  return x;
}

/** A CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
