import type { Db } from '../../store/db.js';
import type { KycRecord } from '../types.js';
import { recordPartition } from './record-partition.js';

/** The tenant's source as the KYC step consults it: provider, bureau and the version in force. */
export interface ActiveSource {
  name: string;
  provider: string;
  creditBureau?: 'Equifax' | 'Experian';
  versionId: string;
}

/** The active versions of the named sources; names without an imported version are left out. */
export async function activeSources(db: Db, tenantId: string, names: readonly string[]): Promise<ActiveSource[]> {
  const { rows } = await db.query<{ name: string; provider: string; credit_bureau: string | null; version_id: string }>(
    `SELECT s.name, s.provider, s.credit_bureau, v.id AS version_id
       FROM kyc_sources s JOIN kyc_source_versions v ON v.tenant_id = s.tenant_id AND v.source = s.name AND v.status = 'active'
      WHERE s.tenant_id = $1 AND s.name = ANY($2::text[])`,
    [tenantId, [...names]],
  );
  return rows.map((r) => ({ name: r.name, provider: r.provider, versionId: r.version_id, ...(r.credit_bureau ? { creditBureau: r.credit_bureau as 'Equifax' | 'Experian' } : {}) }));
}

/** Most candidates compared per source and applicant: those sharing the most lookup keys first. */
export const MAX_CANDIDATES = 50;

/** Records of a version sharing a lookup key with the applicant (GIN index on lookup_keys), most keys shared first. */
export async function findCandidates(db: Db, versionId: string, keys: readonly string[], limit = MAX_CANDIDATES): Promise<KycRecord[]> {
  if (keys.length === 0) return [];
  // The version's own partition, searched through its GIN index on the keys.
  const { rows } = await db.query<{ record: KycRecord | string }>(
    `SELECT record FROM ${recordPartition(versionId)}
      WHERE lookup_keys && $1::text[]
      ORDER BY (SELECT count(*) FROM unnest(lookup_keys) k WHERE k = ANY($1::text[])) DESC, record_id
      LIMIT $2`,
    [[...keys], limit],
  );
  return rows.map((r) => (typeof r.record === 'string' ? (JSON.parse(r.record) as KycRecord) : r.record));
}
