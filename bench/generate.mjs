// Deterministic generator of a platform-style manifest repository (`node bench/generate.mjs --files N --out DIR`).
// The same seed and size always give the same bytes, so figures from different runs compare.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WORDS = (
  'alpha api audit auth billing blue cache cart catalog checkout config core data delivery edge events ' +
  'feed fleet gateway graph green identity images index inventory invoice ledger logs mail media metrics ' +
  'notify orders payments pricing profile queue rates recs reports risk router search session shipping ' +
  'stock store stream sync tax tickets tracing users vault web wallet worker'
).split(' ');
export const TEAMS =
  'commerce core data growth identity infra ml mobile ops payments platform risk search web'.split(' ');
const LOREM = (
  'the controller reconciles this field on every sync and reports the result in status so that clients ' +
  'can observe progress; when unset the default applies and existing objects keep their previous value ' +
  'which is required for backwards compatibility with older clients that do not know about it'
).split(' ');

export class Generator {
  constructor(seed) {
    this.random = prng(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }
  chance(p) {
    return this.random() < p;
  }
  hex(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)];
    return s;
  }
  sentence(min, max) {
    const n = this.int(min, max);
    const words = [];
    for (let i = 0; i < n; i++) words.push(this.pick(LOREM));
    const s = words.join(' ');
    return s[0].toUpperCase() + s.slice(1) + '.';
  }
  ip() {
    return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
}

export const indent = (lines, n) => lines.map((l) => (l === '' ? l : ' '.repeat(n) + l));

function labels(app, team, version) {
  return [
    `app.kubernetes.io/name: ${app}`,
    `app.kubernetes.io/instance: ${app}`,
    `app.kubernetes.io/version: "${version}"`,
    `app.kubernetes.io/part-of: ${team}`,
    'app.kubernetes.io/managed-by: kustomize',
    `team: ${team}`,
  ];
}

export function metadata(name, namespace, extra = []) {
  const lines = ['metadata:', `  name: ${name}`];
  if (namespace) lines.push(`  namespace: ${namespace}`);
  return [...lines, ...indent(extra, 2)];
}

export function container(g, app, version, port) {
  const lines = [
    `- name: ${app}`,
    `  image: "registry.example.com/${app}:${version}"`,
    '  imagePullPolicy: IfNotPresent',
  ];
  if (g.chance(0.5))
    lines.push(`  args: ["--config=/etc/${app}/config.yaml", "--port=${port}", "--log-level=info"]`);
  else lines.push('  args:', '    - --config=/etc/app/config.yaml', `    - --port=${port}`);
  lines.push('  ports:', '    - name: http', `      containerPort: ${port}`, '      protocol: TCP');
  if (g.chance(0.6)) lines.push('    - name: metrics', '      containerPort: 9090', '      protocol: TCP');
  lines.push('  env:');
  for (let i = 0, n = g.int(6, 30); i < n; i++) {
    const key = `${g.pick(WORDS).toUpperCase()}_${g.pick(['URL', 'HOST', 'PORT', 'TIMEOUT', 'LEVEL', 'MODE'])}_${i}`;
    if (g.chance(0.25)) {
      lines.push(
        `    - name: ${key}`,
        '      valueFrom:',
        '        secretKeyRef:',
        `          name: ${app}-secrets`,
        `          key: ${key.toLowerCase()}`,
      );
    } else {
      const value = g.chance(0.5)
        ? `"${g.int(1, 9999)}"`
        : `${g.pick(WORDS)}.${g.pick(WORDS)}.svc.cluster.local`;
      lines.push(`    - name: ${key}`, `      value: ${value}`);
    }
  }
  lines.push(
    '  resources:',
    '    requests:',
    `      cpu: ${g.pick(['50m', '100m', '250m', '500m'])}`,
    `      memory: ${g.pick(['64Mi', '128Mi', '256Mi', '512Mi'])}`,
    '    limits:',
    `      cpu: "${g.int(1, 4)}"`,
    `      memory: ${g.pick(['256Mi', '512Mi', '1Gi', '2Gi'])}`,
    '  livenessProbe:',
    '    httpGet:',
    '      path: /healthz',
    '      port: http',
    `    initialDelaySeconds: ${g.int(5, 30)}`,
    '    periodSeconds: 10',
    '  readinessProbe:',
    '    httpGet:',
    '      path: /ready',
    '      port: http',
    '    periodSeconds: 5',
    '  securityContext:',
    '    allowPrivilegeEscalation: false',
    '    readOnlyRootFilesystem: true',
    '    capabilities:',
    '      drop: ["ALL"]',
    '  volumeMounts:',
    '    - name: config',
    `      mountPath: /etc/${app}`,
    '      readOnly: true',
    '    - name: tmp',
    '      mountPath: /tmp',
  );
  return lines;
}

