// ESLint flat config: type-aware typescript-eslint rules on every TypeScript file the project
// type-checks (tsconfig.json), plain JavaScript rules on the few .js/.mjs files, and
// eslint-config-prettier last so that formatting is Prettier's business alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Built output, installed packages, results folders and screenshots (results/ is git-ignored anywhere).
    ignores: ['dist/', 'node_modules/', '**/results/', 'test/e2e/screenshots/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // Each file is linted with the tsconfig.json that includes it, so the rules see the real types.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unhandled rejections and promises passed where a void callback is expected are real bugs here
      // (CLI exit codes, queue shutdown, the dashboard server); both are in the preset, stated for clarity.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A new policy family, KPI or order state must be handled by every switch over it.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // verbatimModuleSyntax keeps imports as written: type-only names must say so, inline like the code does.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // No `any` anywhere, the engine above all (it is the public surface); tests type what they parse.
      '@typescript-eslint/no-explicit-any': 'error',
      // Dropping a field by destructuring it beside a rest (`const { out: _out, ...flags } = all`) is the
      // house idiom; a leading `_` marks an unused argument, as TypeScript's noUnusedParameters allows.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // `==` only ever hides a type mix-up here.
      eqeqeq: 'error',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read the CLI's and the server's JSON output with JSON.parse and assert on its fields;
      // those values are `any` by design (the assertions are the check), and casts would only hide it.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plugin fixtures are broken on purpose (a module whose top level never finishes, ...).
    files: ['test/fixtures/plugins/**'],
    rules: { 'no-unreachable': 'off' },
  },
  {
    // This file, plugin fixtures and the sample-data generator: plain JavaScript on Node.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
