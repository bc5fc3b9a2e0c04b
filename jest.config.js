/**
 * Two projects, both run by `jest` (and so by `npm test`):
 * - `unit`: the tests beside the code (`src/**`), and those of the test helpers (`test/support`);
 * - `e2e`: the tests that cross a boundary (files, LibreOffice, Chromium, the Excel double), under `test/`.
 * One alone: `npx jest --selectProjects unit`.
 */
const common = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/src', '<rootDir>/test/support'] },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/support/'],
    },
  ],
};
