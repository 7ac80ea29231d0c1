/**
 * Test inputs kept beside the code (src/engine/test-inputs.ts): a finding in a plain `test`, `tests` or
 * `invalid-*` directory is a notice that says why; the same directory deployed by a kustomize build keeps
 * the finding's own severity, and so does a rule whose severity the config sets.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/check.js';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { Finding } from '../../src/engine/finding.js';
import { directoriesOf, testInputDirectory } from '../../src/engine/test-inputs.js';
import { ALL_RULES } from '../../src/rules/index.js';

/** The etcd pair whose Endpoints name is a typo of the Service's (endpoints-without-service, an error). */
const pair = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: etcd',
  '---',
  'apiVersion: v1',
  'kind: Endpoints',
  'metadata:',
  '  name: etcdd',
  'subsets:',
  '  - addresses: [{ip: 10.20.30.40}]',
  '    ports: [{port: 2379}]',
  '',
].join('\n');

const brief = (f: Finding) => `${f.severity} ${f.rule} ${f.file}:${f.line}:${f.column}`;

function check(files: Record<string, string>, severities?: Record<string, 'error'>): Finding[] {
  const texts = Object.entries(files).map(([path, text]) => ({ path, text }));
  return analyzeTexts(texts, { rules: ALL_RULES, ...(severities ? { severities } : {}) }).findings.filter(
    (f) => f.rule === 'endpoints-without-service',
  );
}

