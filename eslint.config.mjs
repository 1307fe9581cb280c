// ESLint flat config. The one rule that carries architecture: src/core never imports vscode,
// so the core stays testable in plain Node and reusable by the CLI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'test-results/**',
      'bench/.inputs/**',
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
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode',
              message: 'src/core, src/shared and src/webview must not depend on the VS Code API; put glue in src/.'
            }
          ],
          patterns: [{ group: ['../*extension*', '../../*/glue*'], message: 'core stays free of glue' }]
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
