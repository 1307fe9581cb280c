/**
 * The production build, and bundle.*.kb: sizes of the production bundles (kB = 1,000 bytes,
 * the stricter reading). Other sessions rebuild dist/ in development mode at any moment, so the
 * production bundles are copied to bench/.inputs/dist/ right after the build and checked (a
 * production bundle has no source-map comment); every metric then uses those copies.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { INPUTS_DIR } from '../inputs';
import { notMeasured, type MetricOutcome } from '../lib/metric';

const repoRoot = join(__dirname, '..', '..');
export const PRODUCTION_DIST = join(INPUTS_DIR, 'dist');
export const BUNDLES = ['extension.js', 'webview.js', 'network.js'] as const;

function isProduction(file: string): boolean {
  return !readFileSync(file, 'utf8').includes('//# sourceMappingURL=');
}

/** Builds with `node esbuild.mjs --production` and keeps private copies; returns the error text when it fails. */
export function productionBuild(): string | undefined {
  mkdirSync(PRODUCTION_DIST, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = spawnSync(process.execPath, ['esbuild.mjs', '--production'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000
    });
    if (result.status !== 0) {
      const output = `${result.stderr}\n${result.stdout}`
        .trim()
        .split('\n')
        .find((line) => /error/i.test(line));
      return `production build failed: ${output ?? `exit ${result.status}`}`;
    }
    for (const bundle of BUNDLES) copyFileSync(join(repoRoot, 'dist', bundle), join(PRODUCTION_DIST, bundle));
    // A development build by someone else landed between our build and the copy: build again.
    if (BUNDLES.every((bundle) => isProduction(join(PRODUCTION_DIST, bundle)))) return undefined;
  }
  return 'production build kept being overwritten by development builds of dist/';
}

export function bundleSizes(buildError: string | undefined): MetricOutcome[] {
  const bundles = [
    ['bundle.extension.kb', 'extension.js'],
    ['bundle.webview.kb', 'webview.js']
  ] as const;
  return bundles.map(([name, file]) => {
    if (buildError) return { name, notMeasured: buildError };
    try {
      // A deterministic build: one measurement is the value; runs = 1.
      return {
        name,
        samples: [statSync(join(PRODUCTION_DIST, file)).size / 1000],
        note: `dist/${file}, minified, no source map`
      };
    } catch (error) {
      return notMeasured(name, error);
    }
  });
}
