import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseAllDocuments, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import { checkManifests } from '../src/check.js';
import type { AnalysisResult, ManifestText } from '../src/engine/analyze.js';
import { analyzeParsed } from '../src/engine/analyze.js';
import { loadManifests } from '../src/engine/load.js';
import { regionOf } from '../src/engine/locate.js';
import type { ParsedFile } from '../src/engine/parse.js';
import { isRecord, parseManifestFile } from '../src/engine/parse.js';
import { composeBlockDocument } from '../src/engine/block-compose.js';
import { FULL_PARSE_KINDS, needsFullParse, prescanFile } from '../src/engine/prescan.js';
import { ROUTE_KINDS } from '../src/engine/routes.js';
import { helmChartOf } from '../src/engine/template.js';
import { parseDocumentsInRange } from '../src/engine/yaml-limits.js';
import { WORKLOAD_KINDS } from '../src/engine/workloads.js';
import { ALL_RULES } from '../src/rules/index.js';
import { FIXTURES } from './helpers/cli.js';
import { documentDifference } from './helpers/nodes.js';

/**
 * The pre-scan may skip the full parse of a document only when it is certain: the parse would find no
 * syntax error, the same documents, the same identity, and a kind no rule reads. These properties run it
 * against the real parser on generated manifests (mostly within the subset it reads) and on hostile
 * mutations of them (tabs, CR, quotes, anchors, flow style, directives, odd indentation...).
 */

// ---------------------------------------------------------------------------------------------------------
// Generated manifests: a tree of values, each with the style it is written in.

type Style =
  'plain' | 'single' | 'double' | 'literal' | 'folded' | 'multiPlain' | 'multiSingle' | 'multiDouble';
type Value =
  | { t: 'scalar'; text: string; style: Style }
  | { t: 'map'; entries: [string, Value][]; flowEmpty?: boolean }
  | { t: 'seq'; items: Value[]; compact: boolean; flow?: boolean };

const SAFE_WORDS = [
  'a',
  'web',
  'etcd',
  'kube-system',
  'app.kubernetes.io/name',
  'v1',
  'x_y',
  'Deployment',
  'on',
  'No',
];
const HOSTILE_WORDS = [
  '',
  '1',
  '0x1F',
  '1e3',
  '.5',
  'true',
  'null',
  '~',
  'a: b',
  'a #b',
  'a:',
  '-',
  '- a',
  '#x',
  '&anchor',
  '*alias',
  '!!str x',
  '!x',
  '%x',
  '@x',
  '`x',
  '{a: 1}',
  '[a, b]',
  '|',
  '>',
  "it's",
  'say "hi"',
  'back\\slash',
  'tab\there',
  'cr\rhere',
  'line\nbreak',
  'nel\u0085x',
  'bom\ufeffx',
  'é😀',
  '---',
  '...',
  '? x',
  'k: v: w',
  ' lead',
  'trail ',
];
const KEYS = [
  'a',
  'b',
  'name',
  'namespace',
  'labels',
  'app.kubernetes.io/name',
  'x-y',
  'template',
  'spec',
  'kind',
  'items',
  'ports',
  '__proto__',
  'toString',
];
const HOSTILE_KEYS = [
  '"quoted"',
  "'single'",
  '"esc\\"aped"',
  '1',
  'true',
  'null',
  'k k',
  '? q',
  '&a k',
  '*a',
  '!t k',
  '<<',
  '-k',
  'k\t',
];
const KINDS = [
  'Service',
  'Endpoints',
  'EndpointSlice',
  'ConfigMap',
  'Secret',
  'Deployment',
  'StatefulSet',
  'CronJob',
  'HTTPRoute',
  'List',
  'ServiceList',
  'Widget',
  'Kustomization',
  'Ingress',
];
const API_VERSIONS = [
  'v1',
  'apps/v1',
  'discovery.k8s.io/v1',
  'example.com/v1',
  'kustomize.config.k8s.io/v1beta1',
];

