/**
 * src/engine/resources.ts, how objects are placed and built (mutation testing, docs/testing.md): kustomize
 * `replacements` run on the objects each kustomization builds (inline and from files, innermost first, with
 * the names a build gave them before), Service names rewritten after a rename, local-config objects left out of
 * builds, objects a patch deletes, and which resources carry a namespace origin.
 */
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/engine/locate.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import type { Resource } from '../../src/engine/resources.js';
import { placeResources } from '../../src/engine/resources.js';

const parse = (files: Record<string, string>) =>
  Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, text]) => parseManifestFile(path, text));

const place = (files: Record<string, string>): Resource[] =>
  placeResources(parse(files), 'default').resources;

const cm = (name: string, data: string, ns?: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}data:\n${data}`;

/** The one resource of that kind and name. */
function one(resources: readonly Resource[], kind: string, name: string): Resource {
  const found = resources.filter((r) => r.ref.kind === kind && r.ref.name === name);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Copies ConfigMap `src`'s data.x into ConfigMap `dst`'s data.y. */
const copyXtoY = (source = 'src', extra = ''): string =>
  `  - source: {kind: ConfigMap, name: ${source}${extra}, fieldPath: data.x}\n` +
  '    targets:\n' +
  '      - select: {kind: ConfigMap, name: dst}\n' +
  '        fieldPaths: [data.y]\n';

describe('replacements', () => {
  const app = (kustomization: string, more: Record<string, string> = {}): Record<string, string> => ({
    'app/kustomization.yaml': kustomization,
    'app/cms.yaml': [cm('src', '  x: from-src\n'), cm('dst', '  y: old\n')].join('---\n'),
    ...more,
  });

  it('an inline replacement copies a field of one built object into another', () => {
    // kills #1320, #1321, #1322, #1325, #1326, #1328, #1333, #1336, #1337, #1338, #1339, #1340, #1341,
    // #1343, #1346, #1349, #1350, #1352, #1353, #1355, #1356, #1370, #1371, #1376
    const resources = place(app(`resources: [cms.yaml]\nreplacements:\n${copyXtoY()}`));
    expect(one(resources, 'ConfigMap', 'dst').object.value.data).toEqual({ y: 'from-src' });
    expect(one(resources, 'ConfigMap', 'src').object.value.data).toEqual({ x: 'from-src' });
  });

  it('an empty list of replacements changes nothing', () => {
    // #1335 is equivalent (see equivalents); this pins the input.
    const resources = place(app('namePrefix: p-\nresources: [cms.yaml]\nreplacements: []\n'));
    expect(one(resources, 'ConfigMap', 'p-dst').object.value.data).toEqual({ y: 'old' });
  });

  it('a replacement written at the replacements entry is located there', () => {
    // kills #1377, #1378, #1379, #1380, #1382
    const text = `resources: [cms.yaml]\nreplacements:\n${copyXtoY()}`;
    const resources = place(app(text));
    const at = locate(one(resources, 'ConfigMap', 'dst').object, ['data', 'y']);
    expect(at.file.path).toBe('app/kustomization.yaml');
    expect(at.depth).toBe(2);
    expect(at.value!.range![0]).toBe(text.indexOf('- source') + 2);
    expect(at.key!.value).toBe('replacements');
    expect(at.key!.range![0]).toBe(text.indexOf('replacements'));
  });

  it('a replacement may rename its target: the resource takes the new name', () => {
    // kills #1383, #1385, #1386, #1387, #1388
    const resources = place(
      app(
        'resources: [cms.yaml]\nreplacements:\n' +
          '  - source: {kind: ConfigMap, name: src, fieldPath: data.x}\n' +
          '    targets:\n      - select: {kind: ConfigMap, name: dst}\n        fieldPaths: [metadata.name]\n',
      ),
    );
    const renamed = one(resources, 'ConfigMap', 'from-src');
    expect(renamed.ref).toEqual({ kind: 'ConfigMap', namespace: 'default', name: 'from-src' });
    expect(renamed.object.name).toBe('from-src');
    expect(renamed.object.value.data).toEqual({ y: 'old' });
  });

  it('a replacement selects its source by the name the build gave it before (previous ids)', () => {
    // kills #1372, #1373
    const resources = place(app(`namePrefix: p-\nresources: [cms.yaml]\nreplacements:\n${copyXtoY()}`));
    expect(one(resources, 'ConfigMap', 'p-dst').object.value.data).toEqual({ y: 'from-src' });
  });

  it('a previous id keeps the namespace the source object wrote', () => {
    // kills #1374
    const resources = place({
      'app/kustomization.yaml': `namePrefix: p-\nresources: [cms.yaml]\nreplacements:\n${copyXtoY('src', ', namespace: team')}`,
      'app/cms.yaml': [cm('src', '  x: from-src\n', 'team'), cm('dst', '  y: old\n', 'team')].join('---\n'),
    });
    expect(one(resources, 'ConfigMap', 'p-dst').object.value.data).toEqual({ y: 'from-src' });
  });

  it('a previous id of an object without namespace is in `default`', () => {
    // with #1372, #1373: the source is found by its previous id only, whose namespace compares as `default`
    const resources = place(
      app(
        `namespace: prod\nnamePrefix: p-\nresources: [cms.yaml]\nreplacements:\n${copyXtoY('src', ', namespace: default')}`,
      ),
    );
    expect(one(resources, 'ConfigMap', 'p-dst').object.value.data).toEqual({ y: 'from-src' });
  });

  it('a target selected by namespace `default` matches an object that writes none, by its previous id', () => {
    // kills #1375
    const resources = place(
      app(
        'namePrefix: p-\nresources: [cms.yaml]\nreplacements:\n' +
          '  - source: {kind: ConfigMap, name: src, fieldPath: data.x}\n' +
          '    targets:\n      - select: {kind: ConfigMap, name: dst, namespace: default}\n        fieldPaths: [data.y]\n',
      ),
    );
    expect(one(resources, 'ConfigMap', 'p-dst').object.value.data).toEqual({ y: 'from-src' });
  });

  it('a replacement entry naming a file is replaced by the list of replacements the file holds', () => {
    // kills #1347, #1348, #1351, #1354, #1357, #1359, #1360, #1363, #1365, #1368, #1369, #1389, #1390
    const resources = place(
      app('resources: [cms.yaml]\nreplacements:\n  - path: repl.yaml\n', { 'app/repl.yaml': copyXtoY() }),
    );
    expect(one(resources, 'ConfigMap', 'dst').object.value.data).toEqual({ y: 'from-src' });
  });

  it('a replacement file that is one object-like mapping is read as that object', () => {
    // kills #1358, #1360, #1361
    const file =
      'apiVersion: example.com/v1\nkind: Replacement\nmetadata:\n  name: r\n' +
      'source: {kind: ConfigMap, name: src, fieldPath: data.x}\n' +
      'targets:\n  - select: {kind: ConfigMap, name: dst}\n    fieldPaths: [data.y]\n' +
      '---\n' +
      'apiVersion: example.com/v1\nkind: Replacement\nmetadata:\n  name: r2\n' +
      'source: {kind: ConfigMap, name: src, fieldPath: data.x}\n' +
      'targets:\n  - select: {kind: ConfigMap, name: src}\n    fieldPaths: [data.z]\n    options: {create: true}\n';
    const files = parse(
      app('resources: [cms.yaml]\nreplacements:\n  - path: repl.yaml\n', { 'app/repl.yaml': file }),
    );
    expect(files.find((f) => f.file.path === 'app/repl.yaml')!.objects).toHaveLength(2);
    const resources = placeResources(files, 'default').resources;
    expect(one(resources, 'ConfigMap', 'dst').object.value.data).toEqual({ y: 'from-src' });
    expect(one(resources, 'ConfigMap', 'src').object.value.data).toEqual({ x: 'from-src', z: 'from-src' });
  });

  it('a replacement file kustomize rejects, or a missing one, adds nothing; the other replacements still run', () => {
    // kills #1364, #1366
    const resources = place(
      app(
        'resources: [cms.yaml]\nreplacements:\n  - path: scalar.yaml\n  - path: broken.yaml\n  - path: missing.yaml\n' +
          copyXtoY(),
        { 'app/scalar.yaml': '42\n', 'app/broken.yaml': 'a: [\n' },
      ),
    );
    expect(one(resources, 'ConfigMap', 'dst').object.value.data).toEqual({ y: 'from-src' });
  });

  it('an inner kustomization replaces before an outer one, whatever order the objects come in', () => {
    // kills #1342, #1344, #1345
    const resources = place({
      'base/kustomization.yaml': 'resources: [dst.yaml]\n',
      'base/dst.yaml': cm('dst', '  y: old\n'),
      'mid/kustomization.yaml':
        'resources: [src.yaml]\nreplacements:\n' +
        '  - source: {kind: ConfigMap, name: src, fieldPath: data.w}\n' +
        '    targets:\n      - select: {kind: ConfigMap, name: src}\n        fieldPaths: [data.x]\n',
      'mid/src.yaml': cm('src', '  x: original\n  w: from-mid\n'),
      'overlay/kustomization.yaml': `resources: [../base, ../mid]\nreplacements:\n${copyXtoY()}`,
    });
    expect(one(resources, 'ConfigMap', 'dst').object.value.data).toEqual({ y: 'from-mid' });
  });

  it('a kustomization without a document (an !!omap) in the chain is passed over', () => {
    // kills #1327
    const resources = place({
      'app/kustomization.yaml': 'namePrefix: p-\nresources: [cms.yaml]\ncomponents: [../comp]\n',
      'app/cms.yaml': cm('src', '  x: a\n'),
      'comp/kustomization.yaml': '!!omap\n- kind: Component\n',
    });
    expect(resources.map((r) => r.ref.name)).toEqual(['p-src']);
  });
});

const svc = (name: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector: {app: ${name}}\n`;
/** An Ingress whose rules send to those Services. */
const ingress = (name: string, ...services: string[]): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n  rules:\n` +
  services
    .map(
      (s) =>
        `    - http:\n        paths:\n          - path: /\n            backend:\n              service: {name: ${s}}\n`,
    )
    .join('');
const backends = (r: Resource): unknown[] =>
  (
    r.object.value.spec as { rules: { http: { paths: { backend: { service: { name: string } } }[] } }[] }
  ).rules.map((rule) => rule.http.paths[0]!.backend.service.name);

describe('Service names after a rename', () => {
  it('every renamed Service of a build is followed, not only the last', () => {
    // kills #1400, #1407, #1425
    const resources = place({
      'app/kustomization.yaml': 'namePrefix: p-\nresources: [all.yaml]\n',
      'app/all.yaml': [svc('web'), svc('api'), ingress('in', 'web', 'api', 'other')].join('---\n'),
    });
    expect(backends(one(resources, 'Ingress', 'p-in'))).toEqual(['p-web', 'p-api', 'other']);
  });

  it('a renamed object that is not a Service renames no reference', () => {
    // kills #1399
    const resources = place({
      'app/kustomization.yaml': 'namePrefix: p-\nresources: [all.yaml]\n',
      'app/all.yaml': [cm('web', '  a: b\n'), ingress('in', 'web')].join('---\n'),
    });
    expect(backends(one(resources, 'Ingress', 'p-in'))).toEqual(['web']);
  });

  it('a built referrer keeps the object it was built from', () => {
    // kills #1427, #1428
    const files = parse({
      'app/kustomization.yaml': 'namePrefix: p-\nresources: [all.yaml]\n',
      'app/all.yaml': [svc('web'), ingress('in', 'web')].join('---\n'),
    });
    const resources = placeResources(files, 'default').resources;
    const source = files.find((f) => f.file.path === 'app/all.yaml')!.objects[1]!;
    const referrer = one(resources, 'Ingress', 'p-in');
    expect(backends(referrer)).toEqual(['p-web']);
    expect(referrer.object.built!.source).toBe(source);
  });

  it('an object the build does not change is built when a name it holds is rewritten, with its place kept', () => {
    // kills #1429, #1430, #1436, #1437
    const text = ingress('in', 'web');
    const files = parse({
      'overlay/kustomization.yaml': 'resources: [../svc, in.yaml]\n',
      'overlay/in.yaml': text,
      'svc/kustomization.yaml': 'namePrefix: p-\nresources: [svc.yaml]\n',
      'svc/svc.yaml': svc('web'),
    });
    const resources = placeResources(files, 'default').resources;
    const referrer = one(resources, 'Ingress', 'in');
    expect(backends(referrer)).toEqual(['p-web']);
    expect(referrer.object.built!.source).toBe(
      files.find((f) => f.file.path === 'overlay/in.yaml')!.objects[0],
    );
    const path = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'name'];
    const at = locate(referrer.object, path);
    expect(at.file.path).toBe('overlay/in.yaml');
    expect(at.depth).toBe(path.length);
    expect(at.value!.range![0]).toBe(text.indexOf('{name: web}') + 7);
    expect(at.key!.range![0]).toBe(text.indexOf('{name: web}') + 1);
  });

  it('a Service the build leaves its name is no rename: an unchanged referrer stays as written', () => {
    // kills #1403
    const files = parse({
      'overlay/kustomization.yaml': 'resources: [../svc, in.yaml]\n',
      'overlay/in.yaml': ingress('in', 'web'),
      'svc/kustomization.yaml': 'commonLabels: {team: a}\nresources: [svc.yaml]\n',
      'svc/svc.yaml': svc('web'),
    });
    const resources = placeResources(files, 'default').resources;
    const referrer = one(resources, 'Ingress', 'in');
    expect(referrer.object).toBe(files.find((f) => f.file.path === 'overlay/in.yaml')!.objects[0]);
    expect(referrer.object.built).toBeUndefined();
  });

  it('an object shared by two builds follows the rename of the build that renames', () => {
    // kills #1421
    const resources = place({
      'a/kustomization.yaml': 'resources: [../shared]\n',
      'b/kustomization.yaml': 'resources: [../shared, ../svc]\n',
      'shared/kustomization.yaml': 'resources: [in.yaml]\n',
      'shared/in.yaml': ingress('in', 'web'),
      'svc/kustomization.yaml': 'namePrefix: p-\nresources: [svc.yaml]\n',
      'svc/svc.yaml': svc('web'),
    });
    const referrer = one(resources, 'Ingress', 'in');
    expect(referrer.units.map((u) => u.id)).toEqual(['kustomize:a', 'kustomize:b']);
    expect(backends(referrer)).toEqual(['p-web']);
  });
});

describe('objects a build leaves out', () => {
  const localConfig = (value: string): string =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local-${value}\n  annotations:\n    config.kubernetes.io/local-config: '${value}'\n`;

  it('a build leaves out local-config objects (any value but "false"); a plain directory keeps them', () => {
    // kills #1290, #1291, #1446, #1447, #1449, #1450, #1452, #1454
    const file = [
      localConfig('true'),
      localConfig('false'),
      localConfig('no'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n',
    ].join('---\n');
    const built = place({ 'app/kustomization.yaml': 'resources: [cms.yaml]\n', 'app/cms.yaml': file });
    expect(built.map((r) => r.ref.name)).toEqual(['local-false', 'plain']);
    const plain = place({ 'dir/cms.yaml': file });
    expect(plain.map((r) => r.ref.name)).toEqual(['local-true', 'local-false', 'local-no', 'plain']);
  });

  it('an object without metadata in a file that mentions local-config is kept', () => {
    // kills #1444
    const resources = place({
      'app/kustomization.yaml': 'resources: [cm.yaml]\n',
      'app/cm.yaml': '# config.kubernetes.io/local-config\napiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n',
    });
    expect(resources.map((r) => r.ref)).toEqual([{ kind: 'ConfigMap', namespace: 'default', name: '' }]);
  });

  it('the annotation key spelt with an escape (YAML `\\u002D`, JSON `\\/`) is the same key: the build leaves the object out', () => {
    // kills #1442: the text check alone missed an escaped key (found by the mutant's helper; kustomize reads the parsed key)
    const yaml = place({
      'app/kustomization.yaml': 'resources: [cm.yaml, cm.json]\n',
      'app/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tool-config\n  annotations:\n    "config.kubernetes.io/local\\u002Dconfig": "true"\n',
      'app/cm.json':
        '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "json-config", "annotations": {"config.kubernetes.io\\/local-config": "true"}}}\n',
    });
    expect(yaml.map((r) => r.ref.name)).toEqual([]);
  });

  it('a patch `$patch: delete` removes the object from the build', () => {
    // kills #1311
    const resources = place({
      'app/kustomization.yaml':
        'resources: [cms.yaml]\npatches:\n  - patch: |-\n      apiVersion: v1\n      kind: ConfigMap\n      metadata:\n        name: gone\n      $patch: delete\n',
      'app/cms.yaml': [cm('gone', '  a: b\n'), cm('kept', '  a: b\n')].join('---\n'),
    });
    expect(resources.map((r) => r.ref.name)).toEqual(['kept']);
  });
});

