/**
 * src/action/orphans.ts with hand-built change sets (mutation testing, docs/testing.md): the head analysis in
 * memory, each changed file with its status and patch written out, the base texts given directly.
 */
import { describe, expect, it } from 'vitest';
import { changeSetOf } from '../../src/action/change-set.js';
import type { ChangedFile } from '../../src/action/diff.js';
import { parsePatch, wholeFileAdded } from '../../src/action/diff.js';
import type { OrphanAnalysis } from '../../src/action/orphans.js';
import { findOrphans } from '../../src/action/orphans.js';
import { keyFindings } from '../../src/action/scope.js';
import { analyzeTexts } from '../../src/engine/analyze.js';
import { endpointsDeprecated } from '../../src/rules/endpoints-deprecated.js';
import { endpointsWithoutService } from '../../src/rules/endpoints-without-service.js';
import { pairingNamespaceMismatch } from '../../src/rules/pairing-namespace-mismatch.js';
import { sliceWithoutService } from '../../src/rules/slice-without-service.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax.js';

const RULES = [
  endpointsWithoutService,
  sliceWithoutService,
  pairingNamespaceMismatch,
  endpointsDeprecated,
  yamlSyntax,
];

// Eight lines each, the name on line 4, the namespace on line 5.
const service = (name: string, namespace = 'default') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  ports:\n    - port: 2379\n`;
const endpoints = (name: string, namespace = 'default') =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nsubsets:\n  - addresses: [{ip: 10.0.0.1}]\n    ports: [{port: 2379}]\n`;
const slice = (name: string, serviceName: string, namespace = 'default') =>
  `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n  labels:\n    kubernetes.io/service-name: ${serviceName}\naddressType: IPv4\nendpoints:\n  - addresses: [10.0.0.1]\nports:\n  - port: 2379\n`;
/** A patch that deletes every line of `text`. */
const deletion = (text: string) => {
  const lines = text.split('\n').slice(0, -1);
  return parsePatch(`@@ -1,${lines.length} +0,0 @@\n${lines.map((l) => `-${l}`).join('\n')}\n`);
};
/** A patch that replaces line `line` of a file. */
const lineChange = (line: number, before: string, after: string) =>
  parsePatch(`@@ -${line} +${line} @@\n-${before}\n+${after}\n`);

function orphans(
  head: Record<string, string>,
  files: ChangedFile[] | undefined,
  base: Record<string, string>,
): OrphanAnalysis {
  const result = analyzeTexts(
    Object.entries(head).map(([path, text]) => ({ path, text })),
    { rules: RULES },
  );
  return findOrphans(
    result,
    keyFindings(result.findings),
    changeSetOf(files, 'test'),
    new Map(Object.entries(base)),
    'default',
  );
}
const where = (a: OrphanAnalysis) =>
  a.caused.map(
    (c) =>
      `${c.finding.rule} ${c.finding.file}:${c.finding.line} ${c.anchor ? `${c.anchor.side} ${c.anchor.path}:${c.anchor.line}` : 'no anchor'}`,
  );

const ETCD = { kind: 'Service', namespace: 'default', name: 'etcd' };

describe('findOrphans: nothing to compare', () => {
  it('no file list (the whole repository changed): nothing, whatever the base texts', () => {
    expect(
      orphans({ 'ep.yaml': endpoints('etcd') }, undefined, { 'svc.yaml': service('etcd') }),
    ).toStrictEqual({
      removed: [],
      caused: [],
    });
  });

  it('a Service kept (only its port changed) is not removed', () => {
    const head = service('etcd').replace('2379', '2380');
    expect(
      orphans(
        { 'svc.yaml': head, 'ep.yaml': endpoints('etcd') },
        [
          {
            path: 'svc.yaml',
            status: 'modified',
            diff: lineChange(8, '    - port: 2379', '    - port: 2380'),
          },
        ],
        { 'svc.yaml': service('etcd') },
      ),
    ).toStrictEqual({ removed: [], caused: [] });
  });
});

