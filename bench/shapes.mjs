// Deterministic generators of the shapes that would expose a quadratic path or unbounded memory (issue 12):
// each one a single trap, beside the platform corpus of generate.mjs. Same seed and size, same bytes.
//
//   node bench/shapes.mjs --shape services [--quick] [--out DIR] [--seed N]
//
// | shape    | what                                                                                       |
// |----------|--------------------------------------------------------------------------------------------|
// | services | one namespace, 5,000 selector Services and 5,000 Deployments (10,000 files)                |
// | slices   | one selector-less Service with 1,000 EndpointSlices (and its Endpoints)                     |
// | kustomize| 2,000 small files in one kustomize build (namespace, namePrefix, patches) and an overlay    |
// | list     | one 9 MB single-line JSON `kind: List` of Services, Endpoints and Deployments               |
//
// `--quick` gives a small version of each (CI: the correctness comparison only).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Generator, TEAMS, WORDS, container, doc, docs, indent, metadata } from './generate.mjs';

const TIERS = ['frontend', 'backend', 'worker', 'data'];

/** A file writer under `out` (removed first) that counts files and bytes. */
function writer(out) {
  rmSync(out, { recursive: true, force: true });
  const made = { files: 0, bytes: 0 };
  const write = (rel, text) => {
    const file = path.join(out, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    made.files++;
    made.bytes += Buffer.byteLength(text);
  };
  return { write, made };
}

/** Names unique within a shape: two words and the index. */
const appName = (g, i) => `${g.pick(WORDS)}-${g.pick(WORDS)}-${i}`;

// ---------------------------------------------------------------------------------------------------------
// services: one namespace with thousands of selector Services and Deployments.

/**
 * Pod labels of an app. Every app carries the same keys, most with values many apps share (team, tier,
 * part-of, managed-by, environment): a selector matched by scanning the templates of the namespace, or through
 * an index keyed by its first label, is quadratic here.
 */
function appLabels(app, team, tier, version, legacy) {
  const lines = [
    `app.kubernetes.io/name: ${app}`,
    `app.kubernetes.io/instance: ${app}`,
    `app.kubernetes.io/version: "${version}"`,
    `app.kubernetes.io/component: ${tier}`,
    `app.kubernetes.io/part-of: ${team}`,
    'app.kubernetes.io/managed-by: Helm',
    `team: ${team}`,
    `tier: ${tier}`,
    'environment: production',
  ];
  if (legacy) lines.push(`app: ${app}`);
  return lines;
}

function deployment(g, { app, ns, team, tier, version, port, legacy }) {
  const podLabels = appLabels(app, team, tier, version, legacy);
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    ...metadata(app, ns, ['labels:', ...indent(podLabels, 2)]),
    'spec:',
    `  replicas: ${g.int(1, 6)}`,
    '  revisionHistoryLimit: 5',
    '  selector:',
    '    matchLabels:',
    ...indent(legacy ? [`app: ${app}`] : podLabels.slice(0, 2), 6),
    '  template:',
    '    metadata:',
    '      labels:',
    ...indent(podLabels, 8),
    '      annotations:',
    '        prometheus.io/scrape: "true"',
    `        checksum/config: ${g.hex(64)}`,
    '    spec:',
    `      serviceAccountName: ${app}`,
    '      containers:',
    ...indent(container(g, app, version, port), 8),
    '      volumes:',
    '        - name: config',
    '          configMap:',
    `            name: ${app}-config`,
    '        - name: tmp',
    '          emptyDir: {}',
    '      topologySpreadConstraints:',
    '        - maxSkew: 1',
    '          topologyKey: topology.kubernetes.io/zone',
    '          whenUnsatisfiable: ScheduleAnyway',
    '          labelSelector:',
    '            matchLabels:',
    `              app.kubernetes.io/name: ${app}`,
  ];
}

