import type { Db } from '../../store/db.js';

/** The partition of kyc_source_records that holds one version's records (version ids are ULIDs: safe as names). */
export function recordPartition(versionId: string): string {
  if (!/^[0-9A-Za-z]{26}$/.test(versionId)) throw new Error(`not a version id: ${versionId}`);
  return `kyc_source_records_${versionId.toLowerCase()}`;
}

/** A new, empty partition for a version's records, not yet attached (loaded without indexes first). */
export async function createRecordPartition(tx: Db, versionId: string): Promise<string> {
  const table = recordPartition(versionId);
  await tx.query(`CREATE TABLE ${table} (LIKE kyc_source_records INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
  return table;
}

/** Builds the loaded partition's indexes in one pass each and attaches it to kyc_source_records. */
export async function attachRecordPartition(tx: Db, versionId: string): Promise<void> {
  const table = recordPartition(versionId);
  // Room to sort a million records' keys in memory: the GIN index builds in one pass instead of spilling.
  if (tx.kind === 'pg') await tx.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  await tx.query(`CREATE INDEX ${table}_lookup ON ${table} USING gin (lookup_keys)`);
  await tx.query(`ALTER TABLE ${table} ADD PRIMARY KEY (version_id, record_id)`);
  await tx.query(`ALTER TABLE ${table} ADD CHECK (version_id = '${versionId}')`);
  await tx.query(`ALTER TABLE kyc_source_records ATTACH PARTITION ${table} FOR VALUES IN ('${versionId}')`);
}

/** Drops the partitions of the given versions (their records go with them). */
export async function dropRecordPartitions(tx: Db, versionIds: readonly string[]): Promise<void> {
  for (const id of versionIds) await tx.query(`DROP TABLE IF EXISTS ${recordPartition(id)}`);
}
