// `npm run test:grammar`: VS Code's own tokenizer (vscode-tmgrammar-test) over the fixture journals.
// The vendored Markdown grammar embeds ~50 languages for fenced code; their absence is expected
// offline, so those "grammar not found" lines are filtered. The exit status is the tool's.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const result = spawnSync(process.execPath, [
  bin,
  '-g', join(root, 'test/grammar/vendor/markdown.tmLanguage.json'),
  '-g', join(root, 'syntaxes/connections.tmLanguage.json'),
  'test/grammar/*.test.connections.md'
], { cwd: root, encoding: 'utf8' });
const keep = (text) => text.split('\n').filter((line) => !/^grammar not found for/.test(line)).join('\n');
process.stdout.write(keep(result.stdout ?? ''));
process.stderr.write(keep(result.stderr ?? ''));
// One closing line for `npm test`'s totals: each fixture file is one grammar test.
const out = result.stdout ?? '';
const passed = (out.match(/run successfuly/g) ?? []).length;
const failed = (out.match(/^\s*✖/gm) ?? []).length || (result.status === 0 ? 0 : 1);
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exitCode = result.status ?? 1;