export function podSpec(g, app, team, version, port) {
  const lines = [
    `serviceAccountName: ${app}`,
    'securityContext:',
    '  runAsNonRoot: true',
    `  runAsUser: ${g.int(1000, 65000)}`,
    '  fsGroup: 2000',
    'containers:',
    ...indent(container(g, app, version, port), 2),
  ];
  if (g.chance(0.4)) lines.push(...indent(container(g, `${app}-sidecar`, version, port + 1), 2));
  lines.push(
    'volumes:',
    '  - name: config',
    '    configMap:',
    `      name: ${app}-config`,
    '  - name: tmp',
    '    emptyDir: {}',
    'affinity:',
    '  podAntiAffinity:',
    '    preferredDuringSchedulingIgnoredDuringExecution:',
    '      - weight: 100',
    '        podAffinityTerm:',
    '          topologyKey: kubernetes.io/hostname',
    '          labelSelector:',
    '            matchLabels:',
    `              app.kubernetes.io/name: ${app}`,
    'tolerations:',
    `  - key: dedicated`,
    '    operator: Equal',
    `    value: ${team}`,
    '    effect: NoSchedule',
  );
  return lines;
}

function workload(g, kind, app, team, ns, version, port) {
  const lines = [
    kind === 'CronJob' || kind === 'Job' ? 'apiVersion: batch/v1' : 'apiVersion: apps/v1',
    `kind: ${kind}`,
    ...metadata(app, ns, [
      'labels:',
      ...indent(labels(app, team, version), 2),
      'annotations:',
      `  deployment.kubernetes.io/revision: "${g.int(1, 40)}"`,
      `  reloader.stakater.com/auto: "true"`,
    ]),
    'spec:',
  ];
  const template = [
    'metadata:',
    '  labels:',
    ...indent(labels(app, team, version), 4),
    '  annotations:',
    '    prometheus.io/scrape: "true"',
    '    prometheus.io/port: "9090"',
    `    checksum/config: ${g.hex(64)}`,
    'spec:',
    ...indent(podSpec(g, app, team, version, port), 2),
  ];
  if (kind === 'CronJob') {
    lines.push(
      `  schedule: "${g.int(0, 59)} ${g.int(0, 23)} * * *"`,
      '  jobTemplate:',
      '    spec:',
      '      template:',
      ...indent(template, 8),
    );
    return lines;
  }
  if (kind !== 'DaemonSet') lines.push(`  replicas: ${g.int(1, 6)}`);
  if (kind === 'StatefulSet') lines.push(`  serviceName: ${app}-headless`);
  lines.push(
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${app}`,
    `      app.kubernetes.io/instance: ${app}`,
  );
  if (kind === 'Deployment')
    lines.push(
      '  strategy:',
      '    type: RollingUpdate',
      '    rollingUpdate:',
      '      maxSurge: 25%',
      '      maxUnavailable: 0',
    );
  lines.push('  template:', ...indent(template, 4));
  return lines;
}

function service(g, name, app, ns, { headless = false, ports = [['http', 80, 'http']] } = {}) {
  const lines = [
    'apiVersion: v1',
    'kind: Service',
    ...metadata(name, ns, ['labels:', `  app.kubernetes.io/name: ${app}`]),
    'spec:',
  ];
  if (headless) lines.push('  clusterIP: None');
  else lines.push(`  type: ${g.pick(['ClusterIP', 'ClusterIP', 'ClusterIP', 'NodePort'])}`);
  lines.push(
    '  selector:',
    `    app.kubernetes.io/name: ${app}`,
    `    app.kubernetes.io/instance: ${app}`,
    '  ports:',
  );
  for (const [portName, port, target] of ports)
    lines.push(
      `    - name: ${portName}`,
      `      port: ${port}`,
      `      targetPort: ${target}`,
      '      protocol: TCP',
    );
  return lines;
}

function configMap(g, app, ns) {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', ...metadata(`${app}-config`, ns), 'data:'];
  lines.push('  config.yaml: |', '    server:', `      port: ${g.int(8000, 9000)}`, '      timeouts:');
  for (let i = 0, n = g.int(2, 8); i < n; i++) lines.push(`        ${g.pick(WORDS)}${i}: ${g.int(1, 120)}s`);
  lines.push('    features:');
  for (let i = 0, n = g.int(3, 30); i < n; i++)
    lines.push(`      - name: ${g.pick(WORDS)}-${g.pick(WORDS)}-${i}`, `        enabled: ${g.chance(0.5)}`);
  for (let i = 0, n = g.int(1, 12); i < n; i++)
    lines.push(`  ${g.pick(WORDS)}.${g.pick(WORDS)}.${i}: "${g.pick(WORDS)}-${g.int(0, 999)}"`);
  if (g.chance(0.3)) {
    lines.push('  application.properties: |-');
    for (let i = 0, n = g.int(5, 60); i < n; i++)
      lines.push(`    ${g.pick(WORDS)}.${g.pick(WORDS)}.${g.pick(WORDS)}=${g.pick(WORDS)}${i}`);
  }
  if (g.chance(0.1)) {
    // Shell scripts with tabs and escapes: the pre-scan leaves these to the full parser.
    lines.push(
      '  entrypoint.sh: |',
      '    #!/bin/sh',
      '    set -eu',
      '    if [ -n "$DEBUG" ]; then',
      '    \tset -x',
      '    fi',
      '    exec "$@"',
    );
  }
  if (g.chance(0.1)) lines.push(`  banner: "Welcome to ${app}\\nversion ${g.int(1, 9)}"`);
  if (g.chance(0.4)) {
    // A Grafana dashboard: a big JSON document in a block scalar.
    lines.push('  dashboard.json: |', '    {', `      "title": "${app}",`, '      "panels": [');
    for (let i = 0, n = g.int(10, 100); i < n; i++) {
      lines.push(
        '        {',
        `          "id": ${i},`,
        `          "title": "${g.pick(WORDS)} ${g.pick(WORDS)}",`,
        '          "type": "timeseries",',
        `          "gridPos": {"h": 8, "w": 12, "x": ${(i % 2) * 12}, "y": ${i * 8}},`,
        `          "targets": [{"expr": "sum(rate(http_requests_total{app=\\"${app}\\",code=~\\"5..\\"}[5m])) by (${g.pick(WORDS)})", "refId": "A"}]`,
        i === n - 1 ? '        }' : '        },',
      );
    }
    lines.push('      ]', '    }');
  }
  return lines;
}

function secret(g, app, ns) {
  const lines = [
    'apiVersion: v1',
    'kind: Secret',
    ...metadata(`${app}-secrets`, ns),
    'type: Opaque',
    'data:',
  ];
  for (let i = 0, n = g.int(2, 8); i < n; i++)
    lines.push(`  ${g.pick(WORDS)}_${i}: ${Buffer.from(g.hex(g.int(8, 48))).toString('base64')}`);
  return lines;
}

function ingress(g, app, ns, host) {
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    ...metadata(app, ns, [
      'annotations:',
      '  nginx.ingress.kubernetes.io/rewrite-target: /',
      '  cert-manager.io/cluster-issuer: letsencrypt',
      `  nginx.ingress.kubernetes.io/proxy-body-size: "${g.int(1, 64)}m"`,
    ]),
    'spec:',
    '  ingressClassName: nginx',
    '  tls:',
    '    - hosts:',
    `        - ${host}`,
    `      secretName: ${app}-tls`,
    '  rules:',
    `    - host: ${host}`,
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    `                name: ${app}`,
    '                port:',
    '                  name: http',
  ];
}

function smallObjects(g, app, ns) {
  const hpa = [
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    ...metadata(app, ns),
    'spec:',
    '  scaleTargetRef:',
    '    apiVersion: apps/v1',
    '    kind: Deployment',
    `    name: ${app}`,
    `  minReplicas: ${g.int(1, 3)}`,
    `  maxReplicas: ${g.int(4, 20)}`,
    '  metrics:',
    '    - type: Resource',
    '      resource:',
    '        name: cpu',
    '        target:',
    '          type: Utilization',
    `          averageUtilization: ${g.int(50, 90)}`,
  ];
  const pdb = [
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    ...metadata(app, ns),
    'spec:',
    '  maxUnavailable: 1',
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${app}`,
  ];
  const sa = [
    'apiVersion: v1',
    'kind: ServiceAccount',
    ...metadata(app, ns, [
      'annotations:',
      `  eks.amazonaws.com/role-arn: arn:aws:iam::${g.int(1e11, 9e11)}:role/${app}`,
    ]),
  ];
  return { hpa, pdb, sa };
}

