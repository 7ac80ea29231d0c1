import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/engine/locate.js';
import type { K8sObject, Path } from '../../src/engine/parse.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import { Provenance } from '../../src/kustomize/built.js';
import { applyJsonPatch, isJsonPatch, readJsonPatchFile } from '../../src/kustomize/json-patch.js';

const BASE = 'base/service.yaml';
const PATCH = 'overlay/ops.yaml';

const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: web',
  'spec:',
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
].join('\n');

function source(): K8sObject {
  const [object] = parseManifestFile(BASE, SERVICE).objects;
  if (!object) throw new Error('no object');
  return object;
}

/** The Service built with the operations applied from their parsed document (or from one inline node). */
function build(ops: string, inline = false): { built: K8sObject; applied: number; errors: string[] } {
  const base = source();
  const patch = readJsonPatchFile(PATCH, ops);
  if (!patch) throw new Error('not a JSON patch file');
  const provenance = new Provenance();
  const value = provenance.copy(base.value, base);
  const from = inline ? { origin: { file: patch.file, node: patch.node } } : { object: patch };
  const { applied, errors } = applyJsonPatch(value, patch.value, provenance, from);
  return { built: { ...base, value, built: { source: base, provenance } }, applied, errors };
}

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

const get = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, step) => (v as Record<string | number, unknown> | undefined)?.[step], value);

interface Case {
  name: string;
  ops: string;
  expected: [Path, unknown][];
  places: [Path, 'base' | 'patch', string, string][];
  inline?: boolean;
}

const PORT_HTTP = { name: 'http', port: 80, targetPort: 8080 };
const PORT_HTTPS = { name: 'https', port: 443, targetPort: 8443 };

const cases: Case[] = [
  {
    name: 'add a selector key',
    ops: '- op: add\n  path: /spec/selector/version\n  value: v2\n',
    expected: [[['spec', 'selector'], { app: 'web', tier: 'frontend', version: 'v2' }]],
    places: [
      [['spec', 'selector', 'version'], 'patch', 'value: ', 'v2'],
      [['spec', 'selector', 'tier'], 'base', 'tier: ', 'frontend'],
    ],
  },
  {
    name: 'replace a port number',
    ops: '- op: replace\n  path: /spec/ports/1/port\n  value: 8443\n',
    expected: [[['spec', 'ports', 1], { name: 'https', port: 8443, targetPort: 8443 }]],
    places: [
      [['spec', 'ports', 1, 'port'], 'patch', 'value: ', '8443'],
      [['spec', 'ports', 1, 'name'], 'base', 'name: ', 'https'],
    ],
  },
  {
    name: 'replace the whole selector',
    ops: '- op: replace\n  path: /spec/selector\n  value:\n    app: api\n',
    expected: [[['spec', 'selector'], { app: 'api' }]],
    places: [[['spec', 'selector', 'app'], 'patch', 'app: ', 'api']],
  },
  {
    name: 'remove a port: the next one keeps its origin',
    ops: '- op: remove\n  path: /spec/ports/0\n',
    expected: [[['spec', 'ports'], [PORT_HTTPS]]],
    places: [
      [['spec', 'ports', 0], 'base', '    - ', 'name: https'],
      [['spec', 'ports', 0, 'port'], 'base', 'port: ', '443'],
    ],
  },
  {
    name: 'remove a selector key',
    ops: '- op: remove\n  path: /spec/selector/tier\n',
    expected: [[['spec', 'selector'], { app: 'web' }]],
    places: [[['spec', 'selector', 'app'], 'base', 'app: ', 'web']],
  },
  {
    name: 'append a port with /-',
    ops: '- op: add\n  path: /spec/ports/-\n  value:\n    name: metrics\n    port: 9090\n',
    expected: [
      [
        ['spec', 'ports'],
        [PORT_HTTP, PORT_HTTPS, { name: 'metrics', port: 9090 }],
      ],
    ],
    places: [
      [['spec', 'ports', 2], 'patch', 'value:\n    ', 'name: metrics'],
      [['spec', 'ports', 2, 'port'], 'patch', 'port: ', '9090'],
      [['spec', 'ports', 1, 'port'], 'base', 'port: ', '443'],
    ],
  },
  {
    name: 'insert a port and an IP at index 0: the items after keep their origins, scalars too',
    ops: [
      '- op: add',
      '  path: /spec/ports/0',
      '  value: {name: dns, port: 53}',
      '- op: add',
      '  path: /spec/externalIPs/0',
      '  value: 10.9.9.9',
      '',
    ].join('\n'),
    expected: [
      [
        ['spec', 'ports'],
        [{ name: 'dns', port: 53 }, PORT_HTTP, PORT_HTTPS],
      ],
      [
        ['spec', 'externalIPs'],
        ['10.9.9.9', '10.0.0.1', '10.0.0.2'],
      ],
    ],
    places: [
      [['spec', 'ports', 0], 'patch', 'value: ', '{name: dns, port: 53}'],
      [['spec', 'ports', 1, 'targetPort'], 'base', 'targetPort: ', '8080'],
      [['spec', 'externalIPs', 0], 'patch', 'value: ', '10.9.9.9'],
      [['spec', 'externalIPs', 1], 'base', '- ', '10.0.0.1'],
      [['spec', 'externalIPs', 2], 'base', '- ', '10.0.0.2'],
    ],
  },
  {
    name: 'move a port and a scalar: the origin moves with the value',
    ops: [
      '- op: move',
      '  from: /spec/ports/1',
      '  path: /spec/ports/0',
      '- op: move',
      '  from: /spec/selector/tier',
      '  path: /spec/selector/layer',
      '- op: move',
      '  from: /spec/externalIPs/1',
      '  path: /spec/externalIPs/0',
      '',
    ].join('\n'),
    expected: [
      [
        ['spec', 'ports'],
        [PORT_HTTPS, PORT_HTTP],
      ],
      [['spec', 'selector'], { app: 'web', layer: 'frontend' }],
      [
        ['spec', 'externalIPs'],
        ['10.0.0.2', '10.0.0.1'],
      ],
    ],
    places: [
      [['spec', 'ports', 0, 'port'], 'base', 'port: ', '443'],
      [['spec', 'ports', 1, 'port'], 'base', 'port: ', '80'],
      [['spec', 'selector', 'layer'], 'base', 'tier: ', 'frontend'],
      [['spec', 'externalIPs', 0], 'base', '- ', '10.0.0.2'],
      [['spec', 'externalIPs', 1], 'base', '- ', '10.0.0.1'],
    ],
  },
  {
    name: 'copy a port: the copy points where its original is written',
    ops: '- op: copy\n  from: /spec/ports/0\n  path: /spec/ports/-\n',
    expected: [
      [
        ['spec', 'ports'],
        [PORT_HTTP, PORT_HTTPS, PORT_HTTP],
      ],
    ],
    places: [
      [['spec', 'ports', 2], 'base', '    - ', 'name: http'],
      [['spec', 'ports', 2, 'targetPort'], 'base', 'targetPort: ', '8080'],
    ],
  },
  {
    name: 'test, then replace',
    ops: '- op: test\n  path: /spec/selector/app\n  value: web\n- op: replace\n  path: /spec/selector/app\n  value: api\n',
    expected: [[['spec', 'selector', 'app'], 'api']],
    places: [[['spec', 'selector', 'app'], 'patch', 'value: ', 'api']],
  },
  {
    name: 'an inline patch: what it writes points at its one node',
    ops: '- op: add\n  path: /spec/ports/-\n  value: {name: metrics, port: 9090}\n',
    inline: true,
    expected: [[['spec', 'ports', 2], { name: 'metrics', port: 9090 }]],
    places: [
      [['spec', 'ports', 2, 'port'], 'patch', '', '- op: add'],
      [['spec', 'ports', 0, 'port'], 'base', 'port: ', '80'],
    ],
  },
  {
    name: 'evanphx/json-patch leniencies: a negative index, a replace that adds',
    ops: '- op: replace\n  path: /spec/ports/-1/port\n  value: 444\n- op: replace\n  path: /spec/type\n  value: NodePort\n',
    expected: [
      [['spec', 'ports', 1, 'port'], 444],
      [['spec', 'type'], 'NodePort'],
    ],
    places: [[['spec', 'ports', 1, 'port'], 'patch', 'value: ', '444']],
  },
];