describe('findOrphans: removed Services and what they orphan', () => {
  it('a removed file without a patch: the Service and its findings, with no anchor at all', () => {
    const result = orphans({ 'ep.yaml': endpoints('etcd') }, [{ path: 'svc.yaml', status: 'removed' }], {
      'svc.yaml': service('etcd'),
    });
    expect(result.removed).toStrictEqual([{ service: ETCD, basePath: 'svc.yaml', baseLine: 4 }]);
    expect(result.caused).toHaveLength(1);
    expect(Object.keys(result.caused[0] ?? {}).sort()).toEqual(['finding', 'key']);
    expect(where(result)).toEqual(['endpoints-without-service ep.yaml:4 no anchor']);
    expect(result.caused[0]?.finding.message).toMatch(
      / This change deletes Service default\/etcd \(svc\.yaml:4 on the base commit\), which Endpoints default\/etcd paired with\.$/,
    );
  });

  it("only the orphan rules' findings on the Service's own Endpoints and slices, in its namespace", () => {
    const result = orphans(
      {
        'a-other.yaml': slice('etcd-s', 'etcd', 'other'),
        'b-good.yaml': slice('etcd-good', 'etcd'),
        'ep.yaml': endpoints('etcd'),
        'ep-other-ns.yaml': endpoints('etcd', 'other'),
        'ep-unrelated.yaml': endpoints('unrelated'),
        'same-name.yaml': slice('etcd', 'nothing'),
        'same-ns-name.yaml': slice('etcd-s', 'nothing'),
        'twin-ep.yaml': endpoints('etcd-a'),
        'twin-slice.yaml': slice('etcd-a', 'etcd'),
        'broken.yaml': 'apiVersion: v1\nkind: [\n',
      },
      [{ path: 'svc.yaml', status: 'removed', diff: deletion(service('etcd')) }],
      { 'svc.yaml': service('etcd') },
    );
    expect(result.removed).toStrictEqual([
      {
        service: ETCD,
        basePath: 'svc.yaml',
        baseLine: 4,
        anchor: { path: 'svc.yaml', side: 'LEFT', line: 4 },
      },
    ]);
    expect(where(result).sort()).toEqual([
      'endpoints-without-service ep.yaml:4 LEFT svc.yaml:4',
      'slice-without-service b-good.yaml:7 LEFT svc.yaml:4',
      'slice-without-service twin-slice.yaml:7 LEFT svc.yaml:4',
    ]);
  });

  it('a status "changed" file is read from its base text like a modified one', () => {
    const result = orphans(
      { 'svc.yaml': endpoints('etcd') },
      [{ path: 'svc.yaml', status: 'changed', diff: lineChange(2, 'kind: Service', 'kind: Endpoints') }],
      { 'svc.yaml': service('etcd') },
    );
    expect(result.removed).toStrictEqual([
      {
        service: ETCD,
        basePath: 'svc.yaml',
        baseLine: 4,
        anchor: { path: 'svc.yaml', side: 'LEFT', line: 2 },
      },
    ]);
  });
});

