// office-addin-lint's rules (Office add-in rules + prettier), with what TypeScript already checks turned off.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import globals from 'globals';

// The recommended set brings its own @typescript-eslint plugin (for .ts, not .tsx): reuse that instance.
const typescriptPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.['@typescript-eslint']).plugins[
  '@typescript-eslint'
];

export default [
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'examples/**'] },
  ...officeAddins.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tsParser },
  },
  // tsc --noEmit resolves every name (jest globals, DOM, Office) and overloads; the base rules know neither.
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@typescript-eslint': typescriptPlugin },
    rules: {
      'no-undef': 'off',
      'no-redeclare': 'off',
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // The faces reach the core through its one public entry, src/core/index.ts, never a file inside it.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+core/',
              message: "Import the core from its public entry ('../core'), and export what is missing from src/core/index.ts.",
            },
          ],
        },
      ],
    },
  },
  // Tests read unloaded properties on purpose (the double must throw like Office.js), and ExcelJS cells
  // in file tests look like Office.js proxies to these rules.
  {
    files: ['test/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'office-addins/call-sync-after-load': 'off',
      'office-addins/call-sync-before-read': 'off',
      'office-addins/load-object-before-read': 'off',
    },
  },
  // Scripts injected into the browser page under test.
  { files: ['test/browser/**/*.js'], languageOptions: { globals: { ...globals.browser, Office: 'readonly' } } },
  // Build scripts and webpack plugins are CommonJS run by Node.
  { files: ['**/*.cjs', 'src/**/*.js', 'webpack.config.js', 'test/*.js'], languageOptions: { globals: globals.node, sourceType: 'commonjs' } },
];
