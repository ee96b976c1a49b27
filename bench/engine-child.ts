/** Child processes of the engine benchmark: one Node process each (tsx loaded in it), read line by line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface Child {
  process: ChildProcess;
  /** Resolves with the first line not yet taken that matches `pattern`; rejects if the child exits first. */
  line(pattern: RegExp, deadlineMs?: number): Promise<string>;
  send(line: string): void;
  /** Ends the child by its pid if it is still running. */
  kill(): void;
}

export function spawnChild(file: string, env: NodeJS.ProcessEnv): Child {
  // BENCH_CHILD_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the children.
  const extra = process.env.BENCH_CHILD_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', join(import.meta.dirname, file)], {
    env: { ...process.env, IDFLOW_LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let buffer = '';
  let errors = '';
  const waiters: Array<{ pattern: RegExp; resolve: (l: string) => void }> = [];
  // Lines printed before anyone waited for them.
  const unclaimed: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const l of lines) {
      const i = waiters.findIndex((w) => w.pattern.test(l));
      if (i >= 0) waiters.splice(i, 1)[0].resolve(l);
      else unclaimed.push(l);
    }
  });
  child.stderr!.on('data', (c: Buffer) => (errors += c.toString()));
  return {
    process: child,
    line(pattern, deadlineMs = 120_000) {
      const early = unclaimed.findIndex((l) => pattern.test(l));
      if (early >= 0) return Promise.resolve(unclaimed.splice(early, 1)[0]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${file}: no line matching ${pattern} within ${deadlineMs} ms; stderr: ${errors}`)), deadlineMs);
        const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) before ${pattern}; stderr: ${errors}`));
        child.once('exit', onExit);
        waiters.push({
          pattern,
          resolve: (l) => {
            clearTimeout(timer);
            child.off('exit', onExit);
            resolve(l);
          },
        });
      });
    },
    send(line) {
      child.stdin!.write(`${line}\n`);
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Waits until `check` is true, looking every `everyMs`, for at most `deadlineMs`. */
export async function until(check: () => Promise<boolean>, deadlineMs: number, everyMs = 100): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not done within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
