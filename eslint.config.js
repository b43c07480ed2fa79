import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The dependency direction (ui → state → db | worker client → core) is a lint rule, not a hope.
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'DOMParser',
].map((name) => ({
  name,
  message: 'src/core is pure: no DOM. Pass what you need in as arguments.',
}));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-single/',
      'dist-*/',
      'public/pdfjs/',
      'test-results*/',
      'playwright-report/',
      'bench/results/',
      'bench/.cache/',
    ],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: 'src/core must not import Svelte.' },
            { group: ['dexie', 'dexie/*'], message: 'src/core must not import Dexie.' },
            {
              group: ['d3', 'd3-selection', 'd3-transition'],
              message: 'src/core must not touch the DOM (d3-selection).',
            },
            {
              group: ['**/db/*', '**/ui/*', '**/state/*', '**/worker/*'],
              message: 'src/core depends on nothing else in src.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie/*'],
              message: 'UI reads data through src/state, never Dexie.',
            },
            {
              group: ['**/db/*', '**/db'],
              message: 'UI reads data through src/state, never src/db.',
            },
          ],
        },
      ],
    },
  },
);
