import { describe, expect, it } from 'vitest';
import { documentProblem, jsonProblem, readDocuments } from '../../src/engine/documents.js';
import { looksLikeJsonStream, scanJsonValue } from '../../src/engine/json-stream.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

const eof = (text: string) => ({ offset: text.length, message: 'unexpected EOF' });

describe('scanJsonValue: where a value ends, or Go decoder error', () => {
  // kills #629, #630 (\u escape cut short by the end of the text)
  it('a \\u escape cut short by the end of the text is an unexpected EOF', () => {
    expect(scanJsonValue('"\\u12', 0)).toEqual(eof('"\\u12'));
  });

  // kills #646, #647
  it('an unclosed string is an unexpected EOF', () => {
    expect(scanJsonValue('"ab', 0)).toEqual(eof('"ab'));
  });

  // kills #613
  it('a backslash at the very end of the text is an unexpected EOF', () => {
    expect(scanJsonValue('"\\', 0)).toEqual(eof('"\\'));
  });

  // kills #641
  it('an escaped quote does not close the string', () => {
    expect(scanJsonValue('"\\"" ', 0)).toBe(4);
    expect(scanJsonValue('"a\\nb"', 0)).toBe(6);
  });

  // kills #605
  it('a space inside a string is fine, a control character is not', () => {
    expect(scanJsonValue('"a b"', 0)).toBe(5);
    expect(scanJsonValue('"a\u001fb"', 0)).toEqual({
      offset: 2,
      message: "invalid character '\\u001f' in string literal",
    });
  });

  // kills #664, #665, #661, #662
  it('a lone minus sign at the end is an unexpected EOF', () => {
    expect(scanJsonValue('-', 0)).toEqual(eof('-'));
    expect(scanJsonValue('[-', 1)).toEqual(eof('[-'));
  });

  // kills #673
  it('a negative number ends after its digits', () => {
    expect(scanJsonValue('-12', 0)).toBe(3);
  });

  // kills #675, #654, #657
  it('a number of several digits, with 0 and 9 inside', () => {
    expect(scanJsonValue('12', 0)).toBe(2);
    expect(scanJsonValue('10', 0)).toBe(2);
    expect(scanJsonValue('19', 0)).toBe(2);
    expect(scanJsonValue('0', 0)).toBe(1);
  });

  // kills #689, #691, #692
  it('a fraction ends after its digits', () => {
    expect(scanJsonValue('1.25', 0)).toBe(4);
  });

  // kills #699, #701
  it('an exponent written with a capital E', () => {
    expect(scanJsonValue('1E5', 0)).toBe(3);
  });

  // kills #705, #706, #707, #709, #713
  it('an exponent with a plus sign', () => {
    expect(scanJsonValue('1e+5', 0)).toBe(4);
  });

  // kills #710, #712
  it('an exponent with a minus sign', () => {
    expect(scanJsonValue('1e-5', 0)).toBe(4);
  });

  // kills #715, #717, #718
  it('an exponent of several digits', () => {
    expect(scanJsonValue('1e55', 0)).toBe(4);
  });

  // kills #741, #742, #738, #739
  it('a literal cut short by the end of the text is an unexpected EOF', () => {
    expect(scanJsonValue('tr', 0)).toEqual(eof('tr'));
    expect(scanJsonValue('[nul', 1)).toEqual(eof('[nul'));
  });

  // kills #512, #514, #726, #728, #729
  it('the literal false', () => {
    expect(scanJsonValue('false', 0)).toBe(5);
    expect(scanJsonValue('[false]', 0)).toBe(7);
  });

  // kills #496, #499
  it('a value starting with a plus sign is an invalid character', () => {
    expect(scanJsonValue('+1', 0)).toEqual({
      offset: 0,
      message: "invalid character '+' looking for beginning of value",
    });
  });

  // kills #501
  it('a number starting with 9', () => {
    expect(scanJsonValue('9', 0)).toBe(1);
  });

  // kills #529, #532, #533, #536, #537, #539
  it('an empty object', () => {
    expect(scanJsonValue('{}', 0)).toBe(2);
    expect(scanJsonValue('{ }', 0)).toBe(3);
  });

  // kills #531
  it('a comma before the closing brace is an invalid character', () => {
    expect(scanJsonValue('{"a":1,}', 0)).toEqual({
      offset: 7,
      message: "invalid character '}' looking for beginning of object key string",
    });
  });

  // kills #546
  it('an object key cut short by the end of the text is an unexpected EOF', () => {
    expect(scanJsonValue('{"a', 0)).toEqual(eof('{"a'));
  });

  // kills #415, #419
  it('tabs and carriage returns are JSON white space', () => {
    expect(scanJsonValue('{"a":\t1}', 0)).toBe(8);
    expect(scanJsonValue('{"a":\r\n1}', 0)).toBe(9);
  });
});

