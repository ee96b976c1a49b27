import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/idflow.js');
const dir = mkdtempSync(join(tmpdir(), 'idflow-lists-cli-'));
// The CLI runs on its own embedded database in a temporary data directory, never on DATABASE_URL.
const env = { ...process.env, IDFLOW_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', IDFLOW_DATABASE_URL: '' };

function idflow(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const person = (id: string, name: string) => JSON.stringify({ id, schema: 'Person', datasets: ['cli_test'], properties: { name: [name] } });
const write = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('idflow lists', () => {
  it('imports a file of a detected format, says when the same bytes come again, lists and diffs versions', async () => {
    const v1 = write('v1.jsonl', [person('a', 'Anna Alpha'), person('b', 'Boris Beta')].join('\n'));
    const first = await idflow(['lists', 'import', v1]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Read ftm from .*v1\.jsonl: 2 entities/);
    expect(first.stdout).toMatch(/First version of cli_test: 2 added/);
    expect(first.stdout).toMatch(/Monitoring: 0 monitored entities screened against 2 added or changed entries: 0 new alerts/);

    const again = await idflow(['lists', 'import', v1]);
    expect(again.stdout).toMatch(/Unchanged: version \S+ of cli_test .* nothing imported/);

    const v2 = write('v2.jsonl', [person('a', 'Anna Alpha'), person('c', 'Carl Gamma'), '{broken'].join('\n'));
    const second = await idflow(['lists', 'import', v2, '--no-monitor']);
    expect(second.stdout).toMatch(/1 problem .*\n.*line 3: not JSON/);
    expect(second.stdout).toMatch(/: 1 added, 1 removed, 0 changed/);
    expect(second.stdout).not.toMatch(/Monitoring/);

    const table = await idflow(['lists']);
    expect(table.stdout.split('\n')[0]).toMatch(/^VERSION\s+SOURCE\s+STATUS/);
    expect(table.stdout).toMatch(/cli_test\s+active .*\+1 -1 ~0/);
    expect(table.stdout).toMatch(/cli_test\s+superseded .*\+2 -0 ~0/);
    const versions = JSON.parse((await idflow(['lists', '--json'])).stdout);
    expect(versions).toHaveLength(2);

    const diff = JSON.parse((await idflow(['lists', 'diff', '--json'])).stdout);
    expect(diff).toMatchObject({ source: 'cli_test', added: ['c'], removed: ['b'], changed: [] });
    expect((await idflow(['lists', 'diff', versions[1].id])).stdout).toMatch(/added: 2 — a, b/);
  });

  it('rejects a file it cannot read, naming --format, and a wrong --format value', async () => {
    const junk = write('junk.bin', 'hello world');
    const unknown = await idflow(['lists', 'import', junk]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/\[LIST_FORMAT_INVALID\] cannot tell the format .*--format \(ofac-sdn\|un\|uk\|us-csl\|ftm\|csv\)/);
    const wrong = await idflow(['lists', 'import', junk, '--format', 'un']);
    expect(wrong.stderr).toMatch(/\[LIST_FORMAT_INVALID\] not a valid UN Security Council Consolidated List XML file/);
    const choice = await idflow(['lists', 'import', junk, '--format', 'pdf']);
    expect(choice.code).not.toBe(0);
    expect(choice.stderr).toMatch(/Allowed choices are ofac-sdn, un, uk, us-csl, ftm/);
    expect((await idflow(['lists', 'diff', 'NOPE'])).stderr).toMatch(/list version NOPE does not exist/);
    const missing = await idflow(['lists', 'import', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/\[FILE_NOT_FOUND\] list file .*nope\.json does not exist/);
  });

  it('refuses a file whose every line is rejected, or one that would remove most of the list, and exits 1; --allow-shrink imports it', async () => {
    const good = write('own.jsonl', [person('a', 'Anna Alpha'), person('b', 'Boris Beta'), person('c', 'Carl Gamma')].join('\n'));
    expect((await idflow(['lists', 'import', good, '--name', 'own-list', '--no-monitor'])).code).toBe(0);
    const rejected = write('rejected.jsonl', ['{"id": "x"}', '{"schema": "Person"}'].join('\n'));
    const empty = await idflow(['lists', 'import', rejected, '--name', 'own-list']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/\[LIST_IMPORT_EMPTY\] .*active version \(3 entities\) stays in force/);
    const one = write('one.jsonl', person('a', 'Anna Alpha'));
    const shrink = await idflow(['lists', 'import', one, '--name', 'own-list']);
    expect(shrink.code).toBe(1);
    expect(shrink.stderr).toMatch(/\[LIST_IMPORT_SHRINK\] importing this file would remove 2 of the 3 entities of own-list \(66\.7 %/);
    expect((await idflow(['lists', 'import', one, '--name', 'own-list', '--max-shrink', '70', '--no-monitor'])).code).toBe(0);
    const versions = JSON.parse((await idflow(['lists', '--json'])).stdout) as Array<{ source: string; status: string; counts: { entities: number } }>;
    expect(versions.filter((v) => v.source === 'own-list').map((v) => [v.status, v.counts.entities])).toEqual([['active', 1], ['superseded', 3]]);
    const none = write('none.jsonl', '{"id": "x"}');
    expect((await idflow(['lists', 'import', none, '--name', 'own-list', '--allow-shrink', '--no-monitor'])).code).toBe(0);
  });

  it('files each FtM file under its own list name, so two files do not replace each other', async () => {
    const first = write('first.jsonl', person('p1', 'Petra One'));
    const second = write('second.jsonl', person('p2', 'Paul Two'));
    expect((await idflow(['lists', 'import', first, '--name', 'ftm-first', '--no-monitor'])).code).toBe(0);
    expect((await idflow(['lists', 'import', second, '--name', 'ftm-second', '--no-monitor'])).code).toBe(0);
    const active = (JSON.parse((await idflow(['lists', '--json'])).stdout) as Array<{ source: string; status: string }>).filter((v) => v.status === 'active').map((v) => v.source);
    expect(active).toEqual(expect.arrayContaining(['ftm-first', 'ftm-second']));
    const hit = JSON.parse((await idflow(['screen', '--json', 'Paul Two'])).stdout);
    expect(hit.matches[0]).toMatchObject({ source: 'ftm-second', sourceId: 'p2' });
    expect((await idflow(['lists', 'import', first, '--name', 'bad name'])).stderr).toMatch(/LIST_NAME_INVALID/);
  });
});
