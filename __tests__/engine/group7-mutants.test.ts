/**
 * Group 7 of src/engine (mutation testing, docs/testing.md): the typed views of Services, Endpoints and
 * EndpointSlices with Kubernetes' defaults (model.ts), the EndpointSlices that replace a v1 Endpoints
 * (migrate.ts), what the pre-scan and the block composer share of how `yaml` reads plain scalars and keys
 * (yaml-plain.ts), the inputs of KRM functions (function-inputs.ts) and of policy test suites (test-suites.ts),
 * and YAML files written as one Markdown code block (markdown-fence.ts).
 */
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/engine/parse.js';
import type { EndpointsView } from '../../src/engine/model.js';
import type { Resource } from '../../src/engine/resources.js';
import { placeResources } from '../../src/engine/resources.js';
import {
  annotationsOf,
  endpointSliceView,
  endpointsView,
  labelsOf,
  serviceView,
} from '../../src/engine/model.js';
import { MAX_ENDPOINTS_PER_SLICE, migrateEndpoints } from '../../src/engine/migrate.js';
import { functionInputNote, functionInputOf, functionScopes } from '../../src/engine/function-inputs.js';
import { unfenceMarkdown } from '../../src/engine/markdown-fence.js';
import { testSuiteInputs } from '../../src/engine/test-suites.js';
import { isKeyChar, setKey } from '../../src/engine/yaml-plain.js';
import { buildUnit as build, directoryUnit as dir } from '../helpers/units.js';

/** The one resource of a one-object manifest, as the engine places it. */
function resourceOf(text: string): Resource {
  const [resource] = placeResources([parseManifestFile('m.yaml', text)], 'default').resources;
  if (!resource) throw new Error('no resource');
  return resource;
}

/** A view without its `resource` (compared on its own). */
function bare<T extends { resource: Resource }>(view: T): Omit<T, 'resource'> {
  const { resource: _resource, ...rest } = view;
  return rest;
}

const service = (spec: string, metadata = ''): Resource =>
  resourceOf(`apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n${metadata}spec:\n${spec}`);

describe('model.ts: the Service view', () => {
  it('a Service with nothing written has Kubernetes defaults: ClusterIP, no selector, no ports', () => {
    // kills #449, #524
    // kills the defaults of `type`, `selector`, `emptySelector`, `headless` in serviceView
    const r = resourceOf('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n');
    const view = serviceView(r);
    expect(view.resource).toBe(r);
    expect(bare(view)).toEqual({
      type: 'ClusterIP',
      selector: null,
      emptySelector: false,
      headless: false,
      clusterIPs: [],
      ports: [],
    });
  });

  it('ports: name, protocol (TCP when unset or null), port and targetPort as written; non-objects skipped', () => {
    // kills #472, #485, #536, #537, #544
    const view = serviceView(
      service(
        '  type: NodePort\n  ports:\n' +
          '    - 80\n' +
          '    - {name: http, port: 80, targetPort: web, protocol: UDP}\n' +
          '    - {port: "81", targetPort: null, protocol: null, name: null}\n' +
          '    - {name: 7, port: 82, targetPort: 8082, protocol: 17}\n',
      ),
    );
    expect(view.type).toBe('NodePort');
    expect(view.ports).toEqual([
      {
        path: ['spec', 'ports', 1],
        name: 'http',
        protocol: 'UDP',
        protocolExplicit: true,
        port: 80,
        targetPort: 'web',
      },
      {
        path: ['spec', 'ports', 2],
        name: '',
        protocol: 'TCP',
        protocolExplicit: false,
        port: '81',
        targetPort: undefined,
      },
      {
        path: ['spec', 'ports', 3],
        name: '7',
        protocol: '17',
        protocolExplicit: true,
        port: 82,
        targetPort: 8082,
      },
    ]);
    // targetPort not written at all is undefined too, and the key is there.
    expect(serviceView(service('  ports: [{port: 80}]\n')).ports).toEqual([
      {
        path: ['spec', 'ports', 0],
        name: '',
        protocol: 'TCP',
        protocolExplicit: false,
        port: 80,
        targetPort: undefined,
      },
    ]);
  });

  it('selector: labels as strings, null values dropped; `{}` (or only nulls) is an empty selector', () => {
    // kills #454, #455, #456, #460, #462
    const selecting = serviceView(service('  selector: {app: web, tier: null, version: 2, on: true}\n'));
    expect(selecting.selector).toEqual({ app: 'web', version: '2', on: 'true' });
    expect(selecting.emptySelector).toBe(false);
    const empty = serviceView(service('  selector: {}\n'));
    expect(empty.selector).toBeNull();
    expect(empty.emptySelector).toBe(true);
    const onlyNull = serviceView(service('  selector: {app: null}\n'));
    expect(onlyNull.selector).toBeNull();
    expect(onlyNull.emptySelector).toBe(true);
    // A selector that is not a map is not written as one.
    const notMap = serviceView(service('  selector: [app]\n'));
    expect(notMap.selector).toBeNull();
    expect(notMap.emptySelector).toBe(false);
    const nullSelector = serviceView(service('  selector: null\n'));
    expect(nullSelector.emptySelector).toBe(false);
  });

  it('clusterIP and clusterIPs: addresses with their paths, `None` (headless) and repeats left out', () => {
    // kills #444, #497, #499, #505, #507, #508, #509, #510, #513, #515, #516
    const view = serviceView(
      service('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1, "fd00::1", None, 7, ""]\n'),
    );
    expect(view.headless).toBe(false);
    expect(view.clusterIPs).toEqual([
      { ip: '10.0.0.1', path: ['spec', 'clusterIP'] },
      { ip: 'fd00::1', path: ['spec', 'clusterIPs', 1] },
      { ip: '', path: ['spec', 'clusterIPs', 4] },
    ]);
    const headless = serviceView(service('  clusterIP: None\n  clusterIPs: [None, 10.0.0.2]\n'));
    expect(headless.headless).toBe(true);
    expect(headless.clusterIPs).toEqual([{ ip: '10.0.0.2', path: ['spec', 'clusterIPs', 1] }]);
    // Only clusterIPs written: each address counts.
    expect(serviceView(service('  clusterIPs: [10.0.0.3]\n')).clusterIPs).toEqual([
      { ip: '10.0.0.3', path: ['spec', 'clusterIPs', 0] },
    ]);
    // An empty or non-string clusterIP is no address.
    expect(serviceView(service('  clusterIP: ""\n')).clusterIPs).toEqual([]);
    const numeric = serviceView(service('  clusterIP: 7\n  type: 5\n'));
    expect(numeric.clusterIPs).toEqual([]);
    expect(numeric.type).toBe('ClusterIP');
    expect(numeric.headless).toBe(false);
  });
});

