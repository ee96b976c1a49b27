import type { Db } from '../store/db.js';
import type { ListInput } from '../screening/lists/read-list.js';
import { type RescreenOutcome, rescreenMonitored } from './rescreen-monitored.js';
import { type ImportOptions, type ImportOutcome, importListVersion } from '../screening/store/import-list-version.js';

export interface ImportListOptions extends ImportOptions {
  /** Re-screen monitored entities against what the new version added or changed (default true). */
  monitor?: boolean;
}

export interface ImportListResult extends ImportOutcome {
  /** The monitoring re-screen, when a version was imported and monitoring asked for. */
  monitoring?: RescreenOutcome;
}

/**
 * Imports a read list file as the new active version of its list (refusing an empty or shrinking file unless
 * allowed), then re-screens monitored entities against its changes. The CLI and the HTTP route both call this.
 */
export async function importList(db: Db, input: ListInput, options: ImportListOptions = {}): Promise<ImportListResult> {
  const { parsed } = input;
  const outcome = await importListVersion(
    db,
    { source: input.source, format: input.format, sha256: input.sha256, publishedAt: parsed.publishedAt, entities: parsed.entities, problems: parsed.problems, files: input.files },
    options,
  );
  if (outcome.status !== 'imported' || options.monitor === false) return outcome;
  return { ...outcome, monitoring: await rescreenMonitored(db, outcome.version.id) };
}
