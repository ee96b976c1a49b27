import { defineConfig } from 'vitest/config';

// CI asks for a JSON report too (VITEST_JSON_OUT), to print a plain "N passed, N failed" line.
const jsonOut = process.env.VITEST_JSON_OUT;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/build-web-once.ts'],
    ...(jsonOut ? { reporters: ['default', 'json'], outputFile: { json: jsonOut } } : {}),
  },
});
