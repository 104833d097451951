import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'svelte/no-navigation-without-resolve': 'off',
      // Maps and Sets here are built inside $derived and replaced, never mutated.
      'svelte/prefer-svelte-reactivity': 'off',
      // TypeScript checks names (svelte-check); ESLint's no-undef does not know ambient types.
      'no-undef': 'off',
      // A catch may receive anything (null from IndexedDB, a string): read it with errorMessage().
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression > Identifier[typeAnnotation.typeAnnotation.typeName.name='Error']",
          message:
            'A rejection may be any value: take it as unknown and read it with errorMessage().'
        }
      ]
    }
  },
  {
    ignores: [
      'build/',
      'build-atlas/',
      '.svelte-kit/',
      'node_modules/',
      'static/data/',
      'test-results/',
      'tests/fixtures/peers/'
    ]
  }
);
