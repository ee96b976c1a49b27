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

  it('reports a bad pair with its line and goes on; --map names the columns', async () => {
    const file = join(dataDir, 'pairs2.csv');
    writeFileSync(file, 'a,b,kind\nJohn Smith,SMITH John,person\n,x,\nJohn Smith,Jon Smith,ship\n');
    const { code, stdout } = await idflow(['match', '--batch', file, '--json', '--map', 'name1=a,name2=b,type=kind', '--fail-on-hit'], dataDir);
    expect(code).toBe(1);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ id: '2', match: true });
    expect(rows[1]).toEqual({ id: '3', error: { code: 'MISSING_NAME', message: expect.any(String), line: 3 } });
    expect(rows[2].error).toMatchObject({ code: 'INVALID_TYPE', line: 4 });
    const missing = await idflow(['match', '--batch', join(dataDir, 'nope.csv')], dataDir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/FILE_NOT_FOUND/);
  });

  it('prints its version', async () => {
    const { code, stdout } = await idflow(['--version'], dataDir);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
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
      expect(lines[0]).toBe('id,name,source,sourceId,listName,matchedName,score,band,type,category');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['c1', 'c3']);
    });

    it('goes on past bad rows, reporting each with its line, reads any CSV through --map, and exits 1 on a hit with --fail-on-hit', async () => {
      const file = join(dataDir, 'book.csv');
      writeFileSync(file, [
        'full_name,date_of_birth,nationality',
        'Khalid Al Rashid,1975,',
        'Mary Jones,1969-7-16,France',
        'Anna Smith,1969-13-01,',
        ',1970,',
        'Bob Brown,1970,Atlantis',
        'Carla Diaz,16/07/1969,Spain',
      ].join('\n'));
      const map = ['--map', 'name=full_name,dob=date_of_birth,country=nationality'];
      const json = await idflow(['screen', '--batch', file, '--json', ...map], dataDir);
      expect(json.code, json.stderr).toBe(0);
      const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.map((r) => r.id)).toEqual(['2', '3', '4', '5', '6', '7']);
      expect(rows[0].matches.map((m: { sourceId: string }) => m.sourceId)).toEqual(['103']);
      expect(rows[1]).toEqual({ id: '3', matches: [] });
      expect(rows[2]).toEqual({ id: '4', error: { code: 'INVALID_DATE', message: expect.stringMatching(/not a calendar date/), line: 4 } });
      expect(rows[3].error).toMatchObject({ code: 'MISSING_NAME', line: 5 });
      expect(rows[4].error).toMatchObject({ code: 'INVALID_COUNTRY', line: 6 });
      expect(rows[5]).toEqual({ id: '7', matches: [] });
      const csv = await idflow(['screen', '--batch', file, ...map, '--fail-on-hit'], dataDir);
      expect(csv.code).toBe(1);
      expect(csv.stderr).toMatch(/line 4 \(id 4\): \[INVALID_DATE\]/);
      expect(csv.stderr).toMatch(/Screened 6 rows .*: 1 with hits, 3 bad rows skipped/);
      const clean = join(dataDir, 'clean.csv');
      writeFileSync(clean, 'full_name\nMary Jones\n');
      expect((await idflow(['screen', '--batch', clean, '--map', 'name=full_name', '--fail-on-hit'], dataDir)).code).toBe(0);
      // Ambiguous day/month needs --date-order; with it the row is read.
      const amb = join(dataDir, 'amb.csv');
      writeFileSync(amb, 'id,name,dob\na1,Mary Jones,05/07/1969\n');
      expect(JSON.parse((await idflow(['screen', '--batch', amb, '--json'], dataDir)).stdout).error.message).toMatch(/--date-order/);
      expect(JSON.parse((await idflow(['screen', '--batch', amb, '--json', '--date-order', 'dmy'], dataDir)).stdout)).toEqual({ id: 'a1', matches: [] });
    });

    it('names a missing file as FILE_NOT_FOUND with exit 2, and a header without the name column', async () => {
      const missing = await idflow(['screen', '--batch', join(dataDir, 'nope.csv')], dataDir);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/\[FILE_NOT_FOUND\] batch file .*nope\.csv does not exist/);
      const noName = join(dataDir, 'noname.csv');
      writeFileSync(noName, 'a,b\n1,2\n');
      const res = await idflow(['screen', '--batch', noName], dataDir);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/--map name=<column>/);
    });

    it('exits 2 on usage errors', async () => {
      expect((await idflow(['screen', '--json', 'Ivan Petrov', '--dob', '12/03/61'], dataDir)).code).toBe(2);
      expect((await idflow(['screen', '--json', 'Ivan Petrov', '--threshold', '2'], dataDir)).code).toBe(2);
      expect((await idflow(['screen', '--json'], dataDir)).code).toBe(2);
      const badCountry = await idflow(['screen', '--json', 'Ivan Petrov', '--country', 'ZZ'], dataDir);
      expect(badCountry.code).toBe(2);
      expect(badCountry.stderr).toContain('alpha-2 or alpha-3');
      // A country name is a country.
      expect((await idflow(['screen', '--json', 'Ivan Petrov', '--country', 'Russia'], dataDir)).code).toBe(0);
    });
  });
});
