/**
 * The layer rules can fail: eslint (the repo's own config, as `npm run lint` runs it) is spawned
 * once over test/fixtures/layers, a mirror of src/ whose files each break one rule (or, for the
 * `ok*` files, break none). Each file's first line says what it expects. The fixtures are
 * ignored by the normal lint run and only linted here, with --no-ignore.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/layers');

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; fatal?: boolean }[];
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? fixtureFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []
  );
}

const expected = (file: string) => /^\/\/ expect: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1].trim();

describe('layer rules (eslint on violating fixtures)', function () {
  this.timeout(60_000);
  const files = fixtureFiles(fixtures);
  let results: Map<string, LintResult>;
  let status: number | null;

  before(() => {
    const eslint = path.join(root, 'node_modules', '.bin', 'eslint');
    const run = spawnSync(eslint, ['--no-ignore', '--format', 'json', 'test/fixtures/layers'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024
    });
    status = run.status;
    assert.ok(run.stdout, `eslint printed no report: ${run.stderr}`);
    results = new Map((JSON.parse(run.stdout) as LintResult[]).map((r) => [r.filePath, r]));
  });

  it('exits non-zero, as npm run lint would on any one of these imports', () => {
    assert.equal(status, 1);
  });

  it('has fixtures for every layer', () => {
    const layers = new Set(files.map((f) => path.relative(path.join(fixtures, 'src'), f).split(path.sep)[0]));
    for (const layer of ['core', 'node', 'webview', 'shared', 'cli', 'mcp', 'config', 'sidebar']) {
      assert.ok(layers.has(layer), `a fixture under src/${layer}`);
    }
  });

  for (const file of fixtureFiles(fixtures)) {
    const name = path.relative(fixtures, file);
    const want = expected(file);
    it(`${name}: ${want === 'none' ? 'passes' : `fails ${want}`}`, () => {
      assert.ok(want, `${name} starts with "// expect: <rule>|none"`);
      const messages = results.get(file)?.messages ?? [];
      assert.deepEqual(
        messages.filter((m) => m.fatal),
        [],
        `${name} parses`
      );
      const rules = [...new Set(messages.map((m) => m.ruleId))];
      assert.deepEqual(rules, want === 'none' ? [] : [want], messages.map((m) => m.message).join('\n'));
    });
  }
});
