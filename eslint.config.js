import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioModules = ['pg', '@electric-sql/pglite', 'fastify', 'node:fs', 'fs', 'node:fs/promises', 'fs/promises'];

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'web/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Pure libraries: no IO.
    files: ['src/domain/**/*.ts', 'src/screening/**/*.ts', 'src/mrz/**/*.ts', 'src/rules/**/*.ts', 'src/workflows/**/*.ts'],
    ignores: ['src/screening/lists/**', 'src/screening/store/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ioModules.map((name) => ({ name, message: 'pure code: do IO at the edges' })) }],
    },
  },
);
