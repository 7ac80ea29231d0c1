/**
 * The kinds the pre-scan parses up front come from the rules (RuleMeta.reads, src/engine/rule.ts) and the
 * kinds table (src/k8s/kinds.ts), never from a hand-kept list: a rule that reads a new kind needs no other edit.
 */
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/check.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import {
  DEFAULT_PRESCAN_KINDS,
  FULL_PARSE_KINDS,
  NODE_KINDS,
  prescanFile,
} from '../../src/engine/prescan.js';
import { ROUTE_KINDS } from '../../src/engine/routes.js';
import type { Rule } from '../../src/engine/rule.js';
import { prescanKinds } from '../../src/engine/rule.js';
import { POD_TEMPLATE_KINDS } from '../../src/engine/workloads.js';
import { isRecord } from '../../src/engine/parse.js';
import { KINDS, kindNames, kindsOf } from '../../src/k8s/kinds.js';
import { ALL_RULES } from '../../src/rules/index.js';

const sorted = (set: Iterable<string>): string[] => [...set].sort();

/** The pre-scan's lists as they were written by hand before the rules declared what they read. */
const BEFORE = {
  fullParse: [
    'Service',
    'Endpoints',
    'EndpointSlice',
    'Pod',
    'ReplicationController',
    'Deployment',
    'ReplicaSet',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'CronJob',
    'Ingress',
    'HTTPRoute',
    'GRPCRoute',
    'TLSRoute',
    'TCPRoute',
    'UDPRoute',
  ],
  nodes: ['Service', 'Endpoints', 'EndpointSlice'],
  clusterScoped: [
    'Namespace',
    'Node',
    'PersistentVolume',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'StorageClass',
    'PriorityClass',
    'IngressClass',
    'RuntimeClass',
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'APIService',
    'CSIDriver',
    'CSINode',
    'VolumeAttachment',
    'CertificateSigningRequest',
    'GatewayClass',
  ],
};

describe('the kinds the rules read', () => {
  it('over every rule, are exactly the lists the pre-scan kept by hand (nothing changed)', () => {
    const derived = prescanKinds(ALL_RULES);
    expect(sorted(derived.fullParse)).toEqual(sorted(BEFORE.fullParse));
    expect(sorted(derived.nodes)).toEqual(sorted(BEFORE.nodes));
    // The default, for callers that do not say which rules run, is the same.
    expect(sorted(FULL_PARSE_KINDS)).toEqual(sorted(derived.fullParse));
    expect(sorted(NODE_KINDS)).toEqual(sorted(derived.nodes));
    expect(DEFAULT_PRESCAN_KINDS).toEqual({ fullParse: FULL_PARSE_KINDS, nodes: NODE_KINDS });
  });

  it('are declared by every rule, name kinds of the table, and the nodes it uses are of kinds it reads', () => {
    const known = new Set(KINDS.map((k) => k.kind));
    for (const { meta } of ALL_RULES) {
      expect(Array.isArray(meta.reads), meta.id).toBe(true);
      for (const kind of [...meta.reads, ...(meta.readsNodes ?? []), ...(meta.readsOnDemand ?? [])])
        expect(known.has(kind), `${meta.id}: ${kind}`).toBe(true);
      for (const kind of meta.readsNodes ?? []) expect(meta.reads, meta.id).toContain(kind);
    }
  });

  it('the engine lists that became lookups in the kinds table keep their members', () => {
    expect(sorted(kindNames((k) => !k.namespaced))).toEqual(sorted(BEFORE.clusterScoped));
    expect(ROUTE_KINDS).toEqual(['HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute']);
    expect(sorted(POD_TEMPLATE_KINDS)).toEqual(sorted(kindsOf('workload')));
    expect(kindsOf('pairing')).toEqual(['Service', 'Endpoints', 'EndpointSlice']);
  });

  it('a kind read by no rule is deferred; `*` reads every kind', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n';
    expect(prescanFile(text)?.[0]?.parse).toBe(false);
    const everything = prescanKinds([{ meta: { ...ALL_RULES[0]!.meta, reads: ['*'] }, check: () => {} }]);
    expect(prescanFile(text, everything)?.[0]?.parse).toBe(true);
    // Built by the pre-scan (its nodes later), unless some rule uses the nodes of every kind.
    expect(prescanFile(text, everything)?.[0]?.value).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'a' },
      data: { k: 'v' },
    });
    const nodes = prescanKinds([
      { meta: { ...ALL_RULES[0]!.meta, reads: [], readsNodes: ['*'] }, check: () => {} },
    ]);
    expect(prescanFile(text, nodes)?.[0]).toMatchObject({ parse: true });
    expect(prescanFile(text, nodes)?.[0]?.value).toBeUndefined();
  });
});