function selectorService(name, ns, selector, ports, extraLabels = []) {
  const lines = [
    'apiVersion: v1',
    'kind: Service',
    ...metadata(name, ns, ['labels:', ...indent(extraLabels, 2)]),
    'spec:',
    '  type: ClusterIP',
    '  selector:',
    ...indent(selector, 4),
    '  ports:',
  ];
  for (const [portName, number, target] of ports)
    lines.push(
      `    - name: ${portName}`,
      `      port: ${number}`,
      `      targetPort: ${target}`,
      '      protocol: TCP',
    );
  return lines;
}

function ingressFor(name, ns, backend) {
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    ...metadata(name, ns),
    'spec:',
    '  ingressClassName: nginx',
    '  rules:',
    `    - host: ${name}.shop.example.com`,
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    `                name: ${backend}`,
    '                port:',
    '                  name: http',
  ];
}

/**
 * `apps` Deployments and as many Services, all in namespace `shop`, two files per app: two thirds in a
 * directory per app (`apps/<team>/<app>/`), a third flat in one directory (`flat/`, one `kubectl apply -f`
 * unit of 3,334 objects). Selectors: the app's name and instance (most), shared labels first and the name
 * last, the legacy `app:` label, and 1 in 100 shared labels only (a team's tier: selects dozens). Mistakes:
 * 1 in 50 a selector value with a typo, 1 in 50 a targetPort no container names, 1 in 20 apps an Ingress,
 * a tenth of them naming a Service that does not exist (the near-miss suggestion path).
 */
export function generateServices(out, { apps = 5000, seed = 42 } = {}) {
  const g = new Generator(seed);
  const { write, made } = writer(out);
  const ns = 'shop';
  for (let i = 0; i < apps; i++) {
    const team = TEAMS[i % TEAMS.length];
    const tier = TIERS[(i >> 2) % TIERS.length];
    const app = appName(g, i);
    const version = `${g.int(0, 4)}.${g.int(0, 30)}.${g.int(0, 9)}`;
    const port = g.pick([8080, 8000, 3000, 9000]);
    const legacy = i % 10 === 3;
    let selector;
    let name = app;
    if (i % 100 === 50) {
      // An aggregate Service over a team's tier (`commerce-backend`): many templates match it.
      name = `${team}-${tier}-${i}`;
      selector = [`team: ${team}`, `tier: ${tier}`];
    } else if (legacy) selector = [`app: ${app}`];
    else if (i % 7 === 1)
      selector = [
        `app.kubernetes.io/part-of: ${team}`,
        `app.kubernetes.io/component: ${tier}`,
        'environment: production',
        `app.kubernetes.io/name: ${app}`,
      ];
    else selector = [`app.kubernetes.io/name: ${app}`, `app.kubernetes.io/instance: ${app}`];
    if (i % 50 === 17) selector = selector.map((l, k) => (k === selector.length - 1 ? `${l}x` : l));
    const workload = deployment(g, { app, ns, team, tier, version, port, legacy });
    // An aggregate Service targets the port name every app declares.
    const target = i % 50 === 29 ? 'web' : i % 100 === 50 || g.chance(0.5) ? 'http' : port;
    const ports = [['http', 80, target]];
    if (workload.some((l) => l.endsWith('- name: metrics')) && g.chance(0.5))
      ports.push(['metrics', 9090, 'metrics']);
    const svc = selectorService(name, ns, selector, ports, [
      `app.kubernetes.io/name: ${app}`,
      `team: ${team}`,
    ]);
    const extra = i % 20 === 11 ? [ingressFor(app, ns, i % 200 === 11 ? `${app}-svc` : name)] : [];
    if (i % 3 === 2) {
      write(`flat/${app}-deployment.yaml`, doc(workload));
      write(`flat/${app}-service.yaml`, docs(svc, ...extra));
    } else {
      write(`apps/${team}/${app}/deployment.yaml`, doc(workload));
      write(`apps/${team}/${app}/service.yaml`, docs(svc, ...extra));
    }
  }
  return made;
}

