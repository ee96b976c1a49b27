import { Worker } from 'node:worker_threads';
import { buildScreeningIndex, screenName } from '../screening/matcher.js';
import type { ListEntity } from '../screening/types.js';
import { type BatchItem, formatScreened } from './screen-output.js';

export interface ChunkResult {
  out: string;
  hitRows: number;
}

/** Screens chunks of batch rows, in this thread or on worker threads; `run` answers in the order asked. */
export interface Screener {
  run(items: BatchItem[]): Promise<ChunkResult>;
  close(): Promise<void>;
}

/** One index in this thread: for small files, where starting workers would cost more than it saves. */
export function inThreadScreener(entities: ListEntity[], json: boolean): Screener {
  const index = buildScreeningIndex(entities);
  return {
    async run(items) {
      let out = '';
      let hitRows = 0;
      for (const item of items) {
        if ('output' in item) {
          out += item.output;
          continue;
        }
        const hits = screenName(index, item.query);
        if (hits.length > 0) hitRows++;
        out += formatScreened(item.id, item.query.name, hits, json);
      }
      return { out, hitRows };
    },
    async close() {},
  };
}

/**
 * `threads` worker threads, each with an index built from the same entities (built at the same time, so loading
 * takes one build's time); chunks go to the least busy worker. Resolves once every worker's index is built.
 */
export async function workerScreener(entities: ListEntity[], json: boolean, threads: number): Promise<Screener> {
  const url = new URL('./screen-worker-launcher.mjs', import.meta.url);
  const workers = Array.from({ length: threads }, () => ({ worker: new Worker(url, { workerData: { entities, json } }), busy: 0 }));
  const waiting = new Map<number, { resolve: (r: ChunkResult) => void; reject: (e: Error) => void }>();
  let seq = 0;
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((ready, fail) => {
          w.worker.once('error', fail);
          w.worker.once('message', () => ready());
        }),
    ),
  );
  for (const w of workers) {
    w.worker.on('message', (msg: { seq: number } & ChunkResult) => {
      w.busy--;
      const p = waiting.get(msg.seq);
      waiting.delete(msg.seq);
      p?.resolve({ out: msg.out, hitRows: msg.hitRows });
    });
    w.worker.on('error', (err) => {
      for (const p of waiting.values()) p.reject(err);
      waiting.clear();
    });
  }
  return {
    run(items) {
      const w = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      w.busy++;
      const id = ++seq;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.worker.postMessage({ seq: id, items });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
