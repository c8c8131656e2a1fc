import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser, storage and framework names that must never reach the pure domain core. */
const impureGlobals = [
  'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch', 'location',
  'process', 'crypto', 'performance', 'setTimeout', 'setInterval', 'XMLHttpRequest', 'globalThis', 'self', 'global',
  'Buffer', 'Intl',
].map(
  (name) => ({ name, message: 'src/domain is pure: pass what you need in as an argument.' }),
);

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', '.scratch'] },
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
    // Dependencies point down (app → features → components → storage → domain) and features never import each
    // other: shared pieces live in components/.
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Only src/app composes features; nothing imports from it.' },
            { regex: '^\\.\\./(?!\\.\\./)[^/]+/', message: 'A feature does not import another feature: move the shared piece to src/components.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**', '**/features/**'], message: 'Dependencies point down: shared code does not import screens or the app shell.' }] },
      ],
    },
  },
  {
    // The domain is a pure core: no React, DOM, storage, PDF, clock or randomness (architecture.md).
    files: ['src/domain/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // An allowlist: the domain may use zod, jsonc-parser, its own files and the rubric data, nothing else
            // (no UI, PDF, storage or Node library, no I/O).
            { regex: '^(?!zod$|zod/|jsonc-parser$|\\.\\.?/)', message: 'src/domain is pure: only zod, jsonc-parser, its own modules and the scales data may be imported.' },
            { group: ['**/app/**', '**/features/**', '**/components/**', '**/storage/**', '**/report/**', '**/cli/**', '**/i18n/messages-*'], message: 'Dependencies point down: src/domain imports nothing above it.' },
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