// ---------------------------------------------------------------------------------------------------------
// slices: one selector-less Service with a thousand hand-written EndpointSlices.

function endpointSlice(g, name, service, ns, i, { ports, addresses, mistake }) {
  const lines = [
    'apiVersion: discovery.k8s.io/v1',
    'kind: EndpointSlice',
    ...metadata(name, ns, [
      'labels:',
      `  kubernetes.io/service-name: ${mistake === 'label' ? `${service}-old` : service}`,
      '  endpointslice.kubernetes.io/managed-by: platform-team',
      `  topology.example.com/rack: rack-${i % 40}`,
    ]),
    `addressType: ${mistake === 'fqdn' ? 'FQDN' : 'IPv4'}`,
    'ports:',
  ];
  for (const [portName, number] of ports)
    lines.push(
      `  - name: ${mistake === 'port' && portName === 'postgres' ? 'postgresql' : portName}`,
      `    port: ${number}`,
      '    protocol: TCP',
    );
  lines.push('endpoints:');
  for (const [k, ip] of addresses.entries()) {
    lines.push(
      '  - addresses:',
      `      - "${mistake === 'fqdn' ? `db-${i}-${k}.example.com` : ip}"`,
      '    conditions:',
      `      ready: ${g.chance(0.95)}`,
      `    hostname: db-${i}-${k}`,
      `    nodeName: node-${g.int(1, 300)}`,
      `    zone: ${g.pick(['eu-west-1a', 'eu-west-1b', 'eu-west-1c'])}`,
    );
  }
  return lines;
}

/**
 * Service `data/legacy-db` (no selector, ports postgres and metrics) with `slices` EndpointSlices carrying
 * `kubernetes.io/service-name: legacy-db`: four in five one per file under `slices/`, the rest in one
 * multi-document `slices-bulk.yaml`. 1 to 60 endpoints each. Also its Endpoints (over the mirroring limit
 * of 1,000 addresses). Mistakes: 1 in 100 slices with a port name the Service lacks, 1 in 250 with a
 * loopback address, 1 in 400 with another service-name (a slice without Service), one FQDN slice.
 */
export function generateSlices(out, { slices = 1000, seed = 42 } = {}) {
  const g = new Generator(seed);
  const { write, made } = writer(out);
  const ns = 'data';
  const service = 'legacy-db';
  const ports = [
    ['postgres', 5432],
    ['metrics', 9187],
  ];
  const dir = 'infra/external/legacy-db';
  const svc = ['apiVersion: v1', 'kind: Service', ...metadata(service, ns), 'spec:', '  ports:'];
  for (const [n, p] of ports) svc.push(`    - name: ${n}`, `      port: ${p}`, '      protocol: TCP');
  write(`${dir}/service.yaml`, doc(svc));

  const endpointsAddresses = [];
  const bulk = [];
  for (let i = 0; i < slices; i++) {
    const addresses = Array.from({ length: g.int(1, 60) }, (_, k) =>
      i % 250 === 7 && k === 0 ? '127.0.0.1' : `10.${(i >> 8) & 255}.${i & 255}.${k + 1}`,
    );
    if (endpointsAddresses.length < 1200) endpointsAddresses.push(...addresses);
    const mistake =
      i === Math.min(slices - 1, 500)
        ? 'fqdn'
        : i % 100 === 42
          ? 'port'
          : i % 400 === 99
            ? 'label'
            : undefined;
    const name = `${service}-${String(i).padStart(4, '0')}-${g.hex(5)}`;
    const lines = endpointSlice(g, name, service, ns, i, { ports, addresses, mistake });
    if (i % 5 === 4) bulk.push(lines);
    else write(`${dir}/slices/${name}.yaml`, doc(lines));
  }
  if (bulk.length > 0) write(`${dir}/slices-bulk.yaml`, docs(...bulk));

  const ep = ['apiVersion: v1', 'kind: Endpoints', ...metadata(service, ns), 'subsets:', '  - addresses:'];
  for (const ip of endpointsAddresses) ep.push(`      - ip: ${ip}`);
  ep.push('    ports:');
  for (const [n, p] of ports) ep.push(`      - name: ${n}`, `        port: ${p}`, '        protocol: TCP');
  write(`${dir}/endpoints.yaml`, doc(ep));
  return made;
}

