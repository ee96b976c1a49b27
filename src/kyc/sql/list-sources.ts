import type { Db } from '../../store/db.js';
import { SOURCE_VERSION_COLUMNS, type SourceVersionInfo, type SourceVersionRow, toSourceVersionInfo } from './source-version.js';

/** A tenant's data source with its active version. */
export interface SourceInfo {
  name: string;
  provider: string;
  creditBureau?: 'Equifax' | 'Experian';
  createdAt: string;
  activeVersion?: SourceVersionInfo;
}

/** The tenant's sources, by name, each with its active version (and, with `versions`, every version newest first). */
export async function listSources(db: Db, tenantId: string, options: { versions?: boolean } = {}): Promise<Array<SourceInfo & { versions?: SourceVersionInfo[] }>> {
  const sources = await db.query<{ name: string; provider: string; credit_bureau: string | null; created_at: Date | string }>(
    `SELECT name, provider, credit_bureau, created_at FROM kyc_sources WHERE tenant_id = $1 ORDER BY name`,
    [tenantId],
  );
  const versions = await db.query<SourceVersionRow>(
    `SELECT ${SOURCE_VERSION_COLUMNS}, problems FROM kyc_source_versions WHERE tenant_id = $1 ${options.versions ? '' : `AND status = 'active'`} ORDER BY imported_at DESC, id DESC`,
    [tenantId],
  );
  return sources.rows.map((s) => {
    const mine = versions.rows.filter((v) => v.source === s.name).map(toSourceVersionInfo);
    return {
      name: s.name,
      provider: s.provider,
      ...(s.credit_bureau ? { creditBureau: s.credit_bureau as 'Equifax' | 'Experian' } : {}),
      createdAt: new Date(s.created_at).toISOString(),
      ...(mine.find((v) => v.status === 'active') ? { activeVersion: mine.find((v) => v.status === 'active') } : {}),
      ...(options.versions ? { versions: mine } : {}),
    };
  });
}
