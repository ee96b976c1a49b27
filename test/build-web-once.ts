// Vitest global setup: the back office is built (when missing or stale) once, before any test file runs,
// so the files that serve it never build it at the same time.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup() {
  const built = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build-web-if-stale.mjs')], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (built.status !== 0) throw new Error(`building the back office (web/) failed:\n${built.stderr}`);
}