describe('findOrphans: renames', () => {
  it('a renamed file: the Service renamed in it, anchored on the new name line', () => {
    const result = orphans(
      // 0.yaml (first in the index) also has a Service named on line 4: not a candidate, it is another file.
      { '0.yaml': service('zero'), 'b.yaml': service('etcd2'), 'ep.yaml': endpoints('etcd') },
      [
        {
          path: 'b.yaml',
          previousPath: 'a.yaml',
          status: 'renamed',
          diff: lineChange(4, '  name: etcd', '  name: etcd2'),
        },
      ],
      { 'a.yaml': service('etcd') },
    );
    expect(result.removed).toStrictEqual([
      {
        service: ETCD,
        basePath: 'a.yaml',
        baseLine: 4,
        renamedTo: { kind: 'Service', namespace: 'default', name: 'etcd2' },
        anchor: { path: 'b.yaml', side: 'RIGHT', line: 4 },
      },
    ]);
    expect(result.caused[0]?.finding.message).toMatch(
      / This change renames Service default\/etcd to Service default\/etcd2 \(a\.yaml:4 on the base commit\), which Endpoints default\/etcd paired with\.$/,
    );
  });

  it('a file added at the old path of a renamed one does not take its place', () => {
    const result = orphans(
      { 'a.yaml': endpoints('etcd'), 'b.yaml': service('etcd2') },
      [
        {
          path: 'b.yaml',
          previousPath: 'a.yaml',
          status: 'renamed',
          diff: lineChange(4, '  name: etcd', '  name: etcd2'),
        },
        { path: 'a.yaml', status: 'added', diff: wholeFileAdded(8) },
      ],
      { 'a.yaml': service('etcd') },
    );
    expect(result.removed).toStrictEqual([
      {
        service: ETCD,
        basePath: 'a.yaml',
        baseLine: 4,
        renamedTo: { kind: 'Service', namespace: 'default', name: 'etcd2' },
        anchor: { path: 'b.yaml', side: 'RIGHT', line: 4 },
      },
    ]);
  });

  it('a copy of a changed file does not take its place: the successor is in the file itself', () => {
    const result = orphans(
      { 'a.yaml': service('etcd2'), 'c.yaml': service('etcd3') },
      [
        { path: 'a.yaml', status: 'modified', diff: lineChange(4, '  name: etcd', '  name: etcd2') },
        {
          path: 'c.yaml',
          previousPath: 'a.yaml',
          status: 'copied',
          diff: lineChange(4, '  name: etcd', '  name: etcd3'),
        },
      ],
      { 'a.yaml': service('etcd') },
    );
    expect(result.removed).toStrictEqual([
      {
        service: ETCD,
        basePath: 'a.yaml',
        baseLine: 4,
        renamedTo: { kind: 'Service', namespace: 'default', name: 'etcd2' },
        anchor: { path: 'a.yaml', side: 'RIGHT', line: 4 },
      },
    ]);
  });

  it('the successor is in the same file, and its identity line was added in the same hunk', () => {
    // a.yaml: Service keep (lines 1-8, unchanged) and etcd -> etcd2 (name on line 13); 0.yaml has a
    // Service whose name is also on line 4 of its own file.
    const base = `${service('keep')}---\n${service('etcd')}`;
    const head = `${service('keep')}---\n${service('etcd2')}`;
    const context = head
      .split('\n')
      .slice(3, 12)
      .map((l) => ` ${l}`);
    const diff = parsePatch(`@@ -4,10 +4,10 @@\n${context.join('\n')}\n-  name: etcd\n+  name: etcd2\n`);
    const result = orphans(
      { '0.yaml': service('zero'), 'a.yaml': head, 'ep.yaml': endpoints('etcd') },
      [{ path: 'a.yaml', status: 'modified', diff }],
      { 'a.yaml': base },
    );
    expect(result.removed).toStrictEqual([
      {
        service: ETCD,
        basePath: 'a.yaml',
        baseLine: 13,
        renamedTo: { kind: 'Service', namespace: 'default', name: 'etcd2' },
        anchor: { path: 'a.yaml', side: 'RIGHT', line: 13 },
      },
    ]);
  });

  it('two renames in two hunks: each Service has its own successor', () => {
    const base = `${service('etcd')}---\n${service('foo')}`;
    const head = `${service('etcd2')}---\n${service('foo2')}`;
    const diff = parsePatch(
      '@@ -4 +4 @@\n-  name: etcd\n+  name: etcd2\n@@ -13 +13 @@\n-  name: foo\n+  name: foo2\n',
    );
    const result = orphans({ 'a.yaml': head }, [{ path: 'a.yaml', status: 'modified', diff }], {
      'a.yaml': base,
    });
    expect(
      result.removed.map((r) => [r.service.name, r.renamedTo?.name, r.anchor?.side, r.anchor?.line]),
    ).toEqual([
      ['etcd', 'etcd2', 'RIGHT', 4],
      ['foo', 'foo2', 'RIGHT', 13],
    ]);
  });

  it('a Service removed from a renamed file without a patch: no successor, no anchor', () => {
    const result = orphans(
      { 'b.yaml': endpoints('etcd') },
      [{ path: 'b.yaml', previousPath: 'a.yaml', status: 'renamed' }],
      { 'a.yaml': service('etcd') },
    );
    expect(result.removed).toStrictEqual([{ service: ETCD, basePath: 'a.yaml', baseLine: 4 }]);
  });

  it('a removed file never has a successor: its deleted lines anchor', () => {
    const result = orphans(
      { 'b.yaml': service('etcd2') },
      [
        { path: 'a.yaml', status: 'removed', diff: deletion(service('etcd')) },
        { path: 'b.yaml', status: 'added', diff: wholeFileAdded(8) },
      ],
      { 'a.yaml': service('etcd') },
    );
    expect(result.removed).toStrictEqual([
      { service: ETCD, basePath: 'a.yaml', baseLine: 4, anchor: { path: 'a.yaml', side: 'LEFT', line: 4 } },
    ]);
  });

  it('a renamed file without a base text: its head text stands for the base (its Services are kept)', () => {
    const result = orphans(
      { 'b.yaml': service('etcd'), 'ep.yaml': endpoints('etcd'), 'ep2.yaml': endpoints('gone') },
      [
        { path: 'b.yaml', previousPath: 'a.yaml', status: 'renamed' },
        // Renamed, but not a manifest the head analysis loaded: it has no head text either.
        { path: 'docs/new.md', previousPath: 'docs/old.md', status: 'renamed' },
        { path: 'gone.yaml', status: 'removed' },
        { path: 'svc.yaml', status: 'removed' },
      ],
      { 'svc.yaml': service('gone') },
    );
    expect(result.removed).toStrictEqual([
      { service: { kind: 'Service', namespace: 'default', name: 'gone' }, basePath: 'svc.yaml', baseLine: 4 },
    ]);
    expect(where(result)).toEqual(['endpoints-without-service ep2.yaml:4 no anchor']);
  });
});

