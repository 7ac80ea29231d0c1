/**
 * Mutation tests for the second half of src/engine/block-compose.ts (keys, inline values, plain scalars,
 * flow sequences, block scalars): each test pins what the composer does on an input where a mutant of it
 * would do otherwise. The oracle is the `yaml` parser (documentDifference), as in block-compose.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { composeBlockDocument } from '../../src/engine/block-compose.js';
import type { Composed } from '../../src/engine/block-compose.js';
import { prescanFile } from '../../src/engine/prescan.js';
import { parseDocumentsInRange } from '../../src/engine/yaml-limits.js';
import { documentDifference } from '../helpers/nodes.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

/** Composes text[from, to): it must compose, node for node and value as the parser does. */
function composesLikeParser(text: string, from = 0, to = text.length): Composed {
  const fast = composeBlockDocument(text, from, to, OPTIONS);
  expect(fast, 'the composer composes the document').toBeDefined();
  const parsed = parseDocumentsInRange(text, from, to, OPTIONS);
  expect(parsed).toHaveLength(1);
  expect(documentDifference(fast!.document, parsed[0]!, fast!.value)).toBeUndefined();
  return fast!;
}

/** The pre-scan reads `text` as one document, and the composer composes it as the parser does. */
function composesFromPrescan(text: string): Composed {
  expect(
    prescanFile(text)?.map((doc) => [doc.start, doc.end]),
    'the pre-scan reads one document',
  ).toEqual([[0, text.length]]);
  return composesLikeParser(text);
}

const leaves = (text: string, from = 0, to = text.length): Composed | undefined =>
  composeBlockDocument(text, from, to, OPTIONS);

describe('block-compose: quoted keys', () => {
  it('leaves a quoted key closed on a later line to the parser', () => {
    // kills #474, #475, #479. A quoted key over two lines is the parser's error (MULTILINE_IMPLICIT_KEY), and
    // the pre-scan rejects such text: the second line here is a comment the composer would skip.
    const text = lines('"a', '#": 1');
    expect(leaves(text)).toBeUndefined();
    expect(parseDocumentsInRange(text, 0, text.length, OPTIONS)[0]?.errors).not.toHaveLength(0);
  });

  it('reads no closing quote at `to` when the document ends inside a line', () => {
    // kills #480. The pre-scan's documents end at a line end; here `to` cuts `"b": 2` after `"b`, and the
    // quote at `to` is not the document's: `"b` is never closed (the parser reports it).
    const text = lines('a: 1', '"b": 2');
    expect(leaves(text, 0, 7)).toBeUndefined();
    expect(parseDocumentsInRange(text, 0, 7, OPTIONS)[0]?.errors).not.toHaveLength(0);
  });

  it('leaves a double-quoted key with a backslash to the parser, even at the very start of the text', () => {
    // kills #483, #485, #486, #487: the key `"a\\"` is `a\` for the parser (an escape), not `a\\`.
    // The pre-scan rejects escapes; the key is at offset 0 so that a slice before it would read nothing.
    expect(leaves(lines('"a\\\\": 1'))).toBeUndefined();
  });

  it('composes a double-quoted key when a backslash is elsewhere in the text', () => {
    // kills #482: only the key's own text is looked at for an escape.
    composesFromPrescan(lines('"a": 1', "b: 'x\\y'", 'c: x\\y'));
  });

  it('composes a single-quoted key with a backslash: no escape in single quotes', () => {
    // kills #489, #490
    const fast = composesFromPrescan(lines("'a\\b': 1", 'c: 2'));
    expect(fast.value).toEqual({ 'a\\b': 1, c: 2 });
  });

  it.each([
    ['double-quoted', lines('"": 1'), { '': 1 }],
    ['single-quoted', lines("'': 1"), { '': 1 }],
    ['in a sequence item', lines('x:', "- '': 1", '  "b": 2'), { x: [{ '': 1, b: 2 }] }],
  ])('composes an empty quoted key: %s', (_, text, value) => {
    // kills #494
    expect(composesFromPrescan(text).value).toEqual(value);
  });
});

