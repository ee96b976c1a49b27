import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const ioModules = ['pg', '@electric-sql/pglite', 'fastify', 'node:fs', 'fs', 'node:fs/promises', 'fs/promises'];

/**
 * The arrows of the code layout (README, "Code layout"): each folder of src/ may import only the folders
 * listed for it (and itself, and npm packages). src/runtime.ts composes the layers for the processes the
 * CLI starts, so only the CLI imports it; the CLI's `serve` is the one place that imports the API.
 */
const CHECKS = ['domain', 'store', 'engine', 'steps', 'screening', 'kyc', 'matchlists', 'documents', 'mrz', 'rules', 'workflows', 'webhooks'];
/** The use cases, one folder per area; they may call each other (the cycle rule keeps that a tree). */
const USE_CASES = ['instances', 'reviews', 'export', 'search', 'privacy', 'definitions', 'users', 'sessions'];
const LAYERS = {
  domain: [],
  mrz: ['domain'],
  rules: ['domain', 'mrz'],
  workflows: ['domain'],
  store: ['domain'],
  screening: ['domain', 'store'],
  kyc: ['domain', 'store', 'screening'],
  matchlists: ['domain', 'store'],
  webhooks: ['domain', 'store'],
  documents: ['domain', 'store', 'mrz', 'screening', 'matchlists'],
  engine: ['domain', 'store', 'workflows'],
  steps: ['domain', 'store', 'engine', 'screening', 'kyc', 'matchlists', 'documents', 'mrz', 'rules', 'workflows'],
  ...Object.fromEntries(USE_CASES.map((folder) => [folder, [...CHECKS, ...USE_CASES]])),
  demo: [...CHECKS, ...USE_CASES],
  api: [...CHECKS, ...USE_CASES],
  cli: [...CHECKS, ...USE_CASES, 'demo'],
};
const FOLDERS = Object.keys(LAYERS);
const ROOT_FILES = ['runtime'];

/** Folders (or parts of them) that are pure: no IO modules, no store. */
const PURE = ['domain', 'mrz', 'rules', 'workflows', 'screening'];
const IMPURE_PARTS = ['src/screening/lists/**', 'src/screening/store/**', 'src/screening/service.ts', 'src/screening/monitoring/**'];

function layerPatterns(folder, extra = []) {
  const allowed = new Set([folder, ...LAYERS[folder], ...extra]);
  const forbidden = FOLDERS.filter((f) => !allowed.has(f));
  // A relative import that climbs out of src/<folder>/ into a forbidden sibling, or into a root composition file.
  const climb = '(\\.\\./)+';
  return [
    ...(forbidden.length
      ? [{ regex: `^${climb}(${forbidden.join('|')})(/|$)`, message: `src/${folder} may import only ${[...allowed].join(', ')} (README, "Code layout")` }]
      : []),
    ...(folder === 'cli'
      ? []
      : [{ regex: `^${climb}(${ROOT_FILES.join('|')})\\.js$`, message: 'the composition root imports the layers, never the other way round' }]),
  ];
}

function layerRules(folder) {
  const rule = (pure, extra = []) => [
    'error',
    {
      ...(pure ? { paths: ioModules.map((name) => ({ name, message: 'pure code: do IO at the edges' })) } : {}),
      patterns: [
        ...layerPatterns(folder, extra),
        ...(pure ? [{ regex: '^(\\.\\./)+store(/|$)', message: 'pure code: do IO at the edges' }] : []),
      ],
    },
  ];
  const pure = PURE.includes(folder);
  return [
    { files: [`src/${folder}/**/*.ts`], ignores: ['**/*.test.ts', ...(pure ? IMPURE_PARTS : [])], rules: { 'no-restricted-imports': rule(pure) } },
    ...(pure && folder === 'screening'
      ? [{ files: IMPURE_PARTS, ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': rule(false) } }]
      : []),
    ...(folder === 'cli' ? [{ files: ['src/cli/serve.ts'], rules: { 'no-restricted-imports': rule(false, ['api']) } }] : []),
  ];
}

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'web/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  ...FOLDERS.flatMap(layerRules),
  {
    // Tests and benchmarks read JSON answers whose shape the test itself asserts.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
