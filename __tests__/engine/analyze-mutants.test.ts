/**
 * src/engine/analyze.ts, what the engine does with the rules' reports (mutation testing, docs/testing.md):
 * reports about placeholder values and placeholder-named objects dropped, repeated reports kept once, one
 * finding per source object and place across kustomize and Flux builds, the pre-scan leaving the kinds of
 * rules turned off unparsed, the exact fingerprints of findings on files, the object a file finding is
 * about, which fixes a finding carries, and the order of the files (stable for one path).
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, AnalyzeOptions } from '../../src/engine/analyze.js';
import { analyzeTexts, MAX_FIX_LENGTH } from '../../src/engine/analyze.js';
import type { Finding } from '../../src/engine/finding.js';
import { replaceScalarFix } from '../../src/engine/fix.js';
import type { Path } from '../../src/engine/parse.js';
import type { ObjectRule, RuleContext, RuleFamily } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/resources.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { endpointsWithoutService } from '../../src/rules/endpoints-without-service.js';
import { kustomizeNotModelled } from '../../src/rules/kustomize-not-modelled.js';
import { unusedSuppression } from '../../src/rules/unused-suppression.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax.js';
import { dedent, docs } from '../helpers/rule-tester.js';

const analyze = (files: Record<string, string>, options: AnalyzeOptions): AnalysisResult =>
  analyzeTexts(
    Object.entries(files).map(([path, text]) => ({ path, text: dedent(text) })),
    options,
  );
const at = (f: Finding): string => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`;

/** A test rule: `check` reports what the test needs through the engine's real `report`. */
function probe(
  check: (context: RuleContext) => void,
  meta: { family?: RuleFamily; reads?: readonly string[]; fixable?: boolean } = {},
): ObjectRule {
  return {
    meta: {
      id: 'probe',
      severity: 'warning',
      family: meta.family ?? 'validity',
      summary: 'Reports what the test asks for.',
      why: 'A rule of the engine tests.',
      messages: {
        at: 'At {{ns}}/{{name}}.',
        again: 'Again at {{ns}}/{{name}}.',
      },
      reads: meta.reads ?? ['Service'],
      ...(meta.fixable ? { fixable: true } : {}),
    },
    check,
  };
}

const services = (context: RuleContext): Resource[] =>
  context.index.resources.filter((r) => r.ref.kind === 'Service');
const data = (r: Resource) => ({ ns: r.ref.namespace, name: r.ref.name });

/** Reports every Service at `path` (message `at`). */
const reportAt = (path: Path, family: RuleFamily = 'validity'): ObjectRule =>
  probe(
    (context) => {
      for (const r of services(context))
        context.report({ target: { resource: r, path }, messageId: 'at', data: data(r) });
    },
    { family },
  );

/** A Service: name on line 4, namespace on line 5, `type` on line 7, the port's name on line 9. */
const service = (name: string, namespace: string, portName = 'http'): string =>
  docs(`
  apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: ${namespace}
  spec:
    type: ClusterIP
    ports:
      - name: ${portName}
        port: 80
`);

describe('reports about a value someone substitutes before applying are dropped', () => {
  const portName = (name: string) =>
    analyze(
      { 'svc.yaml': service('web', 'shop', name) },
      { rules: [reportAt(['spec', 'ports', 0, 'name'])] },
    ).findings.map(at);

  it('a placeholder at the reported path (through a list index) leaves no finding', () => {
    expect(portName('${PORT_NAME}')).toEqual([]);
    expect(portName('{{ .Values.portName }}')).toEqual([]);
    expect(portName('<port-name>')).toEqual([]);
  });

  it('a real value at the same path is reported', () => {
    expect(portName('http')).toEqual(['probe svc.yaml:9:13 At shop/web.']);
    // An all-caps word is a real value here (capitalized values are valid somewhere): reported.
    expect(portName('HTTP_PORT')).toEqual(['probe svc.yaml:9:13 At shop/web.']);
  });

  it('a placeholder reached through keys only, and a number at the path', () => {
    const text = service('web', 'shop').replace('type: ClusterIP', 'type: ${SERVICE_TYPE}');
    const rule = reportAt(['spec', 'type']);
    expect(analyze({ 'svc.yaml': text }, { rules: [rule] }).findings).toEqual([]);
    expect(analyze({ 'svc.yaml': service('web', 'shop') }, { rules: [rule] }).findings.map(at)).toEqual([
      'probe svc.yaml:7:9 At shop/web.',
    ]);
    const port = reportAt(['spec', 'ports', 0, 'port']);
    expect(analyze({ 'svc.yaml': service('web', 'shop') }, { rules: [port] }).findings.map(at)).toEqual([
      'probe svc.yaml:10:13 At shop/web.',
    ]);
  });

  it('a finding on a file (a syntax error) is never taken for a placeholder', () => {
    const result = analyze(
      { 'bad.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: ${APP}\n' },
      {
        rules: [yamlSyntax],
      },
    );
    expect(result.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['yaml-syntax bad.yaml:3']);
  });
});