describe('model.ts: labels and annotations', () => {
  it('read as strings; null values, a missing or non-map metadata give nothing', () => {
    const r = resourceOf(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: {a: x, b: 1, c: null, d: false}\n' +
        '  annotations: {note: "y", n: 2.5}\n',
    );
    expect(labelsOf(r)).toEqual({ a: 'x', b: '1', d: 'false' });
    expect(annotationsOf(r)).toEqual({ note: 'y', n: '2.5' });
    const none = resourceOf('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: [a]\n');
    expect(labelsOf(none)).toEqual({});
    expect(annotationsOf(none)).toEqual({});
  });
});

const endpoints = (body: string, metadata = ''): Resource =>
  resourceOf(`apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: e\n${metadata}${body}`);

describe('model.ts: the Endpoints view', () => {
  it('subsets with their paths, ports (TCP by default), ready and not-ready addresses; non-objects skipped', () => {
    // kills #551, #559, #565, #566
    const r = endpoints(
      'subsets:\n' +
        '  - 7\n' +
        '  - addresses:\n' +
        '      - x\n' +
        '      - {ip: 10.0.0.1, hostname: h, nodeName: n}\n' +
        '    notReadyAddresses: [{ip: 10.0.0.2}]\n' +
        '    ports: [8, {name: http, port: 80}, {port: 81, protocol: UDP, name: null}]\n',
      '  labels: {app: e, n: 3}\n  annotations: {a: b}\n',
    );
    const view = endpointsView(r);
    expect(view.resource).toBe(r);
    expect(bare(view)).toEqual({
      labels: { app: 'e', n: '3' },
      annotations: { a: 'b' },
      subsets: [
        {
          path: ['subsets', 1],
          portsPath: ['subsets', 1, 'ports'],
          ports: [
            {
              path: ['subsets', 1, 'ports', 1],
              name: 'http',
              protocol: 'TCP',
              protocolExplicit: false,
              port: 80,
            },
            { path: ['subsets', 1, 'ports', 2], name: '', protocol: 'UDP', protocolExplicit: true, port: 81 },
          ],
          addresses: [
            {
              path: ['subsets', 1, 'addresses', 1],
              ip: '10.0.0.1',
              ipPath: ['subsets', 1, 'addresses', 1, 'ip'],
              hostname: 'h',
              nodeName: 'n',
            },
          ],
          notReadyAddresses: [
            {
              path: ['subsets', 1, 'notReadyAddresses', 0],
              ip: '10.0.0.2',
              ipPath: ['subsets', 1, 'notReadyAddresses', 0, 'ip'],
              hostname: undefined,
              nodeName: undefined,
            },
          ],
        },
      ],
    });
  });

  it('an Endpoints without subsets, or with subsets that are not a list, has none', () => {
    expect(endpointsView(endpoints('')).subsets).toEqual([]);
    expect(endpointsView(endpoints('subsets: {addresses: []}\n')).subsets).toEqual([]);
  });
});

const slice = (body: string, labels = ''): Resource =>
  resourceOf(`apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: s\n${labels}${body}`);

describe('model.ts: the EndpointSlice view', () => {
  it('endpoints with their addresses, hostname, nodeName and conditions; the slice as one group', () => {
    // kills #583, #584, #594, #596, #599, #600, #601, #604
    const r = slice(
      'addressType: IPv4\n' +
        'ports: [{name: http, port: 80}, x, {port: 53, protocol: UDP}]\n' +
        'endpoints:\n' +
        '  - 1\n' +
        '  - addresses: [10.0.0.1, 10.0.0.2]\n' +
        '    hostname: h\n' +
        '    nodeName: null\n' +
        '    conditions: {ready: false, serving: true, terminating: true, other: 1}\n' +
        '  - addresses: [10.0.0.3]\n' +
        '    conditions: [ready]\n' +
        '  - {conditions: {}}\n',
      '  labels:\n    kubernetes.io/service-name: web\n    endpointslice.kubernetes.io/managed-by: me\n    n: 4\n',
    );
    const view = endpointSliceView(r);
    expect(view.resource).toBe(r);
    const first = [
      { path: ['endpoints', 1, 'addresses', 0], ip: '10.0.0.1', ipPath: ['endpoints', 1, 'addresses', 0] },
      { path: ['endpoints', 1, 'addresses', 1], ip: '10.0.0.2', ipPath: ['endpoints', 1, 'addresses', 1] },
    ];
    const second = [
      { path: ['endpoints', 2, 'addresses', 0], ip: '10.0.0.3', ipPath: ['endpoints', 2, 'addresses', 0] },
    ];
    expect(bare(view)).toEqual({
      serviceName: 'web',
      addressType: 'IPv4',
      managedBy: 'me',
      labels: {
        'kubernetes.io/service-name': 'web',
        'endpointslice.kubernetes.io/managed-by': 'me',
        n: '4',
      },
      endpoints: [
        {
          path: ['endpoints', 1],
          addresses: first,
          hostname: 'h',
          nodeName: null,
          conditions: { ready: false, serving: true, terminating: true },
        },
        {
          path: ['endpoints', 2],
          addresses: second,
          hostname: undefined,
          nodeName: undefined,
          conditions: {},
        },
        {
          path: ['endpoints', 3],
          addresses: [],
          hostname: undefined,
          nodeName: undefined,
          conditions: { ready: undefined, serving: undefined, terminating: undefined },
        },
      ],
      group: {
        path: [],
        portsPath: ['ports'],
        ports: [
          { path: ['ports', 0], name: 'http', protocol: 'TCP', protocolExplicit: false, port: 80 },
          { path: ['ports', 2], name: '', protocol: 'UDP', protocolExplicit: true, port: 53 },
        ],
        addresses: [...first, ...second],
      },
    });
    // A conditions map holds the three keys even when none is written (`'ready' in conditions`).
    expect(Object.keys(view.endpoints[2]?.conditions ?? {})).toEqual(['ready', 'serving', 'terminating']);
    expect(Object.keys(view.endpoints[1]?.conditions ?? { x: 1 })).toEqual([]);
  });

  it('a slice without labels has no service name or manager', () => {
    const view = endpointSliceView(slice('addressType: IPv6\n'));
    expect(view.serviceName).toBeUndefined();
    expect(view.managedBy).toBeUndefined();
    expect(view.endpoints).toEqual([]);
    expect(view.group).toEqual({ path: [], portsPath: ['ports'], ports: [], addresses: [] });
  });
});

