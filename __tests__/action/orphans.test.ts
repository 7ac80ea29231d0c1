import { afterEach, describe, expect, it } from 'vitest';
import { changeSetOf } from '../../src/action/change-set.js';
import { parseGitDiff, reverseApply } from '../../src/action/diff.js';
import { findOrphans } from '../../src/action/orphans.js';
import { keyFindings, selectReported } from '../../src/action/scope.js';
import { checkManifests } from '../../src/check.js';
import { endpointsWithoutService } from '../../src/rules/endpoints-without-service.js';
import { pairingNamespaceMismatch } from '../../src/rules/pairing-namespace-mismatch.js';
import { sliceWithoutService } from '../../src/rules/slice-without-service.js';
import type { TwoCommitRepo } from './git-fixture.js';
import { git, twoCommitRepo } from './git-fixture.js';

const service = (name: string, namespace = 'default') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  ports:\n    - port: 2379\n`;
const endpoints = (name: string) =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\n  namespace: default\nsubsets:\n  - addresses: [{ip: 10.0.0.1}]\n    ports: [{port: 2379}]\n`;
const slice = (name: string, serviceName: string) =>
  `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${name}\n  namespace: default\n  labels:\n    kubernetes.io/service-name: ${serviceName}\naddressType: IPv4\nendpoints:\n  - addresses: [10.0.0.1]\nports:\n  - port: 2379\n`;

let repo: TwoCommitRepo | undefined;
afterEach(() => repo?.cleanup());

/** Head analysis of the working tree, changes from git, base texts from `git show` (as the Action's fallback). */
async function orphansOf(base: Record<string, string>, head: Record<string, string>) {
  repo = twoCommitRepo(base, head);
  const result = await checkManifests({
    cwd: repo.dir,
    patterns: ['.'],
    rules: [endpointsWithoutService, sliceWithoutService, pairingNamespaceMismatch],
  });
  const changes = changeSetOf(parseGitDiff(repo.diff), 'test change');
  const baseTexts = new Map<string, string>();
  for (const file of changes.files!.values()) {
    if (file.status === 'added') continue;
    const basePath = file.previousPath ?? file.path;
    baseTexts.set(basePath, git(repo.dir, ['show', `${repo.base}:${basePath}`]));
  }
  const keyed = keyFindings(result.findings);
  return { keyed, changes, ...findOrphans(result, keyed, changes, baseTexts, 'default') };
}