describe('findOrphans: a Service that gains a namespace', () => {
  // No namespace on the base side: only the identity fields it has can anchor or find a successor.
  // The missing namespace's region is the metadata key (line 3): that line is rewritten here.
  const base =
    'apiVersion: v1\nkind: Service\nmetadata: # x\n  labels: {app: x}\n  name: etcd\nspec:\n  ports:\n    - port: 2379\n';
  const head =
    'apiVersion: v1\nkind: Service\nmetadata: # y\n  namespace: prod\n  labels: {app: y}\n  name: etcd\nspec:\n  ports:\n    - port: 2379\n';
  it('no identity line of it was deleted: removed, with no successor and no anchor', () => {
    const diff = parsePatch(
      '@@ -3,2 +3,3 @@\n-metadata: # x\n-  labels: {app: x}\n+metadata: # y\n+  namespace: prod\n+  labels: {app: y}\n',
    );
    const result = orphans(
      { 'svc.yaml': head, 'ep.yaml': endpoints('etcd') },
      [{ path: 'svc.yaml', status: 'modified', diff }],
      {
        'svc.yaml': base,
      },
    );
    expect(result.removed).toStrictEqual([{ service: ETCD, basePath: 'svc.yaml', baseLine: 5 }]);
    expect(where(result)).toEqual(['pairing-namespace-mismatch ep.yaml:5 no anchor']);
  });
});

describe('findOrphans: kustomizations', () => {
  const kustomization =
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: prod\nresources:\n  - svc.yaml\n';

  it('an added kustomization moves a Service to its namespace: the base is read without it', () => {
    const result = orphans(
      { 'kustomization.yaml': kustomization, 'svc.yaml': service('etcd'), 'ep.yaml': endpoints('etcd') },
      [
        { path: 'kustomization.yaml', status: 'added', diff: wholeFileAdded(5) },
        {
          path: 'ep.yaml',
          status: 'modified',
          diff: lineChange(8, '    ports: [{port: 2380}]', '    ports: [{port: 2379}]'),
        },
      ],
      { 'ep.yaml': endpoints('etcd').replace('2379', '2380') },
    );
    expect(result.removed).toStrictEqual([{ service: ETCD, basePath: 'svc.yaml', baseLine: 4 }]);
  });

  it('an unchanged kustomization still applies to the base', () => {
    const result = orphans(
      {
        'kustomization.yaml': kustomization,
        'svc.yaml': service('etcd2'),
        'ep.yaml': endpoints('etcd', 'prod'),
      },
      [
        { path: 'kustomization.yaml', status: 'unchanged' },
        { path: 'svc.yaml', status: 'modified', diff: lineChange(4, '  name: etcd', '  name: etcd2') },
      ],
      { 'svc.yaml': service('etcd') },
    );
    expect(result.removed).toStrictEqual([
      {
        service: { kind: 'Service', namespace: 'prod', name: 'etcd' },
        basePath: 'svc.yaml',
        baseLine: 4,
        renamedTo: { kind: 'Service', namespace: 'prod', name: 'etcd2' },
        anchor: { path: 'svc.yaml', side: 'RIGHT', line: 4 },
      },
    ]);
  });

  it("a file renamed away from a kustomization's resources, without a base text: the base builds it from the head text", () => {
    const result = orphans(
      {
        'kustomization.yaml': kustomization,
        'svc2.yaml': service('etcd'),
        'ep.yaml': endpoints('etcd', 'prod'),
        'other.yaml': service('other'),
      },
      [
        { path: 'svc2.yaml', previousPath: 'svc.yaml', status: 'renamed' },
        {
          path: 'other.yaml',
          status: 'modified',
          diff: lineChange(8, '    - port: 2380', '    - port: 2379'),
        },
      ],
      { 'other.yaml': service('other').replace('2379', '2380') },
    );
    expect(result.removed).toStrictEqual([
      { service: { kind: 'Service', namespace: 'prod', name: 'etcd' }, basePath: 'svc.yaml', baseLine: 4 },
    ]);
  });

  it('no base text at all: nothing is compared (the shortcut), even where the head text would tell', () => {
    expect(
      orphans(
        {
          'kustomization.yaml': kustomization,
          'svc2.yaml': service('etcd'),
          'ep.yaml': endpoints('etcd', 'prod'),
        },
        [{ path: 'svc2.yaml', previousPath: 'svc.yaml', status: 'renamed' }],
        {},
      ),
    ).toStrictEqual({ removed: [], caused: [] });
  });
});
