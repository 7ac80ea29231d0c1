/**
 * src/engine/routes.ts (mutation testing, docs/testing.md): the Service references read from Ingresses and
 * Gateway API routes (defaults, paths, malformed items), which Services a reference finds and whether their
 * absence is visible or a guess, the Service port a backend names, and the hints and related objects of the
 * findings built on them.
 */
import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/engine/parse.js';
import { ResourceIndex } from '../../src/engine/resource-index.js';
import type { Resource } from '../../src/engine/resources.js';
import { placeResources } from '../../src/engine/resources.js';
import type { BackendPort, RouteBackendRef, ServiceReference } from '../../src/engine/routes.js';
import {
  ingressBackends,
  isServiceRef,
  lookupService,
  lookupServicePort,
  missingServiceHint,
  missingServiceRelated,
  portMismatch,
  referencedServices,
  routeBackendRefs,
} from '../../src/engine/routes.js';

const parse = (files: Record<string, string>) =>
  Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, text]) => parseManifestFile(path, text));

/** The index of a scan of those files, as the engine builds it. */
function indexOf(files: Record<string, string>): ResourceIndex {
  const parsed = parse(files);
  const { resources, hidden, patchUses } = placeResources(parsed, 'default');
  return new ResourceIndex(parsed, resources, 'default', hidden, patchUses);
}

/** The objects of one file, in a scan of that file alone. */
const resourcesOf = (text: string): readonly Resource[] => indexOf({ 'a/x.yaml': text }).resources;

const ns = (namespace?: string): string => (namespace === undefined ? '' : `  namespace: ${namespace}\n`);

/** An Ingress whose default backend names that Service, port 80. */
const ingress = (service: string, namespace?: string): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ing\n${ns(namespace)}` +
  `spec:\n  defaultBackend:\n    service: {name: ${service}, port: {number: 80}}\n`;

/** A Service with one port, 80. */
const svc = (name: string, namespace?: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${ns(namespace)}spec:\n  ports: [{port: 80}]\n`;

/** The Ingress of the scan, its (first) reference, and what the reference finds. */
function lookupIn(files: Record<string, string>) {
  const index = indexOf(files);
  const ing = index.resources.find((r) => r.ref.kind === 'Ingress')!;
  const ref = ingressBackends(ing)[0]!;
  return { index, ref, lookup: lookupService(index, ref) };
}

const serviceIn = (index: ResourceIndex, path: string) =>
  index.services.find((s) => s.resource.object.file.path === path)!;

/** What a reference says, without the resource. */
const view = (r: ServiceReference | RouteBackendRef) => ({
  path: r.path,
  namePath: r.namePath,
  name: r.name,
  namespace: r.namespace,
  namespacePath: r.namespacePath,
  port: r.port,
  where: r.where,
  ...('kind' in r ? { group: r.group, kind: r.kind } : {}),
});

describe('ingressBackends: the Service backends of a networking.k8s.io/v1 Ingress', () => {
  // kills #8, #66, #67, #71, #108, #110, #112, #117, #119, #120, #121, #122, #124, #127
  it('skips rules without http and items that are no maps; a port is by name only when one is written', () => {
    const [resource] = resourcesOf(
      [
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: web',
        'spec:',
        '  rules:',
        '    - host: a.example',
        '    - ~',
        '    - http:',
        '        paths:',
        '          - ~',
        '          - path: /',
        '            backend:',
        '              service: {name: ~, port: {name: ~, number: 80}}',
        "          - backend: {service: {name: a, port: {name: '', number: 81}}}",
        '          - backend: {service: {name: b}}',
        '          - backend: {service: {name: c, port: {}}}',
        '          - backend: {service: {name: d, port: {number: ~}}}',
        '',
      ].join('\n'),
    );
    const base = ['spec', 'rules', 2, 'http', 'paths'];
    const expected = (j: number, name: string, port?: number) => {
      const path = [...base, j, 'backend', 'service'];
      return {
        path,
        namePath: [...path, 'name'],
        name,
        namespace: 'default',
        namespacePath: undefined,
        port:
          port === undefined ? undefined : { by: 'number', number: port, path: [...path, 'port', 'number'] },
        where: `spec.rules[2].http.paths[${String(j)}].backend`,
      };
    };
    expect(ingressBackends(resource!).map(view)).toEqual([
      expected(1, '', 80),
      expected(2, 'a', 81),
      expected(3, 'b'),
      expected(4, 'c'),
      expected(5, 'd'),
    ]);
  });

  // kills #30, #53
  it('reads no backends from an Ingress of another API version', () => {
    const [resource] = resourcesOf(
      ingress('web').replace('networking.k8s.io/v1', 'networking.k8s.io/v1beta1'),
    );
    expect(resource!.ref.kind).toBe('Ingress');
    expect(ingressBackends(resource!)).toEqual([]);
  });
});

