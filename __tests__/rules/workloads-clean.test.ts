/**
 * The false-positive guard of the workload and route rules: correct, real-world-shaped apps give no finding
 * from ANY rule, not even a notice (none of these apps is about advice).
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/check.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { docs, writeCase } from '../helpers/rule-tester.js';

/** What `helm template shop ./chart` prints, split into one file per template as CI pipelines often store it. */
const helmRendered: Record<string, string> = {
  'rendered/shop/templates/configmap.yaml': `
    ---
    # Source: shop/templates/configmap.yaml
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: shop-storefront
      namespace: shop
      labels:
        helm.sh/chart: storefront-1.4.2
        app.kubernetes.io/name: storefront
        app.kubernetes.io/instance: shop
        app.kubernetes.io/managed-by: Helm
    data:
      LISTEN_ADDR: ":8080"
  `,
  'rendered/shop/templates/deployment.yaml': `
    ---
    # Source: shop/templates/deployment.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: shop-storefront
      namespace: shop
      labels:
        helm.sh/chart: storefront-1.4.2
        app.kubernetes.io/name: storefront
        app.kubernetes.io/instance: shop
        app.kubernetes.io/version: "1.4.2"
        app.kubernetes.io/managed-by: Helm
    spec:
      revisionHistoryLimit: 3
      selector:
        matchLabels:
          app.kubernetes.io/name: storefront
          app.kubernetes.io/instance: shop
      template:
        metadata:
          annotations:
            checksum/config: 5f1c7e9b0d
          labels:
            app.kubernetes.io/name: storefront
            app.kubernetes.io/instance: shop
            app.kubernetes.io/version: "1.4.2"
        spec:
          serviceAccountName: shop-storefront
          containers:
            - name: storefront
              image: "ghcr.io/example/storefront:1.4.2"
              imagePullPolicy: IfNotPresent
              envFrom:
                - configMapRef:
                    name: shop-storefront
              ports:
                - name: http
                  containerPort: 8080
                  protocol: TCP
                - name: metrics
                  containerPort: 9090
                  protocol: TCP
              livenessProbe:
                httpGet: {path: /healthz, port: http}
              readinessProbe:
                httpGet: {path: /ready, port: http}
  `,
  'rendered/shop/templates/service.yaml': `
    ---
    # Source: shop/templates/service.yaml
    apiVersion: v1
    kind: Service
    metadata:
      name: shop-storefront
      namespace: shop
      labels:
        app.kubernetes.io/name: storefront
        app.kubernetes.io/instance: shop
    spec:
      type: ClusterIP
      ports:
        - port: 80
          targetPort: http
          protocol: TCP
          name: http
        - port: 9090
          targetPort: metrics
          protocol: TCP
          name: metrics
      selector:
        app.kubernetes.io/name: storefront
        app.kubernetes.io/instance: shop
  `,
  'rendered/shop/templates/ingress.yaml': `
    ---
    # Source: shop/templates/ingress.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: shop-storefront
      namespace: shop
      annotations:
        cert-manager.io/cluster-issuer: letsencrypt
    spec:
      ingressClassName: nginx
      tls:
        - hosts: [shop.example.com]
          secretName: shop-storefront-tls
      rules:
        - host: "shop.example.com"
          http:
            paths:
              - path: /
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: shop-storefront
                    port:
                      name: http
  `,
  'rendered/shop/templates/hpa.yaml': `
    ---
    # Source: shop/templates/hpa.yaml
    apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata:
      name: shop-storefront
      namespace: shop
    spec:
      scaleTargetRef:
        apiVersion: apps/v1
        kind: Deployment
        name: shop-storefront
      minReplicas: 2
      maxReplicas: 10
      metrics:
        - type: Resource
          resource:
            name: cpu
            target: {type: Utilization, averageUtilization: 80}
  `,
};

/** Service and Deployment in sibling directories, namespace from a kustomization over both. */
const kustomizeSiblings: Record<string, string> = {
  'apps/api/kustomization.yaml': `
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: payments
    resources:
      - deployment/
      - service/
  `,
  'apps/api/deployment/kustomization.yaml': 'resources: [deployment.yaml]\n',
  'apps/api/deployment/deployment.yaml': `
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: api
    spec:
      replicas: 3
      selector:
        matchLabels: {app: api}
        matchExpressions:
          - {key: track, operator: In, values: [stable]}
      template:
        metadata:
          labels: {app: api, track: stable}
        spec:
          initContainers:
            - name: oauth-proxy
              image: quay.io/oauth2-proxy/oauth2-proxy:v7.6.0
              restartPolicy: Always
              ports: [{name: https, containerPort: 8443}]
          containers:
            - name: api
              image: example/api:3
              ports: [{name: grpc, containerPort: 50051}]
  `,
  'apps/api/service/kustomization.yaml': 'resources: [service.yaml]\n',
  'apps/api/service/service.yaml': `
    apiVersion: v1
    kind: Service
    metadata:
      name: api
    spec:
      selector: {app: api}
      ports:
        - {name: grpc, port: 50051, targetPort: grpc, appProtocol: kubernetes.io/h2c}
        - {name: https, port: 443, targetPort: https}
  `,
};