// ---------------------------------------------------------------------------------------------------------
// kustomize: one build of thousands of small files, renamed, moved and patched, and an overlay of it.

function smallDeployment(app, team, port, replicas) {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${app}`,
    '  labels:',
    `    app: ${app}`,
    'spec:',
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels:',
    `      app: ${app}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${app}`,
    `        team: ${team}`,
    '    spec:',
    '      containers:',
    `        - name: ${app}`,
    `          image: registry.example.com/${app}:1.0.0`,
    '          ports:',
    '            - name: http',
    `              containerPort: ${port}`,
  ];
}

function smallService(app, port) {
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${app}`,
    'spec:',
    '  selector:',
    `    app: ${app}`,
    '  ports:',
    '    - name: http',
    '      port: 80',
    `      targetPort: ${port % 2 ? 'http' : port}`,
  ];
}

/**
 * `deploy/base/kustomization.yaml` lists `files` files of one object each (`resources/<kind>/<name>.yaml`):
 * Deployments and their Services, ConfigMaps, selector-less Services with their Endpoints and a slice each.
 * The base sets `namespace: shop` and `namePrefix: acme-` and has three patches: a strategic merge of one
 * Deployment by its own id, a JSON 6902 on one Service (renames a port: a port-name finding the patch owns)
 * and a strategic merge whose target is every Deployment (a label selector). `deploy/overlays/prod` builds
 * the base with `namespace: shop-prod`, `nameSuffix: -prod`, `labels` and a replicas patch. Mistakes: 1 in 10
 * slices' service-name label lacks the overlay's suffix (kustomize does not rewrite that label), 1 in 40
 * selector-less Services' Endpoints with a port name typo.
 */