describe('applyJsonPatch', () => {
  it.each(cases)('$name', ({ ops, inline, expected, places }) => {
    const { built, errors } = build(ops, inline);
    expect(errors).toEqual([]);
    for (const [path, value] of expected) expect(get(built.value, path), path.join('.')).toEqual(value);
    for (const [path, which, before, text] of places) {
      const expectedPlace = which === 'base' ? at(BASE, SERVICE, before, text) : at(PATCH, ops, before, text);
      expect(place(built, path), path.join('.')).toBe(expectedPlace);
    }
  });

  it('stops at the first failing operation and reports it (kustomize fails the build)', () => {
    const ops = [
      '- op: replace',
      '  path: /spec/selector/app',
      '  value: api',
      '- op: replace',
      '  path: /spec/ports/5/port',
      '  value: 1',
      '- op: remove',
      '  path: /spec/selector/tier',
      '',
    ].join('\n');
    const { built, applied, errors } = build(ops);
    expect(applied).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^operation 2 \(replace \/spec\/ports\/5\/port\): /);
    expect(get(built.value, ['spec', 'selector'])).toEqual({ app: 'api', tier: 'frontend' });
  });

  it('reports a failing test, a missing path, an unknown op', () => {
    expect(build('- op: test\n  path: /spec/selector/app\n  value: api\n').errors[0]).toMatch(
      /^operation 1 \(test/,
    );
    expect(build('- op: remove\n  path: /spec/nope\n').errors).toHaveLength(1);
    expect(build('- op: add\n  path: /spec/ports/7\n  value: 1\n').errors).toHaveLength(1);
    expect(build('- op: frobnicate\n  path: /spec\n').errors).toEqual([
      'operation 1 (frobnicate /spec): Unexpected kind: frobnicate',
    ]);
  });

  it('tells a JSON 6902 patch from a strategic merge patch as PatchTransformer does', () => {
    expect(isJsonPatch([{ op: 'add', path: '/a', value: 1 }])).toBe(true);
    expect(isJsonPatch([{ anything: 'a mapping' }])).toBe(true);
    expect(isJsonPatch({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } })).toBe(false);
    expect(isJsonPatch([])).toBe(false);
    expect(isJsonPatch(['not', 'mappings'])).toBe(false);
    expect(isJsonPatch('- op: add')).toBe(false);
  });

  it('reads a JSON patch file that parseManifestFile does not take for objects', () => {
    expect(parseManifestFile(PATCH, '- op: remove\n  path: /spec\n').objects).toEqual([]);
    expect(readJsonPatchFile(PATCH, '- op: remove\n  path: /spec\n')?.value).toEqual([
      { op: 'remove', path: '/spec' },
    ]);
    expect(readJsonPatchFile(PATCH, 'kind: Service\n')).toBeUndefined();
  });
});
