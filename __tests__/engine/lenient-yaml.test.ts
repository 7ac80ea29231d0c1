import { describe, expect, it } from 'vitest';
import { isScalar, parseAllDocuments, visit } from 'yaml';
import type { Document } from 'yaml';
import { parseDocumentsLeniently, roundsFor } from '../../src/engine/lenient-yaml.js';
import { regionOf } from '../../src/engine/locate.js';
import { parseManifestFile } from '../../src/engine/parse.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

const read = (text: string): Document.Parsed[] => parseDocumentsLeniently(text, 0, text.length, OPTIONS);
const errors = (documents: Document.Parsed[]): string[] =>
  documents.flatMap((d) => d.errors.map((e) => `${e.code}@${e.pos[0]}`));
/** Each scalar as the text its range covers in the original. */
const scalarSources = (text: string, document: Document.Parsed): string[] => {
  const out: string[] = [];
  visit(document, {
    Scalar(_, node) {
      if (node.range) out.push(text.slice(node.range[0], node.range[1]));
    },
  });
  return out;
};

describe('parseDocumentsLeniently: what go-yaml reads and the yaml package does not', () => {
  it.each([
    [
      'a single-quoted scalar wrapped at its key (controller-gen, kubectl get -o yaml)',
      lines(
        'status:',
        '  conditions:',
        '    - message: \'The schema has been applied. Apply response: {"Driver":"mysql"',
        '      TABLE `users` (\\n  `id` int NOT NULL,\\n) CHARSET utf8mb4',
        '      COLLATE utf8mb4_0900_ai_ci"]}}\'',
        '      reason: Applied',
      ),
      {
        status: {
          conditions: [
            {
              message:
                'The schema has been applied. Apply response: {"Driver":"mysql" TABLE `users` (\\n  `id` int NOT NULL,\\n) CHARSET utf8mb4 COLLATE utf8mb4_0900_ai_ci"]}}',
              reason: 'Applied',
            },
          ],
        },
      },
    ],
    [
      "a single-quoted scalar with an escaped quote ('') wrapped at its key",
      lines(
        'status:',
        "  message: '0/3 clusters are available: 3 cluster(s) didn''t match the placement",
        "  cluster affinity.'",
        '  ok: true',
      ),
      {
        status: {
          message: "0/3 clusters are available: 3 cluster(s) didn't match the placement cluster affinity.",
          ok: true,
        },
      },
    ],
    [
      'a double-quoted scalar continued at column 0, with escapes and an escaped line break',
      lines('a:', '  b: "one \\"two\\"', 'three\\', '  four"', '  c: d'),
      { a: { b: 'one "two" threefour', c: 'd' } },
    ],
    [
      'tabs and an empty line in the continuation lines',
      lines('a:', "  b: 'one", '\ttwo', '', '\t three'),
      // The scalar ends at the end of the text: a quote is needed.
      undefined,
    ],
    [
      'a flow sequence whose lines are not indented past the key',
      lines('spec:', '  args: [', '  "--port=8080",', '  "--verbose"', '  ]', '  image: nginx'),
      { spec: { args: ['--port=8080', '--verbose'], image: 'nginx' } },
    ],
    [
      'a JSON object pasted as a value, at column 0',
      lines('data:', '  config: {', '"a": 1,', '"b": [true,', 'null]', '}', '  other: x'),
      { data: { config: { a: 1, b: [true, null] }, other: 'x' } },
    ],
    [
      'a plain scalar over two lines in a flow sequence',
      lines('a:', '  b: [one', '  two, three]'),
      { a: { b: ['one two', 'three'] } },
    ],
    [
      'a quoted scalar inside a flow collection, both wrapped',
      lines('a:', '  b: [', '  "x', ' y", 2', '  ]'),
      { a: { b: ['x y', 2] } },
    ],
  ])('%s', (_name, text, expected) => {
    const documents = read(text);
    if (expected === undefined) {
      expect(errors(documents)).not.toEqual([]);
      return;
    }
    expect(errors(documents)).toEqual([]);
    expect(documents[0]?.toJS()).toEqual(expected);
    // The yaml package alone rejects it.
    expect(parseAllDocuments(text, OPTIONS)[0]?.errors.length).toBeGreaterThan(0);
  });

  it('a tab-indented continuation reads like the same text indented with spaces', () => {
    const text = lines('a:', "  b: 'one", '\ttwo', '', '\t three' + "'", '  c: 1');
    const documents = read(text);
    expect(errors(documents)).toEqual([]);
    expect(documents[0]?.toJS()).toEqual({ a: { b: 'one two\nthree', c: 1 } });
  });

  it('every node keeps its position in the original text', () => {
    const text = lines('a:', "  b: 'one", '  two' + "'", '  c: [', '  1,', '  x', '  ]', '  d: e');
    const [document] = read(text);
    expect(errors([document!])).toEqual([]);
    expect(scalarSources(text, document!)).toEqual(['a', 'b', "'one\n  two'", 'c', '1', 'x', 'd', 'e']);
    visit(document!, {
      Seq(_, node) {
        expect(text.slice(node.range![0], node.range![1])).toBe('[\n  1,\n  x\n  ]');
      },
    });
    expect(document!.range[0]).toBe(0);
  });

  it.each([
    ['an unclosed quote', lines('a:', "  b: 'one", '  two')],
    ['a document marker inside a quote', lines('a:', "  b: 'one", '---', "two'")],
    ['a plain scalar continued at its key (go-yaml ends it there too)', lines('a:', '  b: one', '  two')],
    ['an unclosed flow sequence', lines('a:', '  b: [1,', '  2')],
    ['a quoted key over two lines', lines('"one', 'two": 1')],
  ])('leaves what go-yaml rejects too an error: %s', (_name, text) => {
    expect(errors(read(text))).toEqual(errors(parseAllDocuments(text, OPTIONS) as Document.Parsed[]));
  });

  it('repairs one document, and leaves the broken one next to it broken', () => {
    const text = lines('a: [', '1]', '---', 'b: [', '---', "c: 'x", "y'");
    const documents = read(text);
    expect(documents.map((d) => d.errors.length > 0)).toEqual([false, true, false]);
    expect(documents[0]?.toJS()).toEqual({ a: [1] });
    expect(documents[2]?.toJS()).toEqual({ c: 'x y' });
    const c: unknown = documents[2]?.get('c', true);
    expect(isScalar(c) ? c.range?.slice(0, 2) : undefined).toEqual([
      text.indexOf("'x"),
      text.indexOf("y'") + 2,
    ]);
  });

  it('reads offsets inside a range of the text as offsets in the whole text', () => {
    const head = '{"a": 1}\n';
    const text = `${head}${lines('b:', "  c: 'x", "  y'")}`;
    const [document] = parseDocumentsLeniently(text, head.length, text.length, OPTIONS);
    expect(document?.errors).toEqual([]);
    expect(scalarSources(text, document!)).toEqual(['b', 'c', "'x\n  y'"]);
  });

  // VictoriaMetrics' operator vendors the Gateway API HTTPRoute CRD, whose CEL rules controller-gen wrapped at
  // the sequence's own indentation, one after the other: each re-parse uncovers about one more, so four rounds
  // left the document broken at the fourth.
  it('reads many wrapped validation rules in a row (a round per rule)', () => {
    const rules = Array.from({ length: 12 }, (_, i) => [
      `- message: filter.f${i} must be nil if the filter.type`,
      `    is not F${i}`,
      `  rule: '!(has(self.f${i}) && self.type !=`,
      `''F${i}'')'`,
    ]).flat();
    const text = lines('x-kubernetes-validations:', ...rules);
    const documents = read(text);
    expect(errors(documents)).toEqual([]);
    const value = documents[0]?.toJS() as Record<string, { message: string; rule: string }[]>;
    expect(value['x-kubernetes-validations']).toHaveLength(12);
    expect(value['x-kubernetes-validations']?.[11]).toEqual({
      message: 'filter.f11 must be nil if the filter.type is not F11',
      rule: "!(has(self.f11) && self.type != 'F11')",
    });
  });

  it('gives a range at least four rounds, more while the re-parsed text stays within 16 MB, at most 64', () => {
    expect(roundsFor(0)).toBe(64);
    expect(roundsFor(250_000)).toBe(64);
    expect(roundsFor(375_787)).toBe(42);
    expect(roundsFor(4_000_000)).toBe(4);
    expect(roundsFor(3_200_000)).toBe(5);
    expect(roundsFor(50_000_000)).toBe(4);
  });

  // A quadratic path would take many minutes on 20,000 broken quotes: the test's own time limit catches it
  // (times are measured by the benchmark, never asserted here).
  it('stays linear on many broken quotes', () => {
    const text = `a:\n${"  - 'x\n  y\n".repeat(20_000)}`;
    expect(read(text).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('parseManifestFile reads these objects like any other', () => {
  it('a CRD description wrapped at its key: object, positions, no syntax problem', () => {
    const text = lines(
      'apiVersion: work.karmada.io/v1alpha2',
      'kind: ClusterResourceBinding',
      'metadata:',
      '  name: test-service',
      'status:',
      '  conditions:',
      "    - message: '0/3 clusters are available: 3 cluster(s) didn''t match the placement",
      "      cluster affinity constraint.'",
      '      reason: BindingFailedScheduling',
    );
    const parsed = parseManifestFile('binding.yaml', text);
    expect(parsed.syntaxProblems).toEqual([]);
    const [object] = parsed.objects;
    expect(object?.name).toBe('test-service');
    const r = regionOf(object!, ['status', 'conditions', 0, 'reason']);
    expect(`${r.line}:${r.column}-${r.endLine}:${r.endColumn}`).toBe('9:15-9:38');
    const m = regionOf(object!, ['status', 'conditions', 0, 'message']);
    expect(`${m.line}:${m.column}-${m.endLine}:${m.endColumn}`).toBe('7:16-8:36');
  });
});
