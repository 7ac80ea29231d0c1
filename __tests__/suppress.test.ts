import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../src/engine/analyze.js';
import { analyzeTexts } from '../src/engine/analyze.js';
import { ALL_RULES } from '../src/rules/index.js';
import { endpointsWithoutService } from '../src/rules/endpoints-without-service.js';
import { unusedSuppression } from '../src/rules/unused-suppression.js';
import { yamlSyntax } from '../src/rules/yaml-syntax.js';
import { dedent, docs } from './helpers/rule-tester.js';

const rules = [yamlSyntax, endpointsWithoutService, unusedSuppression];
const knownRuleIds = ALL_RULES.map((r) => r.meta.id);
const analyze = (files: Record<string, string>, options: Partial<AnalyzeOptions> = {}) =>
  analyzeTexts(
    Object.entries(files).map(([path, text]) => ({ path, text: dedent(text) })),
    { rules, knownRuleIds, ...options },
  );
const at = (f: { rule: string; file: string; line: number; column: number }) =>
  `${f.rule} ${f.file}:${f.line}:${f.column}`;

const orphan = (extra = '') => `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: orphan${extra}
`;

describe('suppressions in the engine', () => {
  it('a suppressed finding leaves the findings and the counts, and is kept as suppressed', () => {
    const result = analyze({
      'a.yaml': docs(
        orphan(' # kube-pairing-ignore endpoints-without-service'),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: other
        `,
      ),
    });
    expect(result.findings.map(at)).toEqual(['endpoints-without-service a.yaml:9:9']);
    expect(result.suppressed.map(at)).toEqual(['endpoints-without-service a.yaml:4:9']);
    expect(result.summary).toMatchObject({ errors: 1, suppressed: 1 });
  });

  it('the annotation covers only its own object, also inside a kind: List', () => {
    const result = analyze({
      'list.yaml': `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Endpoints
            metadata:
              name: quiet
              annotations: {kube-pairing.io/ignore: endpoints-without-service}
          - apiVersion: v1
            kind: Endpoints
            metadata:
              name: loud
      `,
    });
    expect(result.findings.map(at)).toEqual(['endpoints-without-service list.yaml:12:13']);
    expect(result.suppressed.map(at)).toEqual(['endpoints-without-service list.yaml:7:13']);
  });

  it('an object placed in two namespaces by kustomizations is silenced in both', () => {
    const result = analyze({
      'a/kustomization.yaml': 'namespace: a\nresources: [../base]\n',
      'b/kustomization.yaml': 'namespace: b\nresources: [../base]\n',
      'base/kustomization.yaml': 'resources: [ep.yaml]\n',
      'base/ep.yaml': orphan().replace('orphan', 'orphan\n    annotations: {kube-pairing.io/ignore: all}'),
    });
    expect(result.findings).toEqual([]);
    // One finding for the base both builds share, naming the builds (src/engine/analyze.ts onceAcrossBuilds).
    expect(result.suppressed.map((f) => f.resource?.namespace)).toEqual(['a']);
    expect(result.suppressed[0]?.message).toContain(
      '(Found in 2 builds: kustomize build a, kustomize build b.)',
    );
  });

  it('an annotation on a base object silences its findings an overlay patch placed in the patch file', () => {
    const service = (annotation: string) => `
      apiVersion: v1
      kind: Service
      metadata:
        name: etcd${annotation}
      spec:
        ports:
          - name: client
            port: 2379
    `;
    const files = (annotation: string) => ({
      'base/kustomization.yaml': 'resources: [etcd.yaml]\n',
      'base/etcd.yaml': docs(
        service(annotation),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: client, port: 2379}]
        `,
      ),
      'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: ports.yaml\n',
      'overlay/ports.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\nspec:\n  ports:\n    - port: 2379\n      name: Client_1\n',
    });
    const portRules = ALL_RULES.filter(
      (r) => r.meta.id === 'invalid-port-name' || r.meta.id === 'port-name-mismatch',
    );
    const plain = analyze(files(''), { rules: [...portRules, unusedSuppression] });
    // The patch renames the port: its invalid name is reported in the patch file, the mismatch on the Endpoints.
    expect(plain.findings.map(at)).toEqual([
      'port-name-mismatch base/etcd.yaml:16:20',
      'invalid-port-name overlay/ports.yaml:8:13',
    ]);
    const silenced = analyze(files('\n        annotations: {kube-pairing.io/ignore: all}'), {
      rules: [...portRules, unusedSuppression],
    });
    // The Endpoints' own finding is not the Service's: it stays; the Service's, in the patch file, is silenced.
    expect(silenced.findings.map(at)).toEqual(['port-name-mismatch base/etcd.yaml:17:20']);
    expect(silenced.suppressed.map(at)).toEqual(['invalid-port-name overlay/ports.yaml:8:13']);
  });

  it('yaml-syntax is silenced by a comment, never by an annotation', () => {
    const result = analyze({
      'bad.yaml': `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: x
          annotations: {kube-pairing.io/ignore: yaml-syntax}
        subsets: [oops
      `,
    });
    expect(result.findings.map((f) => f.rule)).toContain('yaml-syntax');
  });

  it('unused-suppression honours a configured severity, and off', () => {
    const files = { 'a.yaml': orphan(' # kube-pairing-ignore duplicate-resource') };
    const base = analyze(files, {
      rules: [...rules, ...ALL_RULES.filter((r) => r.meta.id === 'duplicate-resource')],
    });
    expect(base.findings.filter((f) => f.rule === 'unused-suppression').map((f) => f.severity)).toEqual([
      'notice',
    ]);
    const warning = analyze(files, {
      rules: [...rules, ...ALL_RULES.filter((r) => r.meta.id === 'duplicate-resource')],
      severities: { 'unused-suppression': 'warning' },
    });
    expect(warning.findings.filter((f) => f.rule === 'unused-suppression').map((f) => f.severity)).toEqual([
      'warning',
    ]);
    const off = analyze(files, { severities: { 'unused-suppression': 'off' } });
    expect(off.findings.filter((f) => f.rule === 'unused-suppression')).toEqual([]);
  });

  it('a suppression of a rule turned off in the config is not reported as unused', () => {
    const files = { 'a.yaml': orphan(' # kube-pairing-ignore endpoints-without-service') };
    const result = analyze(files, { severities: { 'endpoints-without-service': 'off' } });
    expect(result.findings).toEqual([]);
  });

  it('the unused-suppression fingerprint stays the same when lines move', () => {
    const files = (prefix: string) => ({
      'a.yaml':
        prefix + dedent(orphan()).replace('orphan', 'orphan # kube-pairing-ignore all, empty-selector'),
    });
    const before = analyze(files(''), {
      rules: [...rules, ...ALL_RULES.filter((r) => r.meta.id === 'empty-selector')],
    });
    const after = analyze(files('# moved\n\n'), {
      rules: [...rules, ...ALL_RULES.filter((r) => r.meta.id === 'empty-selector')],
    });
    const unused = (r: typeof before) => r.findings.filter((f) => f.rule === 'unused-suppression');
    expect(unused(before)).toHaveLength(1);
    expect(unused(after)[0]?.line).toBe((unused(before)[0]?.line ?? 0) + 2);
    expect(unused(after)[0]?.fingerprint).toBe(unused(before)[0]?.fingerprint);
  });
});
