import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScreeningService } from '../src/screening/service.js';
import { importListVersion } from '../src/screening/store/import-list-version.js';
import type { ListEntity } from '../src/screening/types.js';
import type { Db } from '../src/store/db.js';
import { PgDb } from '../src/store/pg-adapter.js';
import { waitFor } from './helpers/test-app.js';
import { createTestDb, type TestDb } from './helpers/test-db.js';

let t: TestDb;
/** A second connection to the same database, as another process would have (on PGlite, the same one). */
let other: Db;

beforeAll(async () => {
  t = await createTestDb();
  other = t.url ? new PgDb(t.url, { searchPath: t.schema, max: 2 }) : t.db;
});
afterAll(async () => {
  if (other !== t.db) await other.close();
  await t?.close();
});

const channel = (name: string) => `test_${name}_${Math.random().toString(36).slice(2, 8)}`;

describe('Db.listen and Db.notify', () => {
  it('delivers a notification to every listener of the channel, from any connection', async () => {
    const ch = channel('deliver');
    const got: string[] = [];
    const unlisten = await other.listen(ch, (p) => got.push(`a:${p}`));
    const unlisten2 = await t.db.listen(ch, (p) => got.push(`b:${p}`));
    await t.db.notify(ch, 'hello');
    await waitFor(async () => got.length === 2);
    expect(got.sort()).toEqual(['a:hello', 'b:hello']);
    await unlisten();
    await unlisten2();
  });

  it('delivers a notification sent in a transaction only when it commits', async () => {
    const ch = channel('tx');
    const got: string[] = [];
    const unlisten = await other.listen(ch, (p) => got.push(p));
    await t.db
      .transaction(async (tx) => {
        await tx.notify(ch, 'rolled-back');
        throw new Error('abort');
      })
      .catch(() => {});
    await t.db.transaction(async (tx) => {
      await tx.notify(ch, 'committed');
      expect(got).toEqual([]);
    });
    await waitFor(async () => got.includes('committed'));
    expect(got).toEqual(['committed']);
    await unlisten();
  });

  it('stops delivering after unlisten, and keeps other listeners of the channel', async () => {
    const ch = channel('unlisten');
    const first: string[] = [];
    const second: string[] = [];
    const stop = await other.listen(ch, (p) => first.push(p));
    const stop2 = await other.listen(ch, (p) => second.push(p));
    await stop();
    await t.db.notify(ch, 'after');
    await waitFor(async () => second.length === 1);
    expect(first).toEqual([]);
    await stop2();
  });

  it('refuses a channel that is not a plain identifier', async () => {
    await expect(t.db.listen('bad channel; DROP', () => {})).rejects.toThrow(/lower-case identifier/);
    await expect(t.db.notify('Bad-Channel')).rejects.toThrow(/lower-case identifier/);
  });
});

describe('the screening index follows imports through the lists channel', () => {
  it('rebuilds on the notification of an import made elsewhere, long before its safety-net check', async () => {
    const entity = (id: string, name: string): ListEntity => ({
      source: 'live', sourceId: id, type: 'person', names: [{ name, kind: 'primary' }], birthDates: [], countries: [], programs: [], identifiers: [],
    });
    const service = new ScreeningService(other, { checkIntervalMs: 3_600_000, listeningCheckIntervalMs: 3_600_000 });
    expect((await service.search({ name: 'Ludmila Livelistova' })).matches).toEqual([]);
    // The service has built its (empty) index and listens; the import is made through another connection.
    await importListVersion(t.db, { source: 'live', format: 'ftm', sha256: 'c'.repeat(64), entities: [entity('1', 'Ludmila Livelistova')], problems: [] });
    const found = await waitFor(async () => {
      const r = await service.search({ name: 'Ludmila Livelistova' });
      return r.matches.length > 0 && r;
    });
    expect(found.matches[0]).toMatchObject({ source: 'live', sourceId: '1' });
    await service.close();
  });
});
