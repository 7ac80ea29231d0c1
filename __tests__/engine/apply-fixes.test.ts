/** applyFixes (src/engine/fix.ts): what `--fix` writes, byte for byte. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';

const fix = (line: number, endLine: number, replacement: string) => ({ line, endLine, replacement });

describe('applyFixes', () => {
  it.each([
    ['one line', 'a\nb\nc\n', [fix(2, 2, 'B')], 'a\nB\nc\n', 1],
    ['the last line, no final break', 'a\nb', [fix(2, 2, 'B')], 'a\nB', 1],
    [
      'several, given top down: applied bottom up',
      'a\nb\nc\nd\n',
      [fix(1, 1, 'A'), fix(3, 3, 'C\nC2')],
      'A\nb\nC\nC2\nd\n',
      2,
    ],
    [
      'a fix that adds lines above another',
      'a\nb\nc\n',
      [fix(1, 1, 'x\ny\nz'), fix(3, 3, 'C')],
      'x\ny\nz\nb\nC\n',
      2,
    ],
    [
      'overlapping: the first wins, the other waits',
      'a\nb\nc\n',
      [fix(1, 2, 'AB'), fix(2, 3, 'BC')],
      'AB\nc\n',
      1,
    ],
    [
      'CRLF lines keep CRLF, LF lines LF',
      'a\r\nb\r\nc\nd\n',
      [fix(2, 2, 'x\ny'), fix(3, 3, 'C')],
      'a\r\nx\r\ny\r\nC\nd\n',
      2,
    ],
    ['CR-only line ends: left alone', 'a\rb\rc\r', [fix(2, 2, 'B')], 'a\rb\rc\r', 0],
    ['outside the file: left out', 'a\n', [fix(3, 3, 'x'), fix(0, 0, 'y'), fix(2, 1, 'z')], 'a\n', 0],
    ['none', 'a\n', [], 'a\n', 0],
  ] as const)('%s', (_name, text, fixes, expected, applied) => {
    const out = applyFixes(text, fixes);
    expect(out.text).toBe(expected);
    expect(out.applied).toHaveLength(applied);
  });
});
