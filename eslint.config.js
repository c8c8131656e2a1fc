import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser, storage and framework names that must never reach the pure domain core. */
const impureGlobals = [
  'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch', 'location',
  'process', 'crypto', 'performance', 'setTimeout', 'setInterval', 'XMLHttpRequest', 'globalThis',
].map(
  (name) => ({ name, message: 'src/domain is pure: pass what you need in as an argument.' }),
);

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests index into arrays they have just asserted on; `!` there states what the assertion proved.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain is a pure core: no React, DOM, storage, PDF, clock or randomness (architecture.md).
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', 'recharts', 'jspdf', 'jspdf-*', 'dexie', 'idb', 'idb-*'], message: 'src/domain must stay free of UI, PDF and storage libraries.' },
            { group: ['node:*', 'fs', 'path'], message: 'src/domain does no I/O: the CLI and storage layers read files.' },
            { group: ['**/app/**', '**/features/**', '**/components/**', '**/storage/**', '**/report/**', '**/cli/**'], message: 'Dependencies point down: src/domain imports nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'No clock in the domain: pass the date in.' },
        { object: 'Math', property: 'random', message: 'No randomness in the domain.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in the domain: pass the date in.' },
        { selector: "CallExpression[callee.name='Date']", message: 'No clock in the domain: pass the date in.' },
      ],
    },
  },
);