/** Manifests in the styles above; `hostile` mixes in words and keys YAML reads specially. */
function manifestArbitrary(hostile: boolean): fc.Arbitrary<Value> {
  const scalarText = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...SAFE_WORDS) },
    { weight: hostile ? 2 : 0, arbitrary: fc.constantFrom(...HOSTILE_WORDS) },
    {
      weight: hostile ? 0 : 2,
      arbitrary: fc
        .array(fc.constantFrom(...SAFE_WORDS), { minLength: 2, maxLength: 4 })
        .map((w) => w.join(' ')),
    },
    {
      weight: hostile ? 0 : 1,
      arbitrary: fc.constantFrom('1', '0x1F', '1e3', '.5', 'true', 'null', '~', '-1', '+.inf', '012'),
    },
    {
      weight: hostile ? 2 : 0,
      arbitrary: fc.string({
        unit: fc.constantFrom(
          'a',
          'b',
          'Z',
          '0',
          '7',
          '-',
          '.',
          ' ',
          '/',
          ':',
          '#',
          '_',
          "'",
          '"',
          '\\',
          '[',
          ']',
          ',',
          '&',
          '*',
          '!',
          '|',
          '>',
          '%',
          '?',
          '\t',
          '\n',
          'é',
        ),
        maxLength: 12,
      }),
    },
  );
  // Tame manifests use mostly the styles the pre-scan builds values of (it gives up on the others).
  const style: fc.Arbitrary<Style> = hostile
    ? fc.constantFrom(
        'plain',
        'plain',
        'plain',
        'single',
        'double',
        'literal',
        'folded',
        'multiPlain',
        'multiSingle',
        'multiDouble',
      )
    : fc.oneof(
        {
          weight: 12,
          arbitrary: fc.constantFrom<Style>(
            'plain',
            'plain',
            'plain',
            'single',
            'double',
            'literal',
            'literal',
          ),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom<Style>('folded', 'multiPlain', 'multiSingle', 'multiDouble'),
        },
      );
  // Tame block scalars: text over several lines, with empty and more-indented lines.
  const blockText = fc
    .array(fc.constantFrom(...SAFE_WORDS, '', 'x  y', '  more indented', '# not a comment'), { maxLength: 5 })
    .map((lines) => lines.join('\n'));
  const scalar: fc.Arbitrary<Value> = fc.oneof(
    { weight: 8, arbitrary: fc.record({ t: fc.constant('scalar' as const), text: scalarText, style }) },
    {
      weight: hostile ? 0 : 1,
      arbitrary: fc.record({
        t: fc.constant('scalar' as const),
        text: blockText,
        style: fc.constant<Style>('literal'),
      }),
    },
  );
  const key = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...KEYS) },
    { weight: hostile ? 1 : 0, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  );

  const { value } = fc.letrec<{ value: Value }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: scalar },
      {
        weight: 2,
        arbitrary: fc.record({
          t: fc.constant('map' as const),
          entries: fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }),
          flowEmpty: fc.boolean(),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          t: fc.constant('seq' as const),
          items: fc.array(tie('value'), { maxLength: 3 }),
          compact: fc.boolean(),
          flow: fc.boolean(),
        }),
      },
    ),
  }));

  const identityScalar = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        t: fc.constant('scalar' as const),
        text: fc.constantFrom(...SAFE_WORDS),
        style: fc.constant('plain' as Style),
      }),
    },
    { weight: 3, arbitrary: fc.record({ t: fc.constant('scalar' as const), text: scalarText, style }) },
  );

  /** A Kubernetes-like document: identity fields in random spellings, then random content. */
  const manifest: fc.Arbitrary<Value> = fc
    .record({
      apiVersion: fc.option(
        fc.oneof(
          fc
            .constantFrom(...API_VERSIONS)
            .map((text) => ({ t: 'scalar' as const, text, style: 'plain' as Style })),
          identityScalar,
        ),
        { nil: undefined, freq: 8 },
      ),
      kind: fc.option(
        fc.oneof(
          {
            weight: 4,
            arbitrary: fc
              .constantFrom(...KINDS)
              .map((text) => ({ t: 'scalar' as const, text, style: 'plain' as Style })),
          },
          { weight: 1, arbitrary: identityScalar },
        ),
        { nil: undefined, freq: 8 },
      ),
      name: fc.option(identityScalar, { nil: undefined, freq: 6 }),
      namespace: fc.option(identityScalar, { nil: undefined, freq: 2 }),
      metadataExtra: fc.array(fc.tuple(key, value), { maxLength: 2 }),
      rest: fc.array(fc.tuple(key, value), { maxLength: 4 }),
      order: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ apiVersion, kind, name, namespace, metadataExtra, rest, order }) => {
      const metadata: [string, Value][] = [];
      if (name) metadata.push(['name', name]);
      if (namespace) metadata.push(['namespace', namespace]);
      metadata.push(...metadataExtra);
      const entries: [string, Value][] = [];
      if (apiVersion) entries.push(['apiVersion', apiVersion]);
      if (kind) entries.push(['kind', kind]);
      entries.push(['metadata', { t: 'map', entries: metadata }]);
      entries.push(...rest);
      // Identity keys are not always first.
      for (let i = 0; i < order && entries.length > 1; i++) entries.push(entries.shift() as [string, Value]);
      return { t: 'map' as const, entries };
    });
  return manifest;
}

