import { describe, expect, it } from 'vitest';
import type { Node } from 'yaml';
import { placeOf } from '../../src/engine/locate.js';
import type { K8sObject, Path } from '../../src/engine/parse.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import { Provenance } from '../../src/kustomize/built.js';
import type { StrategicMergeOptions } from '../../src/kustomize/strategic-merge.js';
import { applyStrategicMerge, mergeKeysAt, PatchError } from '../../src/kustomize/strategic-merge.js';

const BASE = 'base/manifest.yaml';
const PATCH = 'overlay/patch.yaml';

function parseOne(path: string, text: string): K8sObject {
  const [object] = parseManifestFile(path, text).objects;
  if (!object) throw new Error(`no object in ${path}`);
  return object;
}

/** The base object built with the patch applied from its parsed document (or from one inline node). */
function build(
  base: string,
  patch: string,
  options: StrategicMergeOptions & { inline?: boolean } = {},
): K8sObject {
  const source = parseOne(BASE, base);
  const patchObject = parseOne(PATCH, patch);
  const provenance = new Provenance();
  const value = provenance.copy(source.value, source);
  const from = options.inline
    ? { origin: { file: patchObject.file, node: patchObject.node.get('spec', true) as Node } }
    : { object: patchObject };
  applyStrategicMerge(value, patchObject.value, provenance, from, options);
  return { ...source, value, built: { source, provenance } };
}

/** `file:line:column` of where `placeOf` puts a path of a built object. */
function place(object: K8sObject, path: Path): string {
  const { file, region } = placeOf(object, path);
  return `${file.path}:${region.line}:${region.column}`;
}

/** `file:line:column` of `value` where it follows `before` in a file's text. */
function at(path: string, text: string, before: string, value: string): string {
  const offset = text.indexOf(before + value);
  if (offset < 0) throw new Error(`${JSON.stringify(before + value)} is not in ${path}`);
  const start = offset + before.length;
  const line = text.slice(0, start).split('\n').length;
  const column = start - text.lastIndexOf('\n', start - 1);
  return `${path}:${line}:${column}`;
}

const service = (spec: string, metadata = ''): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${metadata}spec:\n${spec}`;

const SERVICE = service(
  [
    '  selector:',
    '    app: web',
    '    tier: frontend',
    '  ports:',
    '    - name: http',
    '      port: 80',
    '      targetPort: 8080',
    '    - name: https',
    '      port: 443',
    '      targetPort: 8443',
    '  externalIPs:',
    '    - 10.0.0.1',
    '    - 10.0.0.2',
    '',
  ].join('\n'),
  '  labels:\n    app: web\n',
);

const deployment = (podSpec: string, kind = 'Deployment', apiVersion = 'apps/v1'): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n${podSpec}`;

const DEPLOYMENT = deployment(
  [
    '      containers:',
    '        - name: app',
    '          image: app:1',
    '          ports:',
    '            - containerPort: 8080',
    '              name: http',
    '          env:',
    '            - name: LOG_LEVEL',
    '              value: info',
    '            - name: MODE',
    '              value: prod',
    '        - name: sidecar',
    '          image: proxy:1',
    '      tolerations:',
    '        - key: dedicated',
    '          operator: Exists',
    '',
  ].join('\n'),
);

interface Case {
  name: string;
  base: string;
  patch: string;
  options?: StrategicMergeOptions & { inline?: boolean };
  /** The part of the built value the case is about: path -> expected value. */
  expected: [Path, unknown][];
  /** path -> [file, text before the value, the value's text] of where the built value points. */
  places: [Path, 'base' | 'patch', string, string][];
}

