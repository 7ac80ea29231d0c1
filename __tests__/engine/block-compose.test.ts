import { describe, expect, it } from 'vitest';
import { composeBlockDocument } from '../../src/engine/block-compose.js';
import { prescanFile } from '../../src/engine/prescan.js';
import { parseDocumentsInRange } from '../../src/engine/yaml-limits.js';
import { documentDifference } from '../helpers/nodes.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;
const lines = (...l: string[]): string => l.join('\n');

/** Composes every document the pre-scan reads in `text`; each must equal the parser's, node for node. */
function composeAll(text: string): { composed: number; left: number } {
  const documents = prescanFile(text);
  expect(documents, 'the pre-scan reads the text').toBeDefined();
  let composed = 0;
  let left = 0;
  for (const doc of documents ?? []) {
    const fast = composeBlockDocument(text, doc.start, doc.end, OPTIONS);
    if (!fast) {
      left++;
      continue;
    }
    composed++;
    const parsed = parseDocumentsInRange(text, doc.start, doc.end, OPTIONS);
    expect(parsed).toHaveLength(1);
    expect(documentDifference(fast.document, parsed[0]!, fast.value)).toBeUndefined();
  }
  return { composed, left };
}

describe("block-compose: the parser's nodes, without the parser", () => {
  it.each([
    [
      'a Service as kubectl prints it',
      lines(
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: web',
        '  namespace: shop',
        'spec:',
        '  ports:',
        '  - name: http',
        '    port: 80',
        '    targetPort: 8080',
        '    protocol: TCP',
        '  selector:',
        '    app: web',
        '',
      ),
    ],
    [
      'sequences indented under their key',
      lines(
        'kind: Endpoints',
        'subsets:',
        '  - addresses:',
        '      - ip: 10.0.0.1',
        '      - ip: 10.0.0.2',
        '    ports:',
        '      - port: 2379',
        '',
      ),
    ],
    [
      'scalars of every core type',
      lines(
        'a: 1',
        'b: -2',
        'c: 0x1F',
        'd: 0o17',
        'e: 1.50',
        'f: 1e3',
        'g: .inf',
        'h: -.Inf',
        'i: .nan',
        'j: true',
        'k: False',
        'l: null',
        'm: ~',
        'n: NULL',
        'o: 08',
        'p: +1',
        'q: 1_000',
        'r: v1.2',
        's: 10.0.0.1',
        't: "80"',
        "u: '80'",
        'v: a b  # comment',
        'w: x#y',
        'x: a:b',
        'y: -1.5e-3',
        '',
      ),
    ],
    ['quoted keys and values without escapes', lines('"a b": 1', '\'c:d\': "e: f"', "g: 'it'", '')],
    [
      'flow sequences on one line, empty collections',
      lines('a: [x, "y", \'z\', 1, true]  # c', 'b: []', 'c: {}', 'd:', '- []', '- {}', ''),
    ],
    [
      'literal block scalars, each chomping, blank lines inside and around',
      lines(
        'a: |',
        '  one',
        '',
        '    two',
        'b: |-',
        '  x',
        '',
        '',
        'c: |+',
        '  k',
        '',
        '',
        'd: |',
        '',
        '  after a blank line',
        'e: 1',
        '',
      ),
    ],
    [
      'a block scalar at the end of the document, and of the text without a line break',
      lines('a: 1', 'b: |', '  text', '  more'),
    ],
    ['null values in the middle and at the end', lines('a:', 'b: 1', 'c:', '  d:', 'e:', '')],
    // The document ends after the blank line, not after the null: the null is not the last thing in it.
    [
      'a null before the last entry, then a blank line',
      lines('kind: Service', 'metadata:', '  annotations:', '  name: web', '', ''),
    ],
    ['a null before the last entry, then a comment', lines('a:', 'b: 1', '# c', '')],
    [
      'comments between entries, above nested blocks, at the end of the document',
      lines('# head', 'a: 1   # after', '# between', 'b:', '  # above', '  c: 2', '# at the end', '', ''),
    ],
    ['trailing blank lines, and no final line break', lines('a: 1', '', '', '')],
    ['no final line break', 'a: 1\nb: x'],
    [
      'a `__proto__` key becomes an own property',
      lines('metadata:', '  __proto__: x', '  labels:', '    __proto__: y', ''),
    ],
    [
      'compact mappings in a sequence, several levels deep',
      lines('a:', '- b: 1', '  c:', '  - d: 2', '    e: [1, 2]', '  - 3', 'f: 4', ''),
    ],
    [
      'a kubectl List',
      lines(
        'apiVersion: v1',
        'kind: List',
        'items:',
        '- apiVersion: v1',
        '  kind: Service',
        '  metadata:',
        '    name: a',
        '- apiVersion: v1',
        '  kind: Endpoints',
        '  metadata:',
        '    name: a',
        '',
      ),
    ],
    ['documents after `---` lines', lines('a: 1', '---', 'b: 2', '--- # c', 'c:', '  d: 3', '')],
  ])('%s', (_, text) => {
    const { composed, left } = composeAll(text);
    expect(left, 'every document composed').toBe(0);
    expect(composed).toBeGreaterThan(0);
  });

  it.each([
    ['a folded block scalar', lines('a: >', '  folded', '  text', '')],
    ['a plain scalar over two lines', lines('a: one', '  two', '')],
    ['a double-quoted scalar with an escape', lines('a: "x\\ty"', '')],
    ["a single-quoted scalar with ''", lines("a: 'it''s'", '')],
    ['a quoted key with an escape', lines('"a\\"b": 1', '')],
    ['a null whose range the parser stretches over the comments after it', lines('a:', '# - x', 'b: 1', '')],
    ['a scalar followed by a deeper comment', lines('a:', '  b: 1', '    # deeper', 'c: 2', '')],
    ['a comment after the last entry of a nested mapping', lines('a:', '  b: 1', '  # end of a', 'c: 2', '')],
    ['a comment after the last item of a nested sequence', lines('a:', '- 1', '- 2', '  # more', 'b: 3', '')],
    ['a comment after a key with no value', lines('a: # nothing', 'b: 1', '')],
    ['a null at the end followed by blank lines', lines('a: 1', 'b:', '', '')],
    ['an anchor and an alias', lines('a: &x 1', 'b: *x', '')],
    ['a tag', lines('a: !!str 1', '')],
    ['a non-empty flow mapping', lines('a: {b: 1}', '')],
    ['a flow sequence with spaces inside its brackets', lines('a: [ x ]', '')],
    ['a flow sequence spaced before a comma', lines('a: [x , y]', '')],
    ['an empty sequence item', lines('a:', '-', '  b: 1', '')],
    ['a sequence in a sequence item', lines('a:', '- - 1', '')],
    ['a spaces-only line in a block scalar', lines('a: |', '  x', '  ', '  y', '')],
    ['a block scalar with no text', lines('a: |', 'b: 1', '')],
    ['a block scalar less indented after its first line', lines('a: |', '    x', '  y', '')],
    ['a key that is not a string', lines('a:', '  80: http', '')],
    ['a tab', lines('a:', '  b: "x\ty"', '')],
    ['a sequence at the root', lines('- a', '- b', '')],
  ])('leaves %s to the parser', (_, text) => {
    expect(composeBlockDocument(text, 0, text.length, OPTIONS)).toBeUndefined();
  });

  it("gives up on a duplicate key, the parser's error", () => {
    const text = lines('a: 1', 'a: 2', '');
    expect(composeBlockDocument(text, 0, text.length, OPTIONS)).toBeUndefined();
    expect(parseDocumentsInRange(text, 0, text.length, OPTIONS)[0]?.errors).not.toHaveLength(0);
  });

  it('offsets are those of the whole file, for a document after others', () => {
    const text = lines('a: 1', '---', 'kind: Service', 'metadata:', '  name: web', '');
    const doc = prescanFile(text)?.[1];
    expect(doc).toBeDefined();
    const fast = composeBlockDocument(text, doc!.start, doc!.end, OPTIONS);
    expect(fast?.value).toEqual({ kind: 'Service', metadata: { name: 'web' } });
    // `web` starts at line 5, column 9: offset 9 + 14 + 10 + 8 = the 2nd document's start plus 33.
    const name = fast?.document.getIn(['metadata', 'name'], true) as { range: number[] };
    expect(text.slice(name.range[0], name.range[1])).toBe('web');
    expect(name.range[0]).toBe(text.indexOf('web'));
  });
});
