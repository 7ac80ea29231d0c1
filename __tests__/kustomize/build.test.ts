/**
 * Small kustomize trees, built as `kustomize build` builds them: the objects each build root emits
 * (namespace, name, labels, selector, ports) and every error and warning, at the source line of the value
 * it is about (the base, the overlay's patch, the kustomization's namePrefix line).
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/check.js';
import { analyzeTexts } from '../../src/engine/analyze.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { dedent, writeCase } from '../helpers/rule-tester.js';

interface BuildCase {
  name: string;
  files: Record<string, string>;
  /** `unit kind namespace/name` of what each build emits, with the fields asked for. */
  objects?: {
    unit: string;
    ref: string;
    selector?: Record<string, string>;
    labels?: Record<string, string>;
    ports?: unknown[];
  }[];
  /** `rule file:line:column` of every error and warning. */
  findings: string[];
  /** For some rule, `file:line:column` of related locations its finding must include. */
  related?: Record<string, string[]>;
}

const service = (name: string, extra = ''): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n    - name: client\n      port: 2379\n${extra}`;
const endpoints = (name: string, port = 'client'): string =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\nsubsets:\n  - addresses:\n      - ip: 10.20.30.40\n    ports:\n      - name: ${port}\n        port: 2379\n`;
const slice = (name: string, service: string): string =>
  `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${name}\n  labels:\n    kubernetes.io/service-name: ${service}\n    endpointslice.kubernetes.io/managed-by: staff\naddressType: IPv4\nports:\n  - name: client\n    port: 2379\nendpoints:\n  - addresses: ["10.20.30.40"]\n`;
