// The loading path's own tests (src/engine/prescan.ts, parse.ts, load.ts: the parser as the pre-scan's oracle),
// for their mutation run (docs/testing.md): `PRESCAN_RUNS=100 KUBE_PAIRING_MUTATE_VITEST_CONFIG=vitest.loading.config.ts
// npm run mutate -- --mutate src/engine/prescan.ts --ignoreStatic --tempDirName .stryker-tmp` (then the same
// for `src/engine/parse.ts,src/engine/load.ts`). Every in-process test loads and parses manifests through them, so
// with the whole suite each mutant re-ran most of it (an estimated 3 h for 2,232 mutants). Each mutant's run
// imports every test file that covers it, and importing prescan.test.ts (all the rules) costs seconds: the
// `*-mutants` files, which import only the engine, run first, and a mutant they kill stops the run there
// (Stryker's bail). PRESCAN_RUNS=100 (prescan.test.ts's generated cases, 500 by default) keeps a surviving
// mutant's run at a few seconds. `--tempDirName .stryker-tmp`: when node_modules is a symbolic link (a copy
// of the repository), Stryker does not link it into its sandbox; inside the work tree the sandbox finds it.
// Narrowing the test files is sound only with --ignoreStatic (see stryker.config.mjs).
import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** The light, exact `*-mutants` files first, then the rest in Vitest's order. */
class MutantsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification): number => (f.moduleId.endsWith('-mutants.test.ts') ? 0 : 1);
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => first(a.f) - first(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    ...base.test,
    sequence: { sequencer: MutantsFirst },
    include: [
      '__tests__/engine/prescan-mutants.test.ts',
      '__tests__/engine/parse-load-mutants.test.ts',
      '__tests__/prescan.test.ts',
      '__tests__/engine/parse.test.ts',
      '__tests__/engine/documents.test.ts',
      '__tests__/engine/load-ignore.test.ts',
      '__tests__/engine/markdown-fence.test.ts',
    ],
  },
});