export function generateKustomize(out, { files = 2000, seed = 42 } = {}) {
  const g = new Generator(seed);
  const { write, made } = writer(out);
  const base = 'deploy/base';
  const resources = [];
  const add = (kind, name, lines) => {
    const rel = `resources/${kind}/${name}.yaml`;
    write(`${base}/${rel}`, doc(lines));
    resources.push(rel);
  };
  let firstDeployment;
  let firstExternal;
  for (let i = 0; resources.length < files; i++) {
    const team = TEAMS[i % TEAMS.length];
    const app = appName(g, i);
    const port = g.pick([8080, 8000, 3000, 9000]);
    if (i % 5 !== 4) {
      add('deployment', app, smallDeployment(app, team, port, g.int(1, 4)));
      if (resources.length < files) add('service', app, smallService(app, port));
      if (i % 3 === 0 && resources.length < files)
        add('configmap', `${app}-config`, [
          'apiVersion: v1',
          'kind: ConfigMap',
          ...metadata(`${app}-config`),
          'data:',
          `  LOG_LEVEL: ${g.pick(['info', 'debug', 'warn'])}`,
          `  UPSTREAM: ${g.pick(WORDS)}.${g.pick(WORDS)}.svc.cluster.local:${g.pick([80, 443, 8080])}`,
        ]);
      firstDeployment ??= app;
    } else {
      // A selector-less Service for something outside the cluster, its Endpoints and a slice.
      const name = `${g.pick(WORDS)}-ext-${i}`;
      firstExternal ??= name;
      const ip = `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
      add('service', name, [
        'apiVersion: v1',
        'kind: Service',
        ...metadata(name),
        'spec:',
        '  ports:',
        '    - name: tcp',
        '      port: 5432',
      ]);
      if (resources.length < files)
        add('endpoints', name, [
          'apiVersion: v1',
          'kind: Endpoints',
          ...metadata(name),
          'subsets:',
          '  - addresses:',
          `      - ip: ${ip}`,
          '    ports:',
          `      - name: ${i % 40 === 9 ? 'tpc' : 'tcp'}`,
          '        port: 5432',
        ]);
      if (resources.length < files)
        add('endpointslice', `${name}-1`, [
          'apiVersion: discovery.k8s.io/v1',
          'kind: EndpointSlice',
          ...metadata(`${name}-1`, undefined, [
            'labels:',
            // kustomize does not rewrite this label: written as the overlay names the Service, except 1 in 10
            // (without the overlay's suffix).
            `  kubernetes.io/service-name: acme-${name}${i % 10 === 4 ? '' : '-prod'}`,
            '  endpointslice.kubernetes.io/managed-by: platform-team',
          ]),
          'addressType: IPv4',
          'ports:',
          '  - name: tcp',
          '    port: 5432',
          'endpoints:',
          '  - addresses:',
          `      - "${ip}"`,
        ]);
    }
  }
  write(
    `${base}/patches/replicas.yaml`,
    doc([
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: ${firstDeployment}`,
      'spec:',
      '  replicas: 5',
    ]),
  );
  write(
    `${base}/patches/tolerations.yaml`,
    doc([
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: not-used',
      'spec:',
      '  template:',
      '    spec:',
      '      tolerations:',
      '        - key: dedicated',
      '          operator: Equal',
      '          value: shop',
      '          effect: NoSchedule',
    ]),
  );
  write(
    `${base}/kustomization.yaml`,
    doc([
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'namespace: shop',
      'namePrefix: acme-',
      'resources:',
      ...resources.map((r) => `  - ${r}`),
      'patches:',
      '  - path: patches/replicas.yaml',
      '  - path: patches/tolerations.yaml',
      '    target:',
      '      kind: Deployment',
      '  - target:',
      '      kind: Service',
      `      name: ${firstExternal}`,
      '    patch: |-',
      '      - op: replace',
      '        path: /spec/ports/0/name',
      '        value: postgres',
    ]),
  );
  const overlay = 'deploy/overlays/prod';
  write(
    `${overlay}/replicas.yaml`,
    doc([
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: acme-${firstDeployment}`,
      'spec:',
      '  replicas: 10',
    ]),
  );
  write(
    `${overlay}/kustomization.yaml`,
    doc([
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'namespace: shop-prod',
      'nameSuffix: -prod',
      'resources:',
      '  - ../../base',
      'labels:',
      '  - pairs:',
      '      environment: production',
      'patches:',
      '  - path: replicas.yaml',
    ]),
  );
  return made;
}

// ---------------------------------------------------------------------------------------------------------
// list: `kubectl get svc,ep,deploy -A -o json | jq -c`, one line.

function listDeployment(g, app, ns, team, port, uid) {
  const labels = { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': team, team };
  const env = Array.from({ length: g.int(4, 20) }, (_, k) => ({
    name: `${g.pick(WORDS).toUpperCase()}_${k}`,
    value: `${g.pick(WORDS)}.${g.pick(WORDS)}.svc.cluster.local`,
  }));
  const spec = {
    replicas: g.int(1, 6),
    selector: { matchLabels: { 'app.kubernetes.io/name': app } },
    template: {
      metadata: { labels, annotations: { 'checksum/config': g.hex(64) } },
      spec: {
        containers: [
          {
            name: app,
            image: `registry.example.com/${app}:1.${g.int(0, 30)}.${g.int(0, 9)}`,
            args: [`--port=${port}`, '--log-level=info'],
            ports: [
              { name: 'http', containerPort: port, protocol: 'TCP' },
              { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
            ],
            env,
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
            readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 },
          },
        ],
      },
    },
  };
  const object = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app, namespace: ns, labels },
    spec,
  };
  return {
    ...object,
    metadata: {
      ...object.metadata,
      uid,
      resourceVersion: String(g.int(1e6, 9e6)),
      generation: g.int(1, 40),
      creationTimestamp: '2026-11-02T10:00:00Z',
      annotations: {
        'deployment.kubernetes.io/revision': String(g.int(1, 40)),
        'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(object)}\n`,
      },
    },
    status: { observedGeneration: 3, replicas: spec.replicas, readyReplicas: spec.replicas },
  };
}