describe('rules that relate objects by name skip objects named by a placeholder', () => {
  // The rule reports `spec.type: ClusterIP`, a real value: only the object's name or namespace is unknown.
  const typeFindings = (family: RuleFamily, name: string, namespace: string): string[] =>
    analyze(
      { 'svc.yaml': service(name, namespace) },
      { rules: [reportAt(['spec', 'type'], family)] },
    ).findings.map(at);

  it('a pairing rule: nothing about a Service whose name or namespace is a placeholder', () => {
    expect(typeFindings('pairing', '${APP}', 'shop')).toEqual([]);
    expect(typeFindings('pairing', 'web', '${NAMESPACE}')).toEqual([]);
    expect(typeFindings('pairing', 'web', 'shop')).toEqual(['probe svc.yaml:7:9 At shop/web.']);
  });

  it('a workloads rule: the same', () => {
    expect(typeFindings('workloads', 'APP_NAME', 'shop')).toEqual([]);
    expect(typeFindings('workloads', 'web', '__NAMESPACE__')).toEqual([]);
    expect(typeFindings('workloads', 'web', 'shop')).toEqual(['probe svc.yaml:7:9 At shop/web.']);
  });

  it('rules of the other families still report what they see on such an object', () => {
    expect(typeFindings('validity', '${APP}', 'shop')).toEqual(['probe svc.yaml:7:9 At shop/${APP}.']);
    expect(typeFindings('advice', 'web', '${NAMESPACE}')).toEqual([
      'probe svc.yaml:7:9 At ${NAMESPACE}/web.',
    ]);
    expect(typeFindings('input', '${APP}', '${NAMESPACE}')).toEqual([
      'probe svc.yaml:7:9 At ${NAMESPACE}/${APP}.',
    ]);
  });
});

describe('repeated reports', () => {
  it('the same report twice is one finding', () => {
    const twice = probe((context) => {
      for (const r of services(context))
        for (let i = 0; i < 2; i++)
          context.report({ target: { resource: r, path: ['spec', 'type'] }, messageId: 'at', data: data(r) });
    });
    const result = analyze({ 'svc.yaml': service('web', 'shop') }, { rules: [twice] });
    expect(result.findings.map(at)).toEqual(['probe svc.yaml:7:9 At shop/web.']);
    expect(result.summary.warnings).toBe(1);
  });

  it('two different reports on one node of one object are two findings', () => {
    const result = analyze({ 'svc.yaml': service('web', 'shop') }, { rules: [twoMessages] });
    expect(result.findings.map(at)).toEqual([
      'probe svc.yaml:7:9 Again at shop/web.',
      'probe svc.yaml:7:9 At shop/web.',
    ]);
  });
});

/** Reports every Service's `spec.type` twice, with two messages. */
const twoMessages = probe((context) => {
  for (const r of services(context))
    for (const messageId of ['at', 'again'])
      context.report({ target: { resource: r, path: ['spec', 'type'] }, messageId, data: data(r) });
});

