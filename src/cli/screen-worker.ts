/** A worker thread of `idflow screen --batch`: builds the index from the entities it is given and screens chunks of rows. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildScreeningIndex, screenName } from '../screening/matcher.js';
import type { ListEntity } from '../screening/types.js';
import { type BatchItem, formatScreened } from './screen-output.js';

const { entities, json } = workerData as { entities: ListEntity[]; json: boolean };
const index = buildScreeningIndex(entities);
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (msg: { seq: number; items: BatchItem[] }) => {
  let out = '';
  let hitRows = 0;
  for (const item of msg.items) {
    if ('output' in item) {
      out += item.output;
      continue;
    }
    const hits = screenName(index, item.query);
    if (hits.length > 0) hitRows++;
    out += formatScreened(item.id, item.query.name, hits, json);
  }
  parentPort!.postMessage({ seq: msg.seq, out, hitRows });
});