describe('routeBackendRefs: every backendRef of a Gateway API route', () => {
  const route = (kind: string, apiVersion: string): string =>
    `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: r\nspec:\n  rules:\n    - backendRefs: [{name: web, port: 80}]\n`;

  // kills #46, #48, #133, #134
  it('reads nothing from a route kind of another API group, nor from another kind of the Gateway API group', () => {
    const [custom] = resourcesOf(route('HTTPRoute', 'example.com/v1'));
    const [gateway] = resourcesOf(route('Gateway', 'gateway.networking.k8s.io/v1'));
    const [real] = resourcesOf(route('HTTPRoute', 'gateway.networking.k8s.io/v1'));
    expect(routeBackendRefs(custom!)).toEqual([]);
    expect(routeBackendRefs(gateway!)).toEqual([]);
    expect(routeBackendRefs(real!).map((r) => r.name)).toEqual(['web']);
  });

  // kills #137, #138
  it('reads nothing from a route without spec', () => {
    const [resource] = resourcesOf(
      'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\n',
    );
    expect(routeBackendRefs(resource!)).toEqual([]);
  });

  // kills #8, #139, #142, #144, #151, #159, #161, #163, #167, #172, #173, #175, #176, #177, #178, #184, #187,
  // #193, #199, #200, #201, #202, #203, #204, #205
  it('applies the defaults, reads the mirrors of rule and backendRef filters, and skips items that are no maps', () => {
    const [resource] = resourcesOf(
      [
        'apiVersion: gateway.networking.k8s.io/v1',
        'kind: HTTPRoute',
        'metadata:',
        '  name: r',
        '  namespace: shop',
        'spec:',
        '  rules:',
        '    - ~',
        '    - backendRefs:',
        '        - ~',
        '        - {name: ~, namespace: ~, kind: ~, group: ~, port: ~}',
        '        - name: a',
        "          namespace: ''",
        '          kind: Foo',
        '          group: example.com',
        '          port: 80',
        '          filters:',
        '            - type: RequestHeaderModifier',
        '            - type: RequestMirror',
        '              requestMirror: {backendRef: {name: m1, namespace: other, port: 81}}',
        '        - {name: b, namespace: other}',
        '      filters:',
        '        - type: RequestMirror',
        '          requestMirror: {}',
        '        - type: RequestMirror',
        '          requestMirror: {backendRef: {name: m2}}',
        '',
      ].join('\n'),
    );
    const ref = (
      path: (string | number)[],
      where: string,
      name: string,
      extra: { namespace?: string; written?: boolean; group?: string; kind?: string; port?: number } = {},
    ) => ({
      path,
      namePath: [...path, 'name'],
      name,
      namespace: extra.namespace ?? 'shop',
      namespacePath: extra.written ? [...path, 'namespace'] : undefined,
      port:
        extra.port === undefined ? undefined : { by: 'number', number: extra.port, path: [...path, 'port'] },
      where,
      group: extra.group ?? '',
      kind: extra.kind ?? 'Service',
    });
    const refs = routeBackendRefs(resource!);
    expect(refs.map(view)).toEqual([
      ref(['spec', 'rules', 1, 'backendRefs', 1], 'spec.rules[1].backendRefs[1]', ''),
      ref(['spec', 'rules', 1, 'backendRefs', 2], 'spec.rules[1].backendRefs[2]', 'a', {
        group: 'example.com',
        kind: 'Foo',
        port: 80,
      }),
      ref(
        ['spec', 'rules', 1, 'backendRefs', 2, 'filters', 1, 'requestMirror', 'backendRef'],
        'spec.rules[1].backendRefs[2].filters[1].requestMirror.backendRef',
        'm1',
        { namespace: 'other', written: true, port: 81 },
      ),
      ref(['spec', 'rules', 1, 'backendRefs', 3], 'spec.rules[1].backendRefs[3]', 'b', {
        namespace: 'other',
        written: true,
      }),
      ref(
        ['spec', 'rules', 1, 'filters', 1, 'requestMirror', 'backendRef'],
        'spec.rules[1].filters[1].requestMirror.backendRef',
        'm2',
      ),
    ]);
    expect(refs.map((r) => 'namespacePath' in r)).toEqual([false, false, true, true, false]);
  });
});