describe('findOrphans', () => {
  it('anchors on the LEFT side of a removed file a Service whose deletion orphans its Endpoints', async () => {
    const { removed, caused, keyed, changes } = await orphansOf(
      { 'svc/etcd.yaml': service('etcd'), 'ep/etcd.yaml': endpoints('etcd') },
      { 'ep/etcd.yaml': endpoints('etcd') },
    );
    expect(removed).toEqual([
      {
        service: { kind: 'Service', namespace: 'default', name: 'etcd' },
        basePath: 'svc/etcd.yaml',
        baseLine: 4,
        anchor: { path: 'svc/etcd.yaml', side: 'LEFT', line: 4 },
      },
    ]);
    expect(caused).toHaveLength(1);
    const [orphan] = caused;
    expect([
      orphan!.finding.rule,
      orphan!.finding.file,
      orphan!.finding.line,
      orphan!.finding.column,
    ]).toEqual(['endpoints-without-service', 'ep/etcd.yaml', 4, 9]);
    expect(orphan!.finding.message).toContain(
      'This change deletes Service default/etcd (svc/etcd.yaml:4 on the base commit), which Endpoints default/etcd paired with.',
    );
    // The Endpoints file did not change, yet the finding is reported: the change caused it.
    expect(selectReported(keyed, changes, 'changed-lines')).toEqual([]);
    expect(selectReported(keyed, changes, 'changed-lines', caused)).toEqual([orphan]);
  });

  it('anchors on the new name line (RIGHT) of a Service renamed in place, and says it was renamed', async () => {
    const { caused } = await orphansOf(
      { 'app.yaml': `${service('etcd')}---\n${endpoints('etcd')}` },
      { 'app.yaml': `${service('etcd-main')}---\n${endpoints('etcd')}` },
    );
    expect(caused.map((c) => [c.finding.rule, c.finding.line, c.anchor])).toEqual([
      ['endpoints-without-service', 13, { path: 'app.yaml', side: 'RIGHT', line: 4 }],
    ]);
    expect(caused[0]!.finding.message).toContain(
      'This change renames Service default/etcd to Service default/etcd-main',
    );
  });

  it('anchors on the deleted lines (LEFT) when a Service document is cut from a multi-document file', async () => {
    const { caused } = await orphansOf(
      { 'app.yaml': `${endpoints('etcd')}---\n${service('etcd')}`, 'other.yaml': service('other') },
      { 'app.yaml': endpoints('etcd'), 'other.yaml': service('other') },
    );
    expect(caused.map((c) => [c.finding.file, c.finding.line, c.anchor])).toEqual([
      ['app.yaml', 4, { path: 'app.yaml', side: 'LEFT', line: 13 }],
    ]);
  });

  it('follows a Service moved to another namespace to the changed namespace line', async () => {
    const { caused } = await orphansOf(
      { 'svc.yaml': service('etcd'), 'ep.yaml': endpoints('etcd') },
      { 'svc.yaml': service('etcd', 'infra'), 'ep.yaml': endpoints('etcd') },
    );
    expect(caused.map((c) => [c.finding.rule, c.finding.file, c.anchor])).toEqual([
      ['pairing-namespace-mismatch', 'ep.yaml', { path: 'svc.yaml', side: 'RIGHT', line: 5 }],
    ]);
  });

  it('links EndpointSlices whose service-name label named the deleted Service', async () => {
    const { caused } = await orphansOf(
      { 'svc.yaml': service('etcd'), 'slice.yaml': slice('etcd-abc', 'etcd') },
      { 'slice.yaml': slice('etcd-abc', 'etcd') },
    );
    expect(
      caused.map((c) => [c.finding.rule, c.finding.file, c.finding.line, c.finding.column, c.anchor]),
    ).toEqual([['slice-without-service', 'slice.yaml', 7, 33, { path: 'svc.yaml', side: 'LEFT', line: 4 }]]);
  });

  it('finds nothing when the Service survives, or when its Endpoints were deleted with it', async () => {
    expect(
      (
        await orphansOf(
          { 'svc.yaml': service('etcd'), 'ep.yaml': endpoints('etcd') },
          { 'svc.yaml': `# note\n${service('etcd')}`, 'ep.yaml': endpoints('etcd') },
        )
      ).caused,
    ).toEqual([]);
    repo?.cleanup();
    expect(
      (
        await orphansOf(
          { 'svc.yaml': service('etcd'), 'ep.yaml': endpoints('etcd') },
          { 'keep.yaml': service('keep') },
        )
      ).caused,
    ).toEqual([]);
  });

  it('works from base texts rebuilt by reversing the patches (no history needed)', async () => {
    repo = twoCommitRepo(
      { 'app.yaml': `${service('etcd')}---\n${endpoints('etcd')}` },
      { 'app.yaml': `${service('etcd2')}---\n${endpoints('etcd')}` },
    );
    const result = await checkManifests({ cwd: repo.dir, patterns: ['.'], rules: [endpointsWithoutService] });
    const changes = changeSetOf(parseGitDiff(repo.diff), 'test');
    const file = changes.files!.get('app.yaml')!;
    const headText = result.index.files[0]!.file.text;
    const baseTexts = new Map([['app.yaml', reverseApply(file.diff!, headText)!]]);
    const { caused } = findOrphans(result, keyFindings(result.findings), changes, baseTexts, 'default');
    expect(caused.map((c) => c.anchor)).toEqual([{ path: 'app.yaml', side: 'RIGHT', line: 4 }]);
  });
});
