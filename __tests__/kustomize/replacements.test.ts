import { describe, expect, it } from 'vitest';
import type { Path } from '../../src/engine/parse.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import type { Origin } from '../../src/kustomize/built.js';
import { locateBuilt, Provenance, sourceContainerOrigin } from '../../src/kustomize/built.js';
import type { BuiltTarget, PreviousId } from '../../src/kustomize/replacements.js';
import {
  applyReplacements,
  matchesLabelSelector,
  replacementsInFile,
  resolvePlainScalar,
  smarterPathSplitter,
} from '../../src/kustomize/replacements.js';

const MANIFESTS = 'base/objects.yaml';
const KUSTOMIZATION = 'overlay/kustomization.yaml';

/** Builds the objects of `manifests` (values copied with provenance) and applies the kustomization's replacements. */
function run(manifests: string, kustomization: string, previous: Record<string, PreviousId[]> = {}) {
  const parsed = parseManifestFile(MANIFESTS, manifests);
  const objects: BuiltTarget[] = parsed.objects.map((o) => {
    const provenance = new Provenance();
    const target: BuiltTarget = {
      kind: o.kind,
      apiVersion: o.apiVersion,
      name: o.name,
      value: provenance.copy(o.value, o),
      provenance,
    };
    if (o.namespace) target.namespace = o.namespace;
    const prev = previous[`${o.kind}/${o.name}`];
    if (prev) target.previousIds = prev;
    return target;
  });
  const sources = new Map(objects.map((t, i) => [t, parsed.objects[i]!]));
  const document = parseManifestFile(KUSTOMIZATION, kustomization).kustomization!.document!;
  const entries = document.value.replacements as unknown[];
  const origin = (i: number): Origin => sourceContainerOrigin(document, entries[i] as object)!;
  const errors = applyReplacements(objects, entries, origin);

  const find = (ref: string): BuiltTarget => {
    const found = objects.find((o) => `${o.kind}/${o.name}` === ref);
    if (!found) throw new Error(`no object ${ref}`);
    return found;
  };
  const valueAt = (ref: string, path: Path): unknown =>
    path.reduce<unknown>(
      (v, step) => (v as Record<string | number, unknown> | undefined)?.[step],
      find(ref).value,
    );
  /** The replacement (its index) a built value was written from, or the file it was copied from. */
  const writtenBy = (ref: string, path: Path): number | string => {
    const object = find(ref);
    const source = sources.get(object)!;
    const located = locateBuilt(
      object.value,
      object.provenance,
      { file: source.file, node: source.node },
      path,
    );
    if (located.file.path !== KUSTOMIZATION) return located.file.path;
    return entries.findIndex((_, i) => origin(i).node === located.deepest);
  };
  return { objects, errors, find, valueAt, writtenBy };
}

const yamlDocs = (...docs: string[]): string => docs.join('---\n');

const service = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
  annotations:
    cloud.google.com/backend-config: '{"ports": {"http":"old-config"}}'
spec:
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: 8080
`;

const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: site
  namespace: shop
spec:
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: placeholder
            port:
              number: 80
`;

const config = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data:
  HOST: tomcat.svc.cluster.local
  PORT: "9090"
  FLAG: "true"
  LIST: a.b
  prometheus.yml: |-
    global:
      external_labels:
        env: TARGET
`;

const deployment = (name: string, labels = '', annotations = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
${labels ? `  labels:\n${labels}` : ''}${annotations ? `  annotations:\n${annotations}` : ''}spec:
  template:
    spec:
      containers:
      - name: app
        image: app:1
        ports:
        - containerPort: 80
        - containerPort: 8080
        env:
        - name: MODE
          value: prod
      - name: app-sidecar
        image: sidecar:1
      - name: db
        image: db:1
        args: ["--port=80", "--verbose"]
`;

interface Case {
  name: string;
  manifests: string;
  /** The `replacements:` list, as YAML. */
  replacements: string;
  previous?: Record<string, PreviousId[]>;
  /** [object `Kind/name`, path, expected value] */
  values?: [string, Path, unknown][];
  /** Every error, in order. */
  errors?: (string | RegExp)[];
  /** [object, path, replacement index or source file] */
  writtenBy?: [string, Path, number | string][];
}

const IMAGE = (i: number): Path => ['spec', 'template', 'spec', 'containers', i, 'image'];
const BACKEND: Path = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service'];

