/* global process */
import { writeFileSync } from 'node:fs';
// Mutation testing of src/core (docs/testing.md#mutation-testing). Not part of `npm test` or CI:
// a whole run takes long on two cores, so run one folder at a time:
//
//   MUTATE=numbers npm run mutation            (a folder of src/core, or a glob)
//   MUTATE=src/core/reader/cells.ts npm run mutation   (one file of a folder)
//   npm run mutation -- --concurrency 1        (any Stryker flag passes through)
//
// With MUTATE=<folder>, a folder's mutants are judged by that folder's own tests (the unit tests
// beside the code), which is both the stricter measure and the fast one; so are a file's or a
// glob's inside one folder; MUTATION_TESTS=core runs every test of src/core against them instead. Test files and test-only helpers are never
// mutated, whatever MUTATE says.

const notMutated = [
  '!src/**/*.test.ts',
  '!src/core/testing/**',
  '!src/core/**/testGrid.ts',
  '!src/core/**/testData.ts',
  '!src/core/text/encodeTcvn3.ts',
  '!src/core/text/encodeVni.ts',
  '!src/core/**/index.ts',
];

// Each mutant runs every test that reaches it, to the end (jest cannot stop a file at its first
// failure), and in reader every test goes through readSheet, so every mutant there runs nearly the
// whole suite. Its two slow tests are made smaller here, not left out: the accounting property
// checks 50 grids instead of 500 (PROPERTY_RUNS, also read by build.property) and "reads a large
// sheet" reads 500 rows instead of 5,000 (LARGE_SHEET_ROWS). Together they took 9 s of the
// suite's 23.
process.env.PROPERTY_RUNS ??= '50';
process.env.LARGE_SHEET_ROWS ??= '500';

const target = process.env.MUTATE;
/** The folder of src/core that MUTATE names ("numbers", "src/core/numbers/"), or null for a glob or nothing. */
const folder =
  target && !target.includes('*') && !target.endsWith('.ts') ? target.replace(/^src\/core\/|\/$/g, '') : null;
/**
 * The folder whose tests judge the mutants: MUTATE's folder, or the folder of src/core a file or
 * glob lies in ("src/core/reader/cells.ts" → "reader"), so a large folder can be run a file at a
 * time and still be judged by its own tests. Null for a glob across folders or nothing.
 */
const testFolder = folder ?? /^src\/core\/([^/*]+)\/[^/]+$/.exec(target ?? '')?.[1] ?? null;
/** The reports' name: the folder, or the folder and the file ("reader-cells"). */
const reportName =
  folder ?? (testFolder ? `${testFolder}-${target.replace(/^.*\/|\.ts$/g, '').replace(/\*/g, 'all')}` : 'core');

function mutateGlobs() {
  if (!target) return ['src/core/**/*.ts', ...notMutated];
  return [folder ? `src/core/${folder}/**/*.ts` : target, ...notMutated];
}

// The TypeScript checker compiles what the mutated folder imports, not the whole core: faster, and
// a folder being edited elsewhere in the tree does not stop the run.
const tsconfigFile = testFolder ? 'tsconfig.mutation.json' : 'tsconfig.core.json';
if (testFolder) {
  const only = { extends: './tsconfig.core.json', include: [`src/core/${testFolder}`], exclude: ['src/**/*.test.ts'] };
  writeFileSync(tsconfigFile, `${JSON.stringify(only, null, 2)}\n`);
}

const tests =
  testFolder && process.env.MUTATION_TESTS !== 'core' ? `<rootDir>/src/core/${testFolder}` : '<rootDir>/src/core';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    // Only unit tests: the faces, files, LibreOffice and Chromium tests are not run per mutant.
    config: {
      testEnvironment: 'node',
      roots: [tests],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
      testTimeout: 30000,
    },
    enableFindRelatedTests: true,
  },
  // MUTATION_CHECKER=off when the folder's imports do not compile (then a mutant that breaks the types is run as is).
  checkers: process.env.MUTATION_CHECKER === 'off' ? [] : ['typescript'],
  tsconfigFile,
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: mutateGlobs(),
  ignorePatterns: ['dist', 'dist-cli', 'build', 'out', 'coverage', 'reports', 'bench'],
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