/** A selector-less Service for something outside the cluster, with Endpoints and/or a slice. */
function external(g, name, ns, mistake) {
  const ports = g.chance(0.5)
    ? [['tcp', 5432]]
    : [
        ['http', 80],
        ['https', 443],
      ];
  const addresses = Array.from({ length: g.int(1, 4) }, () => g.ip());
  const svc = ['apiVersion: v1', 'kind: Service', ...metadata(name, ns), 'spec:', '  ports:'];
  for (const [n, p] of ports) svc.push(`    - name: ${n}`, `      port: ${p}`, '      protocol: TCP');
  const epName = mistake === 'typo' ? `${name}x` : name;
  const epNs = mistake === 'namespace' ? `${ns}-old` : ns;
  const ep = ['apiVersion: v1', 'kind: Endpoints', ...metadata(epName, epNs), 'subsets:', '  - addresses:'];
  for (const ip of addresses) ep.push(`      - ip: ${ip}`);
  ep.push('    ports:');
  for (const [n, p] of ports)
    ep.push(
      `      - name: ${mistake === 'port' ? `${n}s` : n}`,
      `        port: ${p}`,
      '        protocol: TCP',
    );
  const sliceLabels = mistake === 'label' ? [] : [`    kubernetes.io/service-name: ${name}`];
  const slice = [
    'apiVersion: discovery.k8s.io/v1',
    'kind: EndpointSlice',
    ...metadata(`${name}-${g.hex(5)}`, ns, [
      'labels:',
      ...sliceLabels.map((l) => l.slice(2)),
      '  endpointslice.kubernetes.io/managed-by: platform-team',
    ]),
    'addressType: IPv4',
    'ports:',
  ];
  for (const [n, p] of ports) slice.push(`  - name: ${n}`, `    port: ${p}`, '    protocol: TCP');
  slice.push('endpoints:');
  for (const ip of addresses)
    slice.push('  - addresses:', `      - "${ip}"`, '    conditions:', '      ready: true');
  return { svc, ep, slice };
}