/** Writing choices that do not change the meaning: indentation steps, comments, blank lines. */
interface Layout {
  step: number;
  comments: boolean;
  blankLines: boolean;
  choice: number;
}

function writeScalar(v: { text: string; style: Style }, indent: number, layout: Layout): string[] {
  const pad = ' '.repeat(indent + layout.step);
  const words = v.text.split(' ');
  switch (v.style) {
    case 'plain':
      return [v.text];
    case 'single':
      return [`'${v.text.replace(/'/g, "''")}'`];
    case 'double':
      return [JSON.stringify(v.text)];
    case 'literal':
    case 'folded':
      return [
        `${v.style === 'literal' ? '|' : '>'}${['', '-', '+'][layout.choice % 3]}`,
        ...v.text.split('\n').map((l) => (l === '' ? '' : pad + l)),
      ];
    case 'multiPlain':
      return words.length < 2 ? [v.text] : [words[0] as string, ...words.slice(1).map((w) => pad + w)];
    case 'multiSingle':
      return words.length < 2
        ? [`'${v.text}'`]
        : [`'${words[0]}`, ...words.slice(1, -1).map((w) => pad + w), `${pad}${words.at(-1)}'`];
    case 'multiDouble':
      return words.length < 2
        ? [`"${v.text}"`]
        : [`"${words[0]}\\`, ...words.slice(1, -1).map((w) => pad + w), `${pad}${words.at(-1)}"`];
  }
}

function writeEntries(
  entries: [string, Value][],
  indent: number,
  layout: Layout,
  out: string[],
  firstPrefix?: string,
): void {
  entries.forEach(([k, v], i) => {
    const pad = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
    if (layout.comments && (i + indent) % 3 === 1) out.push(`${' '.repeat(indent)}# comment ${i}`);
    if (layout.blankLines && i % 4 === 3) out.push('');
    const trailing = layout.comments && i % 2 === 1 ? ' # trailing' : '';
    if (v.t === 'scalar') {
      const [first, ...more] = writeScalar(v, indent, layout);
      out.push(`${pad}${k}: ${first}`, ...more);
    } else if (v.t === 'map') {
      if (v.entries.length === 0 || v.flowEmpty) {
        out.push(`${pad}${k}: {}${trailing}`);
        if (v.entries.length > 0) writeEntries(v.entries, indent + layout.step, layout, out);
      } else {
        out.push(`${pad}${k}:${trailing}`);
        writeEntries(v.entries, indent + layout.step, layout, out);
      }
    } else if (v.flow || v.items.length === 0) {
      const items = v.items.map((item) =>
        item.t === 'scalar'
          ? writeScalar(
              { ...item, style: item.style === 'double' || item.text.includes(' ') ? 'double' : 'plain' },
              0,
              layout,
            )[0]
          : item.t === 'map'
            ? '{}'
            : '[]',
      );
      out.push(`${pad}${k}: [${items.join(', ')}]${trailing}`);
    } else {
      out.push(`${pad}${k}:${trailing}`);
      writeItems(v.items, v.compact ? indent : indent + layout.step, layout, out);
    }
  });
}

function writeItems(items: Value[], indent: number, layout: Layout, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of items) {
    if (item.t === 'scalar') {
      const [first, ...more] = writeScalar(item, indent, layout);
      out.push(`${pad}- ${first}`, ...more);
    } else if (item.t === 'map' && item.entries.length > 0) {
      writeEntries(item.entries, indent + 2, layout, out, `${pad}- `);
    } else if (item.t === 'seq' && item.items.length > 0) {
      out.push(`${pad}-`);
      writeItems(item.items, indent + 2, layout, out);
    } else {
      out.push(`${pad}- ${item.t === 'map' ? '{}' : '[]'}`);
    }
  }
}

const layout: fc.Arbitrary<Layout> = fc.record({
  step: fc.constantFrom(2, 2, 4, 1, 3),
  comments: fc.boolean(),
  blankLines: fc.boolean(),
  choice: fc.nat(5),
});

