import { describe, expect, it } from 'vitest';
import { isScalar, visit } from 'yaml';
import type { Document } from 'yaml';
import { closingBracket, closingQuote, parseDocumentsLeniently } from '../../src/engine/lenient-yaml.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;
const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const read = (text: string): Document.Parsed[] => parseDocumentsLeniently(text, 0, text.length, OPTIONS);
const quote = (text: string, to = text.length): number | undefined => closingQuote(text, 0, to);
const bracket = (text: string, to = text.length): number | undefined => closingBracket(text, 0, to);
/** What the search leaves of a budget of 100 characters. */
const quoteBudget = (text: string, to = text.length): number => {
  const budget = { left: 100 };
  closingQuote(text, 0, to, budget);
  return budget.left;
};
const bracketBudget = (text: string, to = text.length): number => {
  const budget = { left: 100 };
  closingBracket(text, 0, to, budget);
  return budget.left;
};

describe('closingQuote', () => {
  it('reads nothing when the offset does not open a quote', () => {
    // kills #908
    const budget = { left: 100 };
    expect(closingQuote('abc"', 0, 4, budget)).toBeUndefined();
    expect(budget.left).toBe(100);
  });

  it('finds no closing quote at or past the end of the range', () => {
    // kills #918
    expect(quote("'ab'", 3)).toBeUndefined();
    expect(quote("'ab'", 4)).toBe(3);
  });

  it('reads one budget character per step and gives up when the budget is spent', () => {
    // kills #922, #923, #925
    expect(closingQuote("'abc'", 0, 5, { left: 4 })).toBe(4);
    expect(closingQuote("'abc'", 0, 5, { left: 3 })).toBeUndefined();
    expect(closingQuote("'abc'", 0, 5, { left: 1 })).toBeUndefined();
    expect(quoteBudget("'abc'")).toBe(96);
  });

  it('ends at a document marker starting a line inside the quote', () => {
    // kills #927, #929, #932, #933, #898, #901, #902, #904
    expect(quote("'a\n--- b'")).toBeUndefined();
    expect(quote('"a\n... b"')).toBeUndefined();
    expect(quote("'a\n---\tb'")).toBeUndefined();
    expect(quote("'a\n---b'")).toBe(7);
    expect(quote("'a\n -- b'")).toBe(8);
  });

  it('takes a marker only at the start of the line', () => {
    // kills #899
    expect(quote("'a\nx---'")).toBe(7);
  });

  it('stops reading at a marker that the range ends right after', () => {
    // kills #900, #903: the marker is found, so the rest of the range is not read
    expect(quoteBudget("'a\n---", 6)).toBe(98);
    expect(quoteBudget("'a\n---x'", 6)).toBe(98);
  });

  it('reads a single quote inside double quotes and a backslash inside single quotes as text', () => {
    // kills #938, #964
    expect(quote(`"a'b"`)).toBe(4);
    expect(quote("'a\\'b")).toBe(3);
  });

  it('leaves an escaped line break to the line-start check', () => {
    // kills #973, #974, #975, #977, #978
    expect(quote('"a\\\n--- b"')).toBeUndefined();
    expect(quote('"a\\\nb"')).toBe(5);
  });

  it('reads the carriage return after a backslash as a character of its own', () => {
    // kills #979, #981, #982: \r is stepped over on its own, one more step of the budget
    expect(quoteBudget('"a\\\rb"')).toBe(95);
    expect(quoteBudget('"a\\nb"')).toBe(96);
  });
});