/** A CustomResourceDefinition: big OpenAPI schemas with long descriptions (most of a real repo's bytes). */
function crd(g, group, kind, oldStyle) {
  const plural = `${kind.toLowerCase()}s`;
  const lines = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  annotations:',
    '    controller-gen.kubebuilder.io/version: v0.16.1',
    `  name: ${plural}.${group}`,
    'spec:',
    `  group: ${group}`,
    '  names:',
    `    kind: ${kind}`,
    `    listKind: ${kind}List`,
    `    plural: ${plural}`,
    `    singular: ${kind.toLowerCase()}`,
    '  scope: Namespaced',
    '  versions:',
    '  - name: v1',
    '    served: true',
    '    storage: true',
    '    schema:',
    '      openAPIV3Schema:',
  ];
  const describe = (depth) => {
    const pad = ' '.repeat(depth);
    const text = g.sentence(12, 60);
    if (oldStyle) {
      // Old controller-gen: single-quoted descriptions folded over several lines.
      const words = text.replace(/'/g, "''").split(' ');
      const out = [];
      let line = `${pad}description: '`;
      for (const w of words) {
        if (line.length + w.length > 90) {
          out.push(line.trimEnd());
          line = `${pad}  `;
        }
        line += `${w} `;
      }
      out.push(`${line.trimEnd()}'`);
      return out;
    }
    const out = [`${pad}description: |-`];
    for (let i = 0; i < text.length; i += 80) out.push(`${pad}  ${text.slice(i, i + 80).trim()}`);
    return out;
  };
  const property = (name, depth, level) => {
    const pad = ' '.repeat(depth);
    const out = [`${pad}${name}:`, ...describe(depth + 2)];
    if (level < 3 && g.chance(0.35)) {
      out.push(`${pad}  properties:`);
      for (let i = 0, n = g.int(2, 6); i < n; i++)
        out.push(...property(`${g.pick(WORDS)}${i}`, depth + 4, level + 1));
      out.push(`${pad}  type: object`);
    } else {
      const type = g.pick(['string', 'integer', 'boolean', 'string']);
      if (type === 'integer') out.push(`${pad}  format: int32`);
      if (type === 'string' && g.chance(0.3))
        out.push(`${pad}  enum:`, `${pad}  - ${g.pick(WORDS)}`, `${pad}  - ${g.pick(WORDS)}`);
      out.push(`${pad}  type: ${type}`);
    }
    return out;
  };
  lines.push('        properties:');
  for (let i = 0, n = g.int(20, 120); i < n; i++) lines.push(...property(`${g.pick(WORDS)}Field${i}`, 10, 0));
  lines.push('        type: object', '    subresources:', '      status: {}');
  return lines;
}

