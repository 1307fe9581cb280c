// ESLint flat config. The architecture is carried by eslint/layers.mjs (which folder may import
// which; see docs/architecture.md) and by the one-config-module rule below.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'test-results/**',
      'bench/.inputs/**',
      // Deliberately violating imports, linted only by test/unit/lint/layers.test.ts (--no-ignore).
      'test/fixtures/layers/**',
      '**/*.d.ts'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
      // Sanitisers must name control characters to strip them; that is the point of those patterns.
      'no-control-regex': 'off'
    }
  },
  {
    // The layer rules (docs/architecture.md): every import under src/ is checked against the
    // folder it resolves to. test/unit/lint/layers.test.ts proves each rule fails on a fixture.
    files: ['src/**/*.ts', 'test/fixtures/layers/**/*.ts'],
    plugins: { deliberate: layers },
    rules: { 'deliberate/layers': 'error' }
  },
  {
    // One config module: only src/config reads settings (trust and manifest defaults live there).
    files: ['src/**/*.ts', 'test/fixtures/layers/**/*.ts'],
    ignores: ['src/config/**', 'test/fixtures/layers/src/config/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='getConfiguration']",
          message: 'Read settings through src/config/settings.ts (typed, trust-aware, manifest defaults).'
        }
      ]
    }
  },
  {
    files: [
      'src/cli.ts',
      'src/cli/**/*.ts',
      'test/**/*.ts',
      'test/**/*.mjs',
      'test/**/*.js',
      'bench/**/*.mjs',
      'bench/**/*.ts',
      'scripts/**/*.mjs',
      'scripts/**/*.ts',
      'esbuild.mjs'
    ],
    rules: { 'no-console': 'off' }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        performance: 'readonly',
        fetch: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly'
      }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
);
