import type { ListEntity } from '../types.js';

/** The official list formats idflow reads; the `--format` flag of `idflow lists import` takes these names. */
export const LIST_FORMATS = ['ofac-sdn', 'un', 'uk', 'us-csl', 'ftm', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const FORMAT_DESCRIPTIONS: Record<ListFormat, string> = {
  'ofac-sdn': 'OFAC SDN CSV (sdn.csv with alt.csv, add.csv, sdn_comments.csv beside it)',
  un: 'UN Security Council Consolidated List XML',
  uk: 'UK Sanctions List (ODS or CSV export)',
  'us-csl': 'US Consolidated Screening List CSV (gzip or plain)',
  ftm: 'FollowTheMoney JSON lines (OpenSanctions)',
  csv: 'generic CSV list (a header row; --map names its columns)',
};

/** A row or element that could not be read; it is skipped and reported, the rest of the file is imported. */
export interface ListProblem {
  /** 1-based line in the file (CSV, JSON lines). */
  line?: number;
  /** Element, file or sheet row the problem is in (`alt.csv`, `INDIVIDUAL QDi.001`, `row 12`). */
  element?: string;
  message: string;
}

export interface ParsedList {
  entities: ListEntity[];
  problems: ListProblem[];
  /** Publication date or time the file states (ISO 8601). */
  publishedAt?: string;
}

/** A file that cannot be read as the format at all: nothing is imported. */
export class ListFormatError extends Error {
  readonly code = 'LIST_FORMAT_INVALID';
  constructor(
    readonly format: ListFormat | undefined,
    reason: string,
  ) {
    super(
      format
        ? `not a valid ${FORMAT_DESCRIPTIONS[format]} file: ${reason}. Check the file, or name its format with --format (${LIST_FORMATS.join('|')})`
        : `${reason}. Name the file's format with --format (${LIST_FORMATS.join('|')})`,
    );
  }
}