describe('block-compose: plain keys', () => {
  it.each([
    ['`.`', lines('.a: 1')],
    ['`-`', lines('-a: 1')],
    ['`/`', lines('/a: 1')],
    ['an anchor', lines('&a: 1')],
    ['a reserved indicator', lines('@a: 1')],
  ])('leaves a key starting with %s to the parser', (_, text) => {
    // kills #498, #499, #500, #501, #502, #503, #505 (`.`), #507 (`-`), #509 (`/`).
    // The pre-scan rejects these keys; `&a:` is an anchor for the parser, `@` an error.
    expect(leaves(text)).toBeUndefined();
  });

  it('reads no key characters past `to` when the document ends inside a line', () => {
    // kills #514, #515, #521. The pre-scan's documents end at a line end; here `to` cuts the last line after
    // `b`, which is a plain scalar without `:` (the parser reports it), not the key `bc` or `b`.
    const text = lines('a: 1', 'bc: 2');
    expect(leaves(text, 0, 6)).toBeUndefined();
    expect(parseDocumentsInRange(text, 0, 6, OPTIONS)[0]?.errors).not.toHaveLength(0);
    const colon = lines('a: 1', 'b: 2');
    expect(leaves(colon, 0, 6)).toBeUndefined();
    expect(parseDocumentsInRange(colon, 0, 6, OPTIONS)[0]?.errors).not.toHaveLength(0);
  });

  it('reads a sequence item whose first word ends in no `:` as a plain scalar, not a mapping', () => {
    // kills #520, #523
    const fast = composesFromPrescan(lines('x:', '- a$ x'));
    expect(fast.value).toEqual({ x: ['a$ x'] });
  });

  it('reads `a:b` in a sequence item as a plain scalar: no space after the colon', () => {
    // kills #526
    const fast = composesFromPrescan(lines('x:', '- a:b'));
    expect(fast.value).toEqual({ x: ['a:b'] });
  });

  it('composes a key of 1000 characters, and leaves a longer one to the parser', () => {
    // kills #536, #537. The pre-scan rejects keys over 1000 characters too; over 1024 the parser reports an error.
    const key1000 = 'k'.repeat(1000);
    expect(composesLikeParser(lines(`${key1000}: 1`)).value).toEqual({ [key1000]: 1 });
    const key1100 = 'k'.repeat(1100);
    expect(leaves(lines(`${key1100}: 1`))).toBeUndefined();
    expect(parseDocumentsInRange(lines(`${key1100}: 1`), 0, 1105, OPTIONS)[0]?.errors).not.toHaveLength(0);
  });

  it('measures a key by its own length, not by its offset in the text', () => {
    // kills #539: the key `b` starts past offset 1000
    const fast = composesFromPrescan(lines(`a: ${'x'.repeat(1200)}`, 'b: 1'));
    expect(fast.value).toEqual({ a: 'x'.repeat(1200), b: 1 });
  });
});

describe('block-compose: inline values', () => {
  it('leaves a double-quoted value never closed to the parser, whatever the text before it', () => {
    // kills #554, #555, #556, #557, #558. Unterminated: the parser reports it, the pre-scan rejects it. The
    // comment line before makes the text from offset 0 read as spaces then a comment, so a mutant that took
    // the missing quote's index -1 as the value's end would compose the document.
    expect(leaves(lines(' #c', 'a: "x'))).toBeUndefined();
  });

  it('composes empty quoted values', () => {
    // kills #566
    const fast = composesFromPrescan(lines("a: ''", 'b: ""'));
    expect(fast.value).toEqual({ a: '', b: '' });
  });

  it('composes a single-quoted value with a backslash', () => {
    // kills #572
    const fast = composesFromPrescan(lines("a: 'x\\y'"));
    expect(fast.value).toEqual({ a: 'x\\y' });
  });

  it('leaves a flow mapping with text after its `{` to the parser', () => {
    // kills #589: `{x` never closed (the parser reports it; the pre-scan rejects it)
    expect(leaves(lines('a: {x'))).toBeUndefined();
  });

  it.each([
    ['a sequence indicator then a value', lines('a: - x')],
    ['a sequence indicator alone', lines('a: -')],
  ])('leaves %s after a key to the parser', (_, text) => {
    // kills #599, #612 (`- x`), #609, #611 (`-`): the parser reports a block sequence on the key's line;
    // the pre-scan rejects it.
    expect(leaves(text)).toBeUndefined();
    expect(parseDocumentsInRange(text, 0, text.length, OPTIONS)[0]?.errors).not.toHaveLength(0);
  });

  it.each([
    ['text after a quoted value', lines('a: "x" y')],
    ['a comment right after a quoted value, with no space', lines('a: "x"#c')],
  ])('leaves %s to the parser', (_, text) => {
    // kills #619, #655, #659, #662, #668, #672 (`"x" y`), #669, #670 (`"x"#c`): both are the parser's errors;
    // the pre-scan rejects them.
    expect(leaves(text)).toBeUndefined();
    expect(parseDocumentsInRange(text, 0, text.length, OPTIONS)[0]?.errors).not.toHaveLength(0);
  });

  it('composes a quoted value that ends the document inside a line, reading nothing past `to`', () => {
    // kills #656, #657. The pre-scan's documents end at a line end; here `to` cuts `a: "x" y` after `"x"`.
    expect(composesLikeParser(lines('a: "x" y'), 0, 6).value).toEqual({ a: 'x' });
  });
});

