/** Worker for bench/screening.ts: builds its own index from the entities it is given and screens its share of names. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildScreeningIndex, screenName } from '../src/screening/matcher.js';
import type { ListEntity } from '../src/screening/types.js';

interface Job {
  entities: ListEntity[];
  names: Array<{ name: string; dob?: string; gender?: 'male' | 'female' }>;
}

const { entities, names } = workerData as Job;
const index = buildScreeningIndex(entities);
parentPort!.postMessage({ ready: true });
parentPort!.once('message', () => {
  const started = performance.now();
  let hits = 0;
  for (const n of names) if (screenName(index, { name: n.name, type: 'person', dob: n.dob, gender: n.gender, limit: 5 }).length > 0) hits++;
  parentPort!.postMessage({ done: true, ms: performance.now() - started, hits });
});