describe('yaml-plain.ts: setting a key as toJS does', () => {
  it('`__proto__` becomes an own, writable, enumerable, configurable property; the prototype stays', () => {
    const into: Record<string, unknown> = {};
    setKey(into, '__proto__', { a: 1 });
    expect(Object.getPrototypeOf(into)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(into, '__proto__')).toEqual({
      value: { a: 1 },
      writable: true,
      enumerable: true,
      configurable: true,
    });
    setKey(into, 'toString', 2);
    expect(Object.keys(into)).toEqual(['__proto__', 'toString']);
    expect(into.toString).toBe(2);
  });
});

describe('yaml-plain.ts: the characters of plain keys', () => {
  it('letters, digits, `_ . / -` and nothing else of ASCII (each range to its edges)', () => {
    const accepted = Array.from({ length: 0x80 }, (_, c) => c)
      .filter(isKeyChar)
      .map((c) => String.fromCharCode(c))
      .join('');
    expect(accepted).toBe('-./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz');
    // The neighbours of each range are not key characters.
    for (const c of '`{@[,:\u00e9') expect(isKeyChar(c.charCodeAt(0)), c).toBe(false);
  });
});

const fnConfig = (
  kind: string,
  name: string,
  annotation = 'config.kubernetes.io/function',
  value = '"x"',
): string =>
  `apiVersion: fn.example.com/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  annotations:\n    ${annotation}: ${value}\n`;
const plainService = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n';

const scopesOf = (files: Record<string, string>) => [
  ...functionScopes(Object.entries(files).map(([path, text]) => parseManifestFile(path, text))).values(),
];

describe('function-inputs.ts: which objects declare a KRM function', () => {
  it('the first declaring object of a file wins over a later one in the same file', () => {
    expect(scopesOf({ 'fn/a.yaml': `${fnConfig('First', 'one')}---\n${fnConfig('Second', 'two')}` })).toEqual(
      [{ dir: 'fn', file: 'fn/a.yaml', kind: 'First', name: 'one' }],
    );
  });

  it('an object before the declaring one that declares nothing is passed over', () => {
    // kills #34, #35, #36, #47
    expect(scopesOf({ 'fn/a.yaml': `${plainService}---\n${fnConfig('Kubeval', 'check')}` })).toEqual([
      { dir: 'fn', file: 'fn/a.yaml', kind: 'Kubeval', name: 'check' },
    ]);
  });

  it('either annotation name alone is found in the text, and read from the object', () => {
    // kills #39, #41, #42
    expect(scopesOf({ 'a/f.yaml': fnConfig('Old', 'o', 'config.k8s.io/function') })).toEqual([
      { dir: 'a', file: 'a/f.yaml', kind: 'Old', name: 'o' },
    ]);
    // The newer name when the older one is written empty on the same object.
    expect(
      scopesOf({
        'b/f.yaml':
          'apiVersion: fn.example.com/v1\nkind: Both\nmetadata:\n  name: b\n  annotations:\n' +
          '    config.k8s.io/function: ""\n    config.kubernetes.io/function: "y"\n',
      }),
    ).toEqual([{ dir: 'b', file: 'b/f.yaml', kind: 'Both', name: 'b' }]);
  });

  it.each([
    // kills #45
    ['blank (spaces only)', fnConfig('K', 'n', undefined, '"   "')],
    ['not a string', fnConfig('K', 'n', undefined, '5')],
    [
      'annotations not a map',
      'apiVersion: v1\nkind: K\nmetadata:\n  name: n\n  annotations: [config.kubernetes.io/function]\n',
    ],
    [
      // kills #14, #15, #16, #17, #21
      'annotations null',
      'apiVersion: v1\nkind: K\nmetadata:\n  name: n\n  annotations: null\n# config.kubernetes.io/function\n',
    ],
    ['metadata a list', 'apiVersion: v1\nkind: K\nmetadata: [config.kubernetes.io/function]\n'],
    // kills #3, #4, #5, #6, #10
    ['metadata null', 'apiVersion: v1\nkind: K\nmetadata: null\nx: config.kubernetes.io/function\n'],
    ['metadata a string', 'apiVersion: v1\nkind: K\nmetadata: config.kubernetes.io/function\n'],
  ])('an annotation %s declares nothing', (_name, text) => {
    expect(scopesOf({ 'x/f.yaml': text })).toEqual([]);
  });

  it('the file’s text must hold the annotation’s name: one written with an escape is not read (one substring test per file)', () => {
    // kills #26, #27
    const escaped = fnConfig('K', 'n', '"config.kubernetes.io\\u002ffunction"');
    expect(parseManifestFile('e/f.yaml', escaped).objects[0]?.value).toMatchObject({
      metadata: { annotations: { 'config.kubernetes.io/function': 'x' } },
    });
    expect(scopesOf({ 'e/f.yaml': escaped })).toEqual([]);
  });

  it('a file in a directory that has a config already adds nothing, even with another config', () => {
    // kills #32
    expect(
      scopesOf({
        'd/a.yaml': fnConfig('A', 'a'),
        'd/b.yaml': fnConfig('B', 'b'),
        'd/e/c.yaml': fnConfig('C', 'c'),
      }),
    ).toEqual([
      { dir: 'd', file: 'd/a.yaml', kind: 'A', name: 'a' },
      { dir: 'd/e', file: 'd/e/c.yaml', kind: 'C', name: 'c' },
    ]);
  });
});