function helmTemplate(g, chart, kind) {
  return [
    `apiVersion: ${kind === 'Service' ? 'v1' : 'apps/v1'}`,
    `kind: ${kind}`,
    'metadata:',
    `  name: {{ include "${chart}.fullname" . }}`,
    '  labels:',
    `    {{- include "${chart}.labels" . | nindent 4 }}`,
    'spec:',
    '  {{- if not .Values.autoscaling.enabled }}',
    '  replicas: {{ .Values.replicaCount }}',
    '  {{- end }}',
    '  ports:',
    '    - port: {{ .Values.service.port }}',
    '      targetPort: http',
    '      name: http',
    ...Array.from(
      { length: g.int(10, 60) },
      (_, i) => `  # {{ .Values.extra${i} | default "${g.pick(WORDS)}" }}`,
    ),
  ];
}

/** Files that a real repository also holds: odd but valid formatting the pre-scan must leave to the full parse. */
function oddFile(g, i, ns) {
  const name = `odd-${i}`;
  switch (i % 8) {
    case 0:
      return {
        ext: 'json',
        text:
          JSON.stringify(
            { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data: { a: 'b' } },
            null,
            2,
          ) + '\n',
      };
    case 1:
      return {
        ext: 'yaml',
        text: [
          'apiVersion: v1',
          'kind: ConfigMap',
          `metadata: {name: ${name}, namespace: ${ns}}`,
          'data: {a: b, c: d}',
          '',
        ].join('\r\n'),
      };
    case 2:
      return {
        ext: 'yaml',
        text: [
          'apiVersion: v1',
          'kind: "Service"',
          ...metadata(name, ns),
          'spec:',
          '  selector: {app: x}',
          '  ports: [{name: http, port: 80}]',
          '',
        ].join('\n'),
      };
    case 3:
      return {
        ext: 'yaml',
        text: [
          'defaults: &defaults',
          '  cpu: 100m',
          'apiVersion: v1',
          'kind: LimitRange',
          ...metadata(name, ns),
          'spec:',
          '  limits:',
          '    - default: *defaults',
          '      type: Container',
          '',
        ].join('\n'),
      };
    case 4:
      return {
        ext: 'yaml',
        text: ['%YAML 1.2', '---', 'apiVersion: v1', 'kind: ConfigMap', ...metadata(name, ns), ''].join('\n'),
      };
    case 5:
      return {
        ext: 'yaml',
        text: [
          'apiVersion: v1',
          'kind: List',
          'items:',
          ...indent(
            [
              '- apiVersion: v1',
              '  kind: ServiceAccount',
              `  metadata: {name: ${name}, namespace: ${ns}}`,
              '- apiVersion: v1',
              '  kind: ConfigMap',
              `  metadata: {name: ${name}, namespace: ${ns}}`,
            ],
            2,
          ),
          '',
        ].join('\n'),
      };
    case 6:
      return {
        ext: 'yaml',
        text: [
          'apiVersion: v1',
          'kind: ConfigMap',
          ...metadata(name, ns),
          'data:',
          '  motd: this text runs on',
          '    over two lines',
          '',
        ].join('\n'),
      };
    default:
      return {
        ext: 'yml',
        text: [
          '# kube-pairing fixture with comments everywhere',
          'apiVersion: v1 # core',
          'kind: ServiceAccount   # the account',
          '# between keys',
          ...metadata(name, ns),
          '',
        ].join('\n'),
      };
  }
}