describe('looksLikeJsonStream: kubectl sniffs the first 4096 characters only', () => {
  // kills #363
  it('a { just past the first 4096 characters is not seen', () => {
    expect(looksLikeJsonStream(`${' '.repeat(4096)}{}`)).toBe(false);
    expect(looksLikeJsonStream(`${' '.repeat(4095)}{}`)).toBe(true);
  });
});

/** Each document as [range, first problem message, kubectlRejects, readable]. */
function problems(text: string) {
  return readDocuments(text, OPTIONS).documents.map((d) => {
    const { problem, readable } = documentProblem(text, d);
    return [d.range, problem?.message, problem?.kubectlRejects, readable];
  });
}

describe('readDocuments: JSON streams and their errors', () => {
  // kills #17
  it('a JSON stream broken after two values is not JSON, and its error is reported', () => {
    const text = '{"a": 1}\n{"b": 2}\n{"c": }\n';
    const read = readDocuments(text, OPTIONS);
    expect(read.json).toBe(false);
    expect(read.jsonError).toEqual({
      offset: 24,
      message: "invalid character '}' looking for beginning of value",
      documentIndex: 2,
    });
  });

  // kills #48
  it('a broken first value whose YAML reading breaks later: YAML error, not JSON', () => {
    const read = readDocuments('{"a": }\nb: 1\n', OPTIONS);
    expect(read.json).toBe(false);
    expect(read.jsonError).toBeUndefined();
    expect(read.documents).toHaveLength(1);
  });

  // kills #45
  it('a broken first value that YAML cannot read either, no further: the JSON error', () => {
    const read = readDocuments('{"a": 1, ]\n', OPTIONS);
    expect(read.json).toBe(false);
    expect(read.jsonError).toEqual({
      offset: 9,
      message: "invalid character ']' looking for beginning of object key string",
      documentIndex: 0,
    });
  });

  // kills #38
  it('a broken second value: the YAML reading decides, the JSON error is not reported', () => {
    const read = readDocuments('{"a": 1}\n{"b": ]}\n', OPTIONS);
    expect(read.json).toBe(false);
    expect(read.jsonError).toBeUndefined();
    expect(read.documents.map((d) => d.range)).toEqual([
      [0, 8, 8],
      [9, 15, 15],
    ]);
  });

  // kills #26
  it('a duplicate key beside the YAML error does not hide it: the JSON error is reported', () => {
    const read = readDocuments('{"a": 1, "a": 2, ]\n', OPTIONS);
    expect(read.jsonError).toEqual({
      offset: 17,
      message: "invalid character ']' looking for beginning of object key string",
      documentIndex: 0,
    });
  });
});

describe('readDocuments: cutting broken YAML documents at --- lines', () => {
  // kills #108
  it('a document with a duplicate key and an unclosed quote is still cut at the --- line', () => {
    const text = 'a: 1\na: 2\nb: "x\n---\nc: 1\n';
    const { documents } = readDocuments(text, OPTIONS);
    expect(documents.map((d) => d.range)).toEqual([
      [0, 16, 16],
      [16, 25, 25],
    ]);
    expect(documents[1]?.toJS()).toEqual({ c: 1 });
  });

  // kills #69, #70
  it('a broken document that ends at a --- line is not cut again', () => {
    expect(problems('a: ]\n---\nb: 1\n')).toEqual([
      [[0, 3, 3], 'Unexpected "]"', true, false],
      [[5, 14, 14], undefined, undefined, true],
    ]);
    expect(problems('a: "x\n---\nb: 1\n')).toEqual([
      [[0, 6, 6], 'The double-quoted string that starts at line 1, column 4 has no closing "', true, false],
      [[6, 15, 15], undefined, undefined, true],
    ]);
  });

  // kills #63
  it('only broken documents are cut at --- lines, not the documents beside them', () => {
    const text = 'a: "x\n---#c\nb"\n---\nc: ]\n';
    const { documents } = readDocuments(text, OPTIONS);
    expect(documents.map((d) => d.range)).toEqual([
      [0, 15, 15],
      [15, 22, 22],
    ]);
    expect(documents[0]?.toJS()).toEqual({ a: 'x ---#c b' });
  });

  // kills #73, #75, #79, #82
  it('a --- after a lone carriage return is no separator line for kubectl', () => {
    const text = 'a: "x\r---\rb: 1\n';
    const { documents } = readDocuments(text, OPTIONS);
    expect(documents).toHaveLength(1);
  });
});

