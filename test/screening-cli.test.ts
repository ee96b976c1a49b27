import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/idflow.js');

function idflow(args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, IDFLOW_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.IDFLOW_DATABASE_URL;
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A small OFAC SDN export written for this test (headerless, `-0-` for empty, as OFAC ships it). */
function writeOfacFixture(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const e = '-0- ';
  writeFileSync(
    join(dir, 'sdn.csv'),
    [
      `101,"PETROV, Ivan Sergeyevich","individual","UKRAINE-EO13660",${e},${e},${e},${e},${e},${e},${e},"DOB 12 Mar 1961; nationality Russia."`,
      `102,"NORTHERN STAR SHIPPING CO., LTD.",${e},"IRAN",${e},${e},${e},${e},${e},${e},${e},${e}`,
      `103,"AL-RASHID, Khalid","individual","SDGT",${e},${e},${e},${e},${e},${e},${e},"DOB 1975."`,
    ].join('\r\n') + '\r\n',
  );
  writeFileSync(join(dir, 'alt.csv'), `101,1,"aka","PETROV, Vanya",${e}\r\n`);
}

describe('idflow match', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'idflow-match-'));

  it('prints score, match, threshold and explanation as JSON', async () => {
    const { code, stdout } = await idflow(['match', '--json', 'PUTIN, Vladimir Vladimirovich', 'Владимир Путин'], dataDir);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['score', 'match', 'threshold', 'explanation']);
    expect(result.match).toBe(true);
    expect(result.explanation.tokens).toEqual(expect.arrayContaining([expect.objectContaining({ query: 'putin', list: 'putin', kind: 'exact' })]));
  });

  it('compares a CSV of pairs, one JSON line per row', async () => {
    const file = join(dataDir, 'pairs.csv');
    writeFileSync(file, 'id,name1,name2,type\np1,John Smith,SMITH John,person\np2,Rosneft Oil Company OAO,ROSNEFT,organization\np3,John Smith,Angela Merkel,\n');
    const { code, stdout } = await idflow(['match', '--batch', file, '--json'], dataDir);
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.id, r.match])).toEqual([['p1', true], ['p2', true], ['p3', false]]);
    expect(Object.keys(rows[0])).toEqual(['id', 'score', 'match']);
  });

  it('exits 2 on usage errors', async () => {
    expect((await idflow(['match', '--json', 'only one'], dataDir)).code).toBe(2);
    const badType = await idflow(['match', '--type', 'ship', 'a', 'b'], dataDir);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('person|organization|vessel|aircraft');
    const badHeader = join(dataDir, 'bad.csv');
    writeFileSync(badHeader, 'a,b\n1,2\n');
    expect((await idflow(['match', '--batch', badHeader, '--json'], dataDir)).code).toBe(2);
  });
});

describe('idflow screen', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'idflow-screen-'));
  const ofacDir = join(dataDir, 'ofac');

  it('says that no list is imported and how to import one', async () => {
    const { code, stderr } = await idflow(['screen', '--json', 'Ivan Petrov'], dataDir);
    expect(code).toBe(1);
    expect(stderr).toContain('idflow lists import');
  });

  describe('with a list imported', () => {
    beforeAll(async () => {
      writeOfacFixture(ofacDir);
      const imported = await idflow(['lists', 'import', ofacDir], dataDir);
      expect(imported.code, imported.stderr).toBe(0);
    });

    it('screens one name and prints matches with the list versions', async () => {
      const { code, stdout } = await idflow(['screen', '--json', 'Ivan Petrov', '--type', 'person', '--dob', '1961-03-12', '--country', 'RUS'], dataDir);
      expect(code).toBe(0);
      const result = JSON.parse(stdout);
      expect(result.listVersions).toEqual([expect.objectContaining({ source: 'ofac-sdn' })]);
      expect(result.matches[0]).toMatchObject({ source: 'ofac-sdn', sourceId: '101', name: 'PETROV, Ivan Sergeyevich', type: 'person' });
      expect(Object.keys(result.matches[0])).toEqual(expect.arrayContaining(['source', 'sourceId', 'name', 'matchedName', 'score', 'type', 'explanation']));
      expect(result.matches[0].explanation.adjustments).toEqual([expect.objectContaining({ factor: 'dob' }), expect.objectContaining({ factor: 'country', detail: 'country RU matches' })]);
      const none = JSON.parse((await idflow(['screen', '--json', 'Angela Merkel'], dataDir)).stdout);
      expect(none.matches).toEqual([]);
    });

    it('screens a CSV of customers, one JSON line per row, or a CSV of hits', async () => {
      const file = join(dataDir, 'customers.csv');
      writeFileSync(file, 'id,name,type,dob,country\nc1,Khalid Al Rashid,person,1975,\nc2,Mary Jones,person,,US\nc3,Northern Star Shipping,organization,,\n');
      const json = await idflow(['screen', '--batch', file, '--json'], dataDir);
      expect(json.code).toBe(0);
      const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.map((r) => [r.id, r.matches.map((m: { sourceId: string }) => m.sourceId)])).toEqual([['c1', ['103']], ['c2', []], ['c3', ['102']]]);
      const csv = await idflow(['screen', '--batch', file], dataDir);
      expect(csv.code).toBe(0);
      const lines = csv.stdout.trim().split('\n');
      expect(lines[0]).toBe('id,name,source,sourceId,listName,matchedName,score,band,type');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['c1', 'c3']);
    });

    it('exits 2 on usage errors', async () => {
      expect((await idflow(['screen', '--json', 'Ivan Petrov', '--dob', '12/03/1961'], dataDir)).code).toBe(2);
      expect((await idflow(['screen', '--json', 'Ivan Petrov', '--threshold', '2'], dataDir)).code).toBe(2);
      expect((await idflow(['screen', '--json'], dataDir)).code).toBe(2);
      const badCountry = await idflow(['screen', '--json', 'Ivan Petrov', '--country', 'ZZ'], dataDir);
      expect(badCountry.code).toBe(2);
      expect(badCountry.stderr).toContain('alpha-2 or alpha-3');
    });
  });
});
