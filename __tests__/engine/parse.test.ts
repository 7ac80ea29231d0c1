import { describe, expect, it } from 'vitest';
import { regionOf } from '../../src/engine/locate.js';
import { parseManifestFile } from '../../src/engine/parse.js';

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

  it('a broken document is one syntax problem; the other documents are still read', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n---\nkind: [\n---\napiVersion: v1\nkind: Endpoints\nmetadata: {name: ok}\n';
    const parsed = parseManifestFile('b.yaml', text);
    expect(parsed.objects.map((o) => o.kind)).toEqual(['Service', 'Endpoints']);
    expect(parsed.syntaxProblems).toEqual([
      {
        message: 'The flow sequence that starts at line 6, column 7 has no closing ]',
        region: { line: 6, column: 7, endLine: 6, endColumn: 8 },
        kubectlRejects: true,
        document: { number: 2, count: 3 },
      },
    ]);
  });

  it('a duplicate key is one syntax problem, and the object is read with the last value, as kubectl reads it', () => {
    const parsed = parseManifestFile(
      'd.yaml',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\n  name: c\n',
    );
    expect(parsed.syntaxProblems).toEqual([
      {
        message: 'Map keys must be unique: the key "name" is set twice in one mapping',
        region: { line: 5, column: 3, endLine: 5, endColumn: 7 },
        kubectlRejects: false,
        duplicateKey: {
          key: 'name',
          first: { line: 4, column: 3, endLine: 4, endColumn: 4 },
          sameValue: false,
        },
      },
    ]);
    expect(parsed.objects.map((o) => `${o.kind}/${o.name}`)).toEqual(['Service/c']);
    expect(
      at('d.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\n', 0, [
        'metadata',
        'name',
      ]),
    ).toBe('5:9-5:10');
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

  it('a broken file that does not name both apiVersion and kind is no manifest (an editor launch.json)', () => {
    const launch = parseManifestFile(
      '.vscode/launch.json',
      '{\n  // Use IntelliSense to learn about possible attributes.\n  // For more information, visit: https://go.microsoft.com/fwlink/?linkid=830387\n  "version": "0.2.0",\n  "configurations": [{"cargo": {"filter": {"kind": "bin"}}}]\n}\n',
    );
    expect(launch.syntaxProblems).toEqual([]);
    expect(launch.skipped).toBe(
      'does not parse, and does not name both an apiVersion and a kind: not a Kubernetes manifest',
    );
    const broken = parseManifestFile('svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [web\n');
    expect(broken.skipped).toBeUndefined();
    expect(broken.syntaxProblems).toHaveLength(1);
  });

  it('a broken file whose `kind:` is only deep in its structure names no object (a Datree policy file)', () => {
    const policy = parseManifestFile(
      'examples/HPA/policy.yaml',
      'apiVersion: v1\npolicies:\n  - name: Default\n    rules:\n    - identifier: HPA\n   customRules:\n' +
        '     - identifier: HPA\n       schema:\n         if:\n           properties:\n             kind:\n               enum: [HPA]\n',
    );
    expect(policy.syntaxProblems).toEqual([]);
    expect(policy.skipped).toBe(
      'does not parse, and does not name both an apiVersion and a kind: not a Kubernetes manifest',
    );
    // One or two columns apart is the slip that broke the file: a manifest still, its error reported.
    for (const text of [
      ' apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: pdb\n',
      'items:\n  - apiVersion: v1\n    kind: Service\n    metadata: {name: [web}\n',
      '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web",}\n',
    ]) {
      const slip = parseManifestFile('m.yaml', text);
      expect(slip.skipped).toBeUndefined();
      expect(slip.syntaxProblems.length).toBeGreaterThan(0);
    }
  });

  it('skips templates and non-Kubernetes YAML with a reason; scalars, arrays and null documents are not objects', () => {
    expect(parseManifestFile('t.yaml', 'name: {{ .Values.name }}\n').skipped).toBe(
      'Go/Helm template: {{ }} at line 1 breaks the YAML structure; render it (helm template) to check it',
    );
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
    expect(k.kustomization).toMatchObject({ namespace: 'shop', resources: ['svc.yaml', '../base'] });
    expect(k.kustomization?.document?.value).toEqual({
      namespace: 'shop',
      resources: ['svc.yaml', '../base'],
    });
    expect(k.skipped).toBeUndefined();
  });
});