const deployment = (name: string, labels: string, port = 8080): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels: {${labels}}\n  template:\n    metadata:\n      labels: {${labels}}\n    spec:\n      containers:\n        - name: app\n          image: app:1\n          ports:\n            - name: http\n              containerPort: ${port}\n`;

const cases: BuildCase[] = [
  {
    name: 'overlays over one base: each gets its namespace, the outer one winning over the base and the file',
    files: {
      'base/kustomization.yaml': 'namespace: base\nresources: [etcd.yaml]\n',
      'base/etcd.yaml': `${service('etcd')}---\n${endpoints('etcd')}`,
      'overlays/dev/kustomization.yaml': 'namespace: dev\nresources: [../../base]\n',
      'overlays/prod/kustomization.yaml': 'namespace: prod\nresources: [../../base]\n',
    },
    objects: [
      { unit: 'kustomize:overlays/dev', ref: 'Service dev/etcd' },
      { unit: 'kustomize:overlays/prod', ref: 'Service prod/etcd' },
    ],
    findings: [],
  },
  {
    name: 'a selector-less Service in the base and its Endpoints in the overlay meet in the overlay namespace',
    files: {
      'base/kustomization.yaml': 'resources: [service.yaml]\n',
      'base/service.yaml': service('etcd'),
      'overlay/kustomization.yaml': 'namespace: infra\nresources: [../base, endpoints.yaml]\n',
      'overlay/endpoints.yaml': endpoints('etcd').replace('name: etcd', 'name: etcd\n  namespace: other'),
    },
    findings: [],
  },
  {
    name: 'nested overlays and a component: prefixes add up, inner first; the component joins the build',
    files: {
      'base/kustomization.yaml': 'namePrefix: app-\nresources: [etcd.yaml]\n',
      'base/etcd.yaml': service('etcd'),
      'mid/kustomization.yaml': 'namePrefix: eu-\nresources: [../base]\ncomponents: [../endpoints]\n',
      'endpoints/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [endpoints.yaml]\n',
      'endpoints/endpoints.yaml': endpoints('etcd'),
      'top/kustomization.yaml': 'nameSuffix: -v2\nresources: [../mid]\n',
    },
    objects: [
      { unit: 'kustomize:top', ref: 'Service default/eu-app-etcd-v2' },
      { unit: 'kustomize:top', ref: 'Endpoints default/eu-etcd-v2' },
    ],
    // The component's Endpoints gets mid's prefix and top's suffix, not the base's: neither side pairs.
    findings: [
      'service-without-endpoints base/etcd.yaml:4:9',
      'endpoints-without-service endpoints/endpoints.yaml:4:9',
    ],
  },
  {
    name: 'a namePrefix the hand-written Endpoints is not under: found at its name, the rename related',
    files: {
      'base/kustomization.yaml': 'namePrefix: app-\nresources: [service.yaml]\n',
      'base/service.yaml': service('etcd'),
      'overlay/kustomization.yaml': 'resources: [../base, endpoints.yaml]\n',
      'overlay/endpoints.yaml': endpoints('etcd'),
    },
    findings: [
      'service-without-endpoints base/service.yaml:4:9',
      'endpoints-without-service overlay/endpoints.yaml:4:9',
    ],
  },
  {
    name: 'a prefix renames the Service and the slice, never the slice label: stale, at the label',
    files: {
      'kustomization.yaml': 'namePrefix: prod-\nresources: [etcd.yaml]\n',
      'etcd.yaml': `${service('etcd')}---\n${slice('etcd-1', 'etcd')}`,
    },
    objects: [
      { unit: 'kustomize:.', ref: 'Service default/prod-etcd' },
      { unit: 'kustomize:.', ref: 'EndpointSlice default/prod-etcd-1' },
    ],
    findings: ['service-without-endpoints etcd.yaml:4:9', 'slice-without-service etcd.yaml:15:33'],
  },
  {
    name: 'a prefix: the Ingress backend is rewritten (a name reference), the HTTPRoute backendRef is not',
    files: {
      'kustomization.yaml': 'namePrefix: prod-\nresources: [web.yaml]\n',
      'web.yaml': [
        deployment('web', 'app: web'),
        service('web', '  selector: {app: web}\n').replace('port: 2379', 'port: 80\n      targetPort: http'),
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  defaultBackend:\n    service: {name: web, port: {number: 80}}\n',
        'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\nspec:\n  rules:\n    - backendRefs:\n        - name: web\n          port: 80\n',
      ].join('---\n'),
    },
    findings: ['route-backend-missing-service web.yaml:45:17'],
  },
  {
    name: 'commonLabels join the Service selector and the Pod template; labels without includeSelectors only metadata',
    files: {
      'kustomization.yaml':
        'commonLabels: {team: shop}\nlabels:\n  - pairs: {tier: front}\nresources: [web.yaml]\n',
      'web.yaml': `${deployment('web', 'app: web')}---\n${service('web', '  selector: {app: web}\n').replace('port: 2379', 'port: 80\n      targetPort: http')}`,
    },
    objects: [
      {
        unit: 'kustomize:.',
        ref: 'Service default/web',
        selector: { app: 'web', team: 'shop' },
        labels: { team: 'shop', tier: 'front' },
      },
    ],
    findings: [],
  },
  {
    name: 'labels with includeSelectors on a selector-less Service give it a selector: its Endpoints are overwritten',
    files: {
      'kustomization.yaml':
        'labels:\n  - pairs: {app: etcd}\n    includeSelectors: true\nresources: [etcd.yaml]\n',
      'etcd.yaml': `${service('etcd')}---\n${endpoints('etcd')}`,
    },
    objects: [{ unit: 'kustomize:.', ref: 'Service default/etcd', selector: { app: 'etcd' } }],
    findings: ['endpoints-for-selector-service etcd.yaml:13:9'],
  },
  {
    name: 'a strategic-merge patch renames a Service port: the mismatch is found at the patch line',
    files: {
      'base/kustomization.yaml': 'resources: [etcd.yaml]\n',
      'base/etcd.yaml': `${service('etcd')}---\n${endpoints('etcd')}`,
      'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: ports.yaml\n',
      'overlay/ports.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\nspec:\n  ports:\n    - port: 2379\n      name: clients\n',
    },
    objects: [
      { unit: 'kustomize:overlay', ref: 'Service default/etcd', ports: [{ name: 'clients', port: 2379 }] },
    ],
    // At the Endpoints port, relating the Service port the overlay's patch renamed (see the related check below).
    findings: ['port-name-mismatch base/etcd.yaml:18:15'],
    related: { 'port-name-mismatch': ['overlay/ports.yaml:8:13'] },
  },
  {
    name: 'a JSON 6902 patch changes the selector to one no Pod template carries: found at the patch',
    files: {
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': `${deployment('web', 'app: web')}---\n${service('web', '  selector: {app: web}\n').replace('port: 2379', 'port: 80\n      targetPort: http')}`,
      'overlay/kustomization.yaml':
        'resources: [../base]\npatches:\n  - target: {kind: Service, name: web}\n    path: selector.yaml\n',
      'overlay/selector.yaml': '- op: replace\n  path: /spec/selector/app\n  value: webb\n',
    },
    findings: ['selector-matches-no-workload overlay/selector.yaml:3:10'],
  },
  {
    name: 'an object annotated local-config is no part of the build (config for tools, not the cluster)',
    files: {
      'kustomization.yaml': 'resources: [etcd.yaml, values.yaml]\n',
      'etcd.yaml': `${service('etcd')}---\n${endpoints('etcd')}`,
      'values.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n  annotations:\n    config.kubernetes.io/local-config: "true"\n',
    },
    findings: [],
  },
  {
    name: 'a patch that targets nothing: kustomize fails the build, reported at the patch entry',
    files: {
      'base/kustomization.yaml': 'resources: [etcd.yaml]\n',
      'base/etcd.yaml': `${service('etcd')}---\n${endpoints('etcd')}`,
      'overlay/kustomization.yaml': 'resources: [../base]\npatchesStrategicMerge:\n  - ports.yaml\n',
      'overlay/ports.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: etc\nspec:\n  type: NodePort\n',
    },
    findings: ['kustomize-patch-no-target overlay/kustomization.yaml:3:5'],
  },
];

describe('kustomize builds, modelled as kustomize builds them', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = writeCase(c.files);
    try {
      const result = await checkManifests({ cwd: dir, patterns: ['.'], rules: ALL_RULES });
      const loud = result.findings.filter((f) => f.severity !== 'notice');
      expect(loud.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual(c.findings);
      for (const [rule, places] of Object.entries(c.related ?? {})) {
        const finding = loud.find((f) => f.rule === rule);
        const related = finding?.related.map((r) => `${r.file}:${r.line}:${r.column}`) ?? [];
        for (const place of places) expect(related).toContain(place);
      }
      for (const want of c.objects ?? []) {
        const found = result.index.resources.find(
          (r) =>
            `${r.ref.kind} ${r.ref.namespace}/${r.ref.name}` === want.ref &&
            r.units.some((u) => u.id === want.unit),
        );
        expect(found, want.ref).toBeDefined();
        const value = found!.object.value as {
          metadata?: { labels?: unknown };
          spec?: { selector?: unknown; ports?: unknown };
        };
        if (want.selector) expect(value.spec?.selector).toEqual(want.selector);
        if (want.labels) expect(value.metadata?.labels).toEqual(want.labels);
        if (want.ports) expect(value.spec?.ports).toEqual(want.ports);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a base shared by two overlays is reported once, naming both builds', () => {
    const texts = Object.entries({
      'base/kustomization.yaml': 'resources: [etcd.yaml]\n',
      'base/etcd.yaml': `${service('etcd')}---\n${endpoints('etcd', 'peer')}`,
      'dev/kustomization.yaml': 'namespace: dev\nnamePrefix: dev-\nresources: [../base]\n',
      'prod/kustomization.yaml': 'namespace: prod\nnamePrefix: prod-\nresources: [../base]\n',
    }).map(([path, text]) => ({ path, text: dedent(text) }));
    const result = analyzeTexts(texts, { rules: ALL_RULES });
    const mismatch = result.findings.filter((f) => f.rule === 'port-name-mismatch');
    expect(mismatch.map((f) => `${f.file}:${f.line}`)).toEqual(['base/etcd.yaml:18']);
    expect(mismatch[0]!.message).toContain('(Found in 2 builds: kustomize build dev, kustomize build prod.)');
  });
});
