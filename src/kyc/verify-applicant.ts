import { ulid } from 'ulid';
import type { Db } from '../store/db.js';
import { applicantLookupKeys } from './lookup-keys.js';
import { bestRecord, prepareApplicant, type RecordMatch } from './match-record.js';
import type { MatchSettings } from './match-settings.js';
import { findCandidates } from './sql/find-candidates.js';
import type { KycApplicant, KycRecord } from './types.js';

/** A failure of one source: `retryable` said whether trying again could help; `state` is the PROs'. */
export interface SourceError {
  code: string;
  message: string;
  state: 'ERROR' | 'TIMEOUT';
}

/** One source to consult: a local imported version or an HTTP provider, behind one lookup. */
export interface SourceHandle {
  name: string;
  provider: string;
  creditBureau?: 'Equifax' | 'Experian';
  /** The local version consulted (pinned on the PROs). */
  versionId?: string;
  /** The candidate records for the applicant, and the provider's raw answer where there is one. */
  lookup(applicant: KycApplicant, keys: string[]): Promise<{ records: KycRecord[]; raw?: unknown }>;
}

/** What one source lookup gave: the applicant's record in it (if any), or its failure. */
export interface SourceOutcome {
  source: string;
  provider: string;
  creditBureau?: 'Equifax' | 'Experian';
  versionId?: string;
  /** Ties the PROs of this one lookup together. */
  groupId: string;
  match?: RecordMatch;
  candidates: number;
  error?: SourceError;
  raw?: unknown;
}

/** A local source: candidates from the version's lookup-key index. */
export function localSource(db: Db, s: { name: string; provider: string; creditBureau?: 'Equifax' | 'Experian'; versionId: string }): SourceHandle {
  return { ...s, lookup: async (_applicant, keys) => ({ records: await findCandidates(db, s.versionId, keys) }) };
}

function asSourceError(err: unknown): SourceError {
  if (err && typeof err === 'object' && 'state' in err && 'code' in err) {
    const e = err as { code: string; message?: string; state: string };
    return { code: e.code, message: e.message ?? e.code, state: e.state === 'TIMEOUT' ? 'TIMEOUT' : 'ERROR' };
  }
  return { code: 'SOURCE_FAILED', message: err instanceof Error ? err.message : String(err), state: 'ERROR' };
}

/**
 * Looks the applicant up in every source (concurrently) and picks, per source, the record that is theirs.
 * A failing source is reported as such and never stops the others.
 */
export async function verifyApplicant(applicant: KycApplicant, sources: SourceHandle[], settings: MatchSettings): Promise<SourceOutcome[]> {
  const prepared = prepareApplicant(applicant);
  const keys = applicantLookupKeys(applicant, { transposedDob: settings.dobTolerance.includes('transposed') });
  return Promise.all(
    sources.map(async (s): Promise<SourceOutcome> => {
      const base = { source: s.name, provider: s.provider, groupId: ulid(), ...(s.creditBureau ? { creditBureau: s.creditBureau } : {}), ...(s.versionId ? { versionId: s.versionId } : {}) };
      try {
        const { records, raw } = await s.lookup(applicant, keys);
        const match = bestRecord(prepared, records, settings);
        return { ...base, candidates: records.length, ...(match ? { match } : {}), ...(raw !== undefined ? { raw } : {}) };
      } catch (err) {
        const error = asSourceError(err);
        const raw = err && typeof err === 'object' && 'raw' in err ? (err as { raw: unknown }).raw : undefined;
        return { ...base, candidates: 0, error, ...(raw !== undefined ? { raw } : {}) };
      }
    }),
  );
}
