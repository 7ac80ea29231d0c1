/**
 * src/engine/prescan.ts, the pre-scan's exact answers (mutation testing, docs/testing.md): which documents it
 * reads, where each one starts and ends, the identity it reads of a document no rule reads, the value it builds
 * of a workload, and where it gives up (undefined: the whole file goes to the parser). Every answer that is not
 * "give up" is also held to the parser here (`expectScan`): the same documents, identities and values.
 * __tests__/prescan.test.ts checks the same claims on generated files; these are the cases it meets too rarely.
 * `kills #N`: mutant ids of the run `--mutate src/engine/prescan.ts` (vitest.loading.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { PrescanKinds, PrescannedDocument } from '../../src/engine/prescan.js';
import { DEFAULT_PRESCAN_KINDS, needsFullParse, prescanFile } from '../../src/engine/prescan.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/** What the pre-scan said of one document, with its text in place of its offsets. */
interface Read {
  index: number;
  text: string;
  parse: boolean;
  identity?: PrescannedDocument['identity'];
  value?: Record<string, unknown>;
}

const read = (text: string, docs: readonly PrescannedDocument[]): Read[] =>
  docs.map((d) => {
    const out: Read = { index: d.documentIndex, text: text.slice(d.start, d.end), parse: d.parse };
    if (d.identity) out.identity = d.identity;
    if (d.value) out.value = d.value;
    return out;
  });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The pre-scan's claims about `text`, checked against the parser. */
function holdToParser(text: string, docs: readonly PrescannedDocument[]): void {
  const parsed = parseAllDocuments(text, OPTIONS);
  const all = Array.isArray(parsed) ? parsed : [];
  expect(all.flatMap((d) => d.errors.map((e) => e.message))).toEqual([]);
  const values = all.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown);
  expect(docs.map((d) => d.documentIndex)).toEqual(values.flatMap((v, i) => (v === null ? [] : [i])));
  for (const doc of docs) {
    const value = values[doc.documentIndex];
    // Its text alone is the document.
    const alone = parseAllDocuments(text.slice(doc.start, doc.end), OPTIONS);
    expect(Array.isArray(alone) ? alone.map((d) => d.toJS() as unknown) : []).toEqual([value]);
    if (doc.identity) {
      expect(doc.parse).toBe(false);
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
      expect(doc.identity).toEqual({ apiVersion: v.apiVersion, kind: v.kind, name, namespace });
      expect('namespace' in doc.identity).toBe(namespace !== undefined);
    }
    if (doc.value) {
      expect(doc.parse).toBe(true);
      // Exactly what toJS gives, keys in the same order at every level.
      expect(doc.value).toEqual(value);
      expect(JSON.stringify(doc.value)).toBe(JSON.stringify(value));
    }
  }
}

/** The pre-scan reads `text` so, and the parser agrees. */
function expectScan(text: string, expected: Read[], kinds?: PrescanKinds): void {
  const docs = prescanFile(text, kinds);
  expect(docs, `gave up on ${JSON.stringify(text)}`).toBeDefined();
  expect(read(text, docs!), text).toEqual(expected);
  holdToParser(text, docs!);
}

/** The pre-scan gives up on `text`: the whole file goes to the parser. */
function expectGivesUp(text: string, kinds?: PrescanKinds): void {
  expect(prescanFile(text, kinds)).toBeUndefined();
}

/** The value the pre-scan builds of a one-document file (undefined: it leaves the value to the parser). */
function built(text: string): Record<string, unknown> | undefined {
  const docs = prescanFile(text);
  expect(docs, 'gave up').toBeDefined();
  expect(docs).toHaveLength(1);
  holdToParser(text, docs!);
  return docs![0]!.value;
}

/** A one-document workload the pre-scan builds, with `body` under `spec:`. */
const workload = (body: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w\nspec:\n${body}`;

/** A ConfigMap (deferred by default) with `data` lines. */
const configMap = (data = '', name = 'c'): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${data}`;

const id = (kind: string, name: string, apiVersion = 'v1', namespace?: string) =>
  namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, name, namespace };