const cases: Case[] = [
  {
    name: "the source field defaults to metadata.name: a Service's name into an Ingress backend",
    manifests: yamlDocs(service, ingress),
    replacements: `
- source: {kind: Service, name: web}
  targets:
  - select: {kind: Ingress}
    fieldPaths: [spec.rules.0.http.paths.0.backend.service.name]
`,
    values: [['Ingress/site', [...BACKEND, 'name'], 'web']],
    writtenBy: [
      ['Ingress/site', [...BACKEND, 'name'], 0],
      ['Ingress/site', [...BACKEND, 'port', 'number'], MANIFESTS],
    ],
  },
  {
    name: 'a target list item [key=value] is an unanchored regular expression: every item it matches',
    manifests: yamlDocs(deployment('web'), config),
    replacements: `
- source: {kind: ConfigMap, name: cfg, fieldPath: data.HOST}
  targets:
  - select: {kind: Deployment}
    fieldPaths: ['spec.template.spec.containers.[name=app].image']
`,
    values: [
      ['Deployment/web', IMAGE(0), 'tomcat.svc.cluster.local'],
      ['Deployment/web', IMAGE(1), 'tomcat.svc.cluster.local'],
      ['Deployment/web', IMAGE(2), 'db:1'],
    ],
    writtenBy: [
      ['Deployment/web', IMAGE(0), 0],
      ['Deployment/web', IMAGE(1), 0],
      ['Deployment/web', IMAGE(2), MANIFESTS],
    ],
  },
  {
    name: 'an anchored pattern selects only the item named so; numbers are matched as text',
    manifests: yamlDocs(deployment('web'), config),
    replacements: `
- sourceValue: one
  targets:
  - select: {kind: Deployment}
    fieldPaths: ['spec.template.spec.containers.[name=^app$].image']
- sourceValue: http
  targets:
  - select: {kind: Deployment}
    fieldPaths: ['spec.template.spec.containers.0.ports.[containerPort=80].name']
    options: {create: true}
`,
    values: [
      ['Deployment/web', IMAGE(0), 'one'],
      ['Deployment/web', IMAGE(1), 'sidecar:1'],
      // 80 and 8080 both contain "80".
      ['Deployment/web', ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'name'], 'http'],
      ['Deployment/web', ['spec', 'template', 'spec', 'containers', 0, 'ports', 1, 'name'], 'http'],
    ],
  },
  {
    name: '[=pattern] selects items of a list of scalars, which are written whole',
    manifests: deployment('web'),
    replacements: `
- sourceValue: --port=9090
  targets:
  - select: {kind: Deployment}
    fieldPaths: ['spec.template.spec.containers.2.args.[=--port]']
`,
    values: [
      ['Deployment/web', ['spec', 'template', 'spec', 'containers', 2, 'args'], ['--port=9090', '--verbose']],
    ],
  },
  {
    name: '* walks every item of a list; with create, a missing [name=value] item is appended to each',
    manifests: deployment('web'),
    replacements: `
- sourceValue: db.shop
  targets:
  - select: {kind: Deployment}
    fieldPaths: ['spec.template.spec.containers.*.env.[name=DB_HOST].value']
    options: {create: true}
`,
    values: [
      [
        'Deployment/web',
        ['spec', 'template', 'spec', 'containers', 0, 'env'],
        [
          { name: 'MODE', value: 'prod' },
          { name: 'DB_HOST', value: 'db.shop' },
        ],
      ],
      [
        'Deployment/web',
        ['spec', 'template', 'spec', 'containers', 1, 'env'],
        [{ name: 'DB_HOST', value: 'db.shop' }],
      ],
      [
        'Deployment/web',
        ['spec', 'template', 'spec', 'containers', 2, 'env'],
        [{ name: 'DB_HOST', value: 'db.shop' }],
      ],
    ],
    writtenBy: [
      ['Deployment/web', ['spec', 'template', 'spec', 'containers', 0, 'env', 1, 'value'], 0],
      ['Deployment/web', ['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'value'], MANIFESTS],
      ['Deployment/web', ['spec', 'template', 'spec', 'containers', 1, 'env'], 0],
    ],
  },
  {
    name: '* on a mapping fails the build',
    manifests: deployment('web', '    app: web\n'),
    replacements: `
- sourceValue: x
  targets:
  - select: {kind: Deployment}
    fieldPaths: ['metadata.labels.*']
`,
    errors: [
      'replacements[0]: unable to find field "metadata.labels.*" in replacement target Deployment web: wrong node kind: expected SequenceNode but got MappingNode',
    ],
  },
  {
    name: 'keys with dots: escaped (\\.) or bracketed ([a.b.c]); created with options.create',
    manifests: deployment('web'),
    replacements: `
- sourceValue: team-a
  targets:
  - select: {kind: Deployment}
    fieldPaths: ['metadata.annotations.example\\.com/owner', 'metadata.annotations.[team.example.com/lead]']
    options: {create: true}
`,
    values: [
      [
        'Deployment/web',
        ['metadata', 'annotations'],
        { 'example.com/owner': 'team-a', 'team.example.com/lead': 'team-a' },
      ],
    ],
    writtenBy: [
      ['Deployment/web', ['metadata', 'annotations', 'example.com/owner'], 0],
      ['Deployment/web', ['metadata', 'annotations'], 0],
    ],
  },
  {
    name: 'the source: nothing selected, several selected, a missing field; later replacements still apply',
    manifests: yamlDocs(deployment('web'), deployment('api'), config),
    replacements: `
- source: {kind: Secret, fieldPath: data.x}
  targets: [{select: {kind: Deployment}}]
- source: {kind: Deployment}
  targets: [{select: {kind: ConfigMap}}]
- source: {kind: ConfigMap, name: cfg, fieldPath: data.missing}
  targets: [{select: {kind: Deployment}}]
- source: {kind: ConfigMap, name: 'cfg.*'}
  targets: [{select: {kind: Deployment}}]
- source: {kind: ConfigMap, name: cfg, fieldPath: data.PORT}
  targets:
  - select: {kind: Deployment, name: web}
    fieldPaths: ['spec.template.spec.containers.[name=db].image']
`,
    errors: [
      'replacements[0]: nothing selected by Secret.[noVer].[noGrp]/[noName].[noNs]:data.x',
      'replacements[1]: multiple matches for selector Deployment.[noVer].[noGrp]/[noName].[noNs]',
      'replacements[2]: fieldPath `data.missing` is missing for replacement source ConfigMap.[noVer].[noGrp]/cfg.[noNs]',
      // A source's name is matched exactly, not as a pattern.
      'replacements[3]: nothing selected by ConfigMap.[noVer].[noGrp]/cfg.*.[noNs]',
    ],
    values: [
      ['Deployment/web', IMAGE(2), '9090'],
      ['Deployment/api', IMAGE(2), 'db:1'],
    ],
    writtenBy: [['Deployment/web', IMAGE(2), 4]],
  },
  {
    name: 'namespaces: a source selector `default` selects an object without one; a target selector does not',
    manifests: yamlDocs(config, deployment('web')),
    replacements: `
- source: {kind: ConfigMap, name: cfg, namespace: default, fieldPath: data.HOST}
  targets:
  - select: {kind: Deployment, namespace: default}
    fieldPaths: ['spec.template.spec.containers.0.image']
  - select: {kind: Deployment}
    fieldPaths: ['spec.template.spec.containers.1.image']
`,
    values: [
      ['Deployment/web', IMAGE(0), 'app:1'],
      ['Deployment/web', IMAGE(1), 'tomcat.svc.cluster.local'],
    ],
  },
  {
    name: 'targets: anchored patterns, reject by id and by label',
    manifests: yamlDocs(
      deployment('web'),
      deployment('web-canary'),
      deployment('api', '    tier: backend\n'),
      deployment('web2'),
    ),
    replacements: `
- sourceValue: v2
  targets:
  - select: {kind: Deploy.*, name: 'web.*|api'}
    reject:
    - {name: web-canary}
    - {labelSelector: tier=backend}
    - {name: web2, labelSelector: nope=nope}
    fieldPaths: ['spec.template.spec.containers.0.image']
- sourceValue: v3
  targets:
  - select: {name: web}
    fieldPaths: ['spec.template.spec.containers.1.image']
`,
    values: [
      ['Deployment/web', IMAGE(0), 'v2'],
      ['Deployment/web-canary', IMAGE(0), 'app:1'],
      ['Deployment/api', IMAGE(0), 'app:1'],
      // The id part of a reject entry rejects on its own, whatever its label selector says.
      ['Deployment/web2', IMAGE(0), 'app:1'],
      // `web` is anchored: web-canary and web2 are not selected.
      ['Deployment/web', IMAGE(1), 'v3'],
      ['Deployment/web-canary', IMAGE(1), 'sidecar:1'],
    ],
  },
  {
    name: 'label and annotation selectors, set-based syntax; an invalid selector fails',
    manifests: yamlDocs(
      deployment('a', '    tier: front\n', '    owner: team-a\n'),
      deployment('b', '    tier: edge\n    legacy: "yes"\n', '    owner: team-a\n'),
      deployment('c', '    tier: back\n', '    owner: team-a\n'),
      deployment('d', '    tier: front\n', '    owner: team-b\n'),
    ),
    replacements: `
- sourceValue: selected
  targets:
  - select: {labelSelector: 'tier in (front, edge),!legacy', annotationSelector: owner=team-a}
    fieldPaths: ['spec.template.spec.containers.0.image']
- sourceValue: x
  targets:
  - select: {labelSelector: tier in front}
`,
    values: [
      ['Deployment/a', IMAGE(0), 'selected'],
      ['Deployment/b', IMAGE(0), 'app:1'],
      ['Deployment/c', IMAGE(0), 'app:1'],
      ['Deployment/d', IMAGE(0), 'app:1'],
    ],
    errors: ["replacements[1]: unable to parse requirement: found 'front' expected: '('"],
  },
  {
    name: 'previous ids: an overlay names a prefixed Service and Ingress by their base names',
    manifests: yamlDocs(
      service.replace('name: web', 'name: prod-web'),
      ingress.replace('name: site', 'name: prod-site'),
    ),
    previous: {
      'Service/prod-web': [{ kind: 'Service', name: 'web', namespace: 'shop' }],
      'Ingress/prod-site': [{ kind: 'Ingress', name: 'site', namespace: 'shop' }],
    },
    replacements: `
- source: {kind: Service, name: web}
  targets:
  - select: {kind: Ingress, name: site}
    fieldPaths: [spec.rules.0.http.paths.0.backend.service.name]
`,
    values: [['Ingress/prod-site', [...BACKEND, 'name'], 'prod-web']],
  },
  {
    name: 'delimiter: a part of the source; prepended, appended or replacing a part of the target',
    manifests: yamlDocs(config, deployment('web', '', '    a: x.y\n    b: x.y\n    c: x.y\n')),
    replacements: `
- source: {kind: ConfigMap, name: cfg, fieldPath: data.HOST, options: {delimiter: '.'}}
  targets:
  - select: {kind: Deployment}
    fieldPaths: [metadata.annotations.a]
    options: {delimiter: '.', index: -1}
  - select: {kind: Deployment}
    fieldPaths: [metadata.annotations.b]
    options: {delimiter: '.', index: 5}
  - select: {kind: Deployment}
    fieldPaths: [metadata.annotations.c]
    options: {delimiter: '.', index: 1}
- source: {kind: ConfigMap, name: cfg, fieldPath: data.LIST, options: {delimiter: '.', index: 2}}
  targets: [{select: {kind: Deployment}}]
- sourceValue: x
  targets:
  - select: {kind: Deployment}
    fieldPaths: [metadata.annotations]
    options: {delimiter: '.'}
`,
    values: [
      ['Deployment/web', ['metadata', 'annotations'], { a: 'tomcat.x.y', b: 'x.y.tomcat', c: 'x.tomcat' }],
    ],
    errors: [
      'replacements[1]: options.index 2 is out of bounds for value a.b',
      'replacements[2]: delimiter option can only be used with scalar nodes',
    ],
  },
  {
    name: 'a selected target without the field fails the build unless options.create',
    manifests: yamlDocs(deployment('web'), ingress),
    replacements: `
- sourceValue: v
  targets:
  - select: {kind: Deployment}
    fieldPaths: ['spec.template.spec.initContainers.[name=init].image']
- source: {kind: Ingress, name: site, fieldPath: spec.rules.0.host}
  targets:
  - select: {kind: Ingress}
    fieldPaths: [spec.tls.0.hosts.0, spec.tls.0.secretName]
    options: {create: true}
  - select: {kind: Deployment}
    fieldPaths: ['spec.template.spec.initContainers.[name=init].image']
    options: {create: true}
- sourceValue: v
  targets:
  - select: {kind: Ingress}
    fieldPaths: [spec.tls.5.hosts.5]
    options: {create: true}
`,
    errors: [
      'replacements[0]: unable to find field "spec.template.spec.initContainers.[name=init].image" in replacement target Deployment web',
      'replacements[2]: unable to find or create field "spec.tls.5.hosts.5" in replacement target Ingress shop/site: index 5 specified but only 1 elements found',
    ],
    values: [
      ['Ingress/site', ['spec', 'tls'], [{ hosts: ['shop.example.com'], secretName: 'shop.example.com' }]],
      [
        'Deployment/web',
        ['spec', 'template', 'spec', 'initContainers'],
        [{ name: 'init', image: 'shop.example.com' }],
      ],
    ],
    writtenBy: [
      ['Ingress/site', ['spec', 'tls'], 1],
      ['Ingress/site', ['spec', 'tls', 0, 'hosts', 0], 1],
      ['Deployment/web', ['spec', 'template', 'spec', 'initContainers', 0], 1],
      ['Deployment/web', ['spec', 'template', 'spec', 'initContainers', 0, 'image'], 1],
    ],
  },
  {
    name: "types: a scalar written over a scalar keeps the target's type",
    manifests: yamlDocs(config, service),
    replacements: `
- source: {kind: ConfigMap, name: cfg, fieldPath: data.PORT}
  targets:
  - select: {kind: Service}
    fieldPaths: [spec.ports.0.port]
- source: {kind: Service, name: web, fieldPath: spec.ports.0.targetPort}
  targets:
  - select: {kind: ConfigMap}
    fieldPaths: [data.HOST]
- source: {kind: ConfigMap, name: cfg, fieldPath: data.HOST}
  targets:
  - select: {kind: Service}
    fieldPaths: [spec.ports.0.name]
`,
    values: [
      ['Service/web', ['spec', 'ports', 0, 'port'], 9090],
      ['ConfigMap/cfg', ['data', 'HOST'], '8080'],
      ['Service/web', ['spec', 'ports', 0, 'name'], '8080'],
    ],
  },
  {
    name: 'types: a created scalar and a sourceValue are read as YAML reads them',
    manifests: yamlDocs(config, service),
    replacements: `
- source: {kind: ConfigMap, name: cfg, fieldPath: data.PORT}
  targets:
  - select: {kind: Service}
    fieldPaths: [spec.ports.0.nodePort, metadata.labels.port]
    options: {create: true}
- sourceValue: 'true'
  targets:
  - select: {kind: Service}
    fieldPaths: [spec.publishNotReadyAddresses]
    options: {create: true}
- sourceValue: '8443'
  targets:
  - select: {kind: ConfigMap}
    fieldPaths: [data.FLAG]
  - select: {kind: Service}
    fieldPaths: [spec.selector]
`,
    values: [
      ['Service/web', ['spec', 'ports', 0, 'nodePort'], 9090],
      ['Service/web', ['metadata', 'labels', 'port'], 9090],
      ['Service/web', ['spec', 'publishNotReadyAddresses'], true],
      ['ConfigMap/cfg', ['data', 'FLAG'], '8443'],
      // A scalar written over a mapping replaces it, with its own (here: inferred) type.
      ['Service/web', ['spec', 'selector'], 8443],
    ],
  },
  {
    name: 'a mapping or list value replaces the target whole, as a copy recorded as written',
    manifests: yamlDocs(service, deployment('web')),
    replacements: `
- source: {kind: Deployment, name: web, fieldPath: spec.template.spec.containers}
  targets:
  - select: {kind: Service}
    fieldPaths: [spec.containers]
    options: {create: true}
- source: {kind: Service, name: web, fieldPath: spec.selector}
  targets:
  - select: {kind: Deployment}
    fieldPaths: [spec.selector.matchLabels]
    options: {create: true}
`,
    values: [
      ['Service/web', ['spec', 'containers', 2, 'args'], ['--port=80', '--verbose']],
      ['Deployment/web', ['spec', 'selector', 'matchLabels'], { app: 'web' }],
    ],
    writtenBy: [
      ['Service/web', ['spec', 'containers'], 0],
      ['Service/web', ['spec', 'containers', 2, 'args', 0], 0],
      ['Deployment/web', ['spec', 'selector', 'matchLabels', 'app'], 1],
      ['Deployment/web', ['spec', 'template', 'spec', 'containers', 2, 'args', 0], MANIFESTS],
    ],
  },
  {
    name: 'JSON or YAML held in a string: written inside it (JSON keys sorted, compact stays compact)',
    manifests: yamlDocs(service, config),
    replacements: `
- sourceValue: new-config
  targets:
  - select: {kind: Service}
    fieldPaths: ['metadata.annotations.cloud\\.google\\.com/backend-config.ports.http']
- sourceValue: prod
  targets:
  - select: {kind: ConfigMap}
    fieldPaths: ['data.prometheus\\.yml.global.external_labels.env']
- sourceValue: x
  targets:
  - select: {kind: ConfigMap}
    fieldPaths: [data.HOST.nested]
`,
    values: [
      [
        'Service/web',
        ['metadata', 'annotations', 'cloud.google.com/backend-config'],
        '{"ports":{"http":"new-config"}}',
      ],
      ['ConfigMap/cfg', ['data', 'prometheus.yml'], 'global:\n  external_labels:\n    env: prod'],
    ],
    writtenBy: [['Service/web', ['metadata', 'annotations', 'cloud.google.com/backend-config'], 0]],
    errors: [
      'replacements[2]: unable to find field "data.HOST.nested" in replacement target ConfigMap cfg: wrong node kind: expected MappingNode but got ScalarNode',
    ],
  },
  {
    name: "a replacement that renames an object is seen by the next one, and the object's identity follows",
    manifests: yamlDocs(config, deployment('web')),
    replacements: `
- sourceValue: renamed
  targets:
  - select: {kind: ConfigMap, name: cfg}
- source: {kind: ConfigMap, name: renamed, fieldPath: data.PORT}
  targets:
  - select: {kind: Deployment}
    fieldPaths: [spec.template.spec.containers.0.image]
`,
    values: [
      ['ConfigMap/renamed', ['metadata', 'name'], 'renamed'],
      ['Deployment/web', IMAGE(0), '9090'],
    ],
    writtenBy: [['ConfigMap/renamed', ['metadata', 'name'], 0]],
  },
  {
    name: "kustomize's own refusals of a replacement",
    manifests: yamlDocs(config, deployment('web')),
    replacements: `
- targets: [{select: {kind: Deployment}}]
- source: {kind: ConfigMap}
- source: {kind: ConfigMap}
  sourceValue: x
  targets: [{select: {kind: Deployment}}]
- sourceValue: x
  targets: [{fieldPaths: [metadata.name]}]
- path: more-replacements.yaml
- path: more-replacements.yaml
  targets: [{select: {kind: Deployment}}]
- source: {kind: ConfigMap, fieldPath: data.*}
  targets: [{select: {kind: Deployment}}]
- sourceValue: x
  targets: [{select: {kind: Deployment}, fieldPaths: ['spec.template.spec.containers.[app]']}]
- sourceValue: x
  targets: [{select: {kind: '[a-'}}]
- sourceValue: 2
  targets: [{select: {kind: Deployment}}]
`,
    errors: [
      'replacements[0]: replacements must specify a source and at least one target',
      'replacements[1]: replacements must specify a source and at least one target',
      'replacements[2]: value and resource selectors are mutually exclusive',
      'replacements[3]: target must specify resources to select',
      /^replacements\[4\]: the replacements of more-replacements.yaml were not read/,
      'replacements[5]: cannot specify both path and inline replacement',
      'replacements[6]: error looking up replacement source: wildcard is not supported in PathGetter',
      'replacements[7]: unable to find field "spec.template.spec.containers.[app]" in replacement target Deployment web: list path element must contain fieldName=fieldValue for element to match',
      /^replacements\[8\]: error creating target selector: /,
      'replacements[9]: sourceValue must be a string',
    ],
    values: [['Deployment/web', ['metadata', 'name'], 'web']],
  },
  {
    name: 'targets that select nothing, and an empty targets list, are no error',
    manifests: config,
    replacements: `
- sourceValue: x
  targets: [{select: {kind: Nothing}}]
- sourceValue: x
  targets: []
`,
    values: [['ConfigMap/cfg', ['data', 'HOST'], 'tomcat.svc.cluster.local']],
  },
];

describe('applyReplacements', () => {
  it.each(cases)('$name', (c) => {
    const { errors, valueAt, writtenBy } = run(c.manifests, `replacements:\n${c.replacements}`, c.previous);
    expect(errors).toHaveLength((c.errors ?? []).length);
    (c.errors ?? []).forEach((expected, i) => {
      if (typeof expected === 'string') expect(errors[i]).toBe(expected);
      else expect(errors[i]).toMatch(expected);
    });
    for (const [ref, path, value] of c.values ?? [])
      expect(valueAt(ref, path), `${ref} ${path.join('.')}`).toEqual(value);
    for (const [ref, path, by] of c.writtenBy ?? [])
      expect(writtenBy(ref, path), `${ref} ${path.join('.')}`).toBe(by);
  });

  it('a copied value is independent of its source', () => {
    const { find } = run(
      yamlDocs(service, deployment('web')),
      `replacements:
- source: {kind: Service, name: web, fieldPath: spec.selector}
  targets:
  - select: {kind: Deployment}
    fieldPaths: [spec.selector]
    options: {create: true}
`,
    );
    const copied = (find('Deployment/web').value.spec as { selector: Record<string, string> }).selector;
    copied.app = 'changed';
    expect((find('Service/web').value.spec as { selector: Record<string, string> }).selector).toEqual({
      app: 'web',
    });
  });

  it('no replacements, or not a list', () => {
    expect(applyReplacements([], undefined, () => undefined as never)).toEqual([]);
    expect(applyReplacements([], { source: {} }, () => undefined as never)).toEqual([
      'replacements: expected a list of replacements',
    ]);
  });
});

describe('field paths and scalars', () => {
  it.each([
    ['metadata.name', ['metadata', 'name']],
    ['.metadata.name', ['metadata', 'name']],
    ['metadata.annotations.a\\.b/c', ['metadata', 'annotations', 'a.b/c']],
    ['metadata.annotations.[a.b.c]', ['metadata', 'annotations', 'a.b.c']],
    ['spec.containers.[name=a.b].image', ['spec', 'containers', '[name=a.b]', 'image']],
    ['spec.containers.[name=web].image', ['spec', 'containers', '[name=web]', 'image']],
    ['spec.containers.*.env', ['spec', 'containers', '*', 'env']],
  ])('%s splits as kustomize splits it', (path, parts) => {
    expect(smarterPathSplitter(path)).toEqual(parts);
  });

  it.each([
    ['8080', 8080],
    ['0x1F', 31],
    ['0o17', 15],
    ['017', 15],
    ['08', 8],
    ['1_000', 1000],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['true', true],
    ['False', false],
    ['yes', 'yes'],
    ['', null],
    ['~', null],
    ['web', 'web'],
    ['2024-01-01', '2024-01-01'],
  ])('an untagged %j reads as %j', (text, value) => {
    expect(resolvePlainScalar(text)).toEqual(value);
  });

  it.each([
    ['', {}, true],
    ['app=web', { app: 'web' }, true],
    ['app==web,tier!=db', { app: 'web', tier: 'front' }, true],
    ['app!=web', {}, true],
    ['tier in (front, edge)', { tier: 'edge' }, true],
    ['tier notin (front)', { tier: 'front' }, false],
    ['canary', { canary: '' }, true],
    ['!canary', { canary: 'yes' }, false],
    ['replicas>2', { replicas: '3' }, true],
    ['replicas<2', { replicas: 'x' }, false],
    ['example.com/team=a', { 'example.com/team': 'a' }, true],
  ])('label selector %j on %j: %j', (selector, labels, expected) => {
    expect(matchesLabelSelector(selector, labels)).toBe(expected);
  });

  it.each([
    ['tier in front', /expected: '\('/],
    ['app=web=x', /expected: ',' or 'end of string'/],
    ['-bad=x', /invalid label key/],
    ['app=bad value', /expected: ',' or 'end of string'/],
    ['app=' + 'x'.repeat(64), /invalid label value/],
    ['replicas>two', /must be an integer/],
  ])('label selector %j does not parse', (selector, reason) => {
    expect(matchesLabelSelector(selector, {})).toMatch(reason);
  });

  it('a replacements file holds a list or a single replacement', () => {
    expect(replacementsInFile([{ sourceValue: 'a' }])).toEqual([{ sourceValue: 'a' }]);
    expect(replacementsInFile({ sourceValue: 'a' })).toEqual([{ sourceValue: 'a' }]);
    expect(replacementsInFile('text')).toMatch(/unsupported replacement type/);
    expect(replacementsInFile(null)).toMatch(
      /unsupported replacement type encountered within replacement path: invalid/,
    );
  });
});