function writeDocument(doc: Value, l: Layout): string {
  const out: string[] = [];
  if (doc.t === 'map') writeEntries(doc.entries, 0, l, out);
  return out.join('\n');
}

const SEPARATORS = [
  '---\n',
  '---\n',
  '--- # next\n',
  '---   \n',
  '---\n# only a comment\n---\n',
  '---\n---\n',
];
/** A file: documents joined by `---` in the ways real files do, sometimes with a header or a trailing `---`. */
const manifestFileOf = (manifest: fc.Arbitrary<Value>) =>
  fc
    .record({
      docs: fc.array(fc.tuple(manifest, layout), { minLength: 1, maxLength: 3 }),
      separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 3, maxLength: 3 }),
      leading: fc.constantFrom('', '', '---\n', '# Source: chart/templates/x.yaml\n', '# c\n---\n'),
      trailing: fc.constantFrom('\n', '\n', '', '\n---\n', '\n\n'),
    })
    .map(({ docs, separators, leading, trailing }) => {
      let text = leading;
      docs.forEach(([doc, l], i) => {
        if (i > 0) text += `\n${separators[i - 1]}`;
        text += writeDocument(doc, l);
      });
      return text + trailing;
    });
/** Manifests within the subset the pre-scan reads, and manifests with hostile words and keys. */
export const tameFile = manifestFileOf(manifestArbitrary(false));
const manifestFile = manifestFileOf(manifestArbitrary(true));

// Hostile edits: characters and lines that YAML reads specially, put anywhere.
const HOSTILE_INSERTS = [
  '\t',
  '\r',
  '\r\n',
  '#',
  ' #',
  ':',
  ': ',
  "'",
  '"',
  '&a ',
  '*a',
  '!t ',
  '%YAML 1.2\n',
  '{',
  '}',
  '[',
  ']',
  '- ',
  ' ',
  '  ',
  '\n',
  '\n---\n',
  '\n...\n',
  '\\',
  '|',
  '>',
  '\ufeff',
  '\u0085',
  '\u2028',
  '\x00',
  '? ',
  ',',
  '{{',
  'kind: Service\n',
  '\nkind: x',
  '  name: dup\n',
];
type Edit =
  | { at: number; op: 'insert'; text: string }
  | { at: number; op: 'delete'; length: number }
  | { at: number; op: 'indent'; delta: number }
  | { at: number; op: 'duplicateLine' };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ at: fc.nat(), op: fc.constant('insert' as const), text: fc.constantFrom(...HOSTILE_INSERTS) }),
  fc.record({ at: fc.nat(), op: fc.constant('delete' as const), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ at: fc.nat(), op: fc.constant('indent' as const), delta: fc.constantFrom(-2, -1, 1, 2) }),
  fc.record({ at: fc.nat(), op: fc.constant('duplicateLine' as const) }),
);

function applyEdit(text: string, e: Edit): string {
  if (text.length === 0) return e.op === 'insert' ? e.text : text;
  const at = e.at % (text.length + 1);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  switch (e.op) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'indent':
      return e.delta > 0
        ? text.slice(0, lineStart) + ' '.repeat(e.delta) + text.slice(lineStart)
        : text.slice(0, lineStart) + text.slice(lineStart).replace(new RegExp(`^ {1,${-e.delta}}`), '');
    case 'duplicateLine':
      return text.slice(0, lineEnd) + '\n' + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
  }
}

const hostileFile = fc
  .tuple(fc.oneof(tameFile, manifestFile), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => edits.reduce(applyEdit, text));

// ---------------------------------------------------------------------------------------------------------
// What must agree.

/** Every node of an object with its type, range and scalar value: positions must be exact. */
function nodeSketch(node: Node): unknown[] {
  const out: unknown[] = [];
  visit(node, {
    Node(_, n) {
      out.push([
        n.constructor.name,
        n.range,
        'value' in n && typeof n.value !== 'object' ? n.value : undefined,
        (n as { type?: string }).type,
      ]);
    },
  });
  return out;
}

function sketch(parsed: ParsedFile) {
  return {
    skipped: parsed.skipped,
    syntaxProblems: parsed.syntaxProblems,
    kustomization: parsed.kustomization,
    objects: parsed.objects.map((o) => ({
      apiVersion: o.apiVersion,
      kind: o.kind,
      name: o.name,
      namespace: o.namespace,
      documentIndex: o.documentIndex,
      value: o.value,
      nodes: nodeSketch(o.node),
      nameRegion: regionOf(o, ['metadata', 'name']),
    })),
  };
}

