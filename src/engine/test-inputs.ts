/**
 * Test inputs kept beside the code: a plain directory named `test` or `tests` (a project's test tree:
 * Gateway API's `conformance/tests`, Argo Rollouts' `test/`), or one whose name says its manifests are
 * invalid or bad (`hack/invalid-examples`, Gatekeeper's `demo/agilebank/bad_resources`). Their objects are often wrong on purpose, so a finding there is reported
 * as a notice: seen, never failing a check. Directories named so that kube-pairing never loads them
 * (`testdata`, `e2e`, `fixtures`...) are in DEFAULT_IGNORE (load.ts); `test` is not, because in a GitOps
 * repository it is as often an environment — which is why a `test` directory that a kustomize build, a GitOps
 * application or a chart deploys keeps its findings as they are.
 */
import type { Unit } from './units.js';

const TEST_TREE = /^(?:tests?|(?:invalid|bad)(?:[-_].*)?)$/;

/**
 * The test-input directory a finding's file is in (`conformance/tests`), or undefined. `units` are the
 * deployment units of the finding's object, when it is about one: any unit but a plain directory makes the
 * file a deployed manifest.
 */
export function testInputDirectory(
  file: string,
  units?: readonly Unit[],
  /** Directories the user named to check (`kube-pairing tests/case1`): checked as any other, as in load.ts. */
  named: readonly string[] = [],
): string | undefined {
  if (units?.some((u) => u.kind !== 'directory')) return undefined;
  const dirs = file.split('/').slice(0, -1);
  const within = Math.max(
    0,
    ...named
      .map((d) => d.split('/').filter((part) => part !== '' && part !== '.'))
      .filter((parts) => parts.every((part, i) => dirs[i] === part))
      .map((parts) => parts.length),
  );
  const at = dirs.findIndex((d, i) => i >= within && TEST_TREE.test(d));
  return at === -1 ? undefined : dirs.slice(0, at + 1).join('/');
}

/** What a finding demoted to a notice there says after its message. */
export function testInputNote(directory: string): string {
  return (
    ` Reported as a notice: \`${directory}/\` holds test inputs, often wrong on purpose (set the rule's ` +
    'severity in .kube-pairing.yaml to report it at its own).'
  );
}