describe('one finding per source object and place, across builds', () => {
  const base = {
    'base/kustomization.yaml': 'resources: [svc.yaml]\n',
    'base/svc.yaml': service('web', 'shop'),
  };

  it('a base two overlays rename: one finding naming both builds; a second message on the node stays apart', () => {
    const result = analyze(
      {
        ...base,
        'dev/kustomization.yaml': 'namePrefix: dev-\nresources: [../base]\n',
        'prod/kustomization.yaml': 'namePrefix: prod-\nresources: [../base]\n',
      },
      { rules: [twoMessages] },
    );
    expect(result.findings.map(at)).toEqual([
      'probe base/svc.yaml:7:9 Again at shop/dev-web.',
      'probe base/svc.yaml:7:9 Again at shop/prod-web.',
      'probe base/svc.yaml:7:9 At shop/dev-web. (Found in 2 builds: kustomize build dev, kustomize build prod.)',
    ]);
  });

  it('a base two overlays apply unchanged is one object: one finding, naming no builds', () => {
    const result = analyze(
      {
        ...base,
        'dev/kustomization.yaml': 'resources: [../base]\n',
        'prod/kustomization.yaml': 'resources: [../base]\n',
      },
      { rules: [reportAt(['spec', 'type'])] },
    );
    expect(result.index.resources.map((r) => r.units.map((u) => u.label))).toEqual([
      ['kustomize build dev', 'kustomize build prod'],
    ]);
    expect(result.findings.map(at)).toEqual(['probe base/svc.yaml:7:9 At shop/web.']);
  });

  it('two Services of two bases patched by one component: two findings at the component patch line', () => {
    const plain = service('web', 'shop');
    const result = analyze(
      {
        'a/kustomization.yaml': 'resources: [svc.yaml]\n',
        'a/svc.yaml': plain,
        'b/kustomization.yaml': 'resources: [svc.yaml]\n',
        'b/svc.yaml': plain,
        'comp/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: type.yaml\n',
        'comp/type.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  type: NodePort\n',
        'dev/kustomization.yaml': 'namespace: dev\nresources: [../a]\ncomponents: [../comp]\n',
        'prod/kustomization.yaml': 'namespace: prod\nresources: [../b]\ncomponents: [../comp]\n',
      },
      { rules: [reportAt(['spec', 'type'])] },
    );
    expect(result.findings.map(at)).toEqual([
      'probe comp/type.yaml:7:9 At dev/web.',
      'probe comp/type.yaml:7:9 At prod/web.',
    ]);
  });

  it('two Flux Kustomizations of one name (two clusters) deploying one path: one finding, no build count', () => {
    const flux = (namespace: string) =>
      docs(`
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: web
        namespace: flux-system
      spec:
        path: ./apps/web
        targetNamespace: ${namespace}
    `);
    const result = analyze(
      {
        'clusters/prod/web.yaml': flux('prod'),
        'clusters/staging/web.yaml': flux('staging'),
        'apps/web/kustomization.yaml': 'resources: [svc.yaml]\n',
        'apps/web/svc.yaml': service('web', 'shop'),
      },
      { rules: [reportAt(['spec', 'type'])] },
    );
    expect(result.findings.map(at)).toEqual(['probe apps/web/svc.yaml:7:9 At prod/web.']);
  });
});

describe('the pre-scan parses up front only what the rules that run read', () => {
  const files = {
    'app.yaml': docs(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\n',
    ),
  };
  const readsConfigMaps = probe(() => undefined, { reads: ['ConfigMap'] });
  const deferred = (result: AnalysisResult) =>
    result.index.resources.map((r) => `${r.ref.kind} ${r.object.deferred === true ? 'deferred' : 'parsed'}`);

  it('a rule that runs: the kinds it reads are parsed, the others deferred', () => {
    expect(deferred(analyze(files, { rules: [readsConfigMaps] }))).toEqual([
      'ConfigMap parsed',
      'Secret deferred',
    ]);
    expect(deferred(analyze(files, { rules: [readsConfigMaps], severities: { probe: 'error' } }))).toEqual([
      'ConfigMap parsed',
      'Secret deferred',
    ]);
  });

  it('a rule turned off costs no parse: the kinds only it reads stay deferred', () => {
    expect(deferred(analyze(files, { rules: [readsConfigMaps], severities: { probe: 'off' } }))).toEqual([
      'ConfigMap deferred',
      'Secret deferred',
    ]);
  });
});

