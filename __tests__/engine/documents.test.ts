import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { documentProblem, readDocuments } from '../../src/engine/documents.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

describe('readDocuments', () => {
  it('cuts a broken document at the --- lines the yaml package carried it across, as kubectl does', () => {
    const text = 'a: "open\n---\nb: 1\n--- # next\nc: 2\n';
    // The yaml package reads one document (the quote runs on); kubectl cuts three.
    expect(parseAllDocuments(text, OPTIONS)).toHaveLength(1);
    const { documents } = readDocuments(text, OPTIONS);
    expect(documents.map((d) => [d.errors.length > 0, d.errors.length > 0 ? null : d.toJS()])).toEqual([
      [true, null],
      [false, { b: 1 }],
      [false, { c: 2 }],
    ]);
  });

  it('JSON values, then YAML, with offsets in the whole text', () => {
    const text = '{"a": 1} {"b": [2]}';
    const { documents, json } = readDocuments(text, OPTIONS);
    expect(json).toBe(true);
    expect(documents.map((d) => [d.toJS(), d.contents?.range?.[0]])).toEqual([
      [{ a: 1 }, 0],
      [{ b: [2] }, 9],
    ]);
  });
});

describe('documentProblem', () => {
  const problem = (text: string) => {
    const [document] = parseAllDocuments(text, OPTIONS) as Document.Parsed[];
    return documentProblem(text, document!);
  };

  it.each([
    [
      'an unclosed flow sequence: kubectl rejects it too',
      'a: [1, 2\n',
      { message: 'The flow sequence that starts at line 1, column 4 has no closing ]', kubectlRejects: true },
    ],
    [
      'an unclosed quote: kubectl rejects it too',
      "a:\n  b: 'x\n",
      {
        message: "The single-quoted string that starts at line 2, column 6 has no closing '",
        kubectlRejects: true,
      },
    ],
    [
      'a bracket that closes the wrong collection',
      'a: {x: [1}\n',
      { message: 'The flow sequence that starts at line 1, column 8 has no closing ]', kubectlRejects: true },
    ],
    [
      'indentation go-yaml does not check, left unread: not claimed as kubectl rejecting it',
      'a:\n  b: [\n  1]\n',
      {
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
        kubectlRejects: false,
      },
    ],
    [
      'a tab as indentation',
      'a:\n\tb: 1\n',
      {
        message: 'Tabs are not allowed as indentation (YAML indents with spaces only)',
        kubectlRejects: true,
      },
    ],
    [
      'a token after the end of the document value, named by its character',
      '{a: 1}\n{b: 2}\n',
      { message: 'Unexpected "{" after the end of a value', kubectlRejects: true },
    ],
  ])('%s', (_name, text, expected) => {
    const { problem: found, readable } = problem(text);
    expect(readable).toBe(false);
    expect(found).toMatchObject(expected);
  });

  it('a duplicate key leaves the document readable, keeping the last value in nodes and value alike', () => {
    const text = 'a:\n  b: 1\n  c: 2\n  b: 3\nd: [{e: 1, e: 2}]\n';
    const [document] = parseAllDocuments(text, OPTIONS) as Document.Parsed[];
    const { problem: found, readable } = documentProblem(text, document!);
    expect(readable).toBe(true);
    expect(found).toEqual({
      message: 'Map keys must be unique: the key "b" is set twice in one mapping',
      start: text.indexOf('b: 3'),
      end: text.indexOf('b: 3') + 1,
      kubectlRejects: false,
      duplicateKey: { key: 'b', first: text.indexOf('b: 1'), sameValue: false },
    });
    expect(document!.toJS()).toEqual({ a: { c: 2, b: 3 }, d: [{ e: 2 }] });
    const b = document!.getIn(['a', 'b'], true) as { value: unknown; range: number[] };
    expect([b.value, b.range[0]]).toEqual([3, text.indexOf('3')]);
  });

  it('no problem, readable', () => {
    expect(problem('a: 1\n')).toEqual({ readable: true });
  });
});
