import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composedValues, composeJsonDocument } from '../../src/engine/json-compose.js';
import { readJsonStream } from '../../src/engine/json-stream.js';
import { MAX_NESTING_DEPTH, parseDocumentsInRange } from '../../src/engine/yaml-limits.js';
import { documentDifference } from '../helpers/nodes.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/** Composes every value of the JSON stream; each must equal the parser's, node for node. Returns how many. */
function composeStream(text: string): number {
  const stream = readJsonStream(text);
  expect(stream?.error).toBeUndefined();
  let composed = 0;
  for (const [start, end] of stream?.values ?? []) {
    const fast = composeJsonDocument(text, start, end, OPTIONS);
    if (!fast) continue;
    composed++;
    const parsed = parseDocumentsInRange(text, start, end, OPTIONS);
    expect(parsed).toHaveLength(1);
    expect(documentDifference(fast, parsed[0]!, composedValues.get(fast))).toBeUndefined();
  }
  return composed;
}

const OBJECT = {
  apiVersion: 'v1',
  kind: 'List',
  items: [
    {
      kind: 'Service',
      metadata: { name: 'web', labels: {} },
      spec: { ports: [{ port: 80, name: '' }], selector: null },
    },
    { kind: 'Endpoints', subsets: [], flags: [true, false, null], numbers: [0, -0, 1.5, -2e-3, 2 ** 70] },
  ],
};

describe("json-compose: the parser's nodes for JSON, without the parser", () => {
  it.each([
    ['one line, as `jq -c` prints it', JSON.stringify(OBJECT)],
    ['indented by two, as kubectl prints it', JSON.stringify(OBJECT, null, 2) + '\n'],
    ['indented by four', JSON.stringify(OBJECT, null, 4)],
    ['values back to back and one per line', `${JSON.stringify(OBJECT)}{"a":1}\n{"b": [1, 2]}\n`],
    [
      'spaces and line breaks before commas and brackets',
      '{"a": "x"  ,\n "b": "y"\n\n  , "c": {}\n\n  ,"d":[{}\n\n  ,[]  \n ], "e": 1 \n\n }',
    ],
    [
      'escapes',
      String.raw`{"a": "tab\tline\nquote\"slash\/back\\", "b": "\u00e9\ud83d\ude00", "c": "\u0000"}`,
    ],
    [
      'numbers in every JSON spelling',
      '{"a": [0, -0, 1, -1, 1.0, 1.50, 1e5, 1E+5, -1.5e-3, 0.1, 12345678901234567890]}',
    ],
    [
      'keys YAML would read as other types, and an empty key',
      '{"1": 1, "true": 2, "null": 3, "": 4, "__proto__": 5}',
    ],
  ])('%s', (_, text) => {
    expect(composeStream(text)).toBeGreaterThan(0);
  });

  it.each([
    ["a duplicate key (the parser's error)", '{"a": 1, "a": 2}'],
    ['space before a colon', '{"a" : 1}'],
    ['a tab', '{\t"a": 1}'],
    ['a carriage return', '{"a":\r\n 1}'],
    ['a key over 1000 characters', `{"${'k'.repeat(1001)}": 1}`],
    [
      "nesting past the parser's limit",
      `{"a": ${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}}`,
    ],
  ])('leaves %s to the parser', (_, text) => {
    expect(composeJsonDocument(text, 0, text.trimEnd().length, OPTIONS)).toBeUndefined();
  });

  it('generated JSON values, printed compact and indented', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })),
        fc.constantFrom(0, 1, 2, 4),
        (value, indent) => {
          composeStream(JSON.stringify(value, null, indent));
        },
      ),
      { numRuns: 300 },
    );
  });
});
