// @ts-check
// Mutation testing (docs/testing.md): `npm run mutate` for all of src/, or one folder with
// `npm run mutate -- --mutate 'src/config/**/*.ts'`.
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The `--mutate` of this run, as Stryker's command line gets it (undefined: the `mutate` below). Each scope
 * keeps its own incremental file: Stryker rewrites that file with the mutants of the run only, so one file
 * shared by `src/config` and `src/report` runs would forget the other folder's results every time.
 * @param {string[]} argv
 */
function mutateArgument(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--mutate' || arg === '-m') return argv[i + 1];
    if (arg.startsWith('--mutate=')) return arg.slice('--mutate='.length);
  }
  return undefined;
}

/**
 * `src/config/**\/*.ts` -> `src-config`; `src/config/load.ts:10-20` -> `src-config-load-ts-10-20`.
 * @param {string | undefined} mutate
 */
function scopeName(mutate) {
  if (mutate === undefined) return 'src';
  const literal = mutate
    .split(',')
    .map((glob) =>
      glob
        .split('/')
        .filter((part) => !/[*?{}[\]!]/.test(part))
        .join('/'),
    )
    .join('+');
  return literal.replace(/[^A-Za-z0-9+]+/g, '-').replace(/^-+|-+$/g, '') || 'src';
}

const scope = scopeName(mutateArgument(process.argv));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/**/*.ts'],
  testRunner: 'vitest',
  // vitest.config.ts as is: its globalSetup builds dist/ inside the sandbox (well under a second, from
  // the instrumented src/, with no mutant active in a child process); no test that runs here needs it.
  // `related`: only the test files whose imports reach a mutated file run. The files that only run the
  // bundles as child processes (cli, cli-config, action-e2e, action-faults, hostile/confinement,
  // github-server) import nothing of src/ at run time, so they never run here: they could kill no
  // mutant (a child process cannot activate one). Do not narrow the tests with Stryker's `testFiles`
  // instead: with it, Stryker 9.6 activates static mutants only after the modules are loaded, and every
  // static mutant survives (docs/testing.md).
  // KUBE_PAIRING_MUTATE_VITEST_CONFIG names another Vitest config for a run (vitest.composers.config.ts: the
  // composers' own tests; sound only with --ignoreStatic, as `testFiles` above).
  vitest: { configFile: process.env.KUBE_PAIRING_MUTATE_VITEST_CONFIG ?? 'vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine is shared and has 2 cores: one test runner.
  concurrency: 1,
  incremental: true,
  // Committed: a later session (on a fresh machine) re-runs only what changed. `npm run mutate`
  // formats it with prettier afterwards so that `npm run lint` passes.
  incrementalFile: `reports/stryker-incremental/${scope}.json`,
  // Outside the work tree: `eslint .` and editors must not see the instrumented copies of src/.
  // One per scope: runs of different folders may go side by side.
  tempDirName: path.join(tmpdir(), `kube-pairing-stryker-${scope}`),
  cleanTempDir: true,
  ignorePatterns: ['bench/.corpus', '.tmp', 'coverage', 'dist', 'reports'],
  reporters: ['progress-append-only', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 95, low: 85, break: null },
  timeoutMS: 10_000,
};