/** The pre-scan's claims, checked against the parser alone. */
function checkClaims(text: string): void {
  const documents = prescanFile(text);
  if (!documents) return;
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  const all = Array.isArray(parsed) ? parsed : [];
  // No syntax error anywhere: skipping a document never hides a yaml-syntax finding.
  expect(all.flatMap((d) => d.errors.map((e) => e.message))).toEqual([]);
  // The same documents (the ones with content), with the same indexes.
  const values = all.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown);
  expect(documents.map((d) => d.documentIndex)).toEqual(values.flatMap((v, i) => (v === null ? [] : [i])));
  for (const doc of documents) {
    const value = values[doc.documentIndex];
    if (!doc.identity) continue;
    // A deferred document is an object of a kind no rule reads, and its identity is exact.
    expect(isRecord(value)).toBe(true);
    const v = value as Record<string, unknown>;
    const metadata = isRecord(v.metadata) ? v.metadata : {};
    const name =
      typeof metadata.name === 'string'
        ? metadata.name
        : typeof metadata.name === 'number' || typeof metadata.name === 'boolean'
          ? String(metadata.name)
          : '';
    const namespace =
      typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
    expect({ apiVersion: v.apiVersion, kind: v.kind, name, namespace }).toEqual({
      ...doc.identity,
      namespace: doc.identity.namespace,
    });
    const spec = isRecord(v.spec) ? v.spec : {};
    expect(needsFullParse({ kind: doc.identity.kind, podTemplate: 'template' in spec })).toBe(false);
  }
}

function checkSameParse(text: string, path = 'm.yaml'): void {
  expect(sketch(parseManifestFile(path, text))).toEqual(
    sketch(parseManifestFile(path, text, { prescan: false })),
  );
}

const RUNS = Number(process.env.PRESCAN_RUNS ?? 500);
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;
/** PRESCAN_RUNS=50000 for a long soak. */
const TIMEOUT = Math.max(30_000, RUNS * 30);

