import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'build/',
      '.svelte-kit/',
      'test-results/',
      'playwright-report/',
      '.bench/',
      '.quality/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    // __APP_VERSION__: package.json's version, defined at build time (vite.config.ts).
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' }
    },
    rules: {
      // Text from users, files and links must never become markup.
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    // The pure core runs in the browser, a worker and the CLI: no clock, no randomness, no DOM.
    files: ['src/lib/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator'
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take `now` as an argument.' },
        { object: 'Math', property: 'random', message: 'Seed randomness from the data.' }
      ]
    }
  },
  {
    // Pages and components take time and randomness from `$lib/state/clock` (issue 11 point
    // 11), which tests replace with a fixed clock and a seeded generator.
    files: ['src/routes/**/*.svelte', 'src/lib/components/**/*.svelte'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use systemClock from $lib/state/clock.' },
        { object: 'Math', property: 'random', message: 'Use systemRandom from $lib/state/clock.' }
      ]
    }
  }
);
