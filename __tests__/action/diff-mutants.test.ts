/** src/action/diff.ts: unified-diff parsing, exact results (mutation testing, docs/testing.md). */
import { describe, expect, it } from 'vitest';
import type { ChangedFile, FileDiff, Hunk } from '../../src/action/diff.js';
import {
  hunkOfRange,
  parseGitDiff,
  parsePatch,
  PatchError,
  rangeChanged,
  reverseApply,
  splitLines,
  unquoteGitPath,
  wholeFileAdded,
} from '../../src/action/diff.js';

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('no error thrown');
}

/** The message of the PatchError that parsing `patch` throws. */
function patchErrorOf(patch: string): string {
  const error = errorOf(() => parsePatch(patch));
  expect(error).toBeInstanceOf(PatchError);
  return error.message;
}

const EMPTY_DIFF: FileDiff = {
  hunks: [],
  added: new Set(),
  deleted: new Set(),
  deletionPoints: [],
  commentable: { LEFT: new Map(), RIGHT: new Map() },
};

/** An entry with its hunks only ('none' when it has no line information). */
function hunksOf(files: ChangedFile[]): unknown[] {
  return files.map(({ diff, ...rest }) => ({ ...rest, hunks: diff === undefined ? 'none' : diff.hunks }));
}

describe('parsePatch: hunk headers and the text around them', () => {
  it('ignores text before the first hunk, even when a hunk header appears inside a line of it', () => {
    // `git show` output: the commit message quotes a hunk header, indented.
    const patch = [
      'commit 0123456789abcdef0123456789abcdef01234567',
      '',
      '    Fix the @@ -1 +1 @@ header of svc.yaml',
      '',
      'diff --git a/svc.yaml b/svc.yaml',
      'index 1111111..2222222 100644',
      '--- a/svc.yaml',
      '+++ b/svc.yaml',
      '@@ -4,2 +4,2 @@ spec:',
      '-  port: 80',
      '+  port: 8080',
      '   protocol: TCP',
      '',
    ].join('\n');
    const hunks: Hunk[] = [
      {
        oldStart: 4,
        oldLines: 2,
        newStart: 4,
        newLines: 2,
        lines: [
          { kind: 'delete', oldLine: 4, text: '  port: 80' },
          { kind: 'add', newLine: 4, text: '  port: 8080' },
          { kind: 'context', oldLine: 5, newLine: 5, text: '  protocol: TCP' },
        ],
      },
    ];
    expect(parsePatch(patch).hunks).toEqual(hunks);
  });

  it('reads the last line of a patch that does not end with a line break (as GitHub sends it)', () => {
    expect(parsePatch('@@ -1 +1 @@\n-a: 1\n+a: 2').hunks).toEqual([
      {
        oldStart: 1,
        oldLines: 1,
        newStart: 1,
        newLines: 1,
        lines: [
          { kind: 'delete', oldLine: 1, text: 'a: 1' },
          { kind: 'add', newLine: 1, text: 'a: 2' },
        ],
      },
    ]);
  });

  it('does not take the final line break for an empty context line', () => {
    expect(patchErrorOf('@@ -3,2 +7,2 @@\n x: 1\n')).toBe('truncated hunk starting at +7');
  });

  it('strips the CR of CRLF lines, and only a final one', () => {
    const patch = '@@ -1,2 +1,2 @@\r\n-a: 1\r\n+a: "x\ry"\r\n b: 2\r\n';
    expect(parsePatch(patch).hunks).toEqual([
      {
        oldStart: 1,
        oldLines: 2,
        newStart: 1,
        newLines: 2,
        lines: [
          { kind: 'delete', oldLine: 1, text: 'a: 1' },
          { kind: 'add', newLine: 1, text: 'a: "x\ry"' },
          { kind: 'context', oldLine: 2, newLine: 2, text: 'b: 2' },
        ],
      },
    ]);
  });

  it('skips "\\ No newline at end of file" inside and after hunks, and reads a header ending in a backslash', () => {
    // Git repeats the line before a hunk after its header: here a shell continuation line.
    const patch = [
      '@@ -1,2 +1,2 @@ run \\',
      '-  --old \\',
      '+  --new \\',
      ' done',
      '@@ -10 +10 @@ exec \\',
      '-x',
      '\\ No newline at end of file',
      '+y',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    expect(parsePatch(patch).hunks).toEqual([
      {
        oldStart: 1,
        oldLines: 2,
        newStart: 1,
        newLines: 2,
        lines: [
          { kind: 'delete', oldLine: 1, text: '  --old \\' },
          { kind: 'add', newLine: 1, text: '  --new \\' },
          { kind: 'context', oldLine: 2, newLine: 2, text: 'done' },
        ],
      },
      {
        oldStart: 10,
        oldLines: 1,
        newStart: 10,
        newLines: 1,
        lines: [
          { kind: 'delete', oldLine: 10, text: 'x' },
          { kind: 'add', newLine: 10, text: 'y' },
        ],
      },
    ]);
  });

  it('reads a hunk that changes nothing followed by a "\\" line', () => {
    expect(parsePatch('@@ -0,0 +0,0 @@\n\\ No newline at end of file\n').hunks).toEqual([
      { oldStart: 0, oldLines: 0, newStart: 0, newLines: 0, lines: [] },
    ]);
  });
});

describe('parsePatch: malformed hunks', () => {
  it('refuses an added line once the new side is complete', () => {
    expect(patchErrorOf('@@ -1,2 +1 @@\n-a\n+b\n+c\n')).toBe('unexpected line in hunk starting at +1: "+c"');
  });

  it('refuses a deleted line once the old side is complete', () => {
    expect(patchErrorOf('@@ -1 +2,2 @@\n-a\n-b\n+c\n')).toBe('unexpected line in hunk starting at +2: "-b"');
  });

  it('refuses a context line once either side is complete', () => {
    expect(patchErrorOf('@@ -1 +1,3 @@\n-a\n b\n+c\n')).toBe('unexpected line in hunk starting at +1: " b"');
    expect(patchErrorOf('@@ -1,3 +1 @@\n+a\n b\n-c\n')).toBe('unexpected line in hunk starting at +1: " b"');
  });

  it('refuses a line with another first character, quoting at most 40 characters of it', () => {
    expect(patchErrorOf('@@ -1,2 +1,2 @@\n a\nxyz\n')).toBe('unexpected line in hunk starting at +1: "xyz"');
    expect(patchErrorOf(`@@ -1 +1 @@\n${'k'.repeat(39)}"tail\n`)).toBe(
      `unexpected line in hunk starting at +1: "${'k'.repeat(39)}\\""`,
    );
  });

  it('refuses a hunk header before the previous hunk is complete', () => {
    expect(patchErrorOf('@@ -3,3 +4,3 @@\n a\n@@ -9 +9 @@\n-x\n+y\n')).toBe(
      'hunk at line 3 ends early: 2 old and 2 new lines missing',
    );
  });

  it('refuses a patch that ends before either side of its last hunk is complete', () => {
    expect(patchErrorOf('@@ -1,2 +5 @@\n+a\n')).toBe('truncated hunk starting at +5');
    expect(patchErrorOf('@@ -1 +6,2 @@\n-a\n')).toBe('truncated hunk starting at +6');
  });
});

describe('fileDiffOf through parsePatch, wholeFileAdded', () => {
  it('places a deletion at the top of a hunk after the line before the hunk', () => {
    const diff = parsePatch('@@ -3,2 +3 @@\n-a\n b\n@@ -10 +8,0 @@\n-z\n');
    expect(diff.deletionPoints).toEqual([2, 8]);
    expect([...diff.deleted]).toEqual([3, 10]);
  });

  it('counts every line of a new file as added, in one hunk', () => {
    const expected: FileDiff = {
      hunks: [
        {
          oldStart: 0,
          oldLines: 0,
          newStart: 1,
          newLines: 2,
          lines: [
            { kind: 'add', newLine: 1, text: '' },
            { kind: 'add', newLine: 2, text: '' },
          ],
        },
      ],
      added: new Set([1, 2]),
      deleted: new Set(),
      deletionPoints: [],
      commentable: {
        LEFT: new Map(),
        RIGHT: new Map([
          [1, 0],
          [2, 0],
        ]),
      },
    };
    expect(wholeFileAdded(2)).toEqual(expected);
    expect(wholeFileAdded(0).hunks).toEqual([
      { oldStart: 0, oldLines: 0, newStart: 1, newLines: 0, lines: [] },
    ]);
  });
});

describe('rangeChanged, hunkOfRange', () => {
  it('counts a range as changed when any one deletion point lies inside it', () => {
    const diff = parsePatch('@@ -3 +2,0 @@\n-a\n@@ -12 +10,0 @@\n-b\n');
    expect(diff.deletionPoints).toEqual([2, 10]);
    expect(rangeChanged(diff, 1, 5)).toBe(true);
    expect(rangeChanged(diff, 3, 9)).toBe(false);
  });

  it('checks the lines of the range only, each of them', () => {
    const diff = parsePatch('@@ -5,3 +5,3 @@\n a\n-b\n+B\n c\n');
    expect(hunkOfRange(diff, 'RIGHT', 5, 7)).toBe(0);
    expect(hunkOfRange(diff, 'RIGHT', 5, 6)).toBe(0);
    expect(hunkOfRange(diff, 'RIGHT', 6, 8)).toBe(undefined);
    expect(hunkOfRange(diff, 'RIGHT', 4, 4)).toBe(undefined);
  });
});

describe('reverseApply, splitLines', () => {
  it('copies the unchanged lines before and after a hunk', () => {
    const diff = parsePatch('@@ -3 +3 @@\n-c\n+C\n');
    expect(reverseApply(diff, 'a\nb\nC\nd\ne\n')).toBe('a\nb\nc\nd\ne\n');
  });

  it('puts the lines of a deletion-only hunk after the new line its header names', () => {
    expect(reverseApply(parsePatch('@@ -5,2 +4,0 @@\n-x\n-y\n'), 'a\nb\nc\nd\ne\n')).toBe(
      'a\nb\nc\nd\nx\ny\ne\n',
    );
    expect(reverseApply(parsePatch('@@ -4 +3,0 @@\n-d\n'), 'a\nb\nc\n')).toBe('a\nb\nc\nd\n');
  });

  it('copies no more lines than the new text has', () => {
    // The header says 4 new lines precede the deletion; the text has 2 (nothing to compare).
    expect(reverseApply(parsePatch('@@ -5 +4,0 @@\n-e\n'), 'a\nb\n')).toBe('a\nb\ne\n');
  });

  it('reads CRLF text and writes LF', () => {
    expect(reverseApply(parsePatch('@@ -2 +2 @@\n-b\n+B\n'), 'a\r\nB\r\nc\r\n')).toBe('a\nb\nc\n');
  });

  it('splits on LF and CRLF; a final break does not start a line', () => {
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['']);
  });
});