describe('function-inputs.ts: which findings are about a function input', () => {
  const scopes = functionScopes([parseManifestFile('fn/f.yaml', fnConfig('K', 'n'))]);
  const top = functionScopes([parseManifestFile('f.yaml', fnConfig('K', 'n'))]);
  const root = functionScopes([parseManifestFile('/f.yaml', fnConfig('K', 'n'))]);

  it('only objects placed in plain directories: one unit of another kind among them is enough to leave it', () => {
    expect(functionInputOf('fn/s.yaml', [dir('fn')], scopes)?.file).toBe('fn/f.yaml');
    expect(functionInputOf('fn/s.yaml', [dir('fn'), dir('other')], scopes)?.file).toBe('fn/f.yaml');
    expect(functionInputOf('fn/s.yaml', [build('fn'), dir('fn')], scopes)).toBeUndefined();
    expect(functionInputOf('fn/s.yaml', [], scopes)).toBeUndefined();
    expect(functionInputOf('fn/s.yaml', undefined, scopes)).toBeUndefined();
  });

  it('the search climbs to the top of a relative or an absolute path and stops there', () => {
    // kills #81, #83 (without the `/` stop the search never ends: a timeout)
    expect(functionInputOf('a/b/c/s.yaml', [dir('a/b/c')], top)?.file).toBe('f.yaml');
    expect(functionInputOf('a/b/c/s.yaml', [dir('a/b/c')], scopes)).toBeUndefined();
    expect(functionInputOf('/a/b/s.yaml', [dir('/a/b')], root)?.file).toBe('/f.yaml');
    expect(functionInputOf('/a/b/s.yaml', [dir('/a/b')], scopes)).toBeUndefined();
    expect(functionInputOf('s.yaml', [dir('.')], scopes)).toBeUndefined();
  });

  it('every directory on the way up is passed, whatever its name', () => {
    // kills #86: only a directory of the very name that Stryker puts in place of `''` tells it apart.
    expect(functionInputOf('Stryker was here!/s.yaml', [dir('Stryker was here!')], top)?.file).toBe('f.yaml');
    expect(functionInputOf(' /a/s.yaml', [dir(' /a')], top)?.file).toBe('f.yaml');
  });

  it('the note names the scan for a config at the top, and a directory otherwise', () => {
    const config = { dir: 'fn', file: 'fn/f.yaml', kind: 'K', name: 'n' };
    expect(functionInputNote(config, 'fn/f.yaml')).toContain('this file declares the KRM function K n (');
    expect(functionInputNote(config, 'fn/g.yaml')).toContain('`fn/f.yaml` declares the KRM function K n (');
    expect(functionInputNote(config, 'fn/g.yaml')).toContain(
      'pass the manifests of `fn/` and below through it',
    );
    expect(functionInputNote({ ...config, dir: '.' }, 'x')).toContain(
      'pass the manifests of the scan through it',
    );
  });
});

/** `file <- tool definition` of every input the definitions of those files name. */
const suiteInputsOf = (files: Record<string, string>): string[] =>
  [...testSuiteInputs(Object.entries(files).map(([path, text]) => parseManifestFile(path, text)))].map(
    ([file, input]) => `${file} <- ${input.tool} ${input.definition}`,
  );