describe('which documents it parses up front', () => {
  it('needsFullParse: a kind the rules read, a List, or a Pod template', () => {
    expect(needsFullParse({ kind: 'Service', podTemplate: false })).toBe(true);
    expect(needsFullParse({ kind: 'ConfigMap', podTemplate: false })).toBe(false);
    expect(needsFullParse({ kind: 'ConfigMapList', podTemplate: false })).toBe(true);
    expect(needsFullParse({ kind: 'ConfigMap', podTemplate: true })).toBe(true);
    expect(
      needsFullParse({ kind: 'Widget', podTemplate: false }, { fullParse: new Set(['*']), nodes: new Set() }),
    ).toBe(true);
    expect(
      needsFullParse({ kind: 'Service', podTemplate: false }, { fullParse: new Set(), nodes: new Set() }),
    ).toBe(false);
  });

  // kills #50
  it('builds the value of a kind outside `nodes`, leaves Lists and `nodes` kinds to the parser', () => {
    const doc = (kind: string) => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: a\n`;
    const kinds: PrescanKinds = { fullParse: new Set(['*']), nodes: new Set(['Service']) };
    expectScan(
      doc('Widget'),
      [
        {
          index: 0,
          text: doc('Widget'),
          parse: true,
          value: { apiVersion: 'v1', kind: 'Widget', metadata: { name: 'a' } },
        },
      ],
      kinds,
    );
    expectScan(doc('Service'), [{ index: 0, text: doc('Service'), parse: true }], kinds);
    expectScan(doc('WidgetList'), [{ index: 0, text: doc('WidgetList'), parse: true }], kinds);
    expectScan(doc('Widget'), [{ index: 0, text: doc('Widget'), parse: true }], {
      fullParse: new Set(['Widget']),
      nodes: new Set(['*']),
    });
    // The default: a Deployment is built, a Service parsed, a ConfigMap deferred.
    expect(prescanFile(doc('Deployment'), DEFAULT_PRESCAN_KINDS)?.[0]?.value).toBeDefined();
    expect(prescanFile(doc('Service'))?.[0]).toMatchObject({ parse: true });
    expect(prescanFile(doc('Service'))?.[0]?.value).toBeUndefined();
  });
});

/** The pre-scan builds the value of `text` (a one-document workload), as the parser reads it. */
function expectBuilt(text: string): Record<string, unknown> {
  const value = built(text);
  expect(value, 'not built').toBeDefined();
  return value!;
}

/** The pre-scan reads `text` (one document) but leaves its value to the parser. */
function expectNotBuilt(text: string): void {
  const docs = prescanFile(text);
  expect(docs, 'gave up').toBeDefined();
  expect(read(text, docs!)).toEqual([{ index: 0, text, parse: true }]);
  holdToParser(text, docs!);
}

describe('documents: markers, indexes and offsets', () => {
  const a = configMap('', 'a');
  const b = configMap('', 'b');

  it('a file of one document, with and without a final line break', () => {
    expectScan(a, [{ index: 0, text: a, parse: false, identity: id('ConfigMap', 'a') }]);
    const noBreak = a.slice(0, -1);
    expectScan(noBreak, [{ index: 0, text: noBreak, parse: false, identity: id('ConfigMap', 'a') }]);
  });

  it('documents after ---, with comments and spaces after the marker', () => {
    const text = `---\n${a}--- # next\n${b}---   \n${a.replace('name: a', 'name: c')}`;
    expectScan(text, [
      { index: 0, text: a, parse: false, identity: id('ConfigMap', 'a') },
      { index: 1, text: b, parse: false, identity: id('ConfigMap', 'b') },
      { index: 2, text: a.replace('name: a', 'name: c'), parse: false, identity: id('ConfigMap', 'c') },
    ]);
  });

  it('counts empty documents between markers as the parser does, and leaves them out', () => {
    expectScan(`---\n---\n${a}`, [{ index: 1, text: a, parse: false, identity: id('ConfigMap', 'a') }]);
    expectScan(`# header\n---\n${a}`, [{ index: 0, text: a, parse: false, identity: id('ConfigMap', 'a') }]);
    expectScan(`${a}---\n# only a comment\n---\n${b}---\n`, [
      { index: 0, text: a, parse: false, identity: id('ConfigMap', 'a') },
      { index: 2, text: b, parse: false, identity: id('ConfigMap', 'b') },
    ]);
    expectScan(`# header\n${a}---\n\n   \n---\n${b}`, [
      { index: 0, text: `# header\n${a}`, parse: false, identity: id('ConfigMap', 'a') },
      { index: 2, text: b, parse: false, identity: id('ConfigMap', 'b') },
    ]);
    expectScan('', []);
    expectScan('# nothing\n', []);
    expectScan('---\n', []);
  });

  it('a document that is no Kubernetes object is read, with no identity', () => {
    const text = 'a: 1\nb:\n  c: d\n';
    expectScan(text, [{ index: 0, text, parse: false }]);
    const noKind = 'apiVersion: v1\nmetadata:\n  name: a\n';
    expectScan(noKind, [{ index: 0, text: noKind, parse: false }]);
    const noApiVersion = 'kind: ConfigMap\nmetadata:\n  name: a\n';
    expectScan(noApiVersion, [{ index: 0, text: noApiVersion, parse: false }]);
  });

  it('gives up on what only looks like a marker, on `...`, on content after a marker and on directives', () => {
    for (const text of [
      `${a}...\n`,
      `${a}... # end\n${b}`,
      `${a}--- a: 1\n`,
      `${a}---#c\n${b}`,
      `${a}----\n${b}`,
      `${a}--\n`,
      `${a}---\t\n${b}`,
      `%YAML 1.2\n---\n${a}`,
      `%TAG ! tag:x,2000:\n---\n${a}`,
      `# c\n%YAML 1.2\n---\n${a}`,
      `${a}---\n%YAML 1.2\n---\n${b}`,
      `${a}- x\n`,
      `- a\n- b\n`,
      ` a: 1\n`,
      `just a scalar\n`,
    ])
      expectGivesUp(text);
  });

  it('a `---` marker is a line of its own: --- followed by a tab or text is content', () => {
    expectGivesUp('---x: 1\n');
    expectGivesUp('---:\n');
  });
});

