import { describe, expect, it } from 'vitest';
import { looksLikeJsonStream, readJsonStream, scanJsonValue } from '../../src/engine/json-stream.js';

/** The values of a stream as their texts. */
const texts = (text: string): string[] =>
  (readJsonStream(text)?.values ?? []).map(([start, end]) => text.slice(start, end));

describe('looksLikeJsonStream (apimachinery GuessJSONStream)', () => {
  it.each([
    ['{"a": 1}', true],
    ['  \n\t{"a": 1}', true],
    ['\u00a0{}', true],
    ['[1, 2]', false],
    ['# comment\n{}', false],
    ['a: {b: 1}', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(looksLikeJsonStream(text)).toBe(expected);
  });

  it('looks no further than the 4096 bytes kubectl peeks at', () => {
    expect(looksLikeJsonStream(`${' '.repeat(4095)}{}`)).toBe(true);
    expect(looksLikeJsonStream(`${' '.repeat(5000)}{}`)).toBe(false);
  });
});

describe('readJsonStream (apimachinery YAMLOrJSONDecoder)', () => {
  it('reads values back to back, one per line, or across lines', () => {
    expect(texts('{"a": 1}{"b": 2}')).toEqual(['{"a": 1}', '{"b": 2}']);
    expect(texts('{"a": 1}\n{"b": 2}\n')).toEqual(['{"a": 1}', '{"b": 2}']);
    expect(texts('{\n  "a": [1, {"b": null}]\n}\n\n{"c": "\\u00e9\\n"} [3] "s" 4 true\n')).toEqual([
      '{\n  "a": [1, {"b": null}]\n}',
      '{"c": "\\u00e9\\n"}',
      '[3]',
      '"s"',
      '4',
      'true',
    ]);
    expect(readJsonStream('{"a": 1}\n')).toEqual({ values: [[0, 8]] });
  });

  it('a failure after two values is kubectl JSON error, with Go wording and offset', () => {
    expect(readJsonStream('{"a": 1}{"b": 2}\n{"c": }')).toEqual({
      values: [
        [0, 8],
        [8, 16],
      ],
      error: { offset: 23, message: "invalid character '}' looking for beginning of value" },
    });
  });

  it('a failure of the first or second value leaves the rest to YAML, from after one line break', () => {
    expect(readJsonStream('{"a": 1}  \n  ---\nb: 2\n')).toEqual({
      values: [[0, 8]],
      error: { offset: 14, message: "invalid character '-' in numeric literal" },
      yamlFrom: 11,
    });
    expect(readJsonStream('{a: 1}\n')).toEqual({
      values: [],
      error: { offset: 1, message: "invalid character 'a' looking for beginning of object key string" },
      yamlFrom: 0,
    });
    expect(readJsonStream('\n\n{a: 1}\n')?.yamlFrom).toBe(1);
  });

  it('ignores text kubectl reads as YAML', () => {
    expect(readJsonStream('apiVersion: v1\n')).toBeUndefined();
    expect(readJsonStream('[{"a": 1}]')).toBeUndefined();
  });
});

describe('scanJsonValue: Go encoding/json errors', () => {
  it.each([
    ['{"a" 1}', 5, "invalid character '1' after object key"],
    ['{"a": 1 "b": 2}', 8, `invalid character '"' after object key:value pair`],
    ['[1 2]', 3, "invalid character '2' after array element"],
    ['{"a": [1,]}', 9, "invalid character ']' looking for beginning of value"],
    ['{"a": "x\ty"}', 8, "invalid character '\\t' in string literal"],
    ['{"a": "\\q"}', 8, "invalid character 'q' in string escape code"],
    ['{"a": "\\u12g4"}', 11, "invalid character 'g' in \\u hexadecimal character escape"],
    ['{"a": -x}', 7, "invalid character 'x' in numeric literal"],
    ['{"a": 1.}', 8, "invalid character '}' after decimal point in numeric literal"],
    ['{"a": 1e}', 8, "invalid character '}' in exponent of numeric literal"],
    ['{"a": tru}', 9, "invalid character '}' in literal true (expecting 'e')"],
    ['{"a": 01}', 7, "invalid character '1' after object key:value pair"],
    ["{'a': 1}", 1, "invalid character '\\'' looking for beginning of object key string"],
    ['{"a": 1', 7, 'unexpected EOF'],
  ])('%j', (text, offset, message) => {
    expect(scanJsonValue(text, 0)).toEqual({ offset, message });
  });

  it('scans deep nesting without recursion', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(scanJsonValue(deep, 0)).toBe(deep.length);
    expect(scanJsonValue('['.repeat(200_000), 0)).toEqual({ offset: 200_000, message: 'unexpected EOF' });
  });
});