describe('fingerprints of findings on a file, not an object', () => {
  // The Action's hidden markers and SARIF's partialFingerprints carry these values from one run (and one
  // release) to the next: they are pinned exactly.
  it('a syntax error: keyed by its message without positions (exact values)', () => {
    const result = analyze(
      {
        'bad.yaml': docs(
          'apiVersion: v1\nkind: Service\nmetadata: {name: a\n',
          'apiVersion: v1\nkind: Service\nmetadata: [b\n',
        ),
      },
      { rules: [yamlSyntax] },
    );
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.fingerprint}`)).toEqual([
      'bad.yaml:3 20f0a2b93deaec5b',
      'bad.yaml:7 a603a1b007031f5b',
    ]);
  });

  it('a kustomization field: keyed by the field (exact value)', () => {
    const result = analyze(
      {
        'base/kustomization.yaml': 'resources: [cm.yaml]\nhelmCharts:\n  - name: redis\n',
        'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
      },
      { rules: [kustomizeNotModelled] },
    );
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.fingerprint}`)).toEqual([
      'base/kustomization.yaml:2 d7a27ede9134f580',
    ]);
  });

  it('a rule that gives no key: the line tells its findings on one file apart', () => {
    const lines = probe((context) => {
      for (const parsed of context.index.files)
        for (const line of [2, 4])
          context.report({
            target: { file: parsed.file, region: { line, column: 1, endLine: line, endColumn: 5 } },
            messageId: 'at',
            data: { ns: 'file', name: parsed.file.path },
          });
    });
    const result = analyze({ 'svc.yaml': service('web', 'shop') }, { rules: [lines] });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.fingerprint}`)).toEqual([
      'svc.yaml:2 d21b881f1a7f7d74',
      'svc.yaml:4 19da36ae92121a30',
    ]);
  });
});

describe('the order of the files', () => {
  it('by path, whatever the given order; files given twice under one path keep their given order', () => {
    const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
    const result = analyzeTexts(
      [
        { path: 'b.yaml', text: cm('b') },
        { path: 'a.yaml', text: cm('first') },
        { path: 'a.yaml', text: cm('second') },
      ],
      { rules: [] },
    );
    expect(result.index.files.map((f) => f.file.path)).toEqual(['a.yaml', 'a.yaml', 'b.yaml']);
    expect(result.index.resources.map((r) => `${r.object.file.path} ${r.ref.name}`)).toEqual([
      'a.yaml first',
      'a.yaml second',
      'b.yaml b',
    ]);
  });
});

describe('the exact shape of a finding', () => {
  it('a finding on an annotation names the object it lies in, and carries no migration', () => {
    const result = analyze(
      {
        'web.yaml': docs(
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\n',
          `
          apiVersion: v1
          kind: Endpoints
          metadata:
            name: web
            namespace: shop
            annotations:
              kube-pairing.io/ignore: endpoints-without-service
          `,
        ),
      },
      { rules: [endpointsWithoutService, unusedSuppression] },
    );
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding!.rule).toBe('unused-suppression');
    expect(finding!.resource).toStrictEqual({ kind: 'Endpoints', namespace: 'shop', name: 'web' });
    // Every key it has, each with a value: no `migration: undefined` (`'migration' in finding`).
    expect(Object.keys(finding!).sort()).toEqual([
      'column',
      'data',
      'endColumn',
      'endLine',
      'file',
      'fingerprint',
      'fix',
      'line',
      'message',
      'messageId',
      'related',
      'resource',
      'rule',
      'severity',
    ]);
    expect(Object.values(finding!)).not.toContain(undefined);
  });
});

describe('the fixes a finding carries', () => {
  it('a fix for a line of another file than the finding is not offered; one for its own file is', () => {
    // The component's patch writes `type`; the name comes from the base.
    const renameFix = (path: Path) =>
      probe(
        (context) => {
          for (const r of services(context))
            context.report({
              target: { resource: r, path: ['spec', 'type'] },
              messageId: 'at',
              data: data(r),
              fix: replaceScalarFix(r.object, path, 'Renamed'),
            });
        },
        { fixable: true },
      );
    const files = {
      'a/kustomization.yaml': 'namespace: dev\nresources: [svc.yaml]\ncomponents: [../comp]\n',
      'a/svc.yaml': service('web', 'shop'),
      'comp/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: type.yaml\n',
      'comp/type.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  type: NodePort\n',
    };
    const other = analyze(files, { rules: [renameFix(['metadata', 'name'])] }).findings;
    expect(other.map((f) => `${f.file}:${f.line} ${f.fix === undefined ? 'no fix' : 'fix'}`)).toEqual([
      'comp/type.yaml:7 no fix',
    ]);
    const own = analyze(files, { rules: [renameFix(['spec', 'type'])] }).findings;
    expect(own.map((f) => f.fix)).toEqual([{ line: 7, endLine: 7, replacement: '  type: Renamed' }]);
  });

  it('a fix of exactly MAX_FIX_LENGTH characters is offered; one character more is not', () => {
    const list = (pad: number) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: [
          { apiVersion: 'v1', kind: 'Service', metadata: { name: 'db' }, spec: { ports: [{ port: 5432 }] } },
          {
            apiVersion: 'v1',
            kind: 'Endpoints',
            metadata: { name: 'dbb', annotations: { note: 'x'.repeat(pad) } },
            subsets: [{ addresses: [{ ip: '10.0.0.5' }], ports: [{ port: 5432 }] }],
          },
        ],
      });
    const orphan = (text: string) =>
      analyzeTexts([{ path: 'list.json', text }], { rules: ALL_RULES }).findings.find(
        (f) => f.rule === 'endpoints-without-service',
      )!;
    const short = orphan(list(0)).fix!.replacement.length;
    const exact = orphan(list(MAX_FIX_LENGTH - short));
    expect(exact.fix?.replacement.length).toBe(MAX_FIX_LENGTH);
    const over = orphan(list(MAX_FIX_LENGTH - short + 1));
    expect(`${over.file}:${over.line}:${over.column}`).toBe('list.json:1:195');
    expect(over.fix).toBeUndefined();
  });
});
