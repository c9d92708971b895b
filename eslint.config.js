import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'stream',
  'util',
  'events',
  'worker_threads',
];

// Layers as import patterns. ESLint keeps one `no-restricted-imports` per file
// (the last matching block wins), so a block for a sub-folder repeats its
// parent's patterns.
const sharedPatterns = [
  { group: nodeModules, message: 'src/shared must not use Node APIs.' },
  { group: ['electron', 'electron/*'], message: 'src/shared must not import electron.' },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'src/shared must not import React.',
  },
  {
    group: ['**/main/**', '**/renderer/**', '**/preload/**'],
    message: 'src/shared imports only src/shared.',
  },
];

const mainPatterns = [
  { group: ['electron', 'electron/*'], message: 'Only src/main/electron may import electron.' },
  { group: ['**/renderer/**'], message: 'main never imports the renderer.' },
];

const rendererPatterns = [
  {
    group: ['**/main/**', '**/preload/**'],
    message: 'The renderer never imports main or preload code.',
  },
  {
    group: [...nodeModules, 'electron', 'electron/*'],
    message: 'The renderer has no Node or Electron.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'bench/.work/**',
      'test-results/**',
      'test/fixtures/**',
      'resources/sample-site/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Shared code runs in main, renderer, CLI and tests alike.
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedPatterns }] },
  },
  {
    // The preview builds on the renderer of post bodies, never the reverse.
    files: ['src/shared/render/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...sharedPatterns,
            {
              group: ['**/preview', '**/preview/**'],
              message:
                'src/shared/render must not import src/shared/preview (preview uses render).',
            },
          ],
        },
      ],
    },
  },
  {
    // Services run under plain Node (CLI, web mode, tests); only src/main/electron touches Electron.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: mainPatterns }] },
  },
  {
    // The desktop shell and the web mode are two front doors to the same services.
    files: ['src/main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main never imports the renderer.' },
            {
              group: ['**/web', '**/web/**'],
              message:
                'src/main/electron does not import src/main/web; shared start-up code lives in src/main/services.',
            },
          ],
        },
      ],
    },
  },
  {
    // A sandboxed preload: named calls over the contract, nothing else.
    files: ['src/preload/**/*.ts'],
    ignores: ['src/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\./|\\.\\./shared/ipc/)',
              message: 'The preload imports only electron and src/shared/ipc.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
    },
  },
  {
    // Editor features are CodeMirror extensions: the app's React code uses them, never the reverse.
    files: ['src/renderer/editor/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            {
              regex: '^(\\.\\./)+src(/|$)|(^|/)renderer/src(/|$)',
              message: 'src/renderer/editor does not import src/renderer/src.',
            },
          ],
        },
      ],
    },
  },
);
