import { describe, expect, it } from 'vitest';
import { regionOf } from '../../src/engine/locate.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import { placeResources } from '../../src/engine/resources.js';

const at = (path: string, text: string, objectIndex: number, keyPath: (string | number)[]) => {
  const parsed = parseManifestFile(path, text);
  const object = parsed.objects[objectIndex]!;
  const r = regionOf(object, keyPath);
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
};

describe('parseManifestFile', () => {
  it('splits multi-document files and keeps per-document positions', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Endpoints\nmetadata:\n  name: b\n';
    const parsed = parseManifestFile('m.yaml', text);
    expect(parsed.objects.map((o) => `${o.kind}/${o.name}#${o.documentIndex}`)).toEqual([
      'Service/a#0',
      'Endpoints/b#1',
    ]);
    expect(at('m.yaml', text, 1, ['metadata', 'name'])).toBe('9:9-9:10');
  });

  it('expands kind: List and any *List, with the items own positions', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Service',
      '    metadata: {name: one}',
      '  - 42',
      '  - apiVersion: v1',
      '    kind: Endpoints',
      '    metadata:',
      '      name: two',
      '',
    ].join('\n');
    const parsed = parseManifestFile('list.yaml', text);
    expect(parsed.objects.map((o) => o.name)).toEqual(['one', 'two']);
    expect(at('list.yaml', text, 0, ['metadata', 'name'])).toBe('6:22-6:25');
    expect(at('list.yaml', text, 1, ['metadata', 'name'])).toBe('11:13-11:16');
    const serviceList =
      'apiVersion: v1\nkind: ServiceList\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: x}\n';
    expect(parseManifestFile('s.yaml', serviceList).objects.map((o) => o.kind)).toEqual(['Service']);
  });

  it('parses JSON with positions', () => {
    const text =
      '{\n  "apiVersion": "v1",\n  "kind": "Endpoints",\n  "metadata": {\n    "name": "etcd"\n  }\n}\n';
    expect(at('e.json', text, 0, ['metadata', 'name'])).toBe('5:13-5:19');
  });

  it('CRLF, a BOM and tabs inside values keep editor columns', () => {
    const crlf = '\uFEFFapiVersion: v1\r\nkind: Service\r\nmetadata:\r\n  name: "a\tb"\r\n';
    expect(at('c.yaml', crlf, 0, ['metadata', 'name'])).toBe('4:9-4:14');
    expect(at('c.yaml', crlf, 0, ['kind'])).toBe('2:7-2:14');
  });

  it('a broken document is a syntax problem; the other documents are still read', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n---\nkind: [\n---\napiVersion: v1\nkind: Endpoints\nmetadata: {name: ok}\n';
    const parsed = parseManifestFile('b.yaml', text);
    expect(parsed.objects.map((o) => o.kind)).toEqual(['Service', 'Endpoints']);
    expect(parsed.syntaxProblems.length).toBeGreaterThan(0);
    expect(parsed.syntaxProblems[0]!.region.line).toBe(6);
  });

  it('duplicate keys are syntax problems (kubectl rejects them)', () => {
    const parsed = parseManifestFile(
      'd.yaml',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\n',
    );
    expect(parsed.objects).toEqual([]);
    expect(parsed.syntaxProblems.map((p) => p.region.line)).toEqual([5]);
  });

  it('an alias bomb is reported, not expanded', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(
        `${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`,
      );
    }
    lines.push('apiVersion: v1', 'kind: Service');
    const parsed = parseManifestFile('bomb.yaml', lines.join('\n'));
    expect(parsed.objects).toEqual([]);
    expect(parsed.syntaxProblems[0]?.message).toMatch(/alias/i);
  });

  it('skips templates and non-Kubernetes YAML with a reason; scalars, arrays and null documents are not objects', () => {
    expect(parseManifestFile('t.yaml', 'name: {{ .Values.name }}\n').skipped).toMatch(/template/);
    expect(parseManifestFile('v.yaml', 'replicas: 3\n').skipped).toMatch(/no Kubernetes object/);
    const odd = parseManifestFile('o.yaml', '42\n---\n- a\n---\n~\n---\nkind: 7\napiVersion: v1\n');
    expect(odd.objects).toEqual([]);
    expect(odd.syntaxProblems).toEqual([]);
  });

  it('reads kustomizations', () => {
    const k = parseManifestFile(
      'app/kustomization.yaml',
      'namespace: shop\nresources:\n  - svc.yaml\n  - ../base\n',
    );
    expect(k.kustomization).toEqual({ namespace: 'shop', resources: ['svc.yaml', '../base'] });
    expect(k.skipped).toBeUndefined();
  });
});

describe('placeResources', () => {
  const svc = (name: string, ns?: string) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}`;

  it('explicit namespace, else kustomization (also through a listed directory), else the default', () => {
    const files = [
      parseManifestFile(
        'overlays/prod/kustomization.yaml',
        'namespace: prod\nresources:\n  - ../../base\n  - extra.yaml\n',
      ),
      parseManifestFile('overlays/dev/kustomization.yaml', 'namespace: dev\nresources: [../../base]\n'),
      parseManifestFile('base/kustomization.yaml', 'resources: [svc.yaml, fixed.yaml]\n'),
      parseManifestFile('base/svc.yaml', svc('web')),
      parseManifestFile('base/fixed.yaml', svc('pinned', 'infra')),
      parseManifestFile('overlays/prod/extra.yaml', svc('extra')),
      parseManifestFile('loose.yaml', svc('loose')),
    ];
    const placed = placeResources(files, 'default').map(
      (r) => `${r.ref.namespace}/${r.ref.name}:${r.namespaceSource}`,
    );
    expect(placed.sort()).toEqual(
      [
        'dev/web:kustomization',
        'prod/web:kustomization',
        'infra/pinned:explicit',
        'prod/extra:kustomization',
        'default/loose:default',
      ].sort(),
    );
  });

  it('a kustomization cycle does not hang', () => {
    const files = [
      parseManifestFile('a/kustomization.yaml', 'namespace: x\nresources: [../b, svc.yaml]\n'),
      parseManifestFile('b/kustomization.yaml', 'resources: [../a]\n'),
      parseManifestFile('a/svc.yaml', svc('s')),
    ];
    expect(placeResources(files, 'default').map((r) => r.ref.namespace)).toEqual(['x']);
  });
});