describe('block-compose: plain scalars', () => {
  it('composes a plain value that ends the document inside a line, reading nothing past `to`', () => {
    // kills #623. The pre-scan's documents end at a line end; here `to` cuts `a: b: c` after `b`, so the
    // `: ` after it is not the document's.
    expect(composesLikeParser(lines('a: b: c'), 0, 4).value).toEqual({ a: 'b' });
  });

  it('leaves a sequence item that is a mapping with a spaced key to the parser', () => {
    // kills #628, #630, #632, #633, #637, #639: `a b: c` is the mapping {"a b": "c"}, not a plain scalar.
    // The pre-scan rejects keys with spaces.
    const text = lines('x:', '- a b: c');
    expect(leaves(text)).toBeUndefined();
    expect(parseDocumentsInRange(text, 0, text.length, OPTIONS)[0]?.toJS()).toEqual({ x: [{ 'a b': 'c' }] });
  });

  it('leaves a sequence item that is a spaced key with no value to the parser', () => {
    // kills #634, #636: `a b:` is the mapping {"a b": null}
    const text = lines('x:', '- a b:');
    expect(leaves(text)).toBeUndefined();
    expect(parseDocumentsInRange(text, 0, text.length, OPTIONS)[0]?.toJS()).toEqual({ x: [{ 'a b': null }] });
  });

  it('ends a plain scalar at a `#` after a space, not at one before a space', () => {
    // kills #647
    const fast = composesFromPrescan(lines('a: x# y', 'b: x #y'));
    expect(fast.value).toEqual({ a: 'x# y', b: 'x' });
  });
});

describe('block-compose: flow sequences', () => {
  it('leaves a quoted item never closed to the parser, whatever the text before `from`', () => {
    // kills #694, #695, #696, #697, #698. Only reachable with text before `from` that is no document of the
    // pre-scan: from offset 0 it reads `]` then spaces and a comment, so a mutant that took the missing
    // quote's index -1 as the item's end would close the sequence there and compose the document.
    const text = lines(']  #', "a: ['y");
    expect(leaves(text, 5)).toBeUndefined();
  });

  it('composes empty quoted items', () => {
    // kills #706
    const fast = composesFromPrescan(lines('a: [\'\', ""]'));
    expect(fast.value).toEqual({ a: ['', ''] });
  });

  it('composes a single-quoted item with a backslash', () => {
    // kills #712
    const fast = composesFromPrescan(lines("a: ['x\\y']"));
    expect(fast.value).toEqual({ a: ['x\\y'] });
  });

  it.each([
    ['an empty item', lines('a: [, x]')],
    ['a lone `-` item', lines('a: [x, -]')],
    ['items not separated by `, `', lines('a: [x; y]')],
    ['a comma without a space after it', lines('a: [x,yz]')],
  ])('leaves a flow sequence with %s to the parser', (_, text) => {
    // kills #728, #729, #730 (`[, x]`), #732 (`-`), #745, #746, #747 (`[x; y]`), #746, #749 (`[x,yz]`)
    expect(leaves(text)).toBeUndefined();
  });
});

describe('block-compose: block scalars', () => {
  it.each([
    ['an indentation indicator', lines('a: |2', '   x')],
    ['text after `|`', lines('a: |x', '  y')],
  ])('leaves a block scalar header with %s to the parser', (_, text) => {
    // kills #773 (the parser reads `|2` as the value ` x`; the pre-scan rejects these headers)
    expect(leaves(text)).toBeUndefined();
  });
});