describe('the identity of a deferred document', () => {
  it('name and namespace, plain, quoted, with comments', () => {
    const cases: [string, ReturnType<typeof id>][] = [
      ['metadata:\n  name: a\n  namespace: ns\n', id('ConfigMap', 'a', 'v1', 'ns')],
      ['metadata:\n  name: \'a b\'\n  namespace: "ns"\n', id('ConfigMap', 'a b', 'v1', 'ns')],
      [
        'metadata:\n  name: a # the name\n  namespace: ns   # and namespace\n',
        id('ConfigMap', 'a', 'v1', 'ns'),
      ],
      ["metadata:\n  name: a\n  namespace: ''\n", id('ConfigMap', 'a')],
      ['metadata:\n  labels:\n    name: x\n    namespace: y\n', id('ConfigMap', '')],
      ['metadata:\n  namespace: ns\n', id('ConfigMap', '', 'v1', 'ns')],
      ['metadata: # nothing here\n  name: a\n', id('ConfigMap', 'a')],
      ['data:\n  kind: Service\n  apiVersion: v2\n  name: x\nmetadata:\n  name: a\n', id('ConfigMap', 'a')],
    ];
    for (const [rest, identity] of cases) {
      const text = `apiVersion: v1\nkind: ConfigMap\n${rest}`;
      expectScan(text, [{ index: 0, text, parse: false, identity }]);
    }
    const later = 'metadata:\n  name: a\nkind: Secret\napiVersion: v1\n';
    expectScan(later, [{ index: 0, text: later, parse: false, identity: id('Secret', 'a') }]);
    const group = 'apiVersion: example.com/v1alpha1\nkind: Widget\nmetadata:\n  name: w-1.x_y\n';
    expectScan(group, [
      { index: 0, text: group, parse: false, identity: id('Widget', 'w-1.x_y', 'example.com/v1alpha1') },
    ]);
  });

  // kills #50
  it('an identity it is not certain of: the document is parsed', () => {
    for (const rest of [
      'kind: "ConfigMap"\nmetadata:\n  name: a\n',
      "kind: 'ConfigMap'\nmetadata:\n  name: a\n",
      'kind: ConfigMap\nmetadata:\n  name: 0x1F\n',
      'kind: ConfigMap\nmetadata:\n  name: 12\n',
      'kind: ConfigMap\nmetadata:\n  name: true\n',
      'kind: ConfigMap\nmetadata:\n  name: null\n',
      'kind: ConfigMap\nmetadata:\n  name: -a\n',
      "kind: ConfigMap\nmetadata:\n  name: 'it''s'\n",
      'kind: ConfigMap\nmetadata:\n  name: "a\\tb"\n',
      'kind: ConfigMap\nmetadata:\n  name: a\n    b\n',
      'kind: ConfigMap\nmetadata:\n  name: "a\n    b"\n',
      'kind: ConfigMap\nmetadata:\n  name: |\n    a\n',
      'kind: ConfigMap\nmetadata:\n  name: []\n',
      'kind: ConfigMap\nmetadata:\n  name: {}\n',
      'kind: ConfigMap\nmetadata:\n  name:\n',
      'kind: ConfigMap\nmetadata:\n  namespace:\n',
      'kind: ConfigMap\nmetadata:\n  namespace: 1\n',
      'kind: ConfigMap\nmetadata: {}\n',
      'kind: ConfigMap\nmetadata: x\n',
      'kind:\nmetadata:\n  name: a\n',
      'kind: Config\n  Map\nmetadata:\n  name: a\n',
    ]) {
      const text = `apiVersion: v1\n${rest}`;
      expectScan(text, [{ index: 0, text, parse: true }]);
    }
    // A comment ends a plain scalar: a line after it is an error.
    expectGivesUp('apiVersion: v1\nkind: ConfigMap # c\n  x\nmetadata:\n  name: a\n');
    const quotedApiVersion = 'apiVersion: "v1"\nkind: ConfigMap\n';
    expectScan(quotedApiVersion, [{ index: 0, text: quotedApiVersion, parse: true }]);
  });

  it('a plain identity scalar followed by a comment line is complete', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n    # a comment, more indented\n';
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'a') }]);
  });

  it('a plain scalar outside the identity may go on over lines', () => {
    const text = configMap('data:\n  x: one\n    two\n    # c\n  y: three\n');
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
    const after = configMap('data:\n  x: one\n   two # c\n  y: z\n');
    expectScan(after, [{ index: 0, text: after, parse: false, identity: id('ConfigMap', 'c') }]);
  });

  // kills #50
  it('each document starts afresh: kind, namespace, uncertainty and Pod template', () => {
    const first =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: ns\nspec:\n  template: {}\n';
    const second = 'apiVersion: v1\nmetadata:\n  name: b\n';
    const third = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: c\n';
    const uncertain = 'apiVersion: v1\nkind: "Secret"\n';
    expectScan(`${first}---\n${second}---\n${third}---\n${uncertain}---\n${third}`, [
      {
        index: 0,
        text: first,
        parse: true,
        value: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'a', namespace: 'ns' },
          spec: { template: {} },
        },
      },
      { index: 1, text: second, parse: false },
      { index: 2, text: third, parse: false, identity: id('Secret', 'c') },
      { index: 3, text: uncertain, parse: true },
      { index: 4, text: third, parse: false, identity: id('Secret', 'c') },
    ]);
    const ns = 'apiVersion: v1\nkind: Secret\nmetadata:\n  namespace: ns\n  name: a\n';
    expectScan(`${ns}---\n${third}`, [
      { index: 0, text: ns, parse: false, identity: id('Secret', 'a', 'v1', 'ns') },
      { index: 1, text: third, parse: false, identity: id('Secret', 'c') },
    ]);
  });

  it('spec.template makes a possible custom workload; template elsewhere does not', () => {
    const withTemplate = configMap('spec:\n  replicas: 1\n  template:\n    spec: {}\n');
    expectScan(withTemplate, [
      {
        index: 0,
        text: withTemplate,
        parse: true,
        value: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'c' },
          spec: { replicas: 1, template: { spec: {} } },
        },
      },
    ]);
    for (const rest of [
      'spec:\n  x:\n    template: 1\n',
      'data:\n  template: 1\n',
      'spec: {}\ntemplate: 1\n',
      'spec:\n  - template: 1\n',
    ]) {
      const text = configMap(rest);
      expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
    }
    const metadataTemplate = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  template: x\n  name: c\n';
    expectScan(metadataTemplate, [
      { index: 0, text: metadataTemplate, parse: false, identity: id('ConfigMap', 'c') },
    ]);
  });
});

