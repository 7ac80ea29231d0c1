// The tests of group 7 of src/engine (migrate.ts, model.ts, yaml-plain.ts, function-inputs.ts,
// markdown-fence.ts, test-suites.ts), for their mutation run (docs/testing.md):
// `KUBE_PAIRING_MUTATE_VITEST_CONFIG=vitest.group7.config.ts npm run mutate -- --mutate
// src/engine/migrate.ts,src/engine/model.ts,src/engine/yaml-plain.ts,src/engine/function-inputs.ts,src/engine/markdown-fence.ts,src/engine/test-suites.ts
// --ignoreStatic`. model.ts is imported by nearly everything (every rule reads its views), so with the whole
// suite each mutant of it re-ran most of the in-process tests; these files are the ones that exercise the six
// modules directly: their own tests, the composers and the pre-scan (yaml-plain.ts), the rules that read the
// views of model.ts, and the tests written for this run's survivors. Narrowing the test files is sound only
// with --ignoreStatic (see stryker.config.mjs).
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  test: {
    ...base.test,
    include: [
      '__tests__/migrate.test.ts',
      '__tests__/engine/function-inputs.test.ts',
      '__tests__/engine/markdown-fence.test.ts',
      '__tests__/engine/test-suites.test.ts',
      '__tests__/prescan.test.ts',
      '__tests__/engine/block-compose.test.ts',
      '__tests__/engine/block-compose-mutants-a.test.ts',
      '__tests__/engine/resource-index-mutants.test.ts',
      '__tests__/engine/group7-mutants*.test.ts',
      '__tests__/rules/duplicate-port-name.test.ts',
      '__tests__/rules/endpoint-ip-is-cluster-ip.test.ts',
      '__tests__/rules/endpoints-deprecated.test.ts',
      '__tests__/rules/endpoints-for-externalname-service.test.ts',
      '__tests__/rules/invalid-endpoint-ip.test.ts',
      '__tests__/rules/pairing-clean.test.ts',
      '__tests__/rules/pairing-namespace-mismatch.test.ts',
      '__tests__/rules/port-name-mismatch.test.ts',
      '__tests__/rules/port-name-required.test.ts',
      '__tests__/rules/proxy-excluded-label.test.ts',
      '__tests__/rules/route-backend-missing-service.test.ts',
      '__tests__/rules/selector-matches-no-workload.test.ts',
      '__tests__/rules/service-without-endpoints.test.ts',
      '__tests__/rules/slice-for-selector-service.test.ts',
      '__tests__/rules/slice-missing-managed-by.test.ts',
      '__tests__/rules/slice-missing-service-label.test.ts',
      '__tests__/rules/slice-reserved-managed-by.test.ts',
      '__tests__/rules/slice-without-service.test.ts',
      '__tests__/rules/target-port-ignored.test.ts',
      '__tests__/rules/target-port-not-exposed.test.ts',
      '__tests__/rules/target-port-protocol-mismatch.test.ts',
    ],
  },
});
