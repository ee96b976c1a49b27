import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ListInput, readListInput } from '../src/screening/lists/read-list.js';
import { getDiff } from '../src/screening/store/get-diff.js';
import { importListVersion } from '../src/screening/store/import-list-version.js';
import { loadActiveEntities } from '../src/screening/store/load-active-entities.js';
import { listVersions } from '../src/screening/store/list-versions.js';
import { type TestDb, createTestDb } from './helpers/test-db.js';

const person = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, schema: 'Person', datasets: ['test_list'], properties: { name: [name], ...extra } });

const V1 = [person('a', 'Anna Alpha'), person('b', 'Boris Beta', { birthDate: ['1960'] }), person('c', 'Carl Gamma')].join('\n');
const V2 = [person('a', 'Anna Alpha'), person('b', 'Boris Beta', { birthDate: ['1961'] }), person('d', 'Dora Delta')].join('\n');

const snapshot = (input: ListInput) => ({
  source: input.source, format: input.format, sha256: input.sha256, publishedAt: input.parsed.publishedAt,
  entities: input.parsed.entities, problems: input.parsed.problems, files: input.files,
});

describe('list versions', () => {
  let t: TestDb;
  let dir: string;
  const file = (name: string, content: string) => writeFile(join(dir, name), content).then(() => join(dir, name));

  beforeAll(async () => {
    t = await createTestDb();
    dir = await mkdtemp(join(tmpdir(), 'idflow-lists-'));
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a first version, then diffs the second against it', async () => {
    const first = await importListVersion(t.db, snapshot(await readListInput(await file('v1.jsonl', V1))));
    expect(first.status).toBe('imported');
    expect(first.version).toMatchObject({ source: 'test_list', format: 'ftm', status: 'active', counts: { entities: 3, names: 3, problems: 0 } });
    const second = await importListVersion(t.db, snapshot(await readListInput(await file('v2.jsonl', V2))));
    expect(second.version.previousVersionId).toBe(first.version.id);
    expect(second.version.diff).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(await getDiff(t.db, second.version.id)).toEqual({
      versionId: second.version.id, source: 'test_list', previousVersionId: first.version.id, added: ['d'], removed: ['c'], changed: ['b'],
    });
    const versions = await listVersions(t.db, { source: 'test_list' });
    expect(versions.map((v) => [v.id, v.status])).toEqual([[second.version.id, 'active'], [first.version.id, 'superseded']]);
    const active = await loadActiveEntities(t.db, ['test_list']);
    expect(active.entities.map((e) => e.sourceId)).toEqual(['a', 'b', 'd']);
    expect(active.entities[1].birthDates).toEqual(['1961']);
    expect(active.entityVersionIds).toEqual([second.version.id, second.version.id, second.version.id]);
  });

  it('is a no-op for the very same bytes', async () => {
    const again = await importListVersion(t.db, snapshot(await readListInput(await file('v2-copy.jsonl', V2))));
    expect(again.status).toBe('unchanged');
    expect(await listVersions(t.db, { source: 'test_list' })).toHaveLength(2);
  });

  it('rejects a broken file before touching the database: the previous version stays in force', async () => {
    const broken = await file('broken.jsonl', 'this is not json\nnor this');
    await expect(readListInput(broken, { format: 'ftm' })).rejects.toMatchObject({ code: 'LIST_FORMAT_INVALID', message: expect.stringMatching(/--format/) });
    const active = await loadActiveEntities(t.db, ['test_list']);
    expect(active.entities.map((e) => e.sourceId)).toEqual(['a', 'b', 'd']);
  });

  it('rolls a failed import back whole: the previous version stays active and nothing of the new one is left', async () => {
    const before = await listVersions(t.db, { source: 'test_list' });
    const v3 = [person('x', 'Xavier'), person('y', 'Yannick'), person('z', 'Zoe')].join('\n');
    const input = await readListInput(await file('v3.jsonl', v3));
    await expect(
      importListVersion(t.db, snapshot(input), {
        batchSize: 1,
        allowShrink: true,
        onProgress: (done) => {
          if (done === 2) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await listVersions(t.db, { source: 'test_list' })).toEqual(before);
    const leftovers = await t.db.query(`SELECT count(*)::int AS n FROM screening_list_entities WHERE source_id IN ('x', 'y', 'z')`);
    expect(leftovers.rows[0].n).toBe(0);
    expect((await loadActiveEntities(t.db, ['test_list'])).entities.map((e) => e.sourceId)).toEqual(['a', 'b', 'd']);
  });

  it('keeps one active version per source even when two sources import', async () => {
    await importListVersion(t.db, { source: 'other', format: 'ftm', sha256: 'f'.repeat(64), entities: [], problems: [{ line: 1, message: 'x' }] }, { allowShrink: true });
    const active = await listVersions(t.db, { activeOnly: true });
    expect(active.map((v) => v.source).sort()).toEqual(['other', 'test_list']);
    expect(active.find((v) => v.source === 'other')?.counts).toEqual({ entities: 0, names: 0, problems: 1 });
  });
});
