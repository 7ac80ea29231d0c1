/**
 * src/engine/rendered.ts, operators.ts and test-inputs.ts, exact behaviour (mutation testing, docs/testing.md):
 * which findings of a `helm template` stream name their template (and that each file's text is read once),
 * which Services a custom resource's operator may make (exact name, `<name>-` prefix, never a nameless
 * resource), and which directory of a finding's path is a test-input directory (the file name is not a
 * directory; directories the user named are skipped only when all their parts match).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { Finding } from '../../src/engine/finding.js';
import { customResourcesIn } from '../../src/engine/operators.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import { nameTemplates } from '../../src/engine/rendered.js';
import { ResourceIndex } from '../../src/engine/resource-index.js';
import { placeResources } from '../../src/engine/resources.js';
import { testInputDirectory } from '../../src/engine/test-inputs.js';
import type { Unit } from '../../src/engine/units.js';
import { ALL_RULES } from '../../src/rules/index.js';

/** A Service without selector or backends: service-without-endpoints reports it at its name (line 4, col 9). */
const service = (name: string, namespace?: string): string =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    ...(namespace !== undefined ? [`  namespace: ${namespace}`] : []),
    'spec:',
    '  ports: [{port: 5432}]',
    '',
  ].join('\n');

const brief = (f: Finding): string => `${f.rule} ${f.file}:${f.line}:${f.column}`;

function findings(files: Record<string, string>, rule: string): Finding[] {
  const texts = Object.entries(files).map(([path, text]) => ({ path, text }));
  return analyzeTexts(texts, { rules: ALL_RULES }).findings.filter((f) => f.rule === rule);
}

describe('nameTemplates: a finding in a rendered document names its template', () => {
  // helm template output: two documents with a Source comment, then one without.
  const rendered = [
    '---', // 1
    '# Source: shop/templates/db.yaml', // 2
    service('db').trimEnd(), // 3-8: name on line 6
    '---', // 9
    '# Source: shop/templates/cache.yaml', // 10
    service('cache').trimEnd(), // 11-16: name on line 14
    '---', // 17
    service('queue').trimEnd(), // 18-23: name on line 21
    '',
  ].join('\n');
  const plain = service('plain');
  const texts = new Map([
    ['rendered.yaml', rendered],
    ['plain.yaml', plain],
  ]);
  const raw = findings({ 'rendered.yaml': rendered, 'plain.yaml': plain }, 'service-without-endpoints');

  it('appends "Rendered from <template>." to the findings of documents with a Source comment, only those', () => {
    expect(raw.map(brief)).toEqual([
      'service-without-endpoints plain.yaml:4:9',
      'service-without-endpoints rendered.yaml:6:9',
      'service-without-endpoints rendered.yaml:14:9',
      'service-without-endpoints rendered.yaml:21:9',
    ]);
    const named = nameTemplates(raw, (file) => texts.get(file));
    expect(named.map((f) => f.message)).toEqual([
      raw[0]!.message,
      `${raw[1]!.message} Rendered from shop/templates/db.yaml.`,
      `${raw[2]!.message} Rendered from shop/templates/cache.yaml.`,
      raw[3]!.message,
    ]);
    // Findings without a template are returned as they are, the others are copies with only the message changed.
    expect(named[0]).toBe(raw[0]);
    expect(named[3]).toBe(raw[3]);
    expect({ ...named[2]!, message: raw[2]!.message }).toEqual(raw[2]);
  });

  it('a file whose text is unknown (a rendered chart, stdin gone) keeps its findings as they are', () => {
    const named = nameTemplates(raw, (file) => (file === 'rendered.yaml' ? undefined : texts.get(file)));
    expect(named).toEqual(raw);
    expect(named.every((f, i) => f === raw[i])).toBe(true);
  });

  it('reads the text of each file once, however many findings it has', () => {
    const asked: string[] = [];
    nameTemplates(raw, (file) => {
      asked.push(file);
      return texts.get(file);
    });
    expect(asked).toEqual(['plain.yaml', 'rendered.yaml']);
  });
});