describe('parseManifestFile reads what kubectl reads', () => {
  /** `kind/name#document@line:column` of each object's name, and each problem's `line:column message`. */
  const sketch = (path: string, text: string) => {
    const parsed = parseManifestFile(path, text);
    return {
      objects: parsed.objects.map((o) => {
        const r = regionOf(o, ['metadata', 'name']);
        return `${o.kind}/${o.name}#${o.documentIndex}@${r.line}:${r.column}`;
      }),
      problems: parsed.syntaxProblems.map((p) => `${p.region.line}:${p.region.column} ${p.message}`),
    };
  };
  const cm = (name: string) => `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "${name}"}}`;

  it.each([
    [
      'one JSON object per line',
      `${cm('a')}\n${cm('b')}\n`,
      ['ConfigMap/a#0@1:64', 'ConfigMap/b#1@2:64'],
      [],
    ],
    ['JSON objects back to back', `${cm('a')}${cm('b')}`, ['ConfigMap/a#0@1:64', 'ConfigMap/b#1@1:132'], []],
    [
      'a JSON object spread over lines, then another',
      `{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "metadata": {"name": "a"}\n}\n${cm('b')}\n`,
      ['ConfigMap/a#0@4:24', 'ConfigMap/b#1@6:64'],
      [],
    ],
    [
      'a JSON object, then YAML documents (kubectl falls back to YAML after one value)',
      `${cm('a')}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n`,
      ['ConfigMap/a#0@1:64', 'ConfigMap/b#1@6:9'],
      [],
    ],
    [
      'a JSON stream broken after two values: kubectl JSON error, where it is',
      `${cm('a')}\n${cm('b')}\n{"kind": ]}\n`,
      ['ConfigMap/a#0@1:64', 'ConfigMap/b#1@2:64'],
      ["3:10 JSON: invalid character ']' looking for beginning of value"],
    ],
    [
      'invalid JSON that YAML cannot read either: kubectl JSON error, unless YAML got further',
      '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap"\n  "metadata": {}\n}\n',
      [],
      ["4:3 JSON: invalid character '\"' after object key:value pair"],
    ],
    [
      'a flow-style YAML document that starts with {',
      '{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n',
      ['ConfigMap/a#0@1:52'],
      [],
    ],
  ])('%s', (_name, text, objects, problems) => {
    expect(sketch('s.json', text)).toEqual({ objects, problems });
  });

  it('old Mac line ends (CR alone) are line breaks: lines and columns as an editor shows them', () => {
    const text = 'apiVersion: v1\rkind: ConfigMap\rmetadata:\r  name: web\rdata:\r  a: "x\r    y"\r';
    const parsed = parseManifestFile('cr.yaml', text);
    expect(parsed.syntaxProblems).toEqual([]);
    expect(parsed.file.text).toHaveLength(text.length);
    expect(parsed.file.lineText(4)).toBe('  name: web');
    expect(at('cr.yaml', text, 0, ['metadata', 'name'])).toBe('4:9-4:12');
    expect(at('cr.yaml', text, 0, ['data', 'a'])).toBe('6:6-7:7');
    expect(parsed.objects[0]?.value.data).toEqual({ a: 'x y' });
    // A file with LF line ends keeps its lines: CRLF is one line break, as before.
    const crlf = parseManifestFile(
      'm.yaml',
      'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: m\r\n',
    );
    expect(crlf.objects.map((o) => o.name)).toEqual(['m']);
    expect(crlf.file.lineCount).toBe(5);
    expect(parseManifestFile('s.yaml', 'a: 1\rb\n').file.lineCount).toBe(2);
  });

  it('a description wrapped at its key (controller-gen) is read as go-yaml reads it', () => {
    const text = [
      'apiVersion: db.atlasgo.io/v1alpha1',
      'kind: AtlasSchema',
      'metadata:',
      '  name: atlasschema-mysql',
      'status:',
      '  conditions:',
      '    - message: \'The schema has been applied successfully. Apply response: {"Driver":"mysql"',
      '      TABLE `users` (\\n  `id` int NOT NULL\\n) CHARSET utf8mb4"]}}\'',
      '      reason: Applied',
      '',
    ].join('\n');
    const parsed = parseManifestFile('healthy.yaml', text);
    expect(parsed.syntaxProblems).toEqual([]);
    expect(parsed.objects.map((o) => o.name)).toEqual(['atlasschema-mysql']);
    expect(at('healthy.yaml', text, 0, ['status', 'conditions', 0, 'reason'])).toBe('9:15-9:22');
  });

  it('one problem per document, the first error in it', () => {
    const text = 'a: [1, 2\nb: {c: "x\n---\napiVersion: v1\nkind: ConfigMap\n\tname: x\n';
    const parsed = parseManifestFile('two.yaml', text);
    expect(
      parsed.syntaxProblems.map((p) => `${p.region.line}:${p.region.column} ${p.document?.number}`),
    ).toEqual(['2:1 1', '6:1 2']);
  });
});