const cases: Case[] = [
  {
    name: 'a Service port changed by its merge key: the patched value points at the patch',
    base: SERVICE,
    patch: service('  ports:\n    - port: 443\n      targetPort: 9443\n'),
    expected: [
      [
        ['spec', 'ports'],
        [
          { name: 'https', port: 443, targetPort: 9443 },
          { name: 'http', port: 80, targetPort: 8080 },
        ],
      ],
    ],
    places: [
      [['spec', 'ports', 0, 'targetPort'], 'patch', 'targetPort: ', '9443'],
      [['spec', 'ports', 0, 'name'], 'base', 'name: ', 'https'],
      // The patch restates port 443 unchanged: the value keeps its base origin.
      [['spec', 'ports', 0, 'port'], 'base', 'port: ', '443'],
      [['spec', 'ports', 1, 'targetPort'], 'base', 'targetPort: ', '8080'],
      [['spec', 'ports', 1], 'base', '    - ', 'name: http'],
    ],
  },
  {
    name: 'a Service port added: new items come first (kyaml prepends), moved items keep their origin',
    base: SERVICE,
    patch: service('  ports:\n    - name: metrics\n      port: 9090\n'),
    expected: [
      [
        ['spec', 'ports'],
        [
          { name: 'metrics', port: 9090 },
          { name: 'http', port: 80, targetPort: 8080 },
          { name: 'https', port: 443, targetPort: 8443 },
        ],
      ],
    ],
    places: [
      [['spec', 'ports', 0], 'patch', '    - ', 'name: metrics'],
      [['spec', 'ports', 0, 'port'], 'patch', 'port: ', '9090'],
      [['spec', 'ports', 1], 'base', '    - ', 'name: http'],
      [['spec', 'ports', 1, 'port'], 'base', 'port: ', '80'],
      [['spec', 'ports', 2, 'targetPort'], 'base', 'targetPort: ', '8443'],
    ],
  },
  {
    name: 'a Service port deleted with $patch: delete',
    base: SERVICE,
    patch: service('  ports:\n    - port: 80\n      $patch: delete\n'),
    expected: [[['spec', 'ports'], [{ name: 'https', port: 443, targetPort: 8443 }]]],
    places: [
      [['spec', 'ports', 0], 'base', '    - ', 'name: https'],
      [['spec', 'ports', 0, 'port'], 'base', 'port: ', '443'],
    ],
  },
  {
    name: 'a list replaced with $patch: replace',
    base: SERVICE,
    patch: service('  ports:\n    - $patch: replace\n    - name: grpc\n      port: 50051\n'),
    expected: [[['spec', 'ports'], [{ name: 'grpc', port: 50051 }]]],
    places: [
      [['spec', 'ports'], 'patch', '  ports:\n    ', '- $patch: replace'],
      [['spec', 'ports', 0, 'port'], 'patch', 'port: ', '50051'],
    ],
  },
  {
    name: 'a port without protocol does not match a base port with protocol TCP (kustomize ignores it)',
    base: service(
      '  ports:\n    - name: http\n      port: 80\n      protocol: TCP\n      targetPort: 8080\n',
    ),
    patch: service('  ports:\n    - port: 80\n      targetPort: 9090\n'),
    expected: [[['spec', 'ports'], [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 8080 }]]],
    places: [[['spec', 'ports', 0, 'targetPort'], 'base', 'targetPort: ', '8080']],
  },
  {
    name: 'selector and labels maps merged; null deletes a key',
    base: SERVICE,
    patch: service('  selector:\n    tier: null\n    version: v2\n', '  labels:\n    team: payments\n'),
    expected: [
      [['spec', 'selector'], { app: 'web', version: 'v2' }],
      [['metadata', 'labels'], { app: 'web', team: 'payments' }],
    ],
    places: [
      [['spec', 'selector', 'version'], 'patch', 'version: ', 'v2'],
      [['spec', 'selector', 'app'], 'base', 'selector:\n    app: ', 'web'],
      [['metadata', 'labels', 'team'], 'patch', 'team: ', 'payments'],
      [['metadata', 'labels', 'app'], 'base', 'labels:\n    app: ', 'web'],
    ],
  },
  {
    name: 'a map replaced with $patch: replace, and one deleted with $patch: delete',
    base: service(
      '  selector:\n    app: web\n    tier: frontend\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 60\n',
    ),
    patch: service(
      '  selector:\n    $patch: replace\n    app: api\n  sessionAffinityConfig:\n    $patch: delete\n',
    ),
    expected: [
      [['spec', 'selector'], { app: 'api' }],
      [['spec', 'sessionAffinityConfig'], undefined],
    ],
    places: [[['spec', 'selector', 'app'], 'patch', 'app: ', 'api']],
  },
  {
    name: 'a list without merge key (externalIPs) is replaced whole',
    base: SERVICE,
    patch: service('  externalIPs:\n    - 10.0.0.9\n'),
    expected: [[['spec', 'externalIPs'], ['10.0.0.9']]],
    places: [
      [['spec', 'externalIPs'], 'patch', '  externalIPs:\n    ', '- 10.0.0.9'],
      [['spec', 'externalIPs', 0], 'patch', '- ', '10.0.0.9'],
    ],
  },
  {
    name: 'a container port added (Deployment pod template, key containerPort+protocol)',
    base: DEPLOYMENT,
    patch: deployment(
      '      containers:\n        - name: app\n          ports:\n            - containerPort: 9090\n              name: metrics\n',
    ),
    expected: [
      [
        ['spec', 'template', 'spec', 'containers', 0, 'ports'],
        [
          { containerPort: 9090, name: 'metrics' },
          { containerPort: 8080, name: 'http' },
        ],
      ],
      [['spec', 'template', 'spec', 'containers', 1, 'name'], 'sidecar'],
    ],
    places: [
      [
        ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'containerPort'],
        'patch',
        'containerPort: ',
        '9090',
      ],
      [
        ['spec', 'template', 'spec', 'containers', 0, 'ports', 1, 'containerPort'],
        'base',
        'containerPort: ',
        '8080',
      ],
      [['spec', 'template', 'spec', 'containers', 0, 'image'], 'base', 'image: ', 'app:1'],
      [['spec', 'template', 'spec', 'containers', 1, 'image'], 'base', 'image: ', 'proxy:1'],
    ],
  },
  {
    name: 'container env merged by name: changed, added, deleted',
    base: DEPLOYMENT,
    patch: deployment(
      [
        '      containers:',
        '        - name: app',
        '          env:',
        '            - name: MODE',
        '              value: staging',
        '            - name: REGION',
        '              value: eu',
        '            - name: LOG_LEVEL',
        '              $patch: delete',
        '',
      ].join('\n'),
    ),
    expected: [
      [
        ['spec', 'template', 'spec', 'containers', 0, 'env'],
        [
          { name: 'MODE', value: 'staging' },
          { name: 'REGION', value: 'eu' },
        ],
      ],
    ],
    places: [
      [['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'value'], 'patch', 'value: ', 'staging'],
      [['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'name'], 'base', 'name: ', 'MODE'],
      [['spec', 'template', 'spec', 'containers', 0, 'env', 1], 'patch', '            - ', 'name: REGION'],
    ],
  },
  {
    name: 'tolerations have no merge key: replaced; a new container comes first',
    base: DEPLOYMENT,
    patch: deployment(
      '      containers:\n        - name: init-db\n          image: db:1\n      tolerations:\n        - key: gpu\n          operator: Exists\n',
    ),
    expected: [
      [['spec', 'template', 'spec', 'tolerations'], [{ key: 'gpu', operator: 'Exists' }]],
      [
        ['spec', 'template', 'spec', 'containers'],
        [
          { name: 'init-db', image: 'db:1' },
          expect.objectContaining({ name: 'app' }),
          expect.objectContaining({ name: 'sidecar' }),
        ],
      ],
    ],
    places: [
      [['spec', 'template', 'spec', 'tolerations', 0, 'key'], 'patch', 'key: ', 'gpu'],
      [['spec', 'template', 'spec', 'containers', 0, 'image'], 'patch', 'image: ', 'db:1'],
      [['spec', 'template', 'spec', 'containers', 2, 'image'], 'base', 'image: ', 'proxy:1'],
    ],
  },
  {
    name: 'CronJob containers at spec.jobTemplate.spec.template.spec merge by name',
    base: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: job\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: main\n              image: main:1\n',
    patch:
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: job\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: main\n              image: main:2\n',
    expected: [
      [
        ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers'],
        [{ name: 'main', image: 'main:2' }],
      ],
    ],
    places: [
      [
        ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image'],
        'patch',
        'image: ',
        'main:2',
      ],
    ],
  },
  {
    name: 'finalizers merge as a set: the patch first, moved scalars keep their origin',
    base: service('  type: ClusterIP\n', '  finalizers:\n    - a.example/x\n    - b.example/y\n'),
    patch: service('  type: ClusterIP\n', '  finalizers:\n    - c.example/z\n    - b.example/y\n'),
    expected: [
      [
        ['metadata', 'finalizers'],
        ['c.example/z', 'b.example/y', 'a.example/x'],
      ],
    ],
    places: [
      [['metadata', 'finalizers', 0], 'patch', '- ', 'c.example/z'],
      [['metadata', 'finalizers', 1], 'base', '- ', 'b.example/y'],
      [['metadata', 'finalizers', 2], 'base', '- ', 'a.example/x'],
    ],
  },
  {
    name: 'Endpoints subsets have no merge key: replaced',
    base: 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses:\n      - ip: 10.1.1.1\n    ports:\n      - port: 5432\n',
    patch:
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses:\n      - ip: 10.2.2.2\n',
    expected: [[['subsets'], [{ addresses: [{ ip: '10.2.2.2' }] }]]],
    places: [[['subsets', 0, 'addresses', 0, 'ip'], 'patch', 'ip: ', '10.2.2.2']],
  },
  {
    name: 'a custom resource (Gateway API route) has no schema: its lists are replaced',
    base: 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  rules:\n    - backendRefs:\n        - name: web\n          port: 80\n',
    patch:
      'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  rules:\n    - backendRefs:\n        - name: api\n',
    expected: [[['spec', 'rules'], [{ backendRefs: [{ name: 'api' }] }]]],
    places: [[['spec', 'rules', 0, 'backendRefs', 0, 'name'], 'patch', 'name: ', 'api']],
  },
  {
    name: 'an inline patch: everything it writes points at its one node',
    base: SERVICE,
    patch: service('  selector:\n    version: v2\n  ports:\n    - port: 80\n      targetPort: 9090\n'),
    options: { inline: true },
    expected: [
      [['spec', 'selector', 'version'], 'v2'],
      [['spec', 'ports', 0, 'targetPort'], 9090],
    ],
    places: [
      [['spec', 'selector', 'version'], 'patch', 'spec:\n  ', 'selector:'],
      [['spec', 'ports', 0, 'targetPort'], 'patch', 'spec:\n  ', 'selector:'],
      [['spec', 'selector', 'app'], 'base', 'selector:\n    app: ', 'web'],
    ],
  },
  {
    name: 'kind, name and namespace stay the target’s',
    base: SERVICE,
    patch: service('  type: NodePort\n').replace('name: web', 'name: renamed\n  namespace: other'),
    expected: [
      [['metadata', 'name'], 'web'],
      [['metadata', 'namespace'], undefined],
      [['spec', 'type'], 'NodePort'],
    ],
    places: [
      [['metadata', 'name'], 'base', 'name: ', 'web'],
      [['spec', 'type'], 'patch', 'type: ', 'NodePort'],
    ],
  },
  {
    name: 'through a target, labels are strings: null is the text "null" (CopyMergeMetaDataFieldsFrom)',
    base: SERVICE,
    patch: service('  type: NodePort\n', '  labels:\n    app: null\n'),
    options: { metadataAsStrings: true },
    expected: [[['metadata', 'labels'], { app: 'null' }]],
    places: [[['metadata', 'labels', 'app'], 'patch', 'app: ', 'null']],
  },
];

const get = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, step) => (v as Record<string | number, unknown> | undefined)?.[step], value);

describe('applyStrategicMerge', () => {
  it.each(cases)('$name', ({ base, patch, options, expected, places }) => {
    const built = build(base, patch, options);
    for (const [path, value] of expected) expect(get(built.value, path), path.join('.')).toEqual(value);
    for (const [path, which, before, text] of places) {
      const expectedPlace = which === 'base' ? at(BASE, base, before, text) : at(PATCH, patch, before, text);
      expect(place(built, path), path.join('.')).toBe(expectedPlace);
    }
  });

  it('deletes the whole object with $patch: delete at its top', () => {
    const built = build(SERVICE, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n$patch: delete\n');
    expect(built.value).toEqual({});
  });

  it('keeps the object as it was with $patch: replace at its top, as kustomize does', () => {
    const built = build(
      SERVICE,
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n$patch: replace\nspec:\n  type: NodePort\n',
    );
    expect(built.value).toEqual(parseOne(BASE, SERVICE).value);
  });

  it('copies $retainKeys and $setElementOrder as plain keys, as kyaml does', () => {
    const built = build(
      DEPLOYMENT,
      deployment('      $setElementOrder/containers:\n        - name: sidecar\n        - name: app\n'),
    );
    expect(get(built.value, ['spec', 'template', 'spec', '$setElementOrder/containers'])).toEqual([
      { name: 'sidecar' },
      { name: 'app' },
    ]);
    expect(get(built.value, ['spec', 'template', 'spec', 'containers', 0, 'name'])).toBe('app');
  });

  it('fails as kustomize does on an unknown directive and on a list patched with a map', () => {
    expect(() => build(SERVICE, service('  ports:\n    - $patch: merge-all\n'))).toThrow(PatchError);
    expect(() => build(SERVICE, service('  ports:\n    port: 80\n'))).toThrow(/wrong node kind/);
  });

  it('collapses items with the same merge keys, as kyaml does (kubernetes-sigs/kustomize#3426)', () => {
    const base = deployment(
      '      containers:\n        - name: app\n          ports:\n            - containerPort: 8080\n              name: a\n            - containerPort: 8080\n              name: b\n',
    );
    const built = build(base, deployment('      containers:\n        - name: app\n          image: app:2\n'));
    expect(get(built.value, ['spec', 'template', 'spec', 'containers', 0, 'ports'])).toEqual([
      { containerPort: 8080, name: 'b' },
    ]);
  });

  it('reads the merge keys from the kind and the path', () => {
    expect(mergeKeysAt('v1', 'Service', ['spec', 'ports'])).toEqual(['port', 'protocol']);
    expect(mergeKeysAt('apps/v1', 'Deployment', ['spec', 'template', 'spec', 'containers'])).toEqual([
      'name',
    ]);
    expect(
      mergeKeysAt('apps/v1', 'StatefulSet', ['spec', 'template', 'spec', 'containers', 'ports']),
    ).toEqual(['containerPort', 'protocol']);
    expect(
      mergeKeysAt('batch/v1', 'CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'volumes']),
    ).toEqual(['name']);
    expect(mergeKeysAt('v1', 'Pod', ['spec', 'containers', 'volumeMounts'])).toEqual(['mountPath']);
    expect(mergeKeysAt('v1', 'Pod', ['metadata', 'finalizers'])).toEqual([]);
    expect(mergeKeysAt('v1', 'Pod', ['spec', 'tolerations'])).toBeUndefined();
    expect(mergeKeysAt('v1', 'Endpoints', ['subsets'])).toBeUndefined();
    expect(mergeKeysAt('discovery.k8s.io/v1', 'EndpointSlice', ['ports'])).toBeUndefined();
    expect(mergeKeysAt('networking.k8s.io/v1', 'Ingress', ['spec', 'rules'])).toBeUndefined();
    // Removed before Kubernetes 1.21, so not in kyaml's schema: its lists are replaced.
    expect(
      mergeKeysAt('extensions/v1beta1', 'Deployment', ['spec', 'template', 'spec', 'containers']),
    ).toBeUndefined();
  });
});
