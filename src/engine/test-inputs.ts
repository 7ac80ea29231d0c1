/**
 * Test inputs kept beside the code: a plain directory named `test` or `tests` (a project's test tree:
 * Gateway API's `conformance/tests`, Argo Rollouts' `test/`), `test_files`, `test-data` and the like (Polaris'
 * `pkg/kube/test_files`), a test package's `testutils` (Gloo's `translator/testutils/inputs`, golden-file inputs
 * beside their `outputs`), `e2e-*` or `*-tests` (Percona's `e2e-tests`, `integration-tests`; not `*-test`, which
 * names environments such as `overlays/perf-test`), or one whose name says its manifests are
 * invalid or bad (`hack/invalid-examples`, Gatekeeper's `demo/agilebank/bad_resources`); a file named so is one too
 * (Kubeflow Pipelines' `samples/scheduledworkflow/invalid.yaml`, `maxHistory: !@#$%^&*()_+`). Not `broken`: a
 * project's own `examples/broken/` shows the bugs a checker must report. Their objects are often wrong on purpose, so a finding there is reported
 * as a notice: seen, never failing a check. Directories named so that kube-pairing never loads them
 * (`testdata`, `e2e`, `fixtures`...) are in DEFAULT_IGNORE (load.ts); `test` is not, because in a GitOps
 * repository it is as often an environment — which is why a `test` directory that a kustomize build, a GitOps
 * application or a chart deploys keeps its findings as they are (see `testInputDirectory`).
 */
import type { Unit } from './units.js';

const TEST_TREE =
  /^(?:tests?|test[-_](?:files?|data|fixtures|cases|inputs|resources)|test[-_]?utils?|e2e[-_].+|.+[-_]tests|(?:invalid|bad)(?:[-_].*)?)$/;
/**
 * The words that make a file a test input when its name (before its extensions) opens or ends with one: it is
 * invalid or bad on purpose, or a policy engine's passing or failing example (Datree's `fail.yaml`/`pass.yaml`,
 * k-rail's `non-compliant-service-loadbalancer.yaml`, Gatekeeper's `example_disallowed.yaml`, Kyverno's
 * `pod-bad.yaml`). `allowed` and `compliant` only end a name: `allowed-origins.yaml` is a configuration.
 */
const OPENING_WORD = '(?:invalid|bad|fail(?:s|ed|ing)?|pass(?:es|ed|ing)?|non-?compliant)';
const ENDING_WORD =
  '(?:invalid|bad|fail(?:s|ed|ing)?|pass(?:es|ed|ing)?|(?:non-?)?compliant|(?:dis)?allowed|violations?)';
// The word may end the name, unless `not` comes before it (`not-invalid.yaml` is a valid example).
const TEST_FILE = new RegExp(
  `^(?:${OPENING_WORD}(?:[-_][^.]*)?|[^.]*[-_](?<!(?:^|[-_])not[-_])${ENDING_WORD})(?:\\.[^.]+)+$`,
  'i',
);
/** Directory names of environments: a `test` beside one of them is an environment too (`envs/test`, `envs/prod`). */
const ENVIRONMENT =
  /^(?:prod|production|prd|staging|stage|stg|dev|develop|development|qa|uat|pre-?prod|live|sandbox)$/i;

/**
 * The test-input directory a finding's file is in (`conformance/tests`), or the file itself when its name says
 * it is a test input and the user did not name it, or undefined. `units` are the
 * deployment units of the finding's object, when it is about one. A unit deploys the file, so that it is no
 * test input, when it is a GitOps path, a build or chart rooted outside the test directory (something else
 * pulls the file in), or one rooted at the test directory itself (`overlays/test`: an environment). A build
 * rooted further down (`test/kustomize/rollout`, a transformation test's input) deploys it only when the test
 * directory sits beside environments (`envs/test` beside `envs/prod`); `directories` are the scan's
 * directories, to tell.
 */
export function testInputDirectory(
  file: string,
  units?: readonly Unit[],
  /** Directories the user named to check (`kube-pairing tests/case1`): checked as any other, as in load.ts. */
  named: readonly string[] = [],
  directories: ReadonlySet<string> = new Set(),
): string | undefined {
  const dirs = file.split('/').slice(0, -1);
  const within = Math.max(
    0,
    ...named
      .map((d) => d.split('/').filter((part) => part !== '' && part !== '.'))
      .filter((parts) => parts.every((part, i) => dirs[i] === part))
      .map((parts) => parts.length),
  );
  const at = dirs.findIndex((d, i) => i >= within && TEST_TREE.test(d));
  const base = file.slice(file.lastIndexOf('/') + 1);
  const testInputs =
    at !== -1
      ? dirs.slice(0, at + 1).join('/')
      : TEST_FILE.test(base) && !named.some((n) => sameFile(n, file))
        ? file
        : undefined;
  if (testInputs === undefined) return undefined;
  // A unit that pulls the file in deploys it (for a test file: any build, chart or GitOps path).
  if (units?.some((u) => deploys(u, testInputs, directories))) return undefined;
  return testInputs;
}

function sameFile(named: string, file: string): boolean {
  return (
    named
      .split('/')
      .filter((part) => part !== '' && part !== '.')
      .join('/') === file
  );
}

function deploys(unit: Unit, testDir: string, directories: ReadonlySet<string>): boolean {
  if (unit.kind === 'directory') return false;
  // Helm renders a chart's `templates/` and `crds/` only: a `test` directory beside them (CloudNativePG's chainsaw
  // tests, with partial objects to assert) is the chart's test tree, not part of what it deploys.
  if (unit.kind === 'chart') {
    const root = unit.root === '.' ? '' : `${unit.root}/`;
    return testDir.startsWith(`${root}templates/`) || testDir.startsWith(`${root}crds/`);
  }
  if (unit.kind === 'gitops' || unit.root === testDir || !unit.root.startsWith(`${testDir}/`)) return true;
  const slash = testDir.lastIndexOf('/');
  const parent = slash === -1 ? '' : testDir.slice(0, slash + 1);
  for (const d of directories) {
    if (!d.startsWith(parent)) continue;
    const name = d.slice(parent.length).split('/')[0]!;
    if (ENVIRONMENT.test(name)) return true;
  }
  return false;
}

/** Every directory that holds one of the files, and those above it (relative, `/`, no `.`). */
export function directoriesOf(files: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const file of files)
    for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
      const dir = file.slice(0, i);
      if (out.has(dir)) break;
      out.add(dir);
    }
  return out;
}

/** What a finding demoted to a notice there says after its message (`file`: the test input is the file itself). */
export function testInputNote(directory: string, file = false): string {
  if (file)
    return (
      ` Reported as a notice: the name of \`${directory}\` says it is a test input, often wrong on purpose (set ` +
      "the rule's severity in .kube-pairing.yaml to report it at its own)."
    );
  return (
    ` Reported as a notice: \`${directory}/\` holds test inputs, often wrong on purpose (set the rule's ` +
    'severity in .kube-pairing.yaml to report it at its own).'
  );
}