/**
 * One `list.json` of about `bytes` bytes on one line: a v1 List of Deployments with their Services (a
 * selector), and for 1 app in 5 a selector-less Service with its Endpoints; namespaces are the teams.
 * Mistakes: 1 in 30 selector Services target a port name no container has, 1 in 11 Endpoints carry a name
 * typo.
 */
export function generateList(out, { bytes = 9_000_000, seed = 42 } = {}) {
  const g = new Generator(seed);
  const { write, made } = writer(out);
  const items = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const team = TEAMS[i % TEAMS.length];
    const app = appName(g, i);
    const port = g.pick([8080, 8000, 3000, 9000]);
    const uid = () => `${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    const added = [
      listDeployment(g, app, team, team, port, uid()),
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: app, namespace: team, uid: uid(), resourceVersion: String(g.int(1e6, 9e6)) },
        spec: {
          type: 'ClusterIP',
          clusterIP: `10.96.${g.int(0, 255)}.${g.int(1, 254)}`,
          selector: { 'app.kubernetes.io/name': app },
          ports: [{ name: 'http', port: 80, targetPort: i % 30 === 7 ? 'web' : 'http', protocol: 'TCP' }],
        },
      },
    ];
    if (i % 5 === 2) {
      const name = `${g.pick(WORDS)}-ext-${i}`;
      added.push(
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name, namespace: team, uid: uid() },
          spec: { ports: [{ name: 'tcp', port: 5432, protocol: 'TCP' }] },
        },
        {
          apiVersion: 'v1',
          kind: 'Endpoints',
          metadata: { name: i % 11 === 7 ? `${name}x` : name, namespace: team, uid: uid() },
          subsets: [
            {
              addresses: Array.from({ length: g.int(1, 4) }, () => ({
                ip: `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
              })),
              ports: [{ name: 'tcp', port: 5432, protocol: 'TCP' }],
            },
          ],
        },
      );
    }
    for (const item of added) {
      items.push(item);
      size += JSON.stringify(item).length + 1;
    }
  }
  write(
    'list.json',
    `${JSON.stringify({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items })}\n`,
  );
  return made;
}

// ---------------------------------------------------------------------------------------------------------

/** The shapes, full size and quick (CI) size. */
export const SHAPES = {
  services: { generate: generateServices, full: { apps: 5000 }, quick: { apps: 150 } },
  slices: { generate: generateSlices, full: { slices: 1000 }, quick: { slices: 60 } },
  kustomize: { generate: generateKustomize, full: { files: 2000 }, quick: { files: 120 } },
  list: { generate: generateList, full: { bytes: 9_000_000 }, quick: { bytes: 150_000 } },
};

/** Writes shape `name` (quick or full size) under `out`. Returns {files, bytes}. */
export function generateShape(name, out, { quick = false, seed = 42 } = {}) {
  const shape = SHAPES[name];
  if (!shape) throw new Error(`unknown shape ${name} (one of ${Object.keys(SHAPES).join(', ')})`);
  return shape.generate(out, { ...(quick ? shape.quick : shape.full), seed });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      shape: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
    },
  });
  for (const name of (values.shape ?? Object.keys(SHAPES).join(',')).split(',')) {
    const out = values.out ?? path.join('bench/.corpus', `shape-${name}${values.quick ? '-quick' : ''}`);
    const made = generateShape(name, out, { quick: values.quick, seed: Number(values.seed) });
    console.log(`${out}: ${made.files} files, ${(made.bytes / 1e6).toFixed(1)} MB`);
  }
}
