/**
 * MATCHLIST step speed (npx tsx bench/matchlist.ts [entries] [runs]): one tenant with a block list of
 * `entries` entries (40 % names with a birth year, 20 % each emails, phones, document numbers), then
 * `runs` step runs, one applicant in ten on the list by email. Given names come from 12 common ones, so
 * about one NAME entry in 12 shares a word with the applicant and is compared with the screening matcher.
 * Uses an in-memory PGlite, or DATABASE_URL (a scratch schema, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../src/store/migrate.js';
import { PgDb } from '../src/store/pg-adapter.js';
import { PgliteDb } from '../src/store/pglite-adapter.js';
import type { Db } from '../src/store/db.js';
import { createMatchlist } from '../src/matchlists/sql/create-matchlist.js';
import { insertEntries, type NewEntry } from '../src/matchlists/sql/insert-entries.js';
import { normalizeValue } from '../src/matchlists/normalize.js';
import { matchlistStep } from '../src/steps/matchlist/index.js';
import { ScreeningService } from '../src/screening/service.js';
import type { StepContext } from '../src/engine/step-type.js';
import type { MatchlistConfig } from '../src/steps/matchlist/config.js';
import type { MatchlistEntryType } from '../src/matchlists/types.js';

const ENTRIES = Number(process.argv[2] ?? 50_000);
const RUNS = Number(process.argv[3] ?? 200);
const GIVEN = ['mary', 'john', 'anna', 'mohammed', 'li', 'maria', 'james', 'olga', 'ahmed', 'sofia', 'david', 'fatima'];

// mulberry32: a small seeded generator, so every run loads the same data.
let seed = 42;
const rand = (n: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
};
const family = () => Array.from({ length: 6 + rand(4) }, () => String.fromCharCode(97 + rand(26))).join('');
const person = () => `${GIVEN[rand(GIVEN.length)]} ${family()}`;

async function openDb(): Promise<{ db: Db; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await PgliteDb.open();
    await migrate(db);
    return { db, close: () => db.close() };
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = new PgDb(url, { searchPath: schema, max: 4 });
  await migrate(db);
  return {
    db,
    close: async () => {
      await db.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

function entry(i: number): NewEntry {
  const entryType: MatchlistEntryType = (['NAME', 'NAME', 'EMAIL', 'PHONE', 'DOCUMENT'] as const)[i % 5];
  const value = {
    NAME: () => person(),
    EMAIL: () => `user${i}@example.com`,
    PHONE: () => `+44 7700 ${100000 + i}`,
    DOCUMENT: () => `X${1000000 + i}`,
  }[entryType]();
  const dateOfBirth = entryType === 'NAME' ? `19${50 + rand(50)}` : null;
  return { entryType, value, normalizedValue: normalizeValue(entryType, value)!, dateOfBirth };
}

async function main() {
  const { db, close } = await openDb();
  await db.query(`INSERT INTO tenants (id, name) VALUES ('bench', 'bench')`);
  const list = (await createMatchlist(db, 'bench', { name: 'block', kind: 'block' }))!;
  const loadStart = performance.now();
  for (let i = 0; i < ENTRIES; i += 5000) {
    await insertEntries(db, 'bench', list.id, Array.from({ length: Math.min(5000, ENTRIES - i) }, (_, j) => entry(i + j)));
  }
  const loadMs = performance.now() - loadStart;
  const times: number[] = [];
  let hits = 0;
  for (let r = 0; r < RUNS; r++) {
    const onList = r % 10 === 0;
    const ctx: StepContext<MatchlistConfig> = {
      db,
      tenantId: 'bench',
      instanceId: `i${r}`,
      workflowExecutionId: `i${r}`,
      requestId: `r${r}`,
      elementId: 'matchlist',
      stepName: 'MATCHLIST',
      config: {},
      entity: {
        entityId: `e${r}`,
        entityType: 'INDIVIDUAL',
        name: { displayName: person() },
        dateOfBirth: '1980-01-01',
        email: onList ? `user${5 * (r % Math.floor(ENTRIES / 5)) + 2}@example.com` : `new${r}@example.org`,
        phoneNumber: '+1 555 0100',
        documents: [{ type: 'PASSPORT', number: `P${r}` }],
      },
      applicant: {},
      input: {},
      previous: [],
      now: new Date(),
      signal: new AbortController().signal,
      services: { screening: new ScreeningService(db) },
    };
    const t0 = performance.now();
    const out = await matchlistStep.run(ctx);
    times.push(performance.now() - t0);
    if (out.result === 'HIT') hits++;
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
  console.log(`database        ${process.env.DATABASE_URL ? 'postgres' : 'pglite (in memory)'}`);
  console.log(`entries         ${ENTRIES} (loaded in ${(loadMs / 1000).toFixed(1)} s, ${Math.round(ENTRIES / (loadMs / 1000))}/s)`);
  console.log(`step runs       ${RUNS} (${hits} HIT)`);
  console.log(`step ms         p50 ${q(0.5)}  p95 ${q(0.95)}  max ${q(1)}`);
  await close();
}

await main();