function brokenFile(i, ns) {
  switch (i % 4) {
    case 0:
      return [
        'apiVersion: v1',
        'kind: ConfigMap',
        ...metadata(`broken-${i}`, ns),
        'data:',
        '  a: "unterminated',
        '',
      ].join('\n');
    case 1:
      return [
        'apiVersion: v1',
        'kind: Service',
        ...metadata(`broken-${i}`, ns),
        'spec:',
        '  ports:',
        '  - port: 80',
        '   name: http',
        '',
      ].join('\n');
    case 2:
      return [
        'apiVersion: apps/v1',
        'kind: Deployment',
        ...metadata(`broken-${i}`, ns),
        'spec:',
        '\treplicas: 2',
        '',
      ].join('\n');
    default:
      return [
        'apiVersion: v1',
        'kind: Secret',
        ...metadata(`broken-${i}`, ns),
        'metadata:',
        '  name: again',
        '',
      ].join('\n');
  }
}

export const doc = (lines) => lines.join('\n') + '\n';
export const docs = (...parts) => parts.map(doc).join('---\n');

/** Writes a corpus of about `files` files under `out` (removed first). Returns {files, bytes}. */
export function generateCorpus(out, { files = 10_000, seed = 42 } = {}) {
  const g = new Generator(seed);
  rmSync(out, { recursive: true, force: true });
  let count = 0;
  let bytes = 0;
  const write = (rel, text) => {
    const file = path.join(out, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    count++;
    bytes += Buffer.byteLength(text);
  };

  // Fixed shares of the file count, so that 1k, 10k and 50k corpora have the same mix.
  const crdCount = Math.max(2, Math.round(files * 0.005));
  const helmCharts = Math.max(1, Math.round(files * 0.002));
  const externals = Math.max(4, Math.round(files * 0.03));
  const oddCount = Math.max(8, Math.round(files * 0.01));
  const brokenCount = Math.max(4, Math.round(files * 0.001));

  for (let i = 0; i < crdCount; i++) {
    const group = `${g.pick(WORDS)}.${g.pick(['example.com', 'platform.io', 'acme.dev'])}`;
    const kind = `${g.pick(WORDS)[0].toUpperCase()}${g.pick(WORDS)}Policy${i}`;
    write(`crds/${group}_${kind.toLowerCase()}s.yaml`, doc(crd(g, group, kind, i % 3 === 2)));
  }
  for (let c = 0; c < helmCharts; c++) {
    const chart = `chart-${g.pick(WORDS)}-${c}`;
    write(
      `charts/${chart}/Chart.yaml`,
      doc(['apiVersion: v2', `name: ${chart}`, 'version: 0.1.0', 'appVersion: "1.0"']),
    );
    write(
      `charts/${chart}/values.yaml`,
      doc(['replicaCount: 2', 'service:', '  port: 80', 'autoscaling:', '  enabled: false']),
    );
    for (const kind of ['Deployment', 'Service', 'ConfigMap'])
      write(`charts/${chart}/templates/${kind.toLowerCase()}.yaml`, doc(helmTemplate(g, chart, kind)));
  }
  for (let i = 0; i < externals; i++) {
    const team = TEAMS[i % TEAMS.length];
    const name = `${g.pick(WORDS)}-db-${i}`;
    const mistake = i % 17 === 5 ? g.pick(['typo', 'namespace', 'label', 'port']) : undefined;
    const { svc, ep, slice } = external(g, name, team, mistake);
    if (i % 3 === 0) {
      write(`infra/external/${team}/${name}.yaml`, docs(svc, ep, slice));
    } else {
      write(`infra/external/${team}/${name}/service.yaml`, doc(svc));
      if (i % 3 === 1) write(`infra/external/${team}/${name}/endpoints.yaml`, doc(ep));
      write(`infra/external/${team}/${name}/endpointslice.yaml`, doc(slice));
    }
  }
  for (let i = 0; i < oddCount; i++) {
    const { ext, text } = oddFile(g, i, TEAMS[i % TEAMS.length]);
    write(`misc/odd-${i}.${ext}`, text);
  }
  for (let i = 0; i < brokenCount; i++)
    write(`misc/broken-${i}.yaml`, brokenFile(i, TEAMS[i % TEAMS.length]));

  // Applications fill the rest: one directory each, a kustomization and one file per object (or all in one).
  for (let a = 0; count < files; a++) {
    const team = TEAMS[a % TEAMS.length];
    const app = `${g.pick(WORDS)}-${g.pick(WORDS)}-${a}`;
    const version = `${g.int(0, 4)}.${g.int(0, 30)}.${g.int(0, 9)}`;
    const port = g.pick([8080, 8000, 3000, 9000]);
    const viaKustomize = a % 3 !== 0;
    const ns = viaKustomize ? undefined : team;
    const kind = g.pick([
      'Deployment',
      'Deployment',
      'Deployment',
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'CronJob',
    ]);
    const objects = [];
    objects.push(['workload', workload(g, kind, app, team, ns, version, port)]);
    if (kind !== 'CronJob') objects.push(['service', service(g, app, app, ns)]);
    if (kind === 'StatefulSet')
      objects.push(['headless', service(g, `${app}-headless`, app, ns, { headless: true })]);
    objects.push(['configmap', configMap(g, app, ns)]);
    if (g.chance(0.6)) objects.push(['secret', secret(g, app, ns)]);
    if (kind === 'Deployment' && g.chance(0.5))
      objects.push(['ingress', ingress(g, app, ns, `${app}.example.com`)]);
    const small = smallObjects(g, app, ns);
    if (kind === 'Deployment' && g.chance(0.5)) objects.push(['hpa', small.hpa]);
    if (g.chance(0.4)) objects.push(['pdb', small.pdb]);
    objects.push(['serviceaccount', small.sa]);
    // A copy-pasted object in another app is a duplicate-resource finding.
    if (a % 97 === 13) objects.push(['copy', service(g, app, app, ns)]);
    const dir = `apps/${team}/${app}`;
    const header = g.chance(0.3) ? '# Source: generated by the platform template\n' : '';
    const names = [];
    if (g.chance(0.25)) {
      write(`${dir}/all.yaml`, header + docs(...objects.map(([, lines]) => lines)));
      names.push('all.yaml');
    } else {
      for (const [name, lines] of objects) {
        write(`${dir}/${name}.yaml`, header + doc(lines));
        names.push(`${name}.yaml`);
      }
    }
    if (viaKustomize) {
      write(
        `${dir}/kustomization.yaml`,
        doc([
          'apiVersion: kustomize.config.k8s.io/v1beta1',
          'kind: Kustomization',
          `namespace: ${team}`,
          'resources:',
          ...names.map((n) => `  - ${n}`),
        ]),
      );
    }
  }
  return { files: count, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '10000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
    },
  });
  const files = Number(values.files);
  const out = values.out ?? path.join('bench/.corpus', String(files));
  const result = generateCorpus(out, { files, seed: Number(values.seed) });
  console.log(`${out}: ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB`);
}
