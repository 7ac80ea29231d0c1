import { afterEach, describe, expect, it } from 'vitest';
import { changeSetOf } from '../../src/action/change-set.js';
import type { ChangedFile } from '../../src/action/diff.js';
import { parseGitDiff } from '../../src/action/diff.js';
import { keyFindings, selectReported, touchesChange } from '../../src/action/scope.js';
import { checkManifests } from '../../src/check.js';
import { endpointsWithoutService } from '../../src/rules/endpoints-without-service.js';
import { sliceWithoutService } from '../../src/rules/slice-without-service.js';
import type { TwoCommitRepo } from './git-fixture.js';
import { twoCommitRepo } from './git-fixture.js';

const service = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n    - port: 2379\n`;
const endpoints = (name: string) =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\nsubsets:\n  - addresses: [{ip: 10.0.0.1}]\n    ports: [{port: 2379}]\n`;

let repo: TwoCommitRepo | undefined;
afterEach(() => repo?.cleanup());

async function scenario(base: Record<string, string>, head: Record<string, string>) {
  repo = twoCommitRepo(base, head);
  const result = await checkManifests({
    cwd: repo.dir,
    patterns: ['.'],
    rules: [endpointsWithoutService, sliceWithoutService],
  });
  const changes = changeSetOf(parseGitDiff(repo.diff), 'test change');
  return { result, keyed: keyFindings(result.findings), changes };
}

describe('selectReported', () => {
  it('reports nothing for a change that only adds a correct pair while an old broken file exists elsewhere', async () => {
    const { keyed, changes } = await scenario(
      { 'old/broken.yaml': endpoints('etcd-support') },
      {
        'old/broken.yaml': endpoints('etcd-support'),
        'new/pair.yaml': `${service('api')}---\n${endpoints('api')}`,
      },
    );
    expect(keyed.map((k) => [k.finding.rule, k.finding.file, k.finding.line, k.finding.column])).toEqual([
      ['endpoints-without-service', 'old/broken.yaml', 4, 9],
    ]);
    expect(selectReported(keyed, changes, 'changed-lines')).toEqual([]);
    expect(selectReported(keyed, changes, 'changed-files')).toEqual([]);
    expect(selectReported(keyed, changes, 'all').map((s) => s.finding.file)).toEqual(['old/broken.yaml']);
  });

  it('reports a renamed Endpoints on its changed name line', async () => {
    const { keyed, changes } = await scenario(
      { 'svc.yaml': service('etcd'), 'ep.yaml': endpoints('etcd') },
      { 'svc.yaml': service('etcd'), 'ep.yaml': endpoints('etcd-typo') },
    );
    const reported = selectReported(keyed, changes, 'changed-lines');
    expect(reported.map((s) => [s.finding.rule, s.finding.file, s.finding.line, s.finding.column])).toEqual([
      ['endpoints-without-service', 'ep.yaml', 4, 9],
    ]);
  });

  it('counts a finding as changed when only a related location changed', async () => {
    // The Service is renamed; the Endpoints line is untouched but its finding relates the renamed Service.
    const { keyed, changes } = await scenario(
      { 'svc.yaml': service('etcd-server'), 'ep.yaml': endpoints('etcd-servers') },
      { 'svc.yaml': service('etcd-serve'), 'ep.yaml': endpoints('etcd-servers') },
    );
    const [finding] = keyed;
    expect(finding?.finding.related.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual(['svc.yaml:4:9']);
    expect(touchesChange(finding!.finding, changes, 'changed-lines')).toBe(true);
    expect(selectReported(keyed, changes, 'changed-lines').map((s) => s.finding.file)).toEqual(['ep.yaml']);
  });

  it('counts every line of a changed file that has no line information', async () => {
    const { keyed } = await scenario(
      { 'ep.yaml': `# v1\n${endpoints('lost')}` },
      { 'ep.yaml': `# v2\n${endpoints('lost')}` },
    );
    const noPatch: ChangedFile[] = [{ path: 'ep.yaml', status: 'modified' }];
    expect(selectReported(keyed, changeSetOf(noPatch, 'no patch'), 'changed-lines')).toHaveLength(1);
    const withPatch = changeSetOf(parseGitDiff(repo!.diff), 'patch');
    expect(selectReported(keyed, withPatch, 'changed-lines')).toEqual([]);
    expect(selectReported(keyed, withPatch, 'changed-files')).toHaveLength(1);
  });

  it('reports everything when the whole repository counts as changed', async () => {
    const { keyed } = await scenario({ 'a.yaml': endpoints('x') }, { 'a.yaml': endpoints('x') });
    expect(selectReported(keyed, changeSetOf(undefined, 'whole repository'), 'changed-lines')).toHaveLength(
      1,
    );
  });

  it('gives findings sharing a fingerprint distinct, stable keys', async () => {
    const { keyed } = await scenario({}, { 'a.yaml': endpoints('x') });
    const twice = keyFindings([keyed[0]!.finding, keyed[0]!.finding]);
    expect(twice.map((k) => k.key)).toEqual([
      keyed[0]!.finding.fingerprint,
      `${keyed[0]!.finding.fingerprint}#2`,
    ]);
  });
});