describe('pre-scan', () => {
  // Generated complex keys (`? [a]: b`) make the parser warn about stringified keys: expected here.
  beforeAll(() => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it(
    'never skips a document the parser would check: generated manifests',
    () => {
      fc.assert(
        fc.property(fc.oneof(tameFile, manifestFile), (text) => {
          checkClaims(text);
          checkSameParse(text);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never skips a document the parser would check: hostile edits of them',
    () => {
      fc.assert(
        fc.property(hostileFile, (text) => {
          checkClaims(text);
          checkSameParse(text);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT,
  );

  it(
    'composes the documents it reads into the very nodes the parser gives (block-compose.ts), or leaves them to it',
    () => {
      let composed = 0;
      let documents = 0;
      fc.assert(
        fc.property(fc.oneof(tameFile, manifestFile, hostileFile), (text) => {
          for (const doc of prescanFile(text) ?? []) {
            documents++;
            const fast = composeBlockDocument(text, doc.start, doc.end, PARSE_OPTIONS);
            if (!fast) continue;
            composed++;
            const parsed = parseDocumentsInRange(text, doc.start, doc.end, PARSE_OPTIONS);
            expect(parsed).toHaveLength(1);
            expect(
              documentDifference(fast.document, parsed[0] as Document.Parsed, fast.value),
            ).toBeUndefined();
          }
        }),
        { numRuns: RUNS },
      );
      // Not so timid that it never composes anything.
      expect(composed).toBeGreaterThan(documents * 0.3);
    },
    TIMEOUT,
  );

  it('is not so timid that it never skips anything: most valid generated files are read by it', () => {
    const valid = fc.sample(tameFile, { numRuns: 600, seed: 7 }).filter((text) => {
      const docs = parseAllDocuments(text, { uniqueKeys: true });
      return Array.isArray(docs) && docs.every((d) => d.errors.length === 0);
    });
    const scans = valid.map((text) => prescanFile(text));
    const certain = scans.filter((docs) => docs !== undefined);
    const deferred = certain.filter((docs) => docs.some((d) => d.identity !== undefined));
    const built = certain.filter((docs) => docs.some((d) => d.value !== undefined));
    expect(valid.length).toBeGreaterThan(100);
    expect(certain.length).toBeGreaterThan(valid.length * 0.6);
    expect(deferred.length).toBeGreaterThan(valid.length * 0.1);
    expect(built.length).toBeGreaterThan(valid.length * 0.1);
  });

  it('builds the value of a workload exactly as the parser does, and parses its nodes only when asked', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  labels: {}',
      '  annotations:',
      '    checksum/config: 0x1F',
      '    note: "quoted: text"',
      'spec:',
      '  replicas: 3',
      '  paused: false',
      '  minReadySeconds: 1e3',
      '  progressDeadlineSeconds: ~',
      '  selector:',
      '    matchLabels:',
      '      app: web # trailing comment',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '        __proto__: polluted',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        args: ["--port=8080", -v, \'x y\', 012, {}, []]',
      '        command:',
      '          - sh',
      '          - -c',
      '          - |',
      '            echo one',
      '',
      '            \techo two',
      '        env:',
      '        - name: EMPTY',
      '          value:',
      '        - name: KEEP',
      '          value: |+',
      '            kept',
      '',
      '        - name: STRIP',
      '          value: |-',
      '            stripped',
      '        ports:',
      '        - containerPort: 8080',
      '          protocol: TCP',
      '',
    ].join('\n');
    const [doc] = prescanFile(text) ?? [];
    expect(doc?.value).toBeDefined();
    const expected = parseAllDocuments(text)[0]?.toJS() as Record<string, unknown>;
    expect(doc?.value).toEqual(expected);
    expect(Object.keys(doc?.value ?? {})).toEqual(Object.keys(expected));
    const spec = doc?.value?.spec as { template: { metadata: { labels: object } } };
    const labels = spec.template.metadata.labels;
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(Object.keys(labels)).toEqual(['app', '__proto__']);

    const [object] = parseManifestFile('deploy.yaml', text).objects;
    expect(object?.deferred).toBeUndefined();
    const region = regionOf(object!, [
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'ports',
      0,
      'containerPort',
    ]);
    expect(`${region.line}:${region.column}`).toBe('44:26');
    checkSameParse(text);
  });

  it('reads what only the full parse reads (kubectl-like input) exactly as without it', () => {
    const base = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';
    const cases: Record<string, string> = {
      'a JSON stream':
        '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}\n{"kind": "Service"}\n',
      'JSON, then YAML': `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}\n---\n${base}`,
      'a broken JSON stream': '{"a": 1}{"b": 2}{"c": }\n',
      'old Mac line ends': `${base}data:\n  x: y\n`.replace(/\n/g, '\r'),
      'a quoted scalar wrapped at its key': `${base}data:\n  x: 'one\n  two'\n  y: z\n`,
      'a flow sequence wrapped at its key': `${base}data:\n  x: [\n  1]\n`,
      'a duplicate key': `${base}  name: b\n---\n${base}`,
      'template text in values': `${base}data:\n  x: "{{ .x }}"\n  y: |\n    {{ .y }}\n`,
      'a template': `${base}  labels: {{ .x }}\n`,
      'an unclosed quote before a --- line': `${base}data:\n  x: "one\n---\n${base}`,
    };
    for (const text of Object.values(cases)) {
      checkSameParse(text);
      checkSameParse(text, 'chart/templates/x.yaml');
    }
  });

  it('leaves unusual spellings to the parser', () => {
    const base = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';
    const cases: Record<string, string> = {
      'flow style at the top': '{apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n',
      'flow metadata': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
      'quoted kind': 'apiVersion: v1\nkind: "ConfigMap"\nmetadata:\n  name: a\n',
      'anchored kind': 'apiVersion: v1\nkind: &k ConfigMap\nmetadata:\n  name: a\n',
      'aliased kind': 'x: &k ConfigMap\napiVersion: v1\nkind: *k\nmetadata:\n  name: a\n',
      'tagged kind': 'apiVersion: v1\nkind: !!str ConfigMap\nmetadata:\n  name: a\n',
      JSON: '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}\n',
      'a %YAML directive': `%YAML 1.2\n---\n${base}`,
      'a tab in the indentation': base.replace('  name', '\tname'),
      CRLF: base.replace(/\n/g, '\r\n'),
      'a byte-order mark inside': base.replace('a\n', 'a\ufeff\n'),
      'a multi-line key': `${base}? |\n  long key\n: v\n`,
      'a document end marker': `${base}...\n`,
      'a comment glued to a value': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "a"#c\n',
      'a duplicate key': `${base}  name: b\n`,
      'a numeric name': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 0x1F\n',
      'an escaped name': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "a\\x41"\n',
    };
    for (const [what, text] of Object.entries(cases)) {
      const documents = prescanFile(text);
      expect(documents === undefined || documents.every((d) => d.parse || !d.identity), what).toBe(true);
      checkSameParse(text);
    }
    expect(prescanFile(base)).toEqual([
      {
        documentIndex: 0,
        start: 0,
        end: base.length,
        parse: false,
        identity: { apiVersion: 'v1', kind: 'ConfigMap', name: 'a' },
      },
    ]);
  });

  it('parses up front every kind a rule reads, Lists and custom workloads', () => {
    const doc = (kind: string, extra = '') =>
      `apiVersion: x/v1\nkind: ${kind}\nmetadata:\n  name: a\n${extra}`;
    for (const kind of [
      'Service',
      'Endpoints',
      'EndpointSlice',
      'Deployment',
      'CronJob',
      'Ingress',
      'HTTPRoute',
      'List',
      'ConfigMapList',
    ]) {
      expect(prescanFile(doc(kind))?.[0]?.parse, kind).toBe(true);
    }
    expect(prescanFile(doc('Rollout', 'spec:\n  template:\n    spec: {}\n'))?.[0]?.parse).toBe(true);
    expect(prescanFile(doc('Rollout', 'spec:\n  replicas: 2\n'))?.[0]?.parse).toBe(false);
  });

  it('the declared list covers the kinds the workload and route rules read', () => {
    for (const kind of [
      ...Object.keys(WORKLOAD_KINDS),
      ...ROUTE_KINDS,
      'Ingress',
      'Service',
      'Endpoints',
      'EndpointSlice',
    ])
      expect(FULL_PARSE_KINDS.has(kind), kind).toBe(true);
  });

  it('a deferred object is parsed on first use, with exact positions, in a multi-document file', () => {
    const text = [
      '# header',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: web-config',
      '  namespace: "shop"',
      'data:',
      '  nginx.conf: |',
      '    server {',
      '    \tlisten 80;',
      '    }',
      '  motd: this text runs on',
      '    over two lines',
      '',
    ].join('\n');
    const parsed = parseManifestFile('m.yaml', text);
    const [service, config] = parsed.objects;
    expect(service?.deferred).toBeUndefined();
    expect(config).toMatchObject({
      kind: 'ConfigMap',
      name: 'web-config',
      namespace: 'shop',
      documentIndex: 1,
      deferred: true,
    });
    const region = regionOf(config!, ['data', 'motd']);
    expect(`${region.line}:${region.column}-${region.endLine}:${region.endColumn}`).toBe('17:9-18:19');
    expect((config!.value.data as Record<string, string>)['nginx.conf']).toBe('server {\n\tlisten 80;\n}\n');
    checkSameParse(text);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The whole report with the pre-scan on and off, on inputs the generators above do not write: suppressions
// (annotations on objects the pre-scan defers or builds, comments), `kind: List`, JSON, kustomize builds.
// bench/run.mjs (`npm run bench -- --quick`) compares the CLI's reports on the same directory.

const PRESCAN_FIXTURES = path.join(FIXTURES, 'prescan');

/** What checkManifests does, on texts in memory. */
function analyzeTexts(texts: readonly ManifestText[], prescan: boolean): AnalysisResult {
  const paths = new Set(texts.map((t) => t.path));
  return analyzeParsed(
    texts.map((t) => parseManifestFile(t.path, t.text, { prescan, helmChart: helmChartOf(t.path, paths) })),
    { rules: ALL_RULES, knownRuleIds: ALL_RULES.map((r) => r.meta.id) },
  );
}

/** Everything a report says: findings (positions, messages, fixes), suppressed findings, summary, skips. */
const reportKey = (r: AnalysisResult): string =>
  JSON.stringify({
    findings: r.findings,
    suppressed: r.suppressed,
    summary: r.summary,
    skipped: r.skippedFiles,
  });
const at = (f: { rule: string; file: string; line: number; column: number }) =>
  `${f.rule} ${f.file}:${f.line}:${f.column}`;

describe('pre-scan on and off: suppressions, Lists, JSON and kustomize builds', () => {
  it('gives the same report, on a directory whose suppressions all silence something', async () => {
    const on = await checkManifests({ cwd: PRESCAN_FIXTURES, patterns: ['.'], prescan: true });
    const off = await checkManifests({ cwd: PRESCAN_FIXTURES, patterns: ['.'], prescan: false });
    expect(reportKey(on)).toBe(reportKey(off));
    expect(on.suppressed.map(at)).toEqual([
      'slice-missing-managed-by json/discovery.json:17:9',
      'duplicate-resource json/stream.json:2:64',
      'target-port-not-exposed kustomize/base/service.yaml:14:19',
      // The overlay's patch breaks the port in the patch text: the base Service's annotation, which the built
      // Service still carries, silences it there too.
      'target-port-not-exposed kustomize/overlays/prod/kustomization.yaml:12:12',
      'endpoints-deprecated list/list.yaml:15:11',
      'endpoints-without-service list/list.yaml:37:13',
      'endpoints-deprecated suppress/comments.yaml:4:7',
      'endpoints-without-service suppress/comments.yaml:7:9',
      'duplicate-resource suppress/comments.yaml:27:9',
      'target-port-not-exposed suppress/comments.yaml:66:19',
      'duplicate-resource suppress/workloads.yaml:29:9',
      'duplicate-resource suppress/workloads.yaml:75:9',
    ]);
    expect(on.findings.map(at)).toEqual([
      'endpoints-deprecated list/list.yaml:35:11',
      'unused-suppression suppress/workloads.yaml:89:29',
    ]);
    expect(on.summary).toMatchObject({ files: 11, skipped: 0, suppressed: 12 });
  });

  it('the pre-scan reads these files itself: the suppressed objects are deferred or built by it', async () => {
    const { texts } = await loadManifests({ cwd: PRESCAN_FIXTURES, patterns: ['.'] });
    const read = (file: string) =>
      prescanFile(texts.find((t) => t.path === file)!.text)?.map((d) =>
        d.identity ? `deferred ${d.identity.kind}` : d.value ? 'built' : 'parsed',
      );
    // The annotated Deployment is built by the pre-scan, the annotated ConfigMap and Secret deferred.
    expect(read('suppress/workloads.yaml')).toEqual([
      'built',
      'built',
      'parsed',
      'deferred ConfigMap',
      'deferred ConfigMap',
      'deferred Secret',
    ]);
    expect(read('suppress/comments.yaml')).toEqual([
      'parsed',
      'deferred ConfigMap',
      'deferred ConfigMap',
      'built',
      'parsed',
    ]);
    expect(read('kustomize/base/deployment.yaml')).toEqual(['built']);
    expect(read('kustomize/base/config.yaml')).toEqual(['deferred ConfigMap']);
    expect(read('kustomize/overlays/prod/deployment-patch.yaml')).toEqual(['built']);
    expect(read('list/list.yaml')).toEqual(['parsed']);
    const deferred = parseManifestFile(
      'w.yaml',
      texts.find((t) => t.path === 'suppress/workloads.yaml')!.text,
    );
    expect(deferred.objects.map((o) => `${o.kind}${o.deferred ? ' deferred' : ''}`)).toEqual([
      'Deployment',
      'Deployment',
      'Service',
      'ConfigMap deferred',
      'ConfigMap deferred',
      'Secret deferred',
    ]);
  });

  it('would catch a pre-scan that lost any one suppression: without it, the report differs', async () => {
    const { texts } = await loadManifests({ cwd: PRESCAN_FIXTURES, patterns: ['.'] });
    const whole = reportKey(analyzeTexts(texts, false));
    expect(reportKey(analyzeTexts(texts, true))).toBe(whole);
    // Each annotation key and each comment directive in turn, renamed so that it is no suppression any more
    // (same length and lines): what a pre-scan that dropped it would see.
    let variants = 0;
    for (const [index, text] of texts.entries()) {
      for (const [spelling, lost] of [
        ['kube-pairing.io/ignore', 'kube-pairing.io/ignorx'],
        ['# kube-pairing-ignore ', '# kube-pairing-ignorx '],
      ] as const) {
        for (
          let offset = text.text.indexOf(spelling);
          offset >= 0;
          offset = text.text.indexOf(spelling, offset + 1)
        ) {
          const edited = text.text.slice(0, offset) + lost + text.text.slice(offset + lost.length);
          const variant = texts.map((t, i) => (i === index ? { ...t, text: edited } : t));
          expect(reportKey(analyzeTexts(variant, false)), `${text.path}: ${spelling} at ${offset}`).not.toBe(
            whole,
          );
          variants++;
        }
      }
    }
    // 8 annotations and 4 comments.
    expect(variants).toBe(12);
  });
});