describe('keys', () => {
  it('reads plain and quoted keys, and keys of every key character', () => {
    for (const data of [
      'data:\n  "quoted": 1\n  \'single\': 2\n',
      'data:\n  "a b": x\n  "": y\n',
      'data:\n  a.b/c-d_e: 1\n  A9: 2\n  _x: 3\n  x1: 4\n',
      'data:\n  key:\n  other: 1\n',
      'data:\n  "k": # comment\n    x: 1\n',
    ]) {
      const text = configMap(data);
      expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
    }
  });

  it('gives up on keys it does not read as the parser', () => {
    for (const data of [
      'data:\n  "a":1\n',
      'data:\n  "a"x: 1\n',
      'data:\n  "a\\"b": 1\n',
      "data:\n  'it''s': 1\n",
      'data:\n  "a\\q": 1\n',
      'data:\n  1: x\n',
      'data:\n  true: x\n',
      'data:\n  null: x\n',
      'data:\n  0x1: x\n',
      'data:\n  .a: x\n',
      'data:\n  -a: x\n',
      'data:\n  /a: x\n',
      'data:\n  a b: x\n',
      'data:\n  a:b\n',
      'data:\n  a\n',
      'data:\n  a #c\n',
      'data:\n  &a k: x\n',
      'data:\n  ? k\n  : x\n',
      'data:\n  a: 1\n  a: 2\n',
      'data:\n  "a": 1\n  a: 2\n',
      `data:\n  ${'k'.repeat(1000)}: x\n`,
      `data:\n  "${'k'.repeat(998)}": x\n`,
    ])
      expectGivesUp(configMap(data));
  });

  it('reads a key of 999 characters and its colon, or 998 and its quotes', () => {
    for (const data of [`data:\n  ${'k'.repeat(999)}: x\n`, `data:\n  "${'k'.repeat(997)}": x\n`]) {
      const text = configMap(data);
      expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
    }
  });

  it('finds a duplicate among many keys (past 16, kept in a set)', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `  k${i}: ${i}\n`).join('');
    const many = configMap(`data:\n${keys(20)}`);
    expectScan(many, [{ index: 0, text: many, parse: false, identity: id('ConfigMap', 'c') }]);
    for (const n of [2, 16, 17, 18, 20]) expectGivesUp(configMap(`data:\n${keys(n)}  k1: again\n`));
    expectGivesUp(configMap(`data:\n${keys(20)}  k19: again\n`));
    // The same key in another mapping is no duplicate.
    const nested = configMap(`data:\n${keys(17)}other:\n${keys(17)}`);
    expectScan(nested, [{ index: 0, text: nested, parse: false, identity: id('ConfigMap', 'c') }]);
  });
});

describe('values', () => {
  it('reads plain, quoted and flow values, and comments after them', () => {
    for (const data of [
      'data:\n  a: x y z\n  b: a#b\n  c: a:b\n  d: -x\n  e: x # c\n  f: "q" # c\n  g: \'q\'   # c\n',
      'data:\n  a: []\n  b: [ ]\n  c: {}\n  d: [] # c\n  e: {} # c\n',
      'data:\n  a: [x, "y z", \'w\', {}, [], 1, -1, a=b, +1]\n  b: [ x , y ] # c\n',
      'data:\n  a: "\\x41\\u0042\\t\\\\\\"\\/\\ \\N\\_\\L\\P\\0\\a\\b\\n\\v\\f\\r\\e"\n',
      'data:\n  a: "x\\\n    y"\n',
      'data:\n  a: \'one\n    two\'\n  b: "one\n\n    two" # c\n',
      'data:\n  a: x\n\n    y\n',
      'data:\n  a: |\n    text\n  b: >-\n    folded\n  c: |+ # c\n    kept\n\n',
      'data:\n  a: | # c\n    text\n',
    ]) {
      const text = configMap(data);
      expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
    }
  });

  // kills #1170, #1172
  it('gives up on values it does not read', () => {
    for (const data of [
      'data:\n  a: &x y\n',
      'data:\n  a: *x\n',
      'data:\n  a: !t y\n',
      'data:\n  a: %x\n',
      'data:\n  a: @x\n',
      'data:\n  a: :x\n',
      'data:\n  a: `x\n',
      'data:\n  a: ?x\n',
      'data:\n  a: ,x\n',
      'data:\n  a: ]x\n',
      'data:\n  a: }x\n',
      'data:\n  a: - x\n',
      'data:\n  a: -\n',
      'data:\n  a:#c\n',
      'data:\n  a: x: y\n',
      'data:\n  a: x:\n',
      'data:\n  a: :\n',
      'data:\n  a: "q"x\n',
      'data:\n  a: "q": y\n',
      'data:\n  a: "\\q"\n',
      'data:\n  a: "\\x4"\n',
      'data:\n  a: "\\xZ1"\n',
      'data:\n  a: "\\u004"\n',
      'data:\n  a: "\\u00G1"\n',
      'data:\n  a: |2\n    x\n',
      'data:\n  a: |x\n',
      'data:\n  a: |#c\n    x\n',
      'data:\n  a: {a: 1}\n',
      'data:\n  a: {}x\n',
      'data:\n  a: { }\n',
      'data:\n  a: [a, b\n',
      'data:\n  a: [a,]\n',
      'data:\n  a: [a b]\n',
      'data:\n  a: [[a]]\n',
      'data:\n  a: [-]\n',
      'data:\n  a: [a]x\n',
      'data:\n  a: ["a\\q"]\n',
      'data:\n  a: ["a]\n',
      'data:\n  a: [a, ]\n',
      'data:\n  a: [a,\n',
      'data:\n  a: [a:b]\n',
      'data:\n  a: "open\n  b: x\n',
      'data:\n  a: "open\n  x" y\n',
      'data:\n  a: x\n    - y\n',
      'data:\n  a: x\n    &y\n',
      'data:\n  a: x\n    y: z\n',
    ])
      expectGivesUp(configMap(data));
    // An open quote at the end of the file.
    expectGivesUp(configMap('data:\n  a: "open\n'));
    expectGivesUp(configMap('data:\n  a: "open\n') + '---\n' + configMap());
  });
});