/** A StatefulSet with its headless Service and a per-Pod Service, one multi-document file. */
const statefulSet = docs(
  `
  apiVersion: v1
  kind: Service
  metadata: {name: postgres, namespace: data}
  spec:
    clusterIP: None
    selector: {app: postgres}
    ports: [{name: postgres, port: 5432}]
  `,
  `
  apiVersion: v1
  kind: Service
  metadata: {name: postgres-0, namespace: data}
  spec:
    selector:
      app: postgres
      statefulset.kubernetes.io/pod-name: postgres-0
    ports: [{name: postgres, port: 5432, targetPort: postgres}]
  `,
  `
  apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: postgres, namespace: data}
  spec:
    serviceName: postgres
    selector: {matchLabels: {app: postgres}}
    template:
      metadata: {labels: {app: postgres}}
      spec:
        containers:
          - name: postgres
            image: postgres:16
            ports: [{name: postgres, containerPort: 5432}]
  `,
);

/** DNS-style DaemonSet serving UDP and TCP, and a CronJob: JSON, as some generators write. */
const jsonDaemonSet = JSON.stringify(
  {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata: { name: 'node-dns', namespace: 'kube-system' },
        spec: {
          selector: { matchLabels: { 'k8s-app': 'node-dns' } },
          template: {
            metadata: { labels: { 'k8s-app': 'node-dns' } },
            spec: {
              containers: [
                {
                  name: 'dns',
                  image: 'registry.k8s.io/coredns/coredns:v1.11.1',
                  ports: [
                    { name: 'dns', containerPort: 53, protocol: 'UDP' },
                    { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                  ],
                },
              ],
            },
          },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'node-dns', namespace: 'kube-system' },
        spec: {
          selector: { 'k8s-app': 'node-dns' },
          ports: [
            { name: 'dns', port: 53, targetPort: 'dns', protocol: 'UDP' },
            { name: 'dns-tcp', port: 53, targetPort: 'dns-tcp', protocol: 'TCP' },
          ],
        },
      },
    ],
  },
  null,
  2,
);

/** Gateway API routes next to their Services, and an Ingress with named ports and a default backend. */
const routes: Record<string, string> = {
  'gateway/routes.yaml': docs(
    `
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata: {name: web, namespace: web}
    spec:
      parentRefs: [{name: public, namespace: gateway}]
      rules:
        - backendRefs:
            - {name: web, port: 80, weight: 95}
            - {name: web-canary, port: 80, weight: 5}
          filters:
            - type: RequestMirror
              requestMirror:
                backendRef: {name: web-shadow, port: 80}
    `,
    `
    apiVersion: gateway.networking.k8s.io/v1
    kind: GRPCRoute
    metadata: {name: web-grpc, namespace: web}
    spec:
      rules:
        - backendRefs: [{name: web, port: 9000}]
    `,
    `
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web, namespace: web}
    spec:
      defaultBackend:
        service: {name: web, port: {name: http}}
      rules:
        - host: web.example.com
          http:
            paths:
              - path: /grpc
                pathType: Prefix
                backend: {service: {name: web, port: {number: 9000}}}
    `,
  ),
  'web/services.yaml': docs(
    ...['web', 'web-canary', 'web-shadow'].map(
      (name) => `
      apiVersion: v1
      kind: Service
      metadata: {name: ${name}, namespace: web}
      spec:
        selector: {app: ${name}}
        ports:
          - {name: http, port: 80, targetPort: http}
          - {name: grpc, port: 9000, targetPort: 9000}
      `,
    ),
  ),
  'web/deployments.yaml': docs(
    ...['web', 'web-canary', 'web-shadow'].map(
      (name) => `
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: ${name}, namespace: web}
      spec:
        selector: {matchLabels: {app: ${name}}}
        template:
          metadata: {labels: {app: ${name}, team: storefront}}
          spec:
            containers:
              - name: web
                image: example/web:2
                ports:
                  - {name: http, containerPort: 8080}
                  - {containerPort: 9000}
      `,
    ),
  ),
};

/** A batch namespace: a CronJob and a Job selected by a Service (a metrics push gateway pattern), and a bare Pod. */
const batch: Record<string, string> = {
  'batch/all.yaml': docs(
    `
    apiVersion: batch/v1
    kind: CronJob
    metadata: {name: nightly-report, namespace: batch}
    spec:
      schedule: "0 3 * * *"
      jobTemplate:
        spec:
          template:
            metadata: {labels: {app: nightly-report}}
            spec:
              restartPolicy: OnFailure
              containers: [{name: report, image: example/report:1, ports: [{name: metrics, containerPort: 9102}]}]
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: {name: nightly-report-metrics, namespace: batch}
    spec:
      selector: {app: nightly-report}
      ports: [{name: metrics, port: 9102, targetPort: metrics}]
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata:
      name: debug-shell
      namespace: batch
      labels: {app: debug-shell}
    spec:
      containers: [{name: shell, image: busybox, ports: [{name: ssh, containerPort: 2222}]}]
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: {name: debug-shell, namespace: batch}
    spec:
      selector: {app: debug-shell}
      ports: [{name: ssh, port: 22, targetPort: ssh}]
    `,
  ),
};