const kyvernoTest = (resources: string, apiVersion = 'cli.kyverno.io/v1alpha1', kind = 'Test'): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: t\nresources: ${resources}\n`;
const chainsawTest = (spec: string): string =>
  `apiVersion: chainsaw.kyverno.io/v1alpha1\nkind: Test\nmetadata:\n  name: t\n${spec}`;

describe('test-suites.ts: the files a test definition names', () => {
  it('Kyverno: only non-empty strings of `resources`; URLs of any scheme and absolute paths are not files of the scan', () => {
    // kills #622, #624, #626, #627, #711, #715, #736
    expect(
      suiteInputsOf({
        't/kyverno-test.yaml': kyvernoTest(
          '[a.yaml, "", 7, {file: b.yaml}, "S3://bucket/x.yaml", "git+ssh://h/r.yaml", /abs/c.yaml, "d/e://f.yaml", "1x://g.yaml"]',
        ),
      }),
    ).toEqual([
      't/a.yaml <- Kyverno Test t/kyverno-test.yaml',
      't/d/e:/f.yaml <- Kyverno Test t/kyverno-test.yaml',
      't/1x:/g.yaml <- Kyverno Test t/kyverno-test.yaml',
    ]);
  });

  it('Kyverno: `resources` that is not a list names nothing', () => {
    expect(suiteInputsOf({ 't/k.yaml': kyvernoTest('a.yaml') })).toEqual([]);
  });

  it('the group and the kind must both be the tool’s, and its marker must be in the file', () => {
    // kills #639, #641, #697, #699, #702, #706
    expect(
      suiteInputsOf({ 't/k.yaml': kyvernoTest('[a.yaml]', 'cli.kyverno.io/v1alpha1', 'Suite') }),
    ).toEqual([]);
    expect(
      suiteInputsOf({ 't/k.yaml': kyvernoTest('[a.yaml]', 'test.gatekeeper.sh/v1alpha1', 'Test') }),
    ).toEqual([]);
    expect(suiteInputsOf({ 't/k.yaml': kyvernoTest('[a.yaml]', 'cli.kyverno.io', 'Test') })).toEqual([
      't/a.yaml <- Kyverno Test t/k.yaml',
    ]);
    // Two tools' markers in one file: each object is matched to its own tool.
    expect(
      suiteInputsOf({
        't/both.yaml':
          `${kyvernoTest('[k.yaml]')}---\n` +
          'apiVersion: test.gatekeeper.sh/v1alpha1\nkind: Suite\nmetadata:\n  name: g\ntests: [{cases: [{object: g.yaml}]}]\n',
      }),
    ).toEqual(['t/k.yaml <- Kyverno Test t/both.yaml', 't/g.yaml <- Gatekeeper Suite t/both.yaml']);
  });

  it('Gatekeeper: each case’s object and inventory strings; cases and tests that are not maps are skipped', () => {
    // kills #654
    expect(
      suiteInputsOf({
        'g/suite.yaml':
          'apiVersion: test.gatekeeper.sh/v1alpha1\nkind: Suite\nmetadata:\n  name: g\ntests:\n  - x\n' +
          '  - cases: [y, {object: o.yaml, inventory: [i.yaml, "", 3]}, {object: 5, inventory: j.yaml}, {object: p.yaml}]\n' +
          '  - {cases: {object: q.yaml}}\n',
      }),
    ).toEqual([
      'g/o.yaml <- Gatekeeper Suite g/suite.yaml',
      'g/i.yaml <- Gatekeeper Suite g/suite.yaml',
      'g/p.yaml <- Gatekeeper Suite g/suite.yaml',
    ]);
  });

  it('Chainsaw: the file of every operation of try, catch, finally and cleanup; other keys and empty files name nothing', () => {
    // kills #656
    expect(
      suiteInputsOf({
        'c/chainsaw-test.yaml': chainsawTest(
          'spec:\n  steps:\n' +
            '    - try: [{apply: {file: 1.yaml}}, {create: {file: 2.yaml}}, {patch: {file: 3.yaml}}, {update: {file: 4.yaml}}]\n' +
            '      catch: [{assert: {file: 5.yaml}}, {error: {file: 6.yaml}}]\n' +
            '      finally: [{delete: {file: 7.yaml}}]\n' +
            '      cleanup: [{apply: {file: 8.yaml}}, {apply: {file: ""}}, {apply: {file: 9}}, {apply: 10.yaml}, {script: {file: 11.yaml}}]\n' +
            '      other: [{apply: {file: 12.yaml}}]\n' +
            '    - x\n',
        ),
      }),
    ).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8'].map(
        (n) => `c/${n}.yaml <- Chainsaw Test c/chainsaw-test.yaml`,
      ),
    );
  });

  it('Chainsaw: a spec that is not a map names nothing', () => {
    expect(
      suiteInputsOf({ 'c/t.yaml': chainsawTest('spec: [{steps: [{try: [{apply: {file: a.yaml}}]}]}]\n') }),
    ).toEqual([]);
  });

  it('only files in the definition’s directory or below; the first definition that names a file keeps it', () => {
    // kills #717, #721, #723, #725, #727, #729, #732, #734
    expect(
      suiteInputsOf({
        'p/a/k.yaml': kyvernoTest('[../a2/x.yaml, ./in.yaml, sub/../in2.yaml, .., ../a/in3.yaml]'),
        'p/a/l.yaml': kyvernoTest('[in.yaml, new.yaml]'),
        'k.yaml': kyvernoTest('[.., ../x.yaml, ./y.yaml, .]'),
      }),
    ).toEqual([
      'p/a/in.yaml <- Kyverno Test p/a/k.yaml',
      'p/a/in2.yaml <- Kyverno Test p/a/k.yaml',
      'p/a/in3.yaml <- Kyverno Test p/a/k.yaml',
      'p/a/new.yaml <- Kyverno Test p/a/l.yaml',
      'y.yaml <- Kyverno Test k.yaml',
      '. <- Kyverno Test k.yaml',
    ]);
  });
});

describe('test-suites.ts: which objects are test definitions', () => {
  it('an empty name is no file (at the top of the scan it would name the scan itself)', () => {
    // kills #630, #632
    expect(suiteInputsOf({ 'k.yaml': kyvernoTest('["", a.yaml]') })).toEqual([
      'a.yaml <- Kyverno Test k.yaml',
    ]);
    // kills #684, #686: the same for the file of a Chainsaw operation.
    expect(
      suiteInputsOf({
        'chainsaw-test.yaml': chainsawTest(
          'spec:\n  steps: [{try: [{apply: {file: ""}}, {apply: {file: a.yaml}}]}]\n',
        ),
      }),
    ).toEqual(['a.yaml <- Chainsaw Test chainsaw-test.yaml']);
  });

  it('a marker of one tool in the file does not make another group’s `Test` that tool’s', () => {
    // kills #700
    expect(
      suiteInputsOf({ 't/k.yaml': `# cli.kyverno.io\n${kyvernoTest('[a.yaml]', 'example.com/v1', 'Test')}` }),
    ).toEqual([]);
  });

  it('the file’s text must hold the marker: a group written with an escape is not read (one substring test per file)', () => {
    // kills #689
    expect(suiteInputsOf({ 't/k.yaml': kyvernoTest('[a.yaml]', '"cli\\u002ekyverno.io/v1alpha1"') })).toEqual(
      [],
    );
    // The same object with the group spelled out is.
    expect(suiteInputsOf({ 't/k.yaml': kyvernoTest('[a.yaml]', '"cli.kyverno.io/v1alpha1"') })).toEqual([
      't/a.yaml <- Kyverno Test t/k.yaml',
    ]);
  });
});

describe('test-suites.ts: definitions with null items', () => {
  it('null tests, cases, steps and operations are skipped, not read', () => {
    // kills #635
    expect(
      suiteInputsOf({
        'g/suite.yaml':
          'apiVersion: test.gatekeeper.sh/v1alpha1\nkind: Suite\nmetadata:\n  name: g\n' +
          'tests: [null, {cases: [null, {object: o.yaml}]}]\n',
        'c/chainsaw-test.yaml': chainsawTest(
          'spec:\n  steps: [null, {try: [null, {apply: {file: a.yaml}}], catch: [{error: null}]}]\n',
        ),
      }),
    ).toEqual([
      'g/o.yaml <- Gatekeeper Suite g/suite.yaml',
      'c/a.yaml <- Chainsaw Test c/chainsaw-test.yaml',
    ]);
  });
});

