import { describe, expect, it } from 'vitest';
import { composedValues, composeJsonDocument } from '../../src/engine/json-compose.js';
import { readJsonStream } from '../../src/engine/json-stream.js';
import { parseDocumentsInRange } from '../../src/engine/yaml-limits.js';
import { documentDifference } from '../helpers/nodes.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/** Every value of the JSON stream composes, and equals the parser's reading, node for node. */
function expectComposesEveryValue(text: string, count: number): void {
  const stream = readJsonStream(text);
  expect(stream?.error).toBeUndefined();
  expect(stream?.values).toHaveLength(count);
  for (const [start, end] of stream?.values ?? []) {
    const fast = composeJsonDocument(text, start, end, OPTIONS);
    expect(fast, text.slice(start, end)).toBeDefined();
    const parsed = parseDocumentsInRange(text, start, end, OPTIONS);
    expect(parsed).toHaveLength(1);
    expect(documentDifference(fast!, parsed[0]!, composedValues.get(fast!))).toBeUndefined();
  }
}

/** The composer gives up on `text[start, end)`: the parser reads it. */
function expectLeftToParser(text: string, start = 0, end = text.length): void {
  expect(composeJsonDocument(text, start, end, OPTIONS)).toBeUndefined();
}

describe('json-compose: tabs and carriage returns', () => {
  // kills #852, #853, #854, #861 (a tab inside the value would be read into the plain scalar `1\t`)
  it('leaves a value with a tab in it to the parser', () => {
    expectLeftToParser('{"a":1\t}');
    expectLeftToParser('[1\t]');
  });

  // kills #852, #862, #869 (a carriage return inside the value would be read into the plain scalar `1\r`)
  it('leaves a value with a carriage return in it to the parser', () => {
    expectLeftToParser('{"a":1\r\n}');
    expectLeftToParser('[1\r\n]');
  });

  // kills #859, #860 (the tab right after the first value, at `end`, is not in it)
  it('composes values separated by a tab', () => {
    expectComposesEveryValue('{"a":1}\t{"b":2}', 2);
  });

  // kills #867, #868 (the carriage return right after the first value, at `end`, is not in it)
  it('composes values separated by CRLF', () => {
    expectComposesEveryValue('{"a":1}\r\n{"b":2}\r\n', 2);
  });
});

describe('json-compose: errors', () => {
  // kills #872, #873: only leaving the subset means "undefined"; any other error is not swallowed
  it('lets an error other than leaving the subset through', () => {
    expect(() => composeJsonDocument('{"a":1}', 0, 7, { schema: 'no-such-schema' })).toThrow(
      'Unknown schema "no-such-schema"',
    );
  });
});

describe('json-compose: keys', () => {
  // kills #1008 (the value would be read from the `:`, as the plain scalar `:"x"`)
  it('leaves a key with a space before its colon to the parser, whatever follows the colon', () => {
    expectLeftToParser('{"a" :"x"}');
    expectLeftToParser('{"a"\n:1}');
  });

  // kills #1011
  it('composes a key of exactly 1000 characters with its quotes', () => {
    const key = 'k'.repeat(998);
    const text = `{"${key}": 1}`;
    expectComposesEveryValue(text, 1);
    expect(composedValues.get(composeJsonDocument(text, 0, text.length, OPTIONS)!)).toEqual({ [key]: 1 });
  });

  // kills #1003 (`a"` would be read as the quoted key "")
  it('leaves a key that does not start with a quote to the parser', () => {
    expectLeftToParser('{a":1}');
  });
});

describe('json-compose: what is not JSON', () => {
  // kills #1068: a string without a backslash is taken as it is, not through JSON.parse (which would throw
  // on the raw control character that Go's decoder rejects and the parser reads)
  it('a string without escapes holding a raw control character composes as the parser reads it', () => {
    const text = '{"a":"x\u0001y","b\u0002":1}';
    const fast = composeJsonDocument(text, 0, text.length, OPTIONS);
    expect(fast).toBeDefined();
    expect(composedValues.get(fast!)).toEqual({ a: 'x\u0001y', 'b\u0002': 1 });
    const parsed = parseDocumentsInRange(text, 0, text.length, OPTIONS);
    expect(documentDifference(fast!, parsed[0]!, composedValues.get(fast!))).toBeUndefined();
  });

  // kills #957, #959 (the parser reads `1 2` as one plain scalar)
  it('leaves two values with no comma between them to the parser', () => {
    expectLeftToParser('[1 2]');
    expectLeftToParser('{"a":1 "b":2}');
  });

  // kills #1047 (an empty plain scalar would be read as null)
  it('leaves a missing value to the parser', () => {
    expectLeftToParser('[1,,2]');
    expectLeftToParser('{"a":}');
  });
});

describe('json-compose: nothing is read past `end`', () => {
  // kills #1023 (the number would run on into the `"` of the next value)
  it('a number ends at the end of its value, even with the next value right after it', () => {
    expectComposesEveryValue('{}1"a"', 3);
    expectComposesEveryValue('{}true[1]', 3);
  });

  // kills #1054 (the string would be closed by the quote at `end`)
  it('a string still open at `end` is left to the parser', () => {
    expectLeftToParser('"ab"', 0, 3);
    expectLeftToParser('{"a":"b"}', 0, 7);
  });

  // kills #878 (the space at `end`, after the open sequence, would be skipped to the `]`)
  it('a sequence still open at `end` is left to the parser', () => {
    expectLeftToParser('[1 ]', 0, 2);
  });

  // kills #982, #983 (the space at `end` would be skipped to the `}`)
  it('a mapping still open at `end`, with a space there, is left to the parser', () => {
    expectLeftToParser('{"a":1 }', 0, 6);
  });

  // kills #991, #992 (the line break at `end` would be taken into the value's range, up to the `}`)
  it('a mapping still open at `end`, with a line break there, is left to the parser', () => {
    expectLeftToParser('{"a":1\n}', 0, 6);
  });
});
