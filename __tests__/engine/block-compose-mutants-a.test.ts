/**
 * Pins down behaviours of block-compose.ts that mutation testing found unchecked. The oracle is the `yaml`
 * parser: where the composer composes, its nodes and value must equal the parser's; where a text is outside
 * its subset, it must give up (undefined). Inputs the pre-scan (prescan.ts) never passes are marked so: the
 * function is exported and takes any text and any bounds.
 */
import { describe, expect, it } from 'vitest';
import { Schema, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import { composeBlockDocument } from '../../src/engine/block-compose.js';
import type { Composed } from '../../src/engine/block-compose.js';
import { prescanFile } from '../../src/engine/prescan.js';
import { parseDocumentsInRange } from '../../src/engine/yaml-limits.js';
import { setKey } from '../../src/engine/yaml-plain.js';
import { documentDifference } from '../helpers/nodes.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;
const lines = (...l: string[]): string => l.join('\n');
const compose = (text: string, from = 0, to = text.length): Composed | undefined =>
  composeBlockDocument(text, from, to, OPTIONS);
const parse = (text: string, from = 0, to = text.length): Document.Parsed => {
  const parsed = parseDocumentsInRange(text, from, to, OPTIONS);
  expect(parsed).toHaveLength(1);
  return parsed[0]!;
};

/** The document in text[from, to) composes, node for node as the parser composes it. */
function composedAsParsed(text: string, from = 0, to = text.length): Composed {
  const fast = compose(text, from, to);
  expect(fast, 'the composer composes it').toBeDefined();
  expect(documentDifference(fast!.document, parse(text, from, to), fast!.value)).toBeUndefined();
  return fast!;
}

/** The pre-scan reads `text` as one document, and the composer composes it as the parser does. */
function prescannedComposedAsParsed(text: string): Composed {
  const documents = prescanFile(text);
  expect(documents, 'the pre-scan reads the text').toHaveLength(1);
  return composedAsParsed(text, documents![0]!.start, documents![0]!.end);
}

describe('block-compose: plain keys and flow items', () => {
  it.each([
    ['zone', 'a key with a z', '#42'],
    ['Alpha', 'a key starting with A', '#47'],
    ['Zulu', 'a key starting with Z', '#50'],
    ['v0', 'a key with a 0', '#55'],
    ['v9', 'a key with a 9', '#58'],
    ['a.b', 'a key with a dot', '#62'],
    ['a/b', 'a key with a slash', '#64'],
    ['a-b', 'a key with a dash', '#66'],
  ])('composes the plain key %s (%s)', (key) => {
    // kills #42, #47, #50, #55, #58, #62, #64, #66 (one row each, as named in the table)
    const fast = prescannedComposedAsParsed(`${key}: 1\n`);
    expect(fast.value).toEqual({ [key]: 1 });
  });

  it('composes plain flow-sequence items that start with `-`', () => {
    // kills #736, #737
    const fast = prescannedComposedAsParsed(lines('a: [-1, -x, 2]', ''));
    expect(fast.value).toEqual({ a: [-1, '-x', 2] });
  });

  it.each([
    ['a lone `-`', lines('a: [-]', '')],
    ['a lone `-` before another item', lines('a: [-, b]', '')],
  ])('leaves a flow sequence with %s to the parser', (_, text) => {
    // kills #738. The pre-scan rejects these (the parser reports errors): only reachable so.
    expect(compose(text)).toBeUndefined();
  });
});

describe('block-compose: scalars, values and the document', () => {
  it('gives scalars the own properties the parser gives them (a format only where the tag has one)', () => {
    // kills #107
    const text = lines(
      'a: 1',
      'b: 0x1F',
      'c: true',
      'd: ~',
      'e: x',
      'f: 1.5',
      'g: 1e3',
      'h: "q"',
      'i: [1, y]',
      'j: |',
      '  t',
      '',
    );
    const fast = prescannedComposedAsParsed(text);
    const keysOf = (root: Node | Document): string[][] => {
      const all: string[][] = [];
      visit(root, { Scalar: (_, node) => void all.push(Object.keys(node).sort()) });
      return all;
    };
    const composedKeys = keysOf(fast.contents);
    expect(composedKeys).toEqual(keysOf(parse(text)));
    expect(composedKeys).toContainEqual(['range', 'source', 'type', 'value']);
  });

  it('sets an ordinary key by assignment, as toJS does (an inherited setter runs)', () => {
    // kills #112 (in setKey, since moved to yaml-plain.ts). Only an object with an inherited accessor tells
    // assignment from defineProperty apart: the composers pass plain objects, whose one inherited accessor is
    // `__proto__`, so this is reachable only by calling the exported setKey so.
    const seen: unknown[] = [];
    const into = Object.create({
      set spec(value: unknown) {
        seen.push(value);
      },
    }) as Record<string, unknown>;
    setKey(into, 'spec', 1);
    expect(seen).toEqual([1]);
    expect(Object.keys(into)).toEqual([]);
  });

  it('makes a `__proto__` key a writable, configurable own property, as toJS does', () => {
    // kills #117, #119 (in setKey, since moved to yaml-plain.ts)
    const text = lines('metadata:', '  __proto__: x', '');
    const fast = prescannedComposedAsParsed(text);
    const expected = { value: 'x', writable: true, enumerable: true, configurable: true };
    const parsedMetadata = (parse(text).toJS() as { metadata: object }).metadata;
    expect(Object.getOwnPropertyDescriptor(parsedMetadata, '__proto__')).toEqual(expected);
    const metadata = (fast.value as { metadata: object }).metadata;
    expect(Object.getOwnPropertyDescriptor(metadata, '__proto__')).toEqual(expected);
  });

  it('gives every node a schema, one per set of options, as the parser gives one per document', () => {
    // kills #120, #121, #122, #123, #133
    const options = { ...OPTIONS };
    const firstText = lines('a:', '  b: [x]', '');
    const secondText = lines('c:', '- d', '');
    const first = composeBlockDocument(firstText, 0, firstText.length, options);
    const second = composeBlockDocument(secondText, 0, secondText.length, options);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    const schema = first!.contents.schema;
    expect(schema).toBeInstanceOf(Schema);
    expect(schema?.name).toBe(parse(lines('a: 1', '')).schema.name);
    const nested = first!.contents.items[0]!.value as Node & { schema?: Schema };
    expect(nested.schema).toBe(schema);
    expect(second!.contents.schema).toBe(schema);
  });

  it('lets errors other than "outside the subset" through, such as bad options', () => {
    // kills #126, #127
    const text = lines('a: 1', '');
    expect(() =>
      composeBlockDocument(text, 0, text.length, { ...OPTIONS, schema: 'no-such-schema' }),
    ).toThrow(/no-such-schema/);
  });

  it('gives up on a range with no content line (only comments), without failing', () => {
    // kills #171. The pre-scan gives no such document (a file of comments has none): only reachable so.
    expect(compose(lines('# only a comment', '  # and another', ''))).toBeUndefined();
  });

  it('makes the document once, when first asked for', () => {
    // kills #177
    const fast = prescannedComposedAsParsed(lines('a: 1', ''));
    expect(fast.document).toBe(fast.document);
  });
});

describe('block-compose: lines and the bounds of the document', () => {
  it('composes a document whose first lines are indented comments', () => {
    // kills #130
    const fast = prescannedComposedAsParsed(lines('   # three spaces in', '  # two', 'a: 1', ''));
    expect(fast.value).toEqual({ a: 1 });
  });

  it('reads only its own range for tabs: a tab after the document does not matter', () => {
    // kills #142, #145 (a tab in a later document), #143 (a tab right at the end of the range). The
    // pre-scan rejects a file with a tab: only reachable so.
    const later = lines('a: 1', '---', 'b: "x\ty"', '');
    expect(composedAsParsed(later, 0, 5).value).toEqual({ a: 1 });
    const atEnd = lines('a: 1', '\tb');
    expect(composedAsParsed(atEnd, 0, 5).value).toEqual({ a: 1 });
  });

  it('ends its last line at the end of the range, even in the middle of a line', () => {
    // kills #157. The pre-scan's documents end at a line end: only reachable so.
    const text = lines('a: 1', 'b: 22', '');
    expect(composedAsParsed(text, 0, 9).value).toEqual({ a: 1, b: 2 });
  });

  it('reads a last line of spaces cut by the end of the range as blank', () => {
    // kills #192, #193. The pre-scan's documents end at a line end: only reachable so.
    const text = lines('a: 1', '    x: 2', '');
    expect(composedAsParsed(text, 0, 7).value).toEqual({ a: 1 });
  });

  it('gives up on a dash cut by the end of the range from the spaces and item after it', () => {
    // kills #367, #368. The pre-scan's documents end at a line end: only reachable so.
    expect(compose(lines('a:', '-  x', ''), 0, 4)).toBeUndefined();
  });

  it('gives up on a key whose spaces after the colon the end of the range cuts from its value', () => {
    // kills #439, #440. The pre-scan's documents end at a line end: only reachable so.
    expect(compose(lines('a:  b', ''), 0, 3)).toBeUndefined();
  });
});

describe('block-compose: what it leaves to the parser', () => {
  it('leaves a comment deeper than a root scalar before it to the parser', () => {
    // kills #210, #213
    const text = lines('a: 1', '  # deeper', 'b: 2', '');
    expect(prescanFile(text)).toHaveLength(1);
    expect(compose(text)).toBeUndefined();
  });

  it('leaves a nested line starting with `-` but no space (a scalar, not an item) to the parser', () => {
    // kills #235, #238. The pre-scan rejects this: only reachable so.
    expect(compose(lines('a:', '  -1', ''))).toBeUndefined();
  });

  it.each([
    ['a mapping', lines('  a: 1', '')],
    ['a mapping with a nested sequence', lines('  a:', '  - x', '')],
  ])('leaves an indented root %s to the parser', (_, text) => {
    // kills #248, #249, #250 (the document's range would start at the key). The pre-scan rejects an
    // indented root: only reachable so.
    expect(compose(text)).toBeUndefined();
  });

  it('leaves a key less indented than the mapping before it, but not at its parent, to the parser', () => {
    // kills #257. The pre-scan rejects this: only reachable so.
    expect(compose(lines('a:', '  b: 1', ' c: 2', ''))).toBeUndefined();
  });

  it('leaves a sequence item after a root mapping entry to the parser', () => {
    // kills #359. The pre-scan rejects this (the parser reports errors): only reachable so.
    expect(compose(lines('a: 1', '- x', ''))).toBeUndefined();
  });

  it('leaves an empty sequence item to the parser', () => {
    // kills #374. The pre-scan rejects this: only reachable so.
    expect(compose(lines('a:', '-', '- x', ''))).toBeUndefined();
  });

  it('leaves a quoted key that is not of the subset to the parser', () => {
    // kills #405. The comment's `{} #` is what the broken key would read as its value. The pre-scan rejects
    // the `''` in the key: only reachable so.
    expect(compose(lines('#{} #', 'a:', "  'b''c': 1", ''))).toBeUndefined();
  });
});

describe('block-compose: what it composes', () => {
  it('composes a quoted key starting with a space', () => {
    // kills #232, #233
    const fast = prescannedComposedAsParsed(lines('" a": 1', ''));
    expect(fast.value).toEqual({ ' a': 1 });
  });

  it('composes a key with no value in a compact mapping, before the next item of its sequence', () => {
    // kills #283
    const fast = prescannedComposedAsParsed(lines('a:', '  - b:', '  - c', ''));
    expect(fast.value).toEqual({ a: [{ b: null }, 'c'] });
  });

  it('composes a sequence item that is a negative number', () => {
    // kills #385, #388, #391, #392
    const fast = prescannedComposedAsParsed(lines('a:', '- -1', '- -x', ''));
    expect(fast.value).toEqual({ a: [-1, '-x'] });
  });

  it('composes a key followed by a comment, with its value on the next lines', () => {
    // kills #450
    const fast = prescannedComposedAsParsed(lines('a: # comment', '  b: 1', ''));
    expect(fast.value).toEqual({ a: { b: 1 } });
  });
});
