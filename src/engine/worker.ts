import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Individual } from '../domain/index.js';
import type { Db } from '../store/db.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import type { WorkflowGraph } from '../domain/workflow-graph.js';
import { newId } from '../domain/ids.js';
import { sqlInstanceQueue } from './instance-queue.js';
import { runInstance, type EngineContext, type InstanceQueue, type RunOutcome } from './run-instance.js';
import type { StepRegistry } from './step-registry.js';
import type { StepServices } from './step-type.js';

/** The engine's defaults; `idflow serve` and `idflow worker` may override them (src/config.ts). */
export const WORKER_DEFAULTS = { leaseMs: 30_000, concurrency: 4, pollMs: 1_000 } as const;

export interface WorkerOptions {
  db: Db;
  /** Claim, commit, release…: the instance tables of `db` unless given. */
  queue?: InstanceQueue;
  /** The clock (tests may fix it). */
  now?: () => Date;
  registry: StepRegistry;
  services: StepServices;
  leaseMs?: number;
  concurrency?: number;
  pollMs?: number;
  logger?: Logger;
  workerId?: string;
  onCompleted?: EngineContext['onCompleted'];
}

/**
 * Runs instances: inline for synchronous execution (`runNow`) and from the queue (`start`).
 * Any number of workers, in any number of processes, can share one Postgres.
 */
export class Worker {
  readonly workerId: string;
  /** How long a claim holds before another worker may take the instance over. */
  readonly leaseMs: number;
  private readonly engine: EngineContext;
  private readonly queue: InstanceQueue;
  private readonly graphs = new Map<string, WorkflowGraph>();
  private running = false;
  private unlisten?: Promise<(() => Promise<void>) | undefined>;
  private wake?: () => void;
  private loop?: Promise<void>;
  private readonly active = new Set<Promise<unknown>>();

  constructor(private readonly options: WorkerOptions) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${newId().slice(-6)}`;
    this.queue = options.queue ?? sqlInstanceQueue(options.db);
    this.leaseMs = options.leaseMs ?? WORKER_DEFAULTS.leaseMs;
    this.engine = {
      db: options.db,
      queue: this.queue,
      now: options.now ?? (() => new Date()),
      registry: options.registry,
      services: options.services,
      workerId: this.workerId,
      leaseMs: this.leaseMs,
      loadGraph: (id) => this.loadGraph(id),
      onCompleted: options.onCompleted,
    };
  }

  /** Definitions an instance has used are immutable, so their graphs are cached for good. */
  private async loadGraph(definitionId: string): Promise<WorkflowGraph> {
    let graph = this.graphs.get(definitionId);
    if (!graph) {
      graph = await this.queue.loadGraph(definitionId);
      if (!graph) throw new Error(`definition ${definitionId} not found`);
      this.graphs.set(definitionId, graph);
    }
    return graph;
  }

  /** Runs an instance this process already holds the lease on (created with lease_owner = workerId); `known` saves reloading what the caller has. */
  runLeased(row: InstanceRow, known: { entity?: Individual } = {}): Promise<RunOutcome> {
    return this.track(runInstance(this.engine, row, known));
  }

  /** Claims one instance now and runs it, if no other worker holds it. */
  async runNow(instanceId: string): Promise<RunOutcome | 'not-claimed'> {
    const row = await this.queue.claimOne(instanceId, this.workerId, this.engine.leaseMs);
    if (!row) return 'not-claimed';
    return this.runLeased(row);
  }

  /** Abandons expired instances, then claims what is due and runs it; returns how many instances it ran. */
  async tick(): Promise<number> {
    await this.queue.expire();
    return this.claimAndRun();
  }

  private async claimAndRun(): Promise<number> {
    const free = (this.options.concurrency ?? WORKER_DEFAULTS.concurrency) - this.active.size;
    if (free <= 0) return 0;
    const rows = await this.queue.claim(this.workerId, free, this.engine.leaseMs);
    for (const row of rows) {
      void this.runLeased(row).catch((err) => this.options.logger?.error({ err, instanceId: row.id }, 'instance run failed'));
    }
    return rows.length;
  }

  /**
   * Runs the loop: woken at once when any process announces an instance (LISTEN/NOTIFY), and every
   * `pollMs` for what no announcement covers (retries that come due, expired leases, expiry).
   */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.unlisten = this.queue.onAnnounce(() => this.wake?.()).catch((err) => {
      this.options.logger?.error({ err }, 'worker cannot listen for new instances; it polls instead');
      return undefined;
    });
    this.loop = (async () => {
      // Expiry is a sweep over the whole table: once per poll interval, not each time a slot frees up.
      let expiredAt = 0;
      while (this.running) {
        let claimed = 0;
        try {
          if (Date.now() - expiredAt >= (this.options.pollMs ?? WORKER_DEFAULTS.pollMs)) {
            expiredAt = Date.now();
            await this.queue.expire();
          }
          claimed = await this.claimAndRun();
        } catch (err) {
          this.options.logger?.error({ err }, 'worker tick failed');
        }
        if (claimed === 0 || this.active.size >= (this.options.concurrency ?? WORKER_DEFAULTS.concurrency)) await this.idle();
      }
    })();
  }

  /** An instance was just queued or woken: wakes this loop at once and the workers of every other process. */
  notify(): void {
    this.wake?.();
    this.queue.announce().catch((err) => this.options.logger?.warn({ err }, 'could not announce a ready instance; other workers will poll'));
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.options.pollMs ?? WORKER_DEFAULTS.pollMs);
      const next = Promise.race([...this.active]).catch(() => {});
      void next.then(done);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    const unlisten = await this.unlisten;
    this.unlisten = undefined;
    await unlisten?.();
    this.wake?.();
    await this.loop;
    await Promise.allSettled([...this.active]);
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.active.add(p);
    const remove = () => this.active.delete(p);
    p.then(remove, remove);
    return p;
  }
}