describe('markdown-fence.ts: what counts as one fenced code block', () => {
  const body = 'a: 1\n';
  it.each([
    ['three backticks exactly', '```\na: 1\n```', '#``\na: 1\n#``'],
    ['three tildes exactly', '~~~\na: 1\n~~~', '#~~\na: 1\n#~~'],
    ['an opening fence with trailing spaces', '```yaml  \na: 1\n```', '#``yaml  \na: 1\n#``'],
    ['a closing fence with trailing spaces', '```\na: 1\n```  \n', '#``\na: 1\n#``  \n'],
    ['a closing fence longer than the opening one', '~~~\na: 1\n~~~~~\n', '#~~\na: 1\n#~~~~\n'],
    ['an indented opening fence after blank lines', '\n\n```\na: 1\n```\n', '\n\n#``\na: 1\n#``\n'],
    ['a tilde fence holding a backtick line', '~~~\n```\na: 1\n~~~', '#~~\n```\na: 1\n#~~'],
    ['a backtick fence holding a shorter one', '````\n```\na: 1\n````', '#```\n```\na: 1\n#```'],
    ['a backtick fence holding ```x (not a closing fence)', '```\n```x\na: 1\n```', '#``\n```x\na: 1\n#``'],
    ['a fence with tildes in its info string', '```a~b\na: 1\n```', '#``a~b\na: 1\n#``'],
    // kills #127
    ['a line of spaces before the opening fence', '   \n```\na: 1\n```', '   \n#``\na: 1\n#``'],
    // kills #137
    ['blank lines of spaces after the closing fence', '```\na: 1\n```\n  \n\t\n', '#``\na: 1\n#``\n  \n\t\n'],
  ])('%s: unfenced', (_name, text, expected) => {
    expect(unfenceMarkdown(text)).toBe(expected);
  });

  it.each([
    ['two backticks', `\`\`\n${body}\`\`\n`],
    ['two tildes', `~~\n${body}~~\n`],
    ['a closing fence followed by text on its line', `\`\`\`\n${body}\`\`\` x\n`],
    ['a closing fence after text on its line', `\`\`\`\n${body}x \`\`\`\n`],
    ['an opening fence of backticks then tildes', `\`\`\`~~~\`\n${body}\`\`\`\n`],
    ['text before the opening fence', `x\n\`\`\`\n${body}\`\`\`\n`],
    ['a closing fence of tildes too short', `~~~~\n${body}~~~\n`],
    ['a fence line of the same kind inside', `~~~\n${body}~~~\n${body}~~~\n`],
    ['a fence line with spaces inside', `\`\`\`\n${body}\`\`\`  \n${body}\`\`\`\n`],
    ['only the opening fence and blank lines', '```\n\n\n'],
    ['a fence of backticks opening, tildes closing', '```\na: 1\n~~~'],
    // kills #140
    ['an opening fence indented by spaces', '  ```\na: 1\n```\n'],
    // kills #114, #118, #121 (the text is all blank: no first line to read)
    ['an empty text', ''],
    ['blank lines only', '\n  \n\t\n'],
  ])('%s: left as it is', (_name, text) => {
    expect(unfenceMarkdown(text)).toBe(text);
  });
});

/** The migration of the one Endpoints of that manifest. */
const migrationOf = (text: string, managedBy?: string) =>
  migrateEndpoints(endpointsView(resourceOf(text)), managedBy);
const namesOf = (slices: Record<string, unknown>[]): unknown[] =>
  slices.map((s) => (s.metadata as { name: string }).name);
/** `n` ready addresses of the family. */
const addressList = (n: number, v6 = false): string =>
  Array.from({ length: n }, (_, i) =>
    v6 ? `{ip: "fd00::${i.toString(16)}"}` : `{ip: 10.0.${i >> 8}.${i & 255}}`,
  ).join(', ');

describe('migrate.ts: the metadata of the slices', () => {
  it('labels are copied as strings, but skip-mirror, null values and the Endpoints’ own service-name and managed-by', () => {
    // kills #187, #189, #431, #432, #433, #437, #439
    const [s] = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\n  labels:\n    app: db\n    n: 1\n    gone: null\n' +
        '    endpointslice.kubernetes.io/skip-mirror: "true"\n    kubernetes.io/service-name: other\n' +
        '    endpointslice.kubernetes.io/managed-by: endpointslicemirroring-controller.k8s.io\n' +
        'subsets: [{addresses: [{ip: 10.0.0.1}]}]\n',
      'team-a',
    ).slices;
    expect(s?.metadata).toEqual({
      name: 'db',
      labels: {
        'kubernetes.io/service-name': 'db',
        'endpointslice.kubernetes.io/managed-by': 'team-a',
        app: 'db',
        n: '1',
      },
    });
  });

  it('annotations are copied but the ones the controller drops; no annotations, no key', () => {
    const [s] = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\n  annotations:\n    note: keep\n    n: 2\n    x: null\n' +
        '    endpoints.kubernetes.io/last-change-trigger-time: "2020-01-01T00:00:00Z"\n' +
        '    kubectl.kubernetes.io/last-applied-configuration: "{}"\n' +
        '    control-plane.alpha.kubernetes.io/leader: "{}"\n' +
        'subsets: [{addresses: [{ip: 10.0.0.1}]}]\n',
    ).slices;
    expect((s?.metadata as Record<string, unknown>).annotations).toEqual({ note: 'keep', n: '2' });
    const [bare] = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\n  annotations:\n' +
        '    kubectl.kubernetes.io/last-applied-configuration: "{}"\nsubsets: [{addresses: [{ip: 10.0.0.1}]}]\n',
    ).slices;
    expect(Object.keys(bare?.metadata as object)).toEqual(['name', 'labels']);
  });

  it.each([
    // kills #356
    ['only Endpoints rules: dropped', 'endpoints-deprecated, subset-without-addresses', undefined],
    [
      // kills #357, #359, #361, #362, #363, #366, #369
      'Endpoints rules among others: those kept, trimmed',
      ' endpoints-deprecated , port-name-mismatch,,subset-x, x-endpoints-y ',
      'port-name-mismatch,x-endpoints-y',
    ],
    ['nothing but commas: dropped', ' , ', undefined],
    ['a rule that only contains `endpoints-`', 'my-endpoints-rule', 'my-endpoints-rule'],
  ])('the suppression annotation, %s', (_name, ignore, expected) => {
    const [s] = migrationOf(
      `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\n  annotations:\n    kube-pairing.io/ignore: "${ignore}"\n` +
        '    other: o\nsubsets: [{addresses: [{ip: 10.0.0.1}]}]\n',
    ).slices;
    expect((s?.metadata as Record<string, unknown>).annotations).toEqual(
      expected === undefined ? { other: 'o' } : { 'kube-pairing.io/ignore': expected, other: 'o' },
    );
  });

  it('the namespace only when the Endpoints writes one', () => {
    const text =
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets: [{addresses: [{ip: 10.0.0.1}]}]\n';
    const placed = placeResources(
      [
        parseManifestFile('k/kustomization.yaml', 'namespace: prod\nresources: [ep.yaml]\n'),
        parseManifestFile('k/ep.yaml', text),
      ],
      'default',
    ).resources.find((r) => r.ref.kind === 'Endpoints');
    expect(placed?.namespaceSource).toBe('kustomization');
    expect(placed?.ref.namespace).toBe('prod');
    expect(
      Object.keys(migrateEndpoints(endpointsView(placed as Resource)).slices[0]?.metadata as object),
    ).toEqual(['name', 'labels']);
    expect(
      migrationOf(text.replace('name: db\n', 'name: db\n  namespace: ops\n')).slices[0]?.metadata as object,
    ).toMatchObject({ name: 'db', namespace: 'ops' });
  });

  it('a name of 253 characters is cut so that the suffix fits', () => {
    // kills #194, #195
    const name = 'a'.repeat(253);
    const slices = migrationOf(
      `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\nsubsets: [{addresses: [{ip: 10.0.0.1}, {ip: "fd00::1"}]}]\n`,
    ).slices;
    expect(namesOf(slices)).toEqual([`${'a'.repeat(248)}-ipv4`, `${'a'.repeat(248)}-ipv6`]);
    const one = migrationOf(
      `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\nsubsets: [{addresses: [{ip: 10.0.0.1}]}]\n`,
    ).slices;
    expect(namesOf(one)).toEqual([name]);
  });
});