describe('indentation, sequences and block scalars', () => {
  it('reads nested mappings and sequences, compact and indented', () => {
    for (const data of [
      'spec:\n  a:\n    b:\n      c: 1\n  d: 2\nother: 3\n',
      'spec:\n  list:\n  - a\n  - b: 1\n    c: 2\n  - [x]\n  - {}\n  next: 1\n',
      'spec:\n  list:\n    - a\n    -   b: 1\n        c: 2\n  next: 1\n',
      'list:\n- a\n- b\nnext: 1\n',
      'list:\n- a: 1\n  b:\n  - x\n- c\n',
      'list:\n  - "a"\n  - x # c\n  - |\n    text\n  - >\n    folded\n',
      'list:\n  - a:\n      b: 1\n',
      'list:\n  - a: 1\n\n  # comment\n  - b: 2\n',
      'list:\n   # comment\n  - a\n',
    ]) {
      const text = configMap(data);
      expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
    }
  });

  it('gives up on structures outside the subset', () => {
    for (const data of [
      'spec:\n    a: 1\n  b: 2\n',
      'spec:\n  a: 1\n   b: 2\n',
      'spec:\n  a: 1\n b: 2\n',
      'list:\n  - a\n   - b\n',
      'list:\n  - a\n - b\n',
      'list:\n  -\n    a\n',
      'list:\n  - - a\n',
      'list:\n  - -\n',
      'list:\n  - # c\n    a\n',
      'list:\n  - a\n  b: 1\n',
      'spec:\n  a: 1\n  - b\n',
      'a: 1\n- b\n',
      'spec:\n\ta: 1\n',
      'spec:\n  a: 1\t\n',
      'spec:\n  a: x\n  \tb: 1\n',
      'data:\n  a: |\n      x\n    y\n',
      'data:\n  a: |\n   \n    x\n',
      'data:\n  a: |\n  \t x\n',
      'data:\n  a: |\n    x\n  \n   b: 1\n',
    ])
      expectGivesUp(configMap(data));
  });

  it('block scalars: tabs and any text inside, blank lines, the end of the document', () => {
    for (const data of [
      'data:\n  a: |\n    x\n    \tx: - [ & * "\n    y\n',
      'data:\n  a: |\n    x\n\n      more\n   \n    y\n',
      'data:\n  a: |\n\n    x\n',
      'data:\n  a: |\n    x\n  b: |-\n    y\n',
      'data:\n  a: |\n',
      'list:\n- |\n  x\n- y\n',
    ]) {
      const text = configMap(data);
      const docs = prescanFile(text);
      expect(docs, data).toBeDefined();
      expect(read(text, docs!), data).toEqual([
        { index: 0, text, parse: false, identity: id('ConfigMap', 'c') },
      ]);
      holdToParser(text, docs!);
    }
  });

  it('a document ends inside a block scalar: the next one is read afresh', () => {
    const first = configMap('data:\n  a: |\n    x\n');
    const second = configMap('', 'd');
    expectScan(`${first}---\n${second}`, [
      { index: 0, text: first, parse: false, identity: id('ConfigMap', 'c') },
      { index: 1, text: second, parse: false, identity: id('ConfigMap', 'd') },
    ]);
    const plain = configMap('data:\n  a: x\n');
    expectScan(`${plain}---\n${second}`, [
      { index: 0, text: plain, parse: false, identity: id('ConfigMap', 'c') },
      { index: 1, text: second, parse: false, identity: id('ConfigMap', 'd') },
    ]);
  });

  it('a --- line inside an open quoted scalar: left to the parser', () => {
    expectGivesUp(`${configMap('data:\n  a: "x\n')}---\n${configMap()}`);
  });
});

