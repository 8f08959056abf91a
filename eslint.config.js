import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-demo/',
      'coverage/',
      'src/generated/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules (floating and misused promises, unsafe any) for the TypeScript the project
    // compiles; plain .js/.mjs scripts keep the untyped rules above.
    files: ['**/*.ts', '**/*.tsx'],
    // The consumer apps compile against the packed package with their own checkers (test:consumers).
    ignores: ['test/consumers/apps/**'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise; it is synchronous.
          allowForKnownSafeCalls: [
            { from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' },
          ],
        },
      ],
      // Abort reasons and caught errors are passed on as they came, whatever their type.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      // `async` is used on purpose to turn a synchronous throw into a rejection (sources, fakes).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read event details (`oneEvent` resolves to `any`) and parsed JSON without a schema.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Svelte's and Vue's types resolve only in the apps that install them, not in this repository.
    files: ['src/frameworks/**/*.d.ts'],
    rules: { '@typescript-eslint/no-redundant-type-constituents': 'off' },
  },
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-template-arrow': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'vite*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The pure core has no DOM and no Lit: it runs anywhere and is tested as plain functions.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '../*', '!../types.js'] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'HTMLElement',
        'customElements',
        'localStorage',
        'fetch',
      ],
    },
  },
);
