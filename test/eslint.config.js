// Lint rules for the whole project (run as `npm run lint`, which passes this file with -c).

import tseslint from 'typescript-eslint';
import { roundtablePlugin } from './eslint/noLiteralText.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'dev-dist/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // The domain core stays plain TypeScript: no DOM frameworks, storage or sync libraries.
    files: ['src/core/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*', '@preact/*', 'dexie', 'yjs', 'y-*', 'workbox-*'], message: 'src/core and src/content stay free of frameworks.' },
            { group: ['**/storage/**', '**/sync/**', '**/state/**', '**/ui/**', '**/app/**'], message: 'Dependencies point one way: core ← storage | sync ← state ← ui.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts', 'src/sync/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/state/**', '**/ui/**', '**/app/**', 'preact', '@preact/*'], message: 'Storage and sync do not depend on state or UI.' }] }],
    },
  },
  {
    // The interface's words come from the message catalog (src/i18n/messages), never literal text.
    files: ['src/ui/**/*.tsx', 'src/app/**/*.tsx', 'src/i18n/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { roundtable: roundtablePlugin },
    rules: { 'roundtable/no-literal-text': 'error' },
  },
  {
    // Command-line entry points and tests print to the console.
    files: ['src/server/**/*.ts', 'src/content/check.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['vite.config.ts', 'test/eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