describe('documentProblem', () => {
  // kills #124, #125, #123
  it('a document whose duplicate keys were already dropped is readable, without a problem', () => {
    const text = '{a: 1, a: 2}\n';
    const [document] = readDocuments(text, OPTIONS).documents;
    expect(documentProblem(text, document as never).readable).toBe(true);
    expect(documentProblem(text, document as never)).toEqual({ readable: true });
    expect((document as { toJS(): unknown }).toJS()).toEqual({ a: 2 });
  });

  // kills #239
  it('of nested unclosed flow collections, the outermost is named', () => {
    expect(problems('x: [[1, 2\n')[0]).toEqual([
      [0, 10, 10],
      'The flow sequence that starts at line 1, column 4 has no closing ]',
      true,
      false,
    ]);
    expect(problems('x: {a: [1, 2\n')[0]?.[1]).toBe(
      'The flow mapping that starts at line 1, column 4 has no closing }',
    );
  });

  // kills #165
  it('nesting past the limit is over the limit, not a kubectl error', () => {
    const text = `{"a":${'['.repeat(300)}${']'.repeat(300)}}`;
    const [document] = readDocuments(text, OPTIONS).documents;
    expect(documentProblem(text, document as never)).toEqual({
      problem: {
        message:
          'collections are nested more than 256 deep here; no Kubernetes object comes close, so kube-pairing does not read this document',
        start: 260,
        end: 261,
        kubectlRejects: false,
        overLimit: true,
      },
      readable: false,
    });
  });

  // kills #151
  it('the problem is the error nearest the start, whatever order the errors came in', () => {
    const text = `a: ${'['.repeat(300)}${']'.repeat(300)}\nb: ]\n`;
    const [document] = readDocuments(text, OPTIONS).documents;
    expect(document?.errors.map((e) => e.code)).toEqual(['UNEXPECTED_TOKEN', 'RESOURCE_EXHAUSTION']);
    const { problem } = documentProblem(text, document as never);
    expect([problem?.start, problem?.overLimit]).toEqual([258, true]);
  });

  // kills #289
  it('collection keys are not duplicates of each other', () => {
    const text = '? [a]\n: 1\n? [b]\n: 2\nc: 1\nc: 2\n';
    const [document] = readDocuments(text, OPTIONS).documents;
    expect(documentProblem(text, document as never).problem).toEqual({
      message: 'Map keys must be unique: the key "c" is set twice in one mapping',
      start: 25,
      end: 26,
      kubectlRejects: false,
      duplicateKey: { key: 'c', first: 20, sameValue: false },
    });
  });

  // kills #268
  it('the duplicate reported is the first in the text, even in a nested mapping', () => {
    const text = 'a:\n  x: 1\n  x: 1\nb: 1\nb: 2\n';
    const [document] = readDocuments(text, OPTIONS).documents;
    expect(documentProblem(text, document as never).problem?.duplicateKey).toEqual({
      key: 'x',
      first: 5,
      sameValue: true,
    });
  });

  // kills #176
  it('a second quoted value after a value is a plain kubectl error, not an unclosed quote', () => {
    expect(problems('a: "x" "y"\n')[0]).toEqual([
      [0, 11, 11],
      'Unexpected double-quoted value after the end of a value',
      true,
      false,
    ]);
  });

  // kills #175
  it('a missing map value is not read as an unclosed quote', () => {
    expect(problems('? a\n: c\n:d\n')[0]).toEqual([
      [0, 11, 11],
      'Implicit map keys need to be followed by map values',
      true,
      false,
    ]);
  });

  // kills #302, #303, #304, #305, #306
  it('an unexpected token in the stream is named by its character', () => {
    expect(problems('[a]]\n')[0]?.[1]).toBe('Unexpected "]"');
  });

  // kills #308
  it('an unexpected token in a document keeps the parser wording', () => {
    expect(problems('a: 1\n---\n}\n')[0]?.[1]).toBe('Unexpected flow-map-end token in YAML document: "}"');
  });

  // kills #309, #310, #311, #312
  it('an unexpected token among node properties is named', () => {
    expect(problems('[a, b] c: 1\n')[0]?.[1]).toBe('Unexpected plain value');
  });

  // kills #332
  it('long token names are not quoted', () => {
    expect(problems('- a\nb: 1\n')[0]?.[1]).toBe('Unexpected plain value after the end of a value');
  });

  // kills #293
  it('the full stop that ends a parser message is dropped', () => {
    expect(problems('a: !<!> x\n')[0]?.[1]).toBe("Verbatim tags aren't resolved, so !<!> is invalid");
  });
});

describe('jsonProblem', () => {
  // kills #136
  it('marks the one character where decoding failed', () => {
    expect(jsonProblem({ offset: 5, message: 'unexpected EOF' })).toEqual({
      message: 'JSON: unexpected EOF',
      start: 5,
      end: 6,
      kubectlRejects: true,
    });
  });
});