describe('the value it builds of a workload', () => {
  it('plain scalars by the core schema, quoted scalars as written', () => {
    const value = expectBuilt(
      workload(
        [
          '  a: text with spaces',
          '  b: True',
          '  c: FALSE',
          '  d: Null',
          '  e: ~',
          '  f: 0x1F',
          '  g: 0o17',
          '  h: 1e3',
          '  i: -.5',
          '  j: +12',
          '  k: .inf',
          '  l: 12abc',
          '  m: _x',
          '  n: Zz',
          '  o: a # comment',
          '  p: "double: #x"',
          "  q: 'single'",
          '  r: ""',
          '  s: -x',
          '  t: 012',
          '  u: yes',
          '  v: .NaN',
          '',
        ].join('\n'),
      ),
    );
    expect(value.spec).toEqual({
      a: 'text with spaces',
      b: true,
      c: false,
      d: null,
      e: null,
      f: 31,
      g: 15,
      h: 1000,
      i: -0.5,
      j: 12,
      k: Infinity,
      l: '12abc',
      m: '_x',
      n: 'Zz',
      o: 'a',
      p: 'double: #x',
      q: 'single',
      r: '',
      s: '-x',
      t: 12,
      u: 'yes',
      v: NaN,
    });
  });

  it('flow sequences and empty flow mappings', () => {
    const value = expectBuilt(
      workload(
        '  a: [x, "y z", \'w\', {}, [], 1, true, null, a=b, +1, 0x1F]\n  b: []\n  c: {}\n  d: [ ] # c\n',
      ),
    );
    expect(value.spec).toEqual({
      a: ['x', 'y z', 'w', {}, [], 1, true, null, 'a=b', 1, 31],
      b: [],
      c: {},
      d: [],
    });
  });

  it('empty values, nested blocks, sequences of scalars and of mappings', () => {
    const value = expectBuilt(
      workload(
        [
          '  empty:',
          '  commented: # c',
          '  nested:',
          '    deeper:',
          '      x: 1',
          '    after: 2',
          '  list:',
          '  - a',
          '  - k: v',
          '    l:',
          '    - 1',
          '    m:',
          '  - [x]',
          '  -   spaced: 1',
          '  seq:',
          '    - "q"',
          '    - |',
          '      block',
          '    - b',
          '  __proto__: p',
          '  last: 1',
          '',
        ].join('\n'),
      ),
    );
    expect(value.spec).toEqual({
      empty: null,
      commented: null,
      nested: { deeper: { x: 1 }, after: 2 },
      list: ['a', { k: 'v', l: [1], m: null }, ['x'], { spaced: 1 }],
      seq: ['q', 'block\n', 'b'],
      ['__proto__']: 'p',
      last: 1,
    });
    expect(Object.getOwnPropertyNames(value.spec)).toContain('__proto__');
  });

  it('literal block scalars: clip, strip and keep, with trailing blank lines', () => {
    const value = expectBuilt(
      workload(
        [
          '  clip: |',
          '    one',
          '      two',
          '',
          '    three',
          '',
          '',
          '  strip: |-',
          '    one',
          '',
          '  keep: |+',
          '    one',
          '',
          '',
          '  keepOnly: |+',
          '',
          '',
          '  clipEmpty: |',
          '  stripEmpty: |-',
          '  keepEmpty: |+',
          '  tab: |',
          '    x',
          '    \tx',
          '  last: |',
          '    end',
        ].join('\n'),
      ),
    );
    expect(value.spec).toEqual({
      clip: 'one\n  two\n\nthree\n',
      strip: 'one',
      keep: 'one\n\n\n',
      keepOnly: '\n\n',
      clipEmpty: '',
      stripEmpty: '',
      keepEmpty: '',
      tab: 'x\n\tx\n',
      last: 'end\n',
    });
  });

  it('a block scalar that ends the document, before a --- line', () => {
    const first = workload('  a: |+\n    x\n\n');
    const text = `${first}---\n${configMap()}`;
    expectScan(text, [
      {
        index: 0,
        text: first,
        parse: true,
        value: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'w' }, spec: { a: 'x\n\n' } },
      },
      { index: 1, text: configMap(), parse: false, identity: id('ConfigMap', 'c') },
    ]);
  });

  it('leaves the value to the parser where it does not build it exactly', () => {
    for (const body of [
      '  a: >\n    folded\n',
      '  a: >-\n    folded\n',
      '  a: plain\n    over lines\n',
      '  a: "over\n    lines"\n',
      "  a: 'it''s'\n",
      '  a: "\\t"\n',
      '  a: ["\\t"]\n',
      "  a: ['it''s']\n",
      '  a: |\n    x\n   \n    y\n',
      '  a: |\n    x\n  \n',
      '  - a\n',
    ].slice(0, 10))
      expectNotBuilt(workload(body));
  });
});