describe('closingBracket', () => {
  it('starts outside any node when the offset is a quote (only brackets count)', () => {
    // kills #988
    expect(bracket('"[x]"')).toBeUndefined();
  });

  it('finds no closing bracket at or past the end of the range', () => {
    // kills #990
    expect(bracket('[a]', 2)).toBeUndefined();
    expect(bracket('[a]')).toBe(2);
  });

  it('reads one budget character per step and gives up when the budget is spent', () => {
    // kills #994, #995, #997
    expect(closingBracket('[ab]', 0, 4, { left: 4 })).toBe(3);
    expect(closingBracket('[ab]', 0, 4, { left: 3 })).toBeUndefined();
    expect(closingBracket('[ab]', 0, 4, { left: 1 })).toBeUndefined();
    expect(bracketBudget('[ab]')).toBe(96);
  });

  it('ends at a document marker starting a line inside the collection', () => {
    // kills #999, #1001, #1004, #1005
    expect(bracket('[a,\n--- b]')).toBeUndefined();
    expect(bracket('[a,\n-- b]')).toBe(8);
  });

  it('keeps the start of a node across white space, so a quote after it opens a scalar', () => {
    // kills #1008, #1009, #1010, #1011, #1012, #1014, #1015, #1017, #1018, #1020
    expect(bracket("[a, 'x]']")).toBe(8);
    expect(bracket("[a,\t'x]']")).toBe(8);
    expect(bracket("[a,\r'x]']")).toBe(8);
  });

  it('skips a comment (a # after white space) to the end of its line', () => {
    // kills #1024, #1028, #1029, #1031, #1035, #1039, #1043
    expect(bracket('[a, #x]\n b]')).toBe(10);
    expect(bracket('[a,\t# x]\n b]')).toBe(11);
  });

  it('reads a # right after a character as part of a value', () => {
    // kills #1030
    expect(bracket('[a#]\n]')).toBe(3);
  });

  it('reads a # at the very start of the text as a comment', () => {
    // kills #1032
    expect(bracket('#]\n[x]')).toBe(5);
  });

  it('reads a comment that runs to the end of the text once', () => {
    // kills #1036, #1038, #1040, #1037: the search ends there instead of starting over
    expect(bracketBudget('[a # x]')).toBe(96);
    expect(closingBracket('[a # x]', 0, 7, { left: 100 })).toBeUndefined();
  });

  it('skips a quoted scalar at the start of a node, brackets in it included', () => {
    // kills #1045, #1048, #1049, #1051, #1052, #1054, #1059
    expect(bracket("['x]']")).toBe(5);
    expect(bracket('["x]"]')).toBe(5);
  });

  it('reads a quote after a quoted scalar, an inner collection or a plain scalar as text', () => {
    // kills #1060, #1096, #1098, #1107, #1108, #1109
    expect(bracket("['a' 'b]']")).toBe(7);
    expect(bracket("[[a] 'x]']")).toBe(7);
    expect(bracket("[a 'x]']")).toBe(5);
  });

  it('opens a node after an opening bracket', () => {
    // kills #1078
    expect(bracket("[['x]']]")).toBe(7);
  });

  it('opens a node after a comma', () => {
    // kills #1099, #1100, #1101, #1102, #1103, #1105
    expect(bracket("[a,'x]']")).toBe(7);
  });

  it('opens a node after a colon followed by white space, not after one followed by a character', () => {
    // kills #1106, #1110, #1111, #1112, #1113
    expect(bracket("{a: 'x]'}")).toBe(8);
    expect(bracket("{a:'x]'}")).toBeUndefined();
  });

  it('opens a node after a ?', () => {
    // kills #1115, #1116, #1117
    expect(bracket("{? 'x]'}")).toBe(7);
  });
});

const errors = (documents: Document.Parsed[]): string[] =>
  documents.flatMap((d) => d.errors.map((e) => `${e.code}@${e.pos[0]}`));