describe('migrate.ts: ports and endpoints', () => {
  it('ports: name when set, port when set, protocol (TCP by default), appProtocol when set', () => {
    // kills #235, #237, #238, #240, #242, #244, #245, #247
    const [s] = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses: [{ip: 10.0.0.1}]\n' +
        '    ports: [{name: a, port: 1, protocol: UDP, appProtocol: dns}, {port: null, appProtocol: null, name: ""}, {name: c}]\n',
    ).slices;
    // toStrictEqual: a port or appProtocol not written is no key (not a key set to undefined).
    expect(s?.ports).toStrictEqual([
      { name: 'a', port: 1, protocol: 'UDP', appProtocol: 'dns' },
      { protocol: 'TCP' },
      { name: 'c', protocol: 'TCP' },
    ]);
  });

  it('endpoints: hostname when a non-empty string, targetRef when a map, nodeName when a string', () => {
    // kills #268, #270, #271, #274, #276, #277, #279
    const [s] = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses:\n' +
        '      - {ip: 10.0.0.1, hostname: "", targetRef: pod, nodeName: 5}\n' +
        '      - {ip: 10.0.0.2, hostname: 7, targetRef: [pod], nodeName: ""}\n' +
        '      - {ip: 10.0.0.3, hostname: h, targetRef: {kind: Pod}, nodeName: n}\n',
    ).slices;
    expect(s?.endpoints).toEqual([
      { addresses: ['10.0.0.1'], conditions: { ready: true } },
      { addresses: ['10.0.0.2'], conditions: { ready: true }, nodeName: '' },
      {
        addresses: ['10.0.0.3'],
        conditions: { ready: true },
        hostname: 'h',
        targetRef: { kind: 'Pod' },
        nodeName: 'n',
      },
    ]);
  });

  it('an IP that is no string is read as text; a missing one is no IP', () => {
    // kills #250, #252, #254, #255
    const migration = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses: [{ip: 167772161}, {hostname: h}, {ip: null}]\n',
    );
    expect(migration.slices).toEqual([]);
    expect(migration.notes).toEqual([
      '"167772161" is not an IP address: left out (the mirroring controller skips it too).',
      '"" is not an IP address: left out (the mirroring controller skips it too).',
      '"" is not an IP address: left out (the mirroring controller skips it too).',
    ]);
  });

  it('each endpoint once per slice; subsets with the same ports in another order share it', () => {
    // kills #313, #315, #317, #318, #319, #321, #324
    const migration = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n' +
        '  - addresses: [{ip: 10.0.0.1}, {ip: 10.0.0.1}]\n    notReadyAddresses: [{ip: 10.0.0.1}]\n' +
        '    ports: [{name: a, port: 1}, {name: b, port: 2}]\n' +
        '  - addresses: [{ip: 10.0.0.1}, {ip: 10.0.0.2}]\n    ports: [{name: b, port: 2}, {name: a, port: 1}]\n' +
        '  - addresses: [{ip: 10.0.0.1}]\n    ports: [{name: a, port: 1}]\n',
    );
    expect(namesOf(migration.slices)).toEqual(['db-1', 'db-2']);
    expect(migration.slices.map((s) => s.endpoints)).toEqual([
      [
        { addresses: ['10.0.0.1'], conditions: { ready: true } },
        { addresses: ['10.0.0.1'], conditions: { ready: false } },
        { addresses: ['10.0.0.2'], conditions: { ready: true } },
      ],
      [{ addresses: ['10.0.0.1'], conditions: { ready: true } }],
    ]);
    // The first subset's ports, in its order.
    expect(migration.slices[0]?.ports).toEqual([
      { name: 'a', port: 1, protocol: 'TCP' },
      { name: 'b', port: 2, protocol: 'TCP' },
    ]);
  });
});