describe('referencedServices: the Services some Ingress or route refers to', () => {
  // kills #213, #214, #217, #344, #345, #346
  it('counts a backendRef only when it is to a core Service (group "" and kind Service)', () => {
    const index = indexOf({
      'a/route.yaml': [
        'apiVersion: gateway.networking.k8s.io/v1',
        'kind: HTTPRoute',
        'metadata:',
        '  name: r',
        '  namespace: shop',
        'spec:',
        '  rules:',
        '    - backendRefs:',
        '        - {name: s1}',
        '        - {name: s2, kind: Foo}',
        '        - {name: s3, group: example.com}',
        '        - {name: s4, group: example.com, kind: Service}',
        '        - {name: s5, group: "", kind: Backend}',
        '',
      ].join('\n'),
      'b/ing.yaml': ingress('web', 'front'),
    });
    const route = index.resources.find((r) => r.ref.kind === 'HTTPRoute')!;
    expect(routeBackendRefs(route).map(isServiceRef)).toEqual([true, false, false, false, false]);
    expect([...referencedServices(index.resources)].sort()).toEqual(['front/web', 'shop/s1']);
  });
});

describe('lookupService: what a reference finds among the scanned Services', () => {
  // kills #224, #225, #226, #227
  it('a Service deployed with the referrer: found, visible, no guess', () => {
    const { index, lookup } = lookupIn({ 'a/ing.yaml': ingress('web'), 'a/svc.yaml': svc('web') });
    expect(lookup).toEqual({
      service: serviceIn(index, 'a/svc.yaml'),
      exists: true,
      elsewhere: [],
      visible: true,
      guess: false,
    });
  });

  // kills #229, #230, #231, #232, #233, #234
  it('a Service of that name that it does not pair with (two in sibling folders) exists all the same', () => {
    const { lookup } = lookupIn({
      'a/ing.yaml': ingress('web'),
      'b/svc.yaml': svc('web'),
      'c/svc.yaml': svc('web'),
    });
    expect(lookup).toEqual({ exists: true, elsewhere: [], visible: true, guess: false });
  });

  // kills #285, #286, #287
  it('a Service of the namespace deployed with it (a kustomize build, other directory) makes the absence visible', () => {
    const { lookup } = lookupIn({
      'k/kustomization.yaml': 'resources: [ing/ing.yaml, svc/svc.yaml]\n',
      'k/ing/ing.yaml': ingress('zzzzzz'),
      'k/svc/svc.yaml': svc('web'),
    });
    expect(lookup).toEqual({ exists: false, elsewhere: [], visible: true, guess: false });
  });

  // kills #290
  it('a Service of that name in another namespace near it makes the absence visible', () => {
    const { index, lookup } = lookupIn({
      'x/ing.yaml': ingress('web', 'shop'),
      'x/sub/svc.yaml': svc('web', 'other'),
    });
    expect(lookup).toEqual({
      exists: false,
      elsewhere: [serviceIn(index, 'x/sub/svc.yaml')],
      visible: true,
      guess: false,
    });
  });

  // kills #293, #295
  it('in kube-system, the absence is not visible (the cluster add-ons are not in the scan)', () => {
    const { lookup } = lookupIn({
      'a/all.yaml': `${ingress('zzzzzz', 'kube-system')}---\n${svc('web', 'kube-system')}`,
    });
    expect(lookup).toEqual({ exists: false, elsewhere: [], visible: false, guess: false });
  });

  // kills #296
  it('where a Helm release deploys into the namespace, the absence is not visible', () => {
    const { lookup } = lookupIn({
      'a/all.yaml': `${ingress('zzzzzz')}---\n${svc('web')}`,
      'flux/hr.yaml':
        'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: prom\n  namespace: default\nspec:\n  chart: {spec: {chart: x}}\n',
    });
    expect(lookup).toEqual({ exists: false, elsewhere: [], visible: false, guess: false });
  });

  // kills #317, #319
  it('a Service of the namespace in another directory does not make the absence visible', () => {
    const { lookup } = lookupIn({ 'a/ing.yaml': ingress('zzzzzz'), 'b/svc.yaml': svc('web') });
    expect(lookup).toEqual({ exists: false, elsewhere: [], visible: false, guess: true });
  });

  // kills #321
  it('a Service of the namespace in a directory below does not make the absence visible', () => {
    const { lookup } = lookupIn({ 'a/ing.yaml': ingress('zzzzzz'), 'a/sub/svc.yaml': svc('web') });
    expect(lookup).toEqual({ exists: false, elsewhere: [], visible: false, guess: true });
  });

  // kills #325
  it('a name two characters longer at its end is a variant, not a typo: a guess, no suggestion', () => {
    const { lookup } = lookupIn({ 'a/ing.yaml': ingress('webapp'), 'b/svc.yaml': svc('webappxy') });
    expect(lookup).toEqual({ exists: false, elsewhere: [], visible: true, guess: true });
  });

  // kills #340
  it('a name two characters longer at its start is a variant too', () => {
    const { lookup } = lookupIn({ 'a/ing.yaml': ingress('webapp'), 'b/svc.yaml': svc('xywebapp') });
    expect(lookup).toEqual({ exists: false, elsewhere: [], visible: true, guess: true });
  });

  // kills #337
  it('a name with two characters inserted in its middle is a typo: suggested, no guess', () => {
    const { index, lookup } = lookupIn({ 'a/ing.yaml': ingress('webapp'), 'b/svc.yaml': svc('webxyapp') });
    expect(lookup).toEqual({
      exists: false,
      elsewhere: [],
      visible: true,
      guess: false,
      suggestion: serviceIn(index, 'b/svc.yaml'),
    });
  });
});

