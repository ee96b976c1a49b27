/**
 * Data for the engine benchmark: a tenant with an admin key, the workflow START → MATCHLIST → RISK →
 * DECISION → FINISH, a block list of a few hundred entries (so MATCHLIST does real lookups and name
 * comparisons), and applicants of whom one in ten is on the list by email.
 */
import type { Individual } from '../src/domain/index.js';
import { applicantOf } from '../src/domain/applicant.js';
import { newId } from '../src/domain/ids.js';
import { normalizeValue } from '../src/matchlists/normalize.js';
import { createMatchlist } from '../src/matchlists/sql/create-matchlist.js';
import { insertEntries, type NewEntry } from '../src/matchlists/sql/insert-entries.js';
import type { MatchlistEntryType } from '../src/matchlists/types.js';
import { defaultStepRegistry } from '../src/steps/index.js';
import type { Db } from '../src/store/db.js';
import { createApiKey, createTenant } from '../src/store/sql/api-keys.js';
import { insertDefinition, markDefinitionUsed, type DefinitionRow } from '../src/store/sql/definitions.js';
import { upsertEntity } from '../src/store/sql/entities.js';
import { insertInstance } from '../src/store/sql/insert-instance.js';
import { compileDefinition } from '../src/workflows/compile-definition.js';

export const WORKFLOW = 'kyc-basic';
const GIVEN = ['mary', 'john', 'anna', 'mohammed', 'li', 'maria', 'james', 'olga', 'ahmed', 'sofia', 'david', 'fatima'];

/** mulberry32: the same data on every run. */
export function seededRandom(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const rand = seededRandom(7);
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const family = () => capital(Array.from({ length: 6 + rand(4) }, () => String.fromCharCode(97 + rand(26))).join(''));

/** The i-th applicant: a common given name, a generated family name; every tenth has a listed email. */
export function applicant(i: number): Omit<Individual, 'entityId' | 'entityType'> {
  const givenName = capital(GIVEN[i % GIVEN.length]);
  const familyName = family();
  return {
    name: { givenName, familyName, displayName: `${givenName} ${familyName}` },
    dateOfBirth: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
    email: i % 10 === 0 ? `listed${((i / 10) % 60) * 5 + 2}@example.com` : `applicant${i}@example.org`,
    nationality: 'GB',
  };
}

function listEntry(i: number): NewEntry {
  const entryType: MatchlistEntryType = (['NAME', 'NAME', 'EMAIL', 'PHONE', 'DOCUMENT'] as const)[i % 5];
  const value = {
    NAME: () => `${capital(GIVEN[rand(GIVEN.length)])} ${family()}`,
    EMAIL: () => `listed${i}@example.com`,
    PHONE: () => `+44 7700 ${100000 + i}`,
    DOCUMENT: () => `X${1000000 + i}`,
  }[entryType]();
  return { entryType, value, normalizedValue: normalizeValue(entryType, value)!, dateOfBirth: entryType === 'NAME' ? `19${50 + rand(50)}` : null };
}

export interface Seeded {
  tenantId: string;
  apiKey: string;
  definition: DefinitionRow;
}

/** A tenant, its admin key, the benchmark workflow and a block list of `entries` entries. */
export async function seedTenant(db: Db, entries = 300): Promise<Seeded> {
  const tenant = await createTenant(db, 'bench');
  const { key } = await createApiKey(db, tenant.id, 'bench-admin', 'admin');
  const compiled = await compileDefinition(
    { format: 'json', definition: { name: WORKFLOW, steps: [{ type: 'MATCHLIST' }, { type: 'RISK' }, { type: 'DECISION' }] } },
    defaultStepRegistry(),
  );
  const definition = await insertDefinition(db, {
    id: newId(),
    tenantId: tenant.id,
    name: WORKFLOW,
    version: 1,
    type: 'KYC',
    format: 'json',
    source: null,
    bpmnXml: compiled.bpmnXml,
    graph: compiled.graph,
  });
  await markDefinitionUsed(db, definition.id);
  const list = (await createMatchlist(db, tenant.id, { name: 'block', kind: 'block' }))!;
  await insertEntries(db, tenant.id, list.id, Array.from({ length: entries }, (_, i) => listEntry(i)));
  return { tenantId: tenant.id, apiKey: key, definition: { ...definition, used: true } };
}

/** Queues `count` instances of the workflow, one per new individual, as the asynchronous execute does. */
export async function seedQueued(db: Db, seeded: Seeded, count: number, parallel = 8): Promise<void> {
  const d = seeded.definition;
  let next = 0;
  const one = async () => {
    for (let i = next++; i < count; i = next++) {
      const individual: Individual = { entityId: newId(), entityType: 'INDIVIDUAL', ...applicant(i) };
      await upsertEntity(db, seeded.tenantId, individual);
      await insertInstance(db, {
        id: newId(),
        tenantId: seeded.tenantId,
        definition: { id: d.id, name: d.name, version: d.version, type: d.type },
        entityId: individual.entityId,
        applicant: applicantOf(individual),
        input: {},
        requestId: newId(),
        queued: true,
        notifyWebhooks: false,
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, one));
}

export interface QueueCheck {
  completed: number;
  unfinished: number;
  stepResults: number;
  distinctSteps: number;
  activities: number;
  byWorker: Record<string, number>;
  byStatus: Record<string, number>;
}

/** What the workers left: every instance completed, each step recorded and run once. */
export async function checkQueue(db: Db): Promise<QueueCheck> {
  const one = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0].n;
  const byWorker = await db.query<{ worker_id: string; n: number }>(
    `SELECT worker_id, count(DISTINCT instance_id)::int AS n FROM activities GROUP BY worker_id ORDER BY worker_id`,
  );
  const byStatus = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM instances GROUP BY status ORDER BY status`);
  return {
    completed: await one(`SELECT count(*)::int AS n FROM instances WHERE completed_dtm IS NOT NULL`),
    unfinished: await one(`SELECT count(*)::int AS n FROM instances WHERE completed_dtm IS NULL`),
    stepResults: await one(`SELECT count(*)::int AS n FROM step_results`),
    distinctSteps: await one(`SELECT count(*)::int AS n FROM (SELECT DISTINCT instance_id, element_id FROM step_results) s`),
    activities: await one(`SELECT count(*)::int AS n FROM activities`),
    byWorker: Object.fromEntries(byWorker.rows.map((r) => [r.worker_id, r.n])),
    byStatus: Object.fromEntries(byStatus.rows.map((r) => [r.status, r.n])),
  };
}