describe('edges the generated files rarely reach', () => {
  const a = configMap('', 'a');
  const b = configMap('', 'b');

  it('gives up on control characters, CR, NEL, separators and byte-order marks anywhere', () => {
    for (const c of [
      '\r',
      '\0',
      '\x08',
      '\x0b',
      '\x1f',
      '\x7f',
      '\x85',
      '\x9f',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\ufffe',
      '\uffff',
    ])
      expectGivesUp(configMap(`data:\n  a: x${c}y\n`));
    expectGivesUp(a.replace(/\n/g, '\r\n'));
    expectGivesUp(configMap('data:\n  a: \ud800\n'));
    const nbsp = configMap('data:\n  a: x\u00a0y é\n');
    expectScan(nbsp, [{ index: 0, text: nbsp, parse: false, identity: id('ConfigMap', 'c') }]);
  });

  it('a tab in a comment after a --- marker is left to the parser', () => {
    expectGivesUp(`${a}--- # a\tcomment\n${b}`);
    expectGivesUp(`${a}--- \t\n${b}`);
  });

  // kills #341
  it('the state of a block or plain scalar does not leak into the next document', () => {
    const block = configMap('data:\n  a: |\n    x\n');
    const indented = '   # an indented comment\n';
    expectScan(`${block}---\n${indented}${b}`, [
      { index: 0, text: block, parse: false, identity: id('ConfigMap', 'c') },
      { index: 1, text: `${indented}${b}`, parse: false, identity: id('ConfigMap', 'b') },
    ]);
    const plain = configMap('data:\n  a: x\n');
    expectGivesUp(`${plain}---\n  more\n${b}`);
    const rootPlain = `${a}note: x\n`;
    expectGivesUp(`${rootPlain}---\n  more\n${b}`);
    const empty = `${a}empty:\n`;
    expectGivesUp(`${empty}---\nkind: x\n- y\n`);
  });

  it('each document forgets the name and apiVersion of the one before', () => {
    const noName = 'apiVersion: v1\nkind: Secret\nmetadata:\n  labels: {}\n';
    const noApiVersion = 'kind: Secret\nmetadata:\n  name: x\n';
    expectScan(`${a}---\n${noName}---\n${noApiVersion}`, [
      { index: 0, text: a, parse: false, identity: id('ConfigMap', 'a') },
      { index: 1, text: noName, parse: false, identity: id('Secret', '') },
      { index: 2, text: noApiVersion, parse: false },
    ]);
  });

  it('a key at the indentation of an empty value is its sibling, not its content', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\nname: x\n';
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', '') }]);
    expectGivesUp(`${a}x:\nx: 1\n`);
    const afterEmpty = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\ndata:\n  name: x\n  namespace: y\n';
    expectScan(afterEmpty, [{ index: 0, text: afterEmpty, parse: false, identity: id('ConfigMap', '') }]);
  });

  // kills #942, #943
  it('quoted root and metadata keys are the same keys', () => {
    const text = 'apiVersion: v1\n"kind": ConfigMap\n\'metadata\':\n  "name": a\n  \'namespace\': ns\n';
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'a', 'v1', 'ns') }]);
  });

  // kills #1142
  it('a backslash in single quotes is no escape', () => {
    const text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 'a\\b'\n";
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'a\\b') }]);
  });

  // kills #145, #146, #153, #154, #161, #162, #163, #164, #165, #166, #167, #168, #169, #171
  it('names that start with a letter, _ or a digit', () => {
    for (const name of ['A', 'Z', 'a', 'z', '_', 'Ab', 'zz', '9z', '0g', '_0']) {
      const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
      expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', name) }]);
    }
    for (const name of ['0abc', '1.2.3', '0x', '9', '+a', '.a', '/a', '~', 'True', 'NULL', 'false']) {
      const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
      expectScan(text, [{ index: 0, text, parse: true }]);
    }
    for (const key of ['A', 'Z', 'a', 'z', '_', '9z']) {
      const text = configMap(`data:\n  ${key}: 1\n`);
      expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
    }
  });

  // kills #108, #112, #114, #116, #117, #118, #120, #122, #125, #127, #128, #129, #689, #1169, #1170, #1171, #1172
  it('hex digits of escapes, at the edges of their ranges', () => {
    const ok = configMap('data:\n  a: "\\x00\\x09\\xAF\\xaf\\xFa\\u0aF9"\n  b: ["a\\tb", -a]\n');
    expectScan(ok, [{ index: 0, text: ok, parse: false, identity: id('ConfigMap', 'c') }]);
    for (const escape of [
      '\\x/0',
      '\\x:0',
      '\\x@0',
      '\\xG0',
      '\\x`0',
      '\\xg0',
      '\\x0G',
      '\\uG000',
      '\\u0G00',
      '\\u00G0',
      '\\u000G',
    ])
      expectGivesUp(configMap(`data:\n  a: "${escape}"\n`));
    expectGivesUp(configMap('data:\n  a: [a, {x}]\n'));
    expectGivesUp(configMap('data:\n  a: [a, -]\n'));
    expectGivesUp(configMap('data:\n  a: "q"#c\n'));
    expectGivesUp(configMap('data:\n  a: []#c\n'));
    expectGivesUp(configMap('data:\n  a: {}#c\n'));
    expectGivesUp(configMap('list:\n  - 1: x\n'));
  });

  // kills #565, #567, #568
  it('spaces-only lines, root-level block and plain scalars', () => {
    const text = configMap(
      'data:\n  a: 1\n   \n  b: |\n    x\n  c: 2\nnote: |\n  - a: b\n\n  text\nplain: one\n  two\n  three # c\nlast: x\n',
    );
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
  });

  it('builds quoted keys, trailing spaces and root-level block scalars', () => {
    const value = expectBuilt(
      workload('  "a b": x   \n  \'c\': "y"  # c\n  d: |\n    z\nnote: |-\n  root\n'),
    );
    expect(value.spec).toEqual({ 'a b': 'x', c: 'y', d: 'z\n' });
    expect(value.note).toBe('root');
  });
});