describe('lookupServicePort and portMismatch: the Service port a backend names', () => {
  const index = indexOf({
    'unnamed-target.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: t\nspec:\n  ports: [{port: 80, targetPort: http}]\n',
    'mixed.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: m\nspec:\n  ports: [{name: b, port: 80}, {port: 81}]\n',
    'http.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: h\nspec:\n  ports: [{name: http, port: 80}]\n',
    'bad.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports: [{port: abc}]\n',
    'two.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: two\nspec:\n  ports: [{port: 80}, {port: 81}]\n',
    'one.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: one\nspec:\n  ports: [{port: 80}]\n',
  });
  const byName = (name: string): BackendPort => ({ by: 'name', name, path: [] });
  const byNumber = (number: unknown): BackendPort => ({ by: 'number', number, path: [] });
  const service = (file: string) => serviceIn(index, `${file}.yaml`);
  const port = (file: string, i: number) => service(file).ports[i]!;
  const DEFAULT_HINT = "Name one of the Service's ports, or add the port to the Service.";

  // kills #367, #369
  it('a name that is the targetPort of an unnamed port suggests nothing', () => {
    expect(lookupServicePort(service('unnamed-target'), byName('http'))).toEqual({});
  });

  // kills #376, #379, #382
  it('unnamed ports are no candidates for the closest name', () => {
    expect(lookupServicePort(service('mixed'), byName('a'))).toEqual({
      suggestion: { port: port('mixed', 0), why: 'closest-name' },
    });
  });

  // kills #386, #387
  it('a name close to none of the ports suggests nothing', () => {
    expect(lookupServicePort(service('http'), byName('zzzzzz'))).toEqual({});
  });

  // kills #391 (the mutant compares the port names with the text "Stryker was here!" instead of '')
  it('a closest port name is suggested whatever its text, even one Kubernetes would refuse', () => {
    const odd = indexOf({
      'odd.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: o\nspec:\n  ports: [{name: "Stryker was here!", port: 80}]\n',
    }).services[0]!;
    expect(lookupServicePort(odd, byName('Stryker was here?'))).toEqual({
      suggestion: { port: odd.ports[0], why: 'closest-name' },
    });
  });

  // kills #396
  it('a port number that is no number finds nothing, not a port without targetPort', () => {
    expect(lookupServicePort(service('http'), byNumber('abc'))).toEqual({});
  });

  // kills #421, #425
  it('the single port is suggested only when its own number is valid', () => {
    expect(lookupServicePort(service('bad'), byNumber(80))).toEqual({});
    expect(lookupServicePort(service('http'), byNumber(90))).toEqual({
      suggestion: { port: port('http', 0), why: 'only-port' },
    });
  });

  // kills #502, #506
  it('a port number that is no number is no mismatch (another rule reports it)', () => {
    expect(portMismatch(service('http'), byNumber('abc'))).toBeUndefined();
  });

  // kills #521, #522, #523, #525
  it('a wrong number among unnamed ports gets the general hint, not the one about names', () => {
    expect(portMismatch(service('two'), byNumber(90))).toEqual({
      wanted: 'port 90',
      ports: '(unnamed) (80/TCP), (unnamed) (81/TCP)',
      hint: DEFAULT_HINT,
    });
  });

  // kills #528, #530
  it('a wrong name where some port has a name gets the general hint', () => {
    expect(portMismatch(service('mixed'), byName('zzzzzz'))!.hint).toBe(DEFAULT_HINT);
    expect(portMismatch(service('http'), byName('zzzzzz'))!.hint).toBe(DEFAULT_HINT);
  });

  // kills #544, #546, #547
  it('the single unnamed port is named by its number in the hint', () => {
    expect(portMismatch(service('one'), byNumber(90))).toEqual({
      wanted: 'port 90',
      ports: '(unnamed) (80/TCP)',
      hint: 'The Service has a single port, port 80: use `80`.',
      suggestion: port('one', 0),
      replacement: '80',
    });
  });
});