describe('operatorMayMake: a Service a custom resource of its namespace may stand for', () => {
  const database = (name: string | undefined, namespace = 'default'): string =>
    [
      'apiVersion: example.com/v1',
      'kind: Database',
      'metadata:',
      ...(name !== undefined ? [`  name: ${name}`] : []),
      `  namespace: ${namespace}`,
      'spec: {}',
      '',
    ].join('\n');

  it('the resource\'s own name and "<name>-..." are made by its operator; other names, "-" glued or not, are not', () => {
    const reported = findings(
      {
        'db.yaml': database('db'),
        'a-exact.yaml': service('db'),
        'b-prefixed.yaml': service('db-primary'),
        'c-glued.yaml': service('dbx'),
        'd-other.yaml': service('other'),
        'e-elsewhere.yaml': service('db', 'prod'),
      },
      'service-without-endpoints',
    );
    expect(reported.map(brief)).toEqual([
      'service-without-endpoints c-glued.yaml:4:9',
      'service-without-endpoints d-other.yaml:4:9',
      'service-without-endpoints e-elsewhere.yaml:4:9',
    ]);
  });

  it('a custom resource without a name explains no Service, not even one whose name starts with "-"', () => {
    const reported = findings(
      { 'nameless.yaml': database(undefined, 'other'), 'svc.yaml': service('"-x"', 'other') },
      'service-without-endpoints',
    );
    expect(reported.map(brief)).toEqual(['service-without-endpoints svc.yaml:4:9']);
  });

  it('collects the custom resources of an analysis once: the same list on every call', () => {
    const parsed = [
      parseManifestFile('db.yaml', database('db')),
      parseManifestFile('svc.yaml', service('db')),
    ];
    const { resources, hidden } = placeResources(parsed, 'default');
    const index = new ResourceIndex(parsed, resources, 'default', hidden);
    const first = customResourcesIn(index, 'default');
    expect(first).toEqual([{ kind: 'Database', namespace: 'default', name: 'db' }]);
    expect(customResourcesIn(index, 'default')).toBe(first);
  });
});

describe('testInputDirectory: which directory of the path holds test inputs', () => {
  it('a file named invalid or bad is a test input itself; a test directory above it comes first', () => {
    expect(testInputDirectory('k8s/bad-deploy.yaml')).toBe('k8s/bad-deploy.yaml');
    expect(testInputDirectory('invalid_pod.yaml')).toBe('invalid_pod.yaml');
    expect(testInputDirectory('samples/invalid.yaml')).toBe('samples/invalid.yaml');
    expect(testInputDirectory('samples/bad.tar.yml')).toBe('samples/bad.tar.yml');
    expect(testInputDirectory('k8s/tests/bad-deploy.yaml')).toBe('k8s/tests');
    // Only the name: not a word inside it, not a directory's name read as a file's.
    for (const file of ['k8s/badge.yaml', 'k8s/invalidator.yaml', 'k8s/not-invalid.yaml', 'invalid', 'bad/x'])
      expect(testInputDirectory(file)).toBe(file === 'bad/x' ? 'bad' : undefined);
    // Named on the command line (as written, with or without `./`): checked as any other file.
    expect(testInputDirectory('k8s/invalid.yaml', undefined, ['k8s/invalid.yaml'])).toBeUndefined();
    expect(testInputDirectory('k8s/invalid.yaml', undefined, ['./k8s/invalid.yaml'])).toBeUndefined();
    expect(testInputDirectory('k8s/invalid.yaml', undefined, ['k8s'])).toBe('k8s/invalid.yaml');
  });

  it('a file named invalid that a build deploys is no test input', () => {
    const build: Unit = { id: 'kustomize:k8s', kind: 'kustomize', root: 'k8s', label: 'kustomize build k8s' };
    const plain: Unit = { id: 'directory:k8s', kind: 'directory', root: 'k8s', label: 'directory k8s' };
    expect(testInputDirectory('k8s/invalid.yaml', [build])).toBeUndefined();
    expect(testInputDirectory('k8s/invalid.yaml', [plain])).toBe('k8s/invalid.yaml');
  });

  it('a named directory written with a trailing "/" or "./" is skipped as when written without', () => {
    expect(testInputDirectory('tests/case1/pod.yaml', undefined, ['tests/'])).toBeUndefined();
    expect(testInputDirectory('tests/case1/pod.yaml', undefined, ['./tests/case1/'])).toBeUndefined();
    expect(testInputDirectory('tests/case1/tests/pod.yaml', undefined, ['tests/'])).toBe('tests/case1/tests');
  });

  it('a named directory is skipped only when all its parts match the path, not some', () => {
    expect(testInputDirectory('tests/case2/pod.yaml', undefined, ['tests/case1'])).toBe('tests');
    expect(testInputDirectory('tests/case1/pod.yaml', undefined, ['tests/case1'])).toBeUndefined();
  });
});