describe('migrate.ts: reading an address as written', () => {
  /** A view of one ready address at `path` (views built by endpointsView always fit their object). */
  const oneAddress = (resource: Resource, path: (string | number)[]): EndpointsView => ({
    resource,
    labels: {},
    annotations: {},
    subsets: [
      {
        path: [],
        portsPath: [],
        ports: [],
        addresses: [{ path, ip: '10.0.0.1', ipPath: [] }],
        notReadyAddresses: [],
      },
    ],
  });
  const endpointsOfMigration = (view: EndpointsView): unknown => migrateEndpoints(view).slices[0]?.endpoints;
  const plain = { addresses: ['10.0.0.1'], conditions: { ready: true } };
  const named = { ...plain, hostname: 'h' };

  it('an index step reads a list only, not a map with that key', () => {
    // kills #413, #415, #419, #421, #422
    const mapped = resourceOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  "0":\n    addresses:\n' +
        '      "0": {ip: 10.0.0.1, hostname: h}\n',
    );
    expect(endpointsOfMigration(oneAddress(mapped, ['subsets', 0, 'addresses', 0]))).toEqual([plain]);
    expect(endpointsOfMigration(oneAddress(mapped, ['subsets', '0', 'addresses', '0']))).toEqual([named]);
  });

  it('a key step reads a map only, not a list at that index', () => {
    // kills #416
    const listed = resourceOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets: [{addresses: [{ip: 10.0.0.1, hostname: h}]}]\n',
    );
    expect(endpointsOfMigration(oneAddress(listed, ['subsets', '0', 'addresses', '0']))).toEqual([plain]);
    expect(endpointsOfMigration(oneAddress(listed, ['subsets', 0, 'addresses', 0]))).toEqual([named]);
  });
});

describe('migrate.ts: the names of several slices', () => {
  it('families and port lists: the family only when both, the port list’s number among its family', () => {
    // kills #214, #314, #316, #343
    const migration = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n' +
        '  - addresses: [{ip: 10.0.0.1}, {ip: "fd00::1"}]\n    ports: [{port: 1}]\n' +
        '  - addresses: [{ip: 10.0.0.2}]\n    ports: [{port: 2}]\n',
    );
    expect(namesOf(migration.slices)).toEqual(['db-ipv4-1', 'db-ipv6', 'db-ipv4-2']);
  });

  it('a group of exactly 1000 endpoints is not cut; one of 1001 is, into part1 and part2', () => {
    // kills #293, #332
    const exactly = migrationOf(
      `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses: [${addressList(MAX_ENDPOINTS_PER_SLICE)}, {ip: "fd00::1"}]\n`,
    );
    expect(namesOf(exactly.slices)).toEqual(['db-ipv4', 'db-ipv6']);
    const more = migrationOf(
      `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses: [${addressList(MAX_ENDPOINTS_PER_SLICE + 1, true)}]\n`,
    );
    expect(namesOf(more.slices)).toEqual(['db-part1', 'db-part2']);
    expect(more.slices.map((s) => (s.endpoints as unknown[]).length)).toEqual([1000, 1]);
  });
});

describe('migrate.ts: the YAML', () => {
  it('one slice: the header says it, addresses inline and quoted', () => {
    const migration = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\n  namespace: ops\nsubsets:\n' +
        '  - addresses: [{ip: 010.0.0.1}]\n    ports: [{port: 1}]\n',
    );
    expect(migration.yaml).toBe(
      '# EndpointSlice that replaces Endpoints ops/db (generated by kube-pairing,\n' +
        '# built as the EndpointSlice mirroring controller builds its mirror). Apply it, then delete\n' +
        "# the Endpoints. managed-by may name whoever manages it: any value but the controllers' own.\n" +
        '# Note: 010.0.0.1 is written as 10.0.0.1, as Kubernetes reads it.\n' +
        '\n' +
        'apiVersion: discovery.k8s.io/v1\n' +
        'kind: EndpointSlice\n' +
        'metadata:\n' +
        '  name: db\n' +
        '  namespace: ops\n' +
        '  labels:\n' +
        '    kubernetes.io/service-name: db\n' +
        '    endpointslice.kubernetes.io/managed-by: manual\n' +
        'addressType: IPv4\n' +
        'ports:\n' +
        '  - port: 1\n' +
        '    protocol: TCP\n' +
        'endpoints:\n' +
        '  - addresses: ["10.0.0.1"]\n' +
        '    conditions:\n' +
        '      ready: true\n',
    );
  });

  it('several slices: the header (on the first only) says them, documents separated by ---', () => {
    const migration = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets:\n  - addresses: [{ip: 10.0.0.1}, {ip: "fd00::1"}]\n',
    );
    expect(migration.yaml).toBe(
      '# EndpointSlices that replace Endpoints default/db (generated by kube-pairing,\n' +
        '# built as the EndpointSlice mirroring controller builds its mirror). Apply them, then delete\n' +
        "# the Endpoints. managed-by may name whoever manages them: any value but the controllers' own.\n" +
        '\n' +
        'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: db-ipv4\n  labels:\n' +
        '    kubernetes.io/service-name: db\n    endpointslice.kubernetes.io/managed-by: manual\n' +
        'addressType: IPv4\nports: []\nendpoints:\n  - addresses: ["10.0.0.1"]\n    conditions:\n      ready: true\n' +
        '---\n' +
        'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: db-ipv6\n  labels:\n' +
        '    kubernetes.io/service-name: db\n    endpointslice.kubernetes.io/managed-by: manual\n' +
        'addressType: IPv6\nports: []\nendpoints:\n  - addresses: ["fd00::1"]\n    conditions:\n      ready: true\n',
    );
    expect(parseAllDocuments(migration.yaml).map((d) => d.toJS() as unknown)).toEqual(migration.slices);
  });

  it('no slice: every line a comment, with the notes', () => {
    // kills #392
    const migration = migrationOf(
      'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db\nsubsets: [{addresses: [{ip: x}]}]\n',
    );
    expect(migration.yaml).toBe(
      '# EndpointSlices that replace Endpoints default/db (generated by kube-pairing,\n' +
        '# built as the EndpointSlice mirroring controller builds its mirror). Apply them, then delete\n' +
        "# the Endpoints. managed-by may name whoever manages them: any value but the controllers' own.\n" +
        '# Note: "x" is not an IP address: left out (the mirroring controller skips it too).\n' +
        '# Endpoints default/db has no IP addresses: nothing replaces it; delete it.\n',
    );
  });
});