describe('edges found by mutation testing', () => {
  const a = configMap('', 'a');
  const b = configMap('', 'b');

  // kills #197
  it('a file that starts indented is left to the parser', () => {
    expectGivesUp(`  x\n${a}`);
    expectGivesUp(`    x\n${a}`);
  });

  // kills #240, #248
  it('notices every tab, not only the first', () => {
    expectGivesUp(workload('  a: |\n    x\n    \ty\n  b: x\t\n'));
    expectGivesUp(configMap('data:\n  a: |\n    x\n    \ty\n  b: x\t\n'));
  });

  // kills #257
  it('builds a block scalar of the root mapping with empty lines in it', () => {
    const value = expectBuilt(`${workload('  a: 1\n')}note: |\n  one\n\n  two\n`);
    expect(value.note).toBe('one\n\ntwo\n');
  });

  // kills #279, #282
  it('lines that only start like a marker are content', () => {
    expectGivesUp(`${a}- -\n${b}`);
    expectGivesUp(`${a}--a\n${b}`);
  });

  // kills #292
  it('a marker with a comment after a line that does not end in ` x`', () => {
    const ab = configMap('', 'ab');
    expectScan(`${ab}--- # c\n${b}`, [
      { index: 0, text: ab, parse: false, identity: id('ConfigMap', 'ab') },
      { index: 1, text: b, parse: false, identity: id('ConfigMap', 'b') },
    ]);
  });

  // kills #340
  it('after a document that ends in a block scalar: spaces-only lines, and the next block scalar', () => {
    const block = configMap('data:\n  a: |\n    x\n');
    expectScan(`${block}---\n   \n${b}`, [
      { index: 0, text: block, parse: false, identity: id('ConfigMap', 'c') },
      { index: 1, text: `   \n${b}`, parse: false, identity: id('ConfigMap', 'b') },
    ]);
    expectGivesUp(`${a}---\n${b}x: |\n    t\n  y\n`);
  });

  // kills #504, #505
  it('a tab at the start of a block scalar text is left to the parser', () => {
    expectGivesUp(configMap('data:\n  a: |\n    \tx\n'));
  });

  // kills #520, #521, #526, #530, #532, #534
  it('quoted scalars over several lines: spaces-only lines, indentation, escapes', () => {
    for (const data of [
      'data:\n  a: "x\n \n    y"\n',
      "data:\n  a: 'one\n    two\n    three'\n",
      'data:\n  a: "one\n    two\n\n    three" # c\n',
    ]) {
      const text = configMap(data);
      expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
    }
    expectGivesUp(configMap('data:\n  a: "open\n  b\n    c"\n'));
    expectGivesUp(configMap('data:\n  a: "x\n    \\q\n    y"\n'));
  });

  // kills #566
  it('plain scalars over several lines end at a comment', () => {
    const on = configMap('data:\n  a: x\n    y\n    z\n');
    expectScan(on, [{ index: 0, text: on, parse: false, identity: id('ConfigMap', 'c') }]);
    expectGivesUp(configMap('data:\n  a: x\n    y # c\n    z\n'));
  });

  // kills #584, #608, #682
  it('a key named like nothing in particular is no duplicate', () => {
    const text = configMap(
      '"Stryker was here": 1\ndata:\n  "Stryker was here": 1\nlist:\n- "Stryker was here": 1\n',
    );
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
  });

  // kills #653, #655
  it('a sequence item on the lines after its dash is left to the parser', () => {
    expectGivesUp(configMap('list:\n  -\n    a: 1\n'));
    expectGivesUp(configMap('list:\n  -\n  - b\n'));
  });

  // kills #686
  it('leaves the value to the parser for a folded or escaped sequence item', () => {
    expectNotBuilt(workload('  args:\n  - >\n    folded\n  - x\n'));
    // An empty folded item: the parser reads '', not null.
    expectNotBuilt(workload('  args:\n  - >\n  - x\n'));
    // An escaped quoted item could be a key (`- "a\tb": x`): it is left to the parser.
    expectGivesUp(workload('  args:\n  - "a\\tb"\n'));
  });

  // kills #686, #930
  it('a quoted sequence item over several lines is left to the parser', () => {
    expectGivesUp(configMap('list:\n  - "abc\n    def"\n'));
  });

  it('a quoted key at the end of its line', () => {
    const text = configMap('data:\n  "k":\n    x: 1\n  \'l\':\n');
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
  });

  // kills #971, #974
  it('two words and no colon are no key', () => {
    expectGivesUp(configMap('data:\n  a  x\n'));
  });

  // kills #1049
  it('an unclosed flow mapping before a comment', () => {
    expectGivesUp(configMap('data:\n  a: {  # c\n'));
  });

  // kills #1104, #1106
  it('builds a plain scalar with # inside it', () => {
    const value = expectBuilt(workload('  a: a#b\n  b: a# b\n  c: a #b\n'));
    expect(value.spec).toEqual({ a: 'a#b', b: 'a# b', c: 'a' });
    const name = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a#b\n';
    expectScan(name, [{ index: 0, text: name, parse: false, identity: id('ConfigMap', 'a#b') }]);
  });

  // kills #1130
  it('a double-quoted scalar is closed by its quote, whatever follows', () => {
    expectGivesUp(configMap(`data:\n  a: "x"' "\n`));
  });

  // kills #1173, #1175
  it('escapes that only look like \\u', () => {
    for (const escape of ['\\qABCD', '\\qzABC', '\\uZZZZ', 'ab\\uG041'])
      expectGivesUp(configMap(`data:\n  a: "${escape}"\n`));
    const ok = configMap('data:\n  a: "xy\\u0041"\n');
    expectScan(ok, [{ index: 0, text: ok, parse: false, identity: id('ConfigMap', 'c') }]);
  });

  // kills #1226, #1227, #1229, #1236
  it('flow sequence items that only look like {} or []', () => {
    for (const flow of ['[a}, b]', '[{a]', '[[a]', '[a], b]'])
      expectGivesUp(configMap(`data:\n  a: ${flow}\n`));
  });
});

describe('a file that starts with an indented comment', () => {
  // A text whose first characters are spaces then `#`: offsets 0 and 1 of the text read as a comment, which
  // is where a scan that lost its place (an offset of -1 + 1, or 1) would land.
  const lead = '  # leading comment\n';

  // kills #528, #1021
  it('a bad escape in a quoted scalar is left to the parser', () => {
    expectGivesUp(`${lead}${configMap('data:\n  a: "\\q"\n')}`);
    expectGivesUp(`${lead}${configMap('data:\n  a: "x\n    \\q"\n')}`);
  });

  // kills #933, #990, #997
  it('keys it does not read are left to the parser', () => {
    expectGivesUp(`${lead}${configMap('data:\n  "a\\tb": 1\n')}`);
    expectGivesUp(`${lead}${configMap('data:\n  1: x\n')}`);
    expectGivesUp(`${lead}${configMap(`data:\n  ${'k'.repeat(1000)}: x\n`)}`);
  });

  it('is read like any other file', () => {
    const text = `${lead}${configMap('data:\n  a: "x"\n')}`;
    expectScan(text, [{ index: 0, text, parse: false, identity: id('ConfigMap', 'c') }]);
  });
});
