import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readListInput } from '../src/screening/lists/read-list.js';
import { importListVersion } from '../src/screening/store/import-list-version.js';
import { loadActiveEntities } from '../src/screening/store/load-active-entities.js';
import { listVersions } from '../src/screening/store/list-versions.js';
import { type TestDb, createTestDb } from './helpers/test-db.js';

const DATA = new URL('../../shared/data/sanctions/', import.meta.url).pathname;
const present = existsSync(DATA);
if (!present && process.env.CI) throw new Error(`${DATA} is missing: the shared data folder must be beside the repository in CI`);
if (!present) console.warn(`skipping the real-list import tests: ${DATA} is absent (the shared data folder)`);

async function importPath(db: TestDb['db'], path: string) {
  const input = await readListInput(DATA + path);
  return importListVersion(db, {
    source: input.source, format: input.format, sha256: input.sha256, publishedAt: input.parsed.publishedAt,
    entities: input.parsed.entities, problems: input.parsed.problems, files: input.files,
  });
}

describe.skipIf(!present)('importing the official list files', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('imports OFAC SDN from its directory: every primary record, aliases from alt.csv, orphan rows reported', async () => {
    const { status, version } = await importPath(t.db, 'ofac-sdn');
    expect(status).toBe('imported');
    expect(version.counts.entities).toBe(14965);
    expect(version.counts.names).toBeGreaterThan(30000);
    expect(version.diff).toEqual({ added: 14965, removed: 0, changed: 0 });
    const stored = await t.db.query<{ problems: Array<{ element?: string; message: string }> }>('SELECT problems FROM screening_list_versions WHERE id = $1', [version.id]);
    expect(stored.rows[0].problems.some((p) => p.element === 'alt.csv' && /ent_num that sdn\.csv lacks/.test(p.message))).toBe(true);
  });

  it('imports the UN list: 730 individuals and 273 entities, dated by dateGenerated', async () => {
    const { version } = await importPath(t.db, 'un/consolidated.xml');
    expect(version.counts.entities).toBe(1003);
    expect(version.publishedAt).toBe('2026-02-27T00:00:09.554Z');
    const { entities } = await loadActiveEntities(t.db, ['un']);
    expect(entities.filter((e) => e.type === 'person')).toHaveLength(730);
    expect(entities.filter((e) => e.type === 'organization')).toHaveLength(273);
    expect(entities.find((e) => e.sourceId === 'CDi.001')?.names[0].name).toBe('ERIC BADEGE');
  });

  it('imports the UK ODS export: 5,302 rows, of which two have no name and are reported', async () => {
    const { version } = await importPath(t.db, 'uk/UK_Sanctions_List.ods');
    expect(version.counts.entities).toBe(5300);
    expect(version.counts.problems).toBe(2);
  });

  it('imports the gzip CSL: 14,160 rows are 14,048 ids (one entity per id, all its lists in programs)', async () => {
    const { version } = await importPath(t.db, 'us-csl/consolidated.csv.gz');
    expect(version.counts.entities).toBe(14048);
    const { entities } = await loadActiveEntities(t.db, ['us-csl']);
    const vtb = entities.find((e) => e.sourceId === '17013');
    expect(vtb?.programs).toEqual(expect.arrayContaining(['Capta List (CAP) - Treasury Department', 'Specially Designated Nationals (SDN) - Treasury Department']));
  });

  it('re-importing the same bytes changes nothing and says so', async () => {
    const before = await listVersions(t.db);
    const again = await importPath(t.db, 'ofac-sdn/sdn.csv');
    expect(again.status).toBe('unchanged');
    expect(await listVersions(t.db)).toEqual(before);
    const active = await loadActiveEntities(t.db);
    expect(active.versions.map((v) => v.source)).toEqual(['ofac-sdn', 'uk', 'un', 'us-csl']);
    expect(active.entities).toHaveLength(14965 + 1003 + 5300 + 14048);
  });
});