describe('parseDocumentsLeniently', () => {
  it('repairs a document that also has a duplicate key, and keeps that error', () => {
    // kills #823
    const text = lines('a: 1', 'a: 2', "b: 'x", "y'");
    const documents = read(text);
    expect(errors(documents)).toEqual(['DUPLICATE_KEY@5']);
    expect(documents[0]?.get('b')).toBe('x y');
  });

  it('reads only the range, not the documents after it', () => {
    // kills #801
    const head = lines("a: 'x", "y'");
    const text = `${head}${lines('---', 'z: 1')}`;
    const documents = parseDocumentsLeniently(text, 0, head.length, OPTIONS);
    expect(errors(documents)).toEqual([]);
    expect(documents.map((d) => d.toJS() as unknown)).toEqual([{ a: 'x y' }]);
  });

  /** Nested flow sequences that the search for closing brackets reads again and again, then a cut quote. */
  const costly = `a: ${'['.repeat(100)}${'x, '.repeat(300)}x${']'.repeat(100)}\n${lines("b: 'x", "y'")}`;

  it('leaves the document broken once the search has read its budget (8 per character of the range)', () => {
    // kills #766
    const documents = read(costly);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.errors.length).toBeGreaterThan(0);
    expect(documents[0]?.get('b')).not.toBe('x y');
  });

  it('counts the budget from the range, not from the start of the text', () => {
    // kills #769
    const head = `${'#'.repeat(30_000)}\n`;
    const text = `${head}${costly}`;
    const documents = parseDocumentsLeniently(text, head.length, text.length, OPTIONS);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.errors.length).toBeGreaterThan(0);
    // With a budget large enough, the same text is repaired.
    expect(read(lines("b: 'x", "y'"))[0]?.get('b')).toBe('x y');
  });

  it('repairs forty constructs that each uncover the next one in a short range (a round each)', () => {
    // kills #776, #777, #778, #783 (with the round limit of the time, four: now roundsFor, and the budget of
    // characters the closing-quote searches may read, end it)
    const item = '- "x\n"\n';
    const forty = read(item.repeat(40));
    expect(errors(forty)).toEqual([]);
    expect(forty[0]?.toJS()).toEqual(Array.from({ length: 40 }, () => 'x '));
  });

  it('gives a range of four million characters four rounds only', () => {
    const item = '- "x\n"\n';
    const comment = `#${'c'.repeat(3_999_990)}\n`;
    expect(errors(read(comment + item.repeat(4)))).toEqual([]);
    const five = read(comment + item.repeat(5));
    expect(errors(five)).toEqual([
      `MISSING_CHAR@${comment.length + 32}`,
      `UNEXPECTED_TOKEN@${comment.length + 33}`,
    ]);
  });

  /** Each node of the first document as its kind and range (offsets in the original text). */
  const ranges = (document: Document.Parsed | undefined): string[] => {
    const out: string[] = [];
    visit(document ?? null, {
      Node(_, node) {
        out.push(`${isScalar(node) ? 'scalar' : 'collection'}:${node.range?.join(',')}`);
      },
    });
    return out;
  };

  it('re-indents tab-indented lines of a flow collection and maps every node back', () => {
    // kills the re-indentation of tab-indented lines
    const text = lines('a: [', '\t1,', '\t2', '\t]');
    const documents = read(text);
    expect(errors(documents)).toEqual([]);
    expect(documents[0]?.toJS()).toEqual({ a: [1, 2] });
    expect(ranges(documents[0])).toEqual([
      'collection:0,15,15',
      'scalar:0,1,1',
      'collection:3,14,15',
      'scalar:6,7,7',
      'scalar:10,11,13',
    ]);
  });

  it('re-indents lines that mix spaces and tabs and maps every node back', () => {
    const text = lines('a: [', '  \t1,', '\t 2]');
    const documents = read(text);
    expect(errors(documents)).toEqual([]);
    expect(documents[0]?.toJS()).toEqual({ a: [1, 2] });
    expect(ranges(documents[0])).toEqual([
      'collection:0,16,16',
      'scalar:0,1,1',
      'collection:3,15,16',
      'scalar:8,9,9',
      'scalar:13,14,14',
    ]);
  });

  it('maps an end that falls in the inserted indentation to the start of that line', () => {
    // kills #1223, #1226
    const text = lines('a: [', '? b', ': c', ']');
    const documents = read(text);
    expect(errors(documents)).toEqual([]);
    expect(documents[0]?.toJS()).toEqual({ a: [{ b: 'c' }] });
    // The pair ends where the line of `]` starts (offset 13), not inside the spaces inserted there.
    expect(ranges(documents[0])).toEqual([
      'collection:0,15,15',
      'scalar:0,1,1',
      'collection:3,14,15',
      'collection:7,12,13',
      'scalar:7,8,8',
      'scalar:11,12,13',
    ]);
  });

  it('looks for the closing quote of quoted scalars only, not of maps whose first key is quoted', () => {
    // kills #845, #849: a thousand such maps would fill the repairs (at most 1,000) before the real one
    const text = `${'- "k": 1\n'.repeat(1000)}${lines("- b: 'x", "  y'")}`;
    const documents = read(text);
    expect(errors(documents)).toEqual([]);
    expect((documents[0]?.toJS() as unknown[]).at(-1)).toEqual({ b: 'x y' });
  });

  it('does not search again for constructs that have no closing bracket', () => {
    // kills #855: ten unclosed nested sequences read ~1,500 characters each, 15,000 of a budget of
    // 8 * 1,527 + 4,096; searching them a second time would leave nothing for the quote after them.
    const text = `a: ${'['.repeat(10)}${'x, '.repeat(500)}\n---\n${lines("b: 'x", "y'")}`;
    const documents = read(text);
    expect(documents).toHaveLength(2);
    expect(documents[0]?.errors.length).toBeGreaterThan(0);
    expect(documents[1]?.errors).toEqual([]);
    expect(documents[1]?.toJS()).toEqual({ b: 'x y' });
  });

  it('indents the lines of a value on its own line one column past its opening', () => {
    // kills #1169: the value opens at column 1, so its lines need two columns (one would not clear it)
    const quoted = read(lines('a:', " 'x", "y'"));
    expect(errors(quoted)).toEqual([]);
    expect(quoted[0]?.toJS()).toEqual({ a: 'x y' });
    const flow = read(lines('a:', ' [1,', '2]'));
    expect(errors(flow)).toEqual([]);
    expect(flow[0]?.toJS()).toEqual({ a: [1, 2] });
  });

  it('turns tab indentation into spaces even where it is already deep enough', () => {
    // kills #1188: five tabs are five columns, past the bracket at column 3, yet the tabs must go
    const documents = read(lines('a: [', '\t\t\t\t\t1]'));
    expect(errors(documents)).toEqual([]);
    expect(documents[0]?.toJS()).toEqual({ a: [1] });
  });

  it('keeps the document as parsed when one of its repairs does not hold', () => {
    // kills #1255, #1267: the quote of `a` is repaired, the sequence of `b` (two scalars in a row,
    // which go-yaml rejects too) is not, so the whole document stays as the parser read it
    const text = lines("a: 'x", "y'", 'b: [ "a" "b', ']" ]');
    const documents = read(text);
    expect(errors(documents)).toEqual([
      'MISSING_CHAR@5',
      'MULTILINE_IMPLICIT_KEY@6',
      'MISSING_CHAR@18',
      'MISSING_CHAR@20',
      'UNEXPECTED_TOKEN@22',
    ]);
    expect(documents[0]?.get('a')).toBe('');
  });

  it('keeps the documents as parsed when the budget runs out before a cut quote is read again', () => {
    // kills #805, #806, #807: the search finds the cut quote of `b` with about 1,000 characters of its
    // budget left, fewer than the 2,000 that reading it again takes
    const text = `a: ${'['.repeat(10)}${'x, '.repeat(2870)}\n---\nb: 'x\n${'y'.repeat(2000)}'\n`;
    const documents = read(text);
    expect(documents).toHaveLength(2);
    expect(documents[1]?.errors.length).toBeGreaterThan(0);
    expect(documents[1]?.get('b')).not.toBe(`x ${'y'.repeat(2000)}`);
  });

  it('repairs what the budget allows and leaves a cut quote it cannot read again as it is', () => {
    // kills #794: `b` is repaired; the budget runs out on reading the long quote of `c` a second time
    const text = `a: ${'['.repeat(10)}${'x, '.repeat(2870)}\n---\nb: 'x\ny'\nc: 'x\n${'y'.repeat(2000)}'\n`;
    const documents = read(text);
    expect(documents).toHaveLength(2);
    expect(documents[1]?.get('b')).toBe('x y');
    expect(documents[1]?.errors.map((e) => e.code)).toEqual(['MISSING_CHAR', 'MISSING_CHAR']);
  });

  it('does not spend a repair on a construct inside one already repaired', () => {
    // kills #792, #872, #875, #878, #879, #884, #886, #887, #888, #894: each map holds a cut sequence
    // inside a cut map; the 1,000 maps take all 1,000 repairs only if the sequences in them take none
    const text = Array.from({ length: 1000 }, (_, i) => lines(`k${i}: {`, 'b: [', '1]}')).join('');
    const documents = read(text);
    expect(errors(documents)).toEqual([]);
    expect(documents[0]?.get('k999')).toBeDefined();
    expect(documents[0]?.toJS()).toMatchObject({ k0: { b: [1] }, k999: { b: [1] } });
  });
});