describe('namespace origin', () => {
  it('a resource whose namespace is written or defaulted has no namespaceOrigin key at all', () => {
    // kills #1296
    const [written, defaulted] = place({
      'dir/cms.yaml': [cm('a', '  a: b\n', 'team'), cm('b', '  a: b\n')].join('---\n'),
    });
    expect(Object.keys(written!)).toEqual(['object', 'ref', 'namespaceSource', 'units']);
    expect(Object.keys(defaulted!)).toEqual(['object', 'ref', 'namespaceSource', 'units']);
    expect(written!.namespaceSource).toBe('explicit');
    expect(defaulted!.namespaceSource).toBe('default');
  });

  it('a kustomization namespace is given by that kustomization', () => {
    const [r] = place({
      'app/kustomization.yaml': 'namespace: prod\nresources: [cm.yaml]\n',
      'app/cm.yaml': cm('a', '  a: b\n'),
    });
    expect(r!.namespaceSource).toBe('kustomization');
    expect(r!.namespaceOrigin).toBe('app/kustomization.yaml');
    expect(r!.ref.namespace).toBe('prod');
  });
});

describe('objects no running rule reads', () => {
  it('a deferred object is not read to rewrite the Service names it holds', () => {
    // kills #1415
    const kinds = { fullParse: new Set(['Service']), nodes: new Set(['Service']) };
    const files = [
      parseManifestFile('overlay/kustomization.yaml', 'resources: [../svc, in.yaml]\n'),
      parseManifestFile(
        'overlay/in.yaml',
        // Written in block style, as the pre-scan defers it.
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: in\nspec:\n  rules:\n    - http:\n' +
          '        paths:\n          - path: /\n            backend:\n              service:\n                name: web\n',
        { kinds },
      ),
      parseManifestFile('svc/kustomization.yaml', 'namePrefix: p-\nresources: [svc.yaml]\n'),
      parseManifestFile('svc/svc.yaml', svc('web'), { kinds }),
    ];
    const source = files[1]!.objects[0]!;
    expect(source.deferred).toBe(true);
    const resources = placeResources(files, 'default').resources;
    expect(resources.map((r) => r.ref.name)).toEqual(['in', 'p-web']);
    const referrer = one(resources, 'Ingress', 'in');
    expect(referrer.object).toBe(source);
    expect(backends(referrer)).toEqual(['web']);
  });
});