/** A rule of a kind no rule of kube-pairing reads: a NetworkPolicy that selects every Pod of its namespace. */
const networkPolicyRule: Rule = {
  meta: {
    id: 'test-network-policy-selects-all',
    severity: 'notice',
    family: 'advice',
    summary: 'A NetworkPolicy with an empty podSelector applies to every Pod of its namespace.',
    reads: ['NetworkPolicy'],
    why: 'A policy that selects every Pod isolates all of them, not only the ones its author meant.',
    messages: {
      selectsAll:
        '{{policy}} has an empty podSelector: it applies to every Pod of the namespace. {{why}} ' +
        'Select the Pods it is meant for.',
    },
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      if (resource.ref.kind !== 'NetworkPolicy') continue;
      const spec = resource.object.value.spec;
      const selector = isRecord(spec) ? spec.podSelector : undefined;
      if (isRecord(selector) && Object.keys(selector).length === 0)
        report({
          target: { resource, path: ['spec', 'podSelector'] },
          messageId: 'selectsAll',
          data: { policy: `NetworkPolicy ${resource.ref.namespace}/${resource.ref.name}` },
        });
    }
  },
};

const TEXT = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: settings',
  '---',
  'apiVersion: networking.k8s.io/v1',
  'kind: NetworkPolicy',
  'metadata:',
  '  name: deny-all',
  '  namespace: shop',
  'spec:',
  '  podSelector: {}',
  '  policyTypes:',
  '    - Ingress',
  '',
].join('\n');

describe('a rule that reads a new kind', () => {
  const withRule = [...ALL_RULES, networkPolicyRule];
  const run = (rules: readonly Rule[]) =>
    checkManifests({ cwd: '.', patterns: [], texts: [{ path: 'policy.yaml', text: TEXT }], rules });
  const policyOf = (result: Awaited<ReturnType<typeof run>>) =>
    result.index.resources.find((r) => r.ref.kind === 'NetworkPolicy')!.object;

  it('is picked up by the pre-scan with no other edit: its kind is parsed up front', () => {
    expect(KINDS.some((k) => k.kind === 'NetworkPolicy')).toBe(true);
    expect(prescanKinds(withRule).fullParse.has('NetworkPolicy')).toBe(true);
    expect(prescanKinds(ALL_RULES).fullParse.has('NetworkPolicy')).toBe(false);
    const parsed = (kinds?: ReturnType<typeof prescanKinds>) =>
      parseManifestFile('policy.yaml', TEXT, kinds ? { kinds } : {}).objects.map((o) => [
        o.kind,
        o.deferred ?? false,
      ]);
    expect(parsed(prescanKinds(withRule))).toEqual([
      ['ConfigMap', true],
      ['NetworkPolicy', false],
    ]);
    expect(parsed()).toEqual([
      ['ConfigMap', true],
      ['NetworkPolicy', true],
    ]);
  });

  it('runs with every rule: its finding at the right line and column, the NetworkPolicy not deferred', async () => {
    const result = await run(withRule);
    expect(policyOf(result).deferred).toBeUndefined();
    expect(
      result.findings
        .filter((f) => f.rule === networkPolicyRule.meta.id)
        .map((f) => [f.file, f.line, f.column, f.endLine, f.endColumn]),
    ).toEqual([['policy.yaml', 12, 16, 12, 18]]);
  });

  it('without it, the NetworkPolicy document is deferred (and the findings are the same)', async () => {
    const without = await run(ALL_RULES);
    expect(policyOf(without).deferred).toBe(true);
    const withIt = await run(withRule);
    expect(withIt.findings.filter((f) => f.rule !== networkPolicyRule.meta.id)).toEqual(without.findings);
  });
});