describe('missingServiceHint and missingServiceRelated: the fix and the counterparts of a missing Service', () => {
  // kills #447, #468, #475, #476, #477
  it('Services of that name in other namespaces: all listed, each pointing at its namespace or name', () => {
    const { index, ref, lookup } = lookupIn({
      'x/ing.yaml': ingress('web', 'shop'),
      'x/sub/a.yaml': svc('web', 'ns1'),
      'x/sub/b.yaml': svc('web'),
    });
    const a = serviceIn(index, 'x/sub/a.yaml').resource;
    const b = serviceIn(index, 'x/sub/b.yaml').resource;
    expect(missingServiceHint(ref, lookup, 'Ingress')).toBe(
      'Service ns1/web, Service default/web has that name but is in another namespace: an Ingress cannot reach a ' +
        'Service of another namespace; put the Ingress in the Service’s namespace (or the Service in the Ingress’s).',
    );
    expect(missingServiceRelated(index, ref, lookup)).toEqual([
      { resource: a, path: ['metadata', 'namespace'], message: 'Service ns1/web' },
      { resource: b, path: ['metadata', 'name'], message: 'Service default/web' },
    ]);
  });

  // kills #460, #499
  it('a suggested Service is the one counterpart, named plainly', () => {
    const { index, ref, lookup } = lookupIn({ 'a/ing.yaml': ingress('webapq'), 'a/svc.yaml': svc('webapp') });
    expect(missingServiceRelated(index, ref, lookup)).toEqual([
      {
        resource: serviceIn(index, 'a/svc.yaml').resource,
        path: ['metadata', 'name'],
        message: 'Service default/webapp',
      },
    ]);
  });

  // kills #482, #483, #486, #487, #489
  it('else the three unreferenced Services of the namespace nearest by name, nearest first', () => {
    const { index, ref, lookup } = lookupIn({
      'a/ing.yaml': ingress('abcdef'),
      'a/svc.yaml': ['zzzzzz', 'azzzzz', 'abczzz', 'abzzzz'].map((n) => svc(n)).join('---\n'),
    });
    expect(lookup.suggestion).toBeUndefined();
    expect(
      missingServiceRelated(index, ref, lookup).map((t) => [t.resource.ref.name, t.path, t.message]),
    ).toEqual(
      ['abczzz', 'abzzzz', 'azzzzz'].map((n) => [
        n,
        ['metadata', 'name'],
        `Service default/${n} (referenced by no Ingress or route)`,
      ]),
    );
  });
});
