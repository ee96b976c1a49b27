import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';

/** The shared data folder beside the repository (`../shared/data`). */
export const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');

/**
 * A describe block over files of the shared data folder. Where they are absent it is skipped with one
 * printed line, except under CI (`CI` set), where their absence fails the run instead of hiding tests.
 */
export function describeWithSharedData(name: string, relativePath: string, body: (path: string) => void): void {
  const path = resolve(SHARED_DATA, relativePath);
  if (existsSync(path)) {
    describe(name, () => body(path));
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it(`needs ${path}`, () => {
        throw new Error(`${path} is absent: CI runs these tests on the shared data folder beside the repository`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${path} is absent (the shared data folder is not beside the project; under CI this fails)`);
  describe.skip(name, () => body(path));
}