const apps: [string, Record<string, string> | string][] = [
  ['a Helm-rendered app: Deployment, Service, Ingress, HPA and ConfigMap in separate files', helmRendered],
  [
    'Service and Deployment in sibling directories under a kustomize namespace, with a native sidecar',
    kustomizeSiblings,
  ],
  ['a StatefulSet with its headless Service and a per-Pod Service in one multi-document file', statefulSet],
  ['a DaemonSet serving DNS over UDP and TCP, as a JSON List', { 'dns.json': jsonDaemonSet }],
  ['Gateway API routes with canary and mirror backends, and an Ingress with named ports', routes],
  ['a CronJob and a bare Pod, each behind a Service', batch],
];

describe('correct apps give no finding from any rule', () => {
  it.each(apps)('%s', async (_name, files) => {
    const dir = writeCase(files);
    try {
      const result = await checkManifests({ cwd: dir, patterns: ['.'], rules: ALL_RULES });
      expect(result.summary.resources).toBeGreaterThan(0);
      expect(result.skippedFiles).toEqual([]);
      const findings = result.findings.map(
        (f) => `${f.rule} ${f.severity} ${f.file}:${f.line}:${f.column} ${f.message}`,
      );
      expect(findings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /** The files with every `from` in `file` replaced by `to`. */
  const mutate = (files: Record<string, string>, file: string, from: string, to: string) => {
    if (!files[file]?.includes(from)) throw new Error(`${file} has no ${from}`);
    return { ...files, [file]: files[file].replaceAll(from, to) };
  };
  /** name, files, expected findings, and a changed `file:line` that must lie in a related location (report scoping). */
  const offByOne: [string, Record<string, string>, string[], string?][] = [
    [
      'Helm app: a named targetPort typo',
      mutate(
        helmRendered,
        'rendered/shop/templates/service.yaml',
        'targetPort: metrics',
        'targetPort: metric',
      ),
      ['target-port-not-exposed rendered/shop/templates/service.yaml:19:19'],
    ],
    [
      'Helm app: the Deployment relabelled, the unchanged Service and Ingress orphaned',
      mutate(
        helmRendered,
        'rendered/shop/templates/deployment.yaml',
        'instance: shop\n',
        'instance: shop-v2\n',
      ),
      ['selector-matches-no-workload rendered/shop/templates/service.yaml:24:33'],
      'rendered/shop/templates/deployment.yaml:26',
    ],
    [
      'Helm app: the Ingress names a Service port that is not there',
      mutate(helmRendered, 'rendered/shop/templates/ingress.yaml', 'name: http', 'name: htp'),
      ['ingress-backend-missing-port rendered/shop/templates/ingress.yaml:25:25'],
      'rendered/shop/templates/service.yaml:14',
    ],
    [
      'kustomize siblings: the sidecar port renamed',
      mutate(
        kustomizeSiblings,
        'apps/api/deployment/deployment.yaml',
        '{name: https, containerPort: 8443}',
        '{name: tls, containerPort: 8443}',
      ),
      ['target-port-not-exposed apps/api/service/service.yaml:9:44'],
      'apps/api/deployment/deployment.yaml:19',
    ],
    [
      'JSON DaemonSet: the UDP Service port declared TCP',
      mutate(
        { 'dns.json': jsonDaemonSet },
        'dns.json',
        '"targetPort": "dns",\n            "protocol": "UDP"',
        '"targetPort": "dns",\n            "protocol": "TCP"',
      ),
      ['target-port-protocol-mismatch dns.json:63:25'],
    ],
    [
      'routes: a canary backend typo',
      mutate(routes, 'gateway/routes.yaml', '{name: web-canary, port: 80', '{name: web-canry, port: 80'),
      ['route-backend-missing-service gateway/routes.yaml:9:18'],
    ],
  ];

  const findingsOf = async (files: Record<string, string>) => {
    const dir = writeCase(files);
    try {
      return (await checkManifests({ cwd: dir, patterns: ['.'], rules: ALL_RULES })).findings;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it.each(offByOne)('one character off is caught: %s', async (_name, files, expected) => {
    const findings = await findingsOf(files);
    // Exactly the expected findings, notices included: the mistake adds no advice either.
    expect(findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual(expected);
  });

  it.each(offByOne.filter(([, , , changed]) => changed !== undefined))(
    'the finding points at the changed line too (report scoping): %s',
    async (_name, files, expected, changed) => {
      const [file, line] = [
        changed!.slice(0, changed!.lastIndexOf(':')),
        Number(changed!.slice(changed!.lastIndexOf(':') + 1)),
      ];
      const finding = (await findingsOf(files)).find(
        (f) => `${f.rule} ${f.file}:${f.line}:${f.column}` === expected[0],
      );
      expect(finding, expected[0]).toBeDefined();
      expect(finding!.related.some((r) => r.file === file && r.line <= line && line <= r.endLine)).toBe(true);
    },
  );
});