describe('parseGitDiff: real git output', () => {
  it('reads copies, mode changes, binary patches, empty files and quoted paths', () => {
    // `git diff --cached -C --find-copies-harder --binary --src-prefix=a/ --dst-prefix=b/`
    const output = [
      'diff --git a/a.yaml b/c.yaml',
      'similarity index 100%',
      'copy from a.yaml',
      'copy to c.yaml',
      'diff --git a/d b/x.sh b/d b/x.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/e.yaml b/e.yaml',
      'deleted file mode 100644',
      'index e69de29..0000000',
      'diff --git a/logo.png b/logo.png',
      'new file mode 100644',
      'index 0000000000000000000000000000000000000000..f584f4041fdb85307f985f76fce8c128a0d12921',
      'GIT binary patch',
      'literal 6',
      'NcmeAS@N;Ki1ONuw0dN2S',
      '',
      'literal 0',
      'HcmV?d00001',
      '',
      'diff --git a/n.yaml b/n.yaml',
      'new file mode 100644',
      'index 0000000..e69de29',
      'diff --git a/x.sh b/x.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git "a/\\303\\244.yaml" "b/\\303\\244.yaml"',
      'deleted file mode 100644',
      'index e69de29..0000000',
      'diff --git "a/\\303\\244.sh" "b/\\303\\244.sh"',
      'old mode 100644',
      'new mode 100755',
      '',
    ].join('\n');
    expect(parseGitDiff(output)).toStrictEqual([
      { path: 'c.yaml', status: 'copied', previousPath: 'a.yaml', diff: EMPTY_DIFF },
      { path: 'd b/x.sh', status: 'modified', diff: EMPTY_DIFF },
      { path: 'e.yaml', status: 'removed', diff: EMPTY_DIFF },
      { path: 'logo.png', status: 'added' },
      { path: 'n.yaml', status: 'added', diff: EMPTY_DIFF },
      { path: 'x.sh', status: 'modified', diff: EMPTY_DIFF },
      { path: 'ä.yaml', status: 'removed', diff: EMPTY_DIFF },
      { path: 'ä.sh', status: 'modified', diff: EMPTY_DIFF },
    ]);
  });

  it('reads a copy with edits, and a rename from a path that contains " b/"', () => {
    const output = [
      'diff --git a/a.yaml b/c.yaml',
      'similarity index 66%',
      'copy from a.yaml',
      'copy to c.yaml',
      'index 1111111..2222222 100644',
      '--- a/a.yaml',
      '+++ b/c.yaml',
      '@@ -1,2 +1,2 @@',
      ' a: 1',
      '-b: 2',
      '+b: 3',
      'diff --git a/docs b/y.yaml b/z.yaml',
      'similarity index 100%',
      'rename from docs b/y.yaml',
      'rename to z.yaml',
      '',
    ].join('\n');
    expect(hunksOf(parseGitDiff(output))).toEqual([
      {
        path: 'c.yaml',
        previousPath: 'a.yaml',
        status: 'copied',
        hunks: [
          {
            oldStart: 1,
            oldLines: 2,
            newStart: 1,
            newLines: 2,
            lines: [
              { kind: 'context', oldLine: 1, newLine: 1, text: 'a: 1' },
              { kind: 'delete', oldLine: 2, text: 'b: 2' },
              { kind: 'add', newLine: 2, text: 'b: 3' },
            ],
          },
        ],
      },
      { path: 'z.yaml', previousPath: 'docs b/y.yaml', status: 'renamed', hunks: [] },
    ]);
  });

  it('takes the paths of added and removed files from the ---/+++ lines (`git diff --no-prefix`)', () => {
    const output = [
      'diff --git new.yaml new.yaml',
      'new file mode 100644',
      'index 0000000..1111111',
      '--- /dev/null',
      '+++ new.yaml',
      '@@ -0,0 +1 @@',
      '+a: 1',
      'diff --git old.yaml old.yaml',
      'deleted file mode 100644',
      'index 2222222..0000000',
      '--- old.yaml',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-b: 2',
      // A deleted empty file has no ---/+++ lines: the `diff --git` line names it (here in directory b/).
      'diff --git b/e.yaml b/e.yaml',
      'deleted file mode 100644',
      'index e69de29..0000000',
      // Mode changes only: the `diff --git` line names no a/ and b/ path, so the file is left out.
      'diff --git x.sh x.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/x.sh a/x.sh',
      'old mode 100644',
      'new mode 100755',
      '',
    ].join('\n');
    expect(hunksOf(parseGitDiff(output))).toEqual([
      {
        path: 'new.yaml',
        status: 'added',
        hunks: [
          {
            oldStart: 0,
            oldLines: 0,
            newStart: 1,
            newLines: 1,
            lines: [{ kind: 'add', newLine: 1, text: 'a: 1' }],
          },
        ],
      },
      {
        path: 'old.yaml',
        status: 'removed',
        hunks: [
          {
            oldStart: 1,
            oldLines: 1,
            newStart: 0,
            newLines: 0,
            lines: [{ kind: 'delete', oldLine: 1, text: 'b: 2' }],
          },
        ],
      },
      { path: 'b/e.yaml', status: 'removed', hunks: [] },
    ]);
  });

  it('ignores text before the first file (`git log -p --format=%s`)', () => {
    const output = [
      'Move a/svc.yaml to b/svc.yaml',
      '',
      'diff --git a/x.sh b/x.sh',
      'old mode 100644',
      'new mode 100755',
      '',
    ].join('\n');
    expect(parseGitDiff(output)).toStrictEqual([{ path: 'x.sh', status: 'modified', diff: EMPTY_DIFF }]);
  });

  it('splits files only at a `diff --git` that starts a line (a committed patch file)', () => {
    const output = [
      'diff --git a/fix.patch b/fix.patch',
      'new file mode 100644',
      'index 0000000..1111111',
      '--- /dev/null',
      '+++ b/fix.patch',
      '@@ -0,0 +1,2 @@',
      '+diff --git a/x b/x',
      '+--- a/x',
      '',
    ].join('\n');
    expect(hunksOf(parseGitDiff(output))).toEqual([
      {
        path: 'fix.patch',
        status: 'added',
        hunks: [
          {
            oldStart: 0,
            oldLines: 0,
            newStart: 1,
            newLines: 2,
            lines: [
              { kind: 'add', newLine: 1, text: 'diff --git a/x b/x' },
              { kind: 'add', newLine: 2, text: '--- a/x' },
            ],
          },
        ],
      },
    ]);
  });

  it('starts the hunks at a line that begins with "@@ ", not at "@@ " inside a path', () => {
    // Git ends the ---/+++ lines with a tab when the path has a space.
    const output = [
      'diff --git a/v@@ 1.yaml b/v@@ 1.yaml',
      'index 1111111..2222222 100644',
      '--- a/v@@ 1.yaml\t',
      '+++ b/v@@ 1.yaml\t',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      '',
    ].join('\n');
    expect(hunksOf(parseGitDiff(output))).toEqual([
      {
        path: 'v@@ 1.yaml',
        status: 'modified',
        hunks: [
          {
            oldStart: 1,
            oldLines: 1,
            newStart: 1,
            newLines: 1,
            lines: [
              { kind: 'delete', oldLine: 1, text: 'a' },
              { kind: 'add', newLine: 1, text: 'b' },
            ],
          },
        ],
      },
    ]);
  });

  it('reads the last header line of output that does not end with a line break', () => {
    const output = [
      'diff --git a/e.yaml b/n.yaml',
      'similarity index 100%',
      'rename from e.yaml',
      'rename to n.yaml',
    ].join('\n');
    expect(parseGitDiff(output)).toStrictEqual([
      { path: 'n.yaml', status: 'renamed', previousPath: 'e.yaml', diff: EMPTY_DIFF },
    ]);
  });

  it('reads a header that names two different paths and nothing else, and skips an unreadable one', () => {
    expect(parseGitDiff('diff --git a/old.yaml b/new.yaml\n')).toStrictEqual([
      { path: 'new.yaml', status: 'modified', diff: EMPTY_DIFF },
    ]);
    expect(parseGitDiff('diff --git "a/x.yaml\nold mode 100644\nnew mode 100755\n')).toStrictEqual([]);
  });
});

describe('unquoteGitPath', () => {
  it('removes one final tab only', () => {
    expect(unquoteGitPath('x\ty\t')).toBe('x\ty');
  });

  it('leaves text alone unless it starts and ends with a quote, two characters at least', () => {
    expect(unquoteGitPath('"abc')).toBe('"abc');
    expect(unquoteGitPath('abc"')).toBe('abc"');
    expect(unquoteGitPath('"')).toBe('"');
    expect(unquoteGitPath('""')).toBe('');
    expect(unquoteGitPath('"ä \\303\\244\\t\\"q\\\\"')).toBe('ä ä\t"q\\');
  });
});
