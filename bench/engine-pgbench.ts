/**
 * The reference figure: pgbench's TPC-B-like transaction (three UPDATEs, a SELECT and an INSERT) on the same
 * server in the same run, in a scratch database dropped afterwards.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createScratchDatabase } from './engine-db.js';

const run = promisify(execFile);

export interface PgbenchRun {
  clients: number;
  threads: number;
  seconds: number;
  scale: number;
  tps: number;
  latencyMs: number;
}

export async function pgbenchAvailable(): Promise<boolean> {
  try {
    await run('pgbench', ['--version']);
    return true;
  } catch {
    return false;
  }
}

export async function runPgbench(o: { scale: number; clients: number; threads: number; seconds: number }): Promise<PgbenchRun> {
  const scratch = await createScratchDatabase();
  try {
    await run('pgbench', ['-i', '-q', '-s', String(o.scale), scratch.url], { maxBuffer: 16 * 1024 * 1024 });
    const { stdout } = await run('pgbench', ['-c', String(o.clients), '-j', String(o.threads), '-T', String(o.seconds), scratch.url], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
    const latency = /latency average = ([\d.]+) ms/.exec(stdout);
    if (!tps) throw new Error(`pgbench printed no tps line:\n${stdout}`);
    return { ...o, tps: Number(tps[1]), latencyMs: latency ? Number(latency[1]) : NaN };
  } finally {
    await scratch.drop();
  }
}
