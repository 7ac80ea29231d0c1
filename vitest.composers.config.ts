// The composers' own tests (src/engine/block-compose.ts, json-compose.ts: the parser as their oracle), for
// their mutation run (docs/testing.md): `KUBE_PAIRING_MUTATE_VITEST_CONFIG=vitest.composers.config.ts npm run
// mutate -- --mutate src/engine/block-compose.ts,src/engine/json-compose.ts --ignoreStatic`. Every in-process test parses YAML through them, so with the whole suite each
// mutant re-ran all of it (an estimated 3 h for 1,072 mutants); these files hold them to the parser node for
// node. Narrowing the test files is sound only with --ignoreStatic (see stryker.config.mjs).
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  test: {
    ...base.test,
    include: [
      '__tests__/engine/block-compose.test.ts',
      '__tests__/engine/json-compose.test.ts',
      '__tests__/prescan.test.ts',
      '__tests__/engine/parse.test.ts',
      '__tests__/engine/documents.test.ts',
    ],
  },
});
