import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScreeningService } from '../src/screening/service.js';
import { importListVersion } from '../src/screening/store/import-list-version.js';
import type { ListEntity } from '../src/screening/types.js';
import { type TestDb, createTestDb } from './helpers/test-db.js';

function person(sourceId: string, name: string, birthDates: string[] = []): ListEntity {
  return { source: 'uk', sourceId, type: 'person', names: [{ name, kind: 'primary' }], birthDates, countries: [], programs: [], identifiers: [] };
}

async function importUk(db: TestDb['db'], sha256: string, entities: ListEntity[]) {
  return importListVersion(db, { source: 'uk', format: 'uk', sha256, entities, problems: [] }, { allowShrink: true });
}

describe('ScreeningService', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has no lists and no matches before an import', async () => {
    const service = new ScreeningService(t.db, { checkIntervalMs: 0 });
    expect(await service.hasLists()).toBe(false);
    expect(await service.search({ name: 'Ivan Petrov' })).toEqual({ matches: [], listVersions: [] });
  });

  it('searches the active lists, pins the list version on each hit, and rebuilds when a new version is imported', async () => {
    const service = new ScreeningService(t.db, { checkIntervalMs: 0 });
    const first = await importUk(t.db, 'a'.repeat(64), [person('UK1', 'PETROV, Ivan', ['1961'])]);
    const found = await service.search({ name: 'Ivan Petrov', dob: '1961' });
    expect(found.listVersions.map((v) => v.id)).toEqual([first.version.id]);
    expect(found.matches).toEqual([expect.objectContaining({ source: 'uk', sourceId: 'UK1', listVersionId: first.version.id })]);
    expect((await service.search({ name: 'Maria Lopez' })).matches).toEqual([]);

    const second = await importUk(t.db, 'b'.repeat(64), [person('UK1', 'PETROV, Ivan', ['1961']), person('UK2', 'LOPEZ, Maria')]);
    const after = await service.search({ name: 'Maria Lopez' });
    expect(after.listVersions.map((v) => v.id)).toEqual([second.version.id]);
    expect(after.matches).toEqual([expect.objectContaining({ sourceId: 'UK2', listVersionId: second.version.id })]);
  });

  it('keeps its index between checks and picks a change up on refresh() (without the lists channel)', async () => {
    const service = new ScreeningService(t.db, { checkIntervalMs: 60_000, listen: false });
    expect((await service.search({ name: 'Peter Novak' })).matches).toEqual([]);
    await importUk(t.db, 'c'.repeat(64), [person('UK3', 'NOVAK, Peter')]);
    expect((await service.search({ name: 'Peter Novak' })).matches).toEqual([]);
    await service.refresh();
    expect((await service.search({ name: 'Peter Novak' })).matches.map((m) => m.sourceId)).toEqual(['UK3']);
  });

  it('compares two names', async () => {
    const service = new ScreeningService(t.db);
    const result = await service.compare('Ivan Petrov', 'PETROV, Ivan');
    expect(result.match).toBe(true);
    expect(result.score).toBe(1);
  });
});