describe('findings in test inputs', () => {
  it('a plain tests directory: a notice that names the directory and the way back', () => {
    const [finding, ...rest] = check({ 'conformance/tests/pair.yaml': pair });
    expect(rest).toEqual([]);
    expect(brief(finding!)).toBe('notice endpoints-without-service conformance/tests/pair.yaml:9:9');
    expect(finding!.message).toMatch(
      /Did you mean `etcd`\?.* Reported as a notice: `conformance\/tests\/` holds test inputs, often wrong on purpose \(set the rule's severity in \.kube-pairing\.yaml to report it at its own\)\.$/,
    );
  });

  it('a warning is demoted too; a notice keeps its message as it is', () => {
    const lonely = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports: [{port: 5432}]\n';
    const texts = [
      { path: 'tests/pair.yaml', text: pair },
      { path: 'tests/lonely.yaml', text: lonely },
    ];
    const findings = analyzeTexts(texts, { rules: ALL_RULES }).findings;
    const of = (rule: string) => findings.filter((f) => f.rule === rule);
    expect(of('service-without-endpoints').map(brief)).toEqual([
      'notice service-without-endpoints tests/lonely.yaml:4:9',
    ]);
    expect(of('service-without-endpoints')[0]!.message).toMatch(
      / Reported as a notice: `tests\/` holds test inputs/,
    );
    const [deprecated] = of('endpoints-deprecated');
    expect(brief(deprecated!)).toBe('notice endpoints-deprecated tests/pair.yaml:7:7');
    expect(deprecated!.message).not.toMatch(/Reported as a notice/);
  });

  it('a directory that says its examples are invalid', () => {
    expect(check({ 'hack/invalid-examples/pair.yaml': pair }).map(brief)).toEqual([
      'notice endpoints-without-service hack/invalid-examples/pair.yaml:9:9',
    ]);
  });

  it('a test environment a kustomize build deploys keeps its errors', () => {
    expect(
      check({
        'overlays/test/kustomization.yaml': 'resources: [pair.yaml]\n',
        'overlays/test/pair.yaml': pair,
      }).map(brief),
    ).toEqual(['error endpoints-without-service overlays/test/pair.yaml:9:9']);
  });

  it('a kustomize build inside a test tree is a test input (argo-rollouts test/kustomize/rollout)', () => {
    expect(
      check({
        'test/kustomize/rollout/kustomization.yaml': 'resources: [pair.yaml]\n',
        'test/kustomize/rollout/pair.yaml': pair,
      }).map(brief),
    ).toEqual(['notice endpoints-without-service test/kustomize/rollout/pair.yaml:9:9']);
  });

  it('a build below a test directory that sits beside environments keeps its errors', () => {
    expect(
      check({
        'envs/test/db/kustomization.yaml': 'resources: [pair.yaml]\n',
        'envs/test/db/pair.yaml': pair,
        'envs/prod/db/kustomization.yaml': 'resources: []\n',
      }).map(brief),
    ).toEqual(['error endpoints-without-service envs/test/db/pair.yaml:9:9']);
  });

  it('a build rooted outside the test directory deploys it', () => {
    expect(
      check({
        'kustomization.yaml': 'resources: [tests/pair.yaml]\n',
        'tests/pair.yaml': pair,
      }).map(brief),
    ).toEqual(['error endpoints-without-service tests/pair.yaml:9:9']);
  });

  it("a chart's test directory is its test tree: Helm renders templates/ and crds/ only (CloudNativePG's charts)", () => {
    const chart = 'apiVersion: v2\nname: barman\nversion: 1.0.0\n';
    expect(
      check({
        'charts/barman/Chart.yaml': chart,
        'charts/barman/test/simple/pair.yaml': pair,
        'charts/barman/crds/pair.yaml': pair.replace(/etcd/g, 'db'),
      }).map(brief),
    ).toEqual([
      'error endpoints-without-service charts/barman/crds/pair.yaml:9:9',
      'notice endpoints-without-service charts/barman/test/simple/pair.yaml:9:9',
    ]);
  });

  it('a directory of broken examples is checked as any other (examples/broken shows what must be reported)', () => {
    expect(check({ 'examples/broken/pair.yaml': pair }).map(brief)).toEqual([
      'error endpoints-without-service examples/broken/pair.yaml:9:9',
    ]);
  });

  it('a severity set in the config is kept, and files elsewhere are untouched', () => {
    expect(check({ 'test/pair.yaml': pair }, { 'endpoints-without-service': 'error' }).map(brief)).toEqual([
      'error endpoints-without-service test/pair.yaml:9:9',
    ]);
    expect(check({ 'deploy/latest/pair.yaml': pair }).map(brief)).toEqual([
      'error endpoints-without-service deploy/latest/pair.yaml:9:9',
    ]);
  });
});

describe('testInputDirectory', () => {
  it.each([
    ['test/e.yaml', 'test'],
    ['tests/e.yaml', 'tests'],
    ['conformance/tests/sub/e.yaml', 'conformance/tests'],
    ['hack/invalid-examples/e.yaml', 'hack/invalid-examples'],
    ['invalid/e.yaml', 'invalid'],
    ['invalid_cases/e.yaml', 'invalid_cases'],
    ['demo/agilebank/bad_resources/e.yaml', 'demo/agilebank/bad_resources'],
    ['broken-Pod/e.yaml', undefined],
    ['e2e-tests/arbiter/compare/e.yaml', 'e2e-tests'],
    ['e2e_kind/e.yaml', 'e2e_kind'],
    ['ci/integration-tests/e.yaml', 'ci/integration-tests'],
    ['smoke_tests/e.yaml', 'smoke_tests'],
    ['pkg/kube/test_files/test_1/e.yaml', 'pkg/kube/test_files'],
    ['test-data/e.yaml', 'test-data'],
    ['x/test_fixtures/e.yaml', 'x/test_fixtures'],
    ['test-cases/e.yaml', 'test-cases'],
    ['test-app/e.yaml', undefined],
    ['examples/Cost_Reduction/fail.yaml', 'examples/Cost_Reduction/fail.yaml'],
    ['examples/PDB/Fail.yaml', 'examples/PDB/Fail.yaml'],
    ['examples/PDB/pass.yaml', 'examples/PDB/pass.yaml'],
    ['examples/non-compliant-service-loadbalancer.yaml', 'examples/non-compliant-service-loadbalancer.yaml'],
    ['samples/block-lb/example_disallowed.yaml', 'samples/block-lb/example_disallowed.yaml'],
    ['samples/block-lb/example_allowed.yaml', 'samples/block-lb/example_allowed.yaml'],
    ['chainsaw/pod-bad.yaml', 'chainsaw/pod-bad.yaml'],
    ['k8s/not-bad.yaml', undefined],
    ['k8s/failover.yaml', undefined],
    ['k8s/password.yaml', undefined],
    ['k8s/bypass.yaml', undefined],
    ['k8s/allowed-origins.yaml', undefined],
    ['k8s/compliant-deploy.yaml', undefined],
    ['k8s/deploy-compliant.yaml', 'k8s/deploy-compliant.yaml'],
    ['k8s/nginx-allowed-origins.yaml', undefined],
    ['test_filesystem/e.yaml', undefined],
    ['e2e-/e.yaml', undefined],
    ['-tests/e.yaml', undefined],
    ['overlays/perf-test/e.yaml', undefined],
    ['latest/e.yaml', undefined],
    ['broken/e.yaml', undefined],
    ['brokenness/e.yaml', undefined],
    ['badger/e.yaml', undefined],
    ['test.yaml', undefined],
    ['contest/e.yaml', undefined],
    ['testing/e.yaml', undefined],
    ['invalidation/e.yaml', undefined],
    ['deploy/e.yaml', undefined],
  ])('%s -> %s', (file, directory) => {
    expect(testInputDirectory(file)).toBe(directory);
  });

  it('any unit but a plain directory makes it a deployed manifest', () => {
    const unit = (kind: 'kustomize' | 'directory') => ({
      id: `${kind}:test`,
      kind,
      root: 'test',
      label: kind,
    });
    expect(testInputDirectory('test/e.yaml', [unit('directory')])).toBe('test');
    expect(testInputDirectory('test/e.yaml', [unit('directory'), unit('kustomize')])).toBeUndefined();
  });

  it('a build below the test directory deploys it only beside an environment', () => {
    const below = { id: 'kustomize:a/test/k', kind: 'kustomize' as const, root: 'a/test/k', label: 'k' };
    const gitops = { id: 'gitops:x/y', kind: 'gitops' as const, root: 'a/test/k', label: 'g' };
    expect(testInputDirectory('a/test/k/e.yaml', [below])).toBe('a/test');
    expect(testInputDirectory('a/test/k/e.yaml', [below], [], new Set(['a', 'a/test', 'a/test/k']))).toBe(
      'a/test',
    );
    expect(testInputDirectory('a/test/k/e.yaml', [below], [], new Set(['a/staging/k']))).toBeUndefined();
    expect(testInputDirectory('a/test/k/e.yaml', [below], [], new Set(['b/prod']))).toBe('a/test');
    expect(testInputDirectory('a/test/k/e.yaml', [below], [], new Set(['a/production']))).toBeUndefined();
    expect(testInputDirectory('a/test/k/e.yaml', [gitops])).toBeUndefined();
    expect(testInputDirectory('test/k/e.yaml', [{ ...below, root: 'test/k' }], [], new Set(['dev']))).toBe(
      undefined,
    );
  });

  it('directoriesOf lists each directory and those above it once', () => {
    expect([...directoriesOf(['a/b/c.yaml', 'a/d.yaml', 'e.yaml', 'a/b/f.yaml'])].sort()).toEqual([
      'a',
      'a/b',
    ]);
  });
});

describe('a test directory the user names is checked as any other', () => {
  it('testInputDirectory looks only below the named directories', () => {
    expect(testInputDirectory('tests/case1/x.yaml', undefined, ['tests/case1'])).toBeUndefined();
    expect(testInputDirectory('tests/case1/x.yaml', undefined, ['./tests'])).toBeUndefined();
    expect(testInputDirectory('tests/case1/test/x.yaml', undefined, ['tests/case1'])).toBe(
      'tests/case1/test',
    );
    expect(testInputDirectory('tests/case1/x.yaml', undefined, ['.', 'other/tests'])).toBe('tests');
  });

  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kp-test-inputs-'));
    mkdirSync(path.join(root, 'tests', 'case1'), { recursive: true });
    writeFileSync(path.join(root, 'tests', 'case1', 'pair.yaml'), pair);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    [['tests/case1'], 'error'],
    [['tests/case1/pair.yaml'], 'error'],
    [['tests'], 'error'],
    [['.'], 'notice'],
    [['**/*.yaml'], 'notice'],
  ])('kube-pairing %j: %s', async (patterns, severity) => {
    const result = await checkManifests({ cwd: root, patterns });
    expect(
      result.findings
        .filter((f) => f.rule === 'endpoints-without-service')
        .map((f) => `${f.severity} ${f.file}`),
    ).toEqual([`${severity} tests/case1/pair.yaml`]);
  });
});
