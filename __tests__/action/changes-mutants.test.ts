/**
 * src/action/change-set.ts case by case (mutation testing, docs/testing.md): a change set with no file list (the
 * whole repository changed), and files in each status, with and without line information and patches.
 */
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/action/change-set.js';
import {
  changeSetOf,
  diffOf,
  fileChanged,
  headFile,
  isCommentable,
  linesChanged,
  unreliableFiles,
} from '../../src/action/change-set.js';
import type { ChangedFile, FileStatus } from '../../src/action/diff.js';
import { parsePatch } from '../../src/action/diff.js';

// New line 4 replaces old line 4; new line 9 is added between old 8 and 9 (new 8 and 10).
const PATCH = '@@ -3,3 +3,3 @@\n ctx\n-old\n+new\n ctx\n@@ -8,2 +8,3 @@\n ctx\n+added\n ctx\n';
const file = (path: string, status: FileStatus, extra: Partial<ChangedFile> = {}): ChangedFile => ({
  path,
  status,
  diff: parsePatch(PATCH),
  ...extra,
});

const whole: ChangeSet = changeSetOf(undefined, 'workflow_dispatch: the whole repository');
const changes = changeSetOf(
  [
    file('modified.yaml', 'modified'),
    file('added.yaml', 'added'),
    file('renamed.yaml', 'renamed', { previousPath: 'old.yaml' }),
    file('removed.yaml', 'removed'),
    file('unchanged.yaml', 'unchanged'),
    file('binary.yaml', 'modified', { diff: undefined }),
    file('from-git.yaml', 'modified', { commentable: false }),
    file('from-api.yaml', 'modified', { commentable: true }),
  ],
  'pull request #7',
  ['one warning'],
);

describe('changeSetOf', () => {
  it('no file list: the description, no warnings by default, and no files at all', () => {
    expect(whole).toStrictEqual({ description: 'workflow_dispatch: the whole repository', warnings: [] });
    expect('files' in whole).toBe(false);
  });

  it('a file list: a map by path, the description and the warnings', () => {
    expect(changeSetOf([], 'nothing')).toStrictEqual({
      files: new Map(),
      description: 'nothing',
      warnings: [],
    });
    expect([...(changes.files?.keys() ?? [])]).toEqual([
      'modified.yaml',
      'added.yaml',
      'renamed.yaml',
      'removed.yaml',
      'unchanged.yaml',
      'binary.yaml',
      'from-git.yaml',
      'from-api.yaml',
    ]);
    expect(changes.description).toBe('pull request #7');
    expect(changes.warnings).toEqual(['one warning']);
  });

  it('the same path twice: the last one counts', () => {
    const twice = changeSetOf([file('a.yaml', 'removed'), file('a.yaml', 'added')], 'twice');
    expect(twice.files?.get('a.yaml')?.status).toBe('added');
  });
});

describe('headFile and fileChanged', () => {
  it('a file that exists in the head commit and changed', () => {
    for (const path of ['modified.yaml', 'added.yaml', 'renamed.yaml', 'binary.yaml'])
      expect(headFile(changes, path), path).toBe(changes.files?.get(path));
    expect(['modified.yaml', 'added.yaml', 'renamed.yaml'].map((p) => fileChanged(changes, p))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('removed, unchanged, or not in the list: no head file, not changed', () => {
    for (const path of ['removed.yaml', 'unchanged.yaml', 'old.yaml', 'elsewhere.yaml']) {
      expect(headFile(changes, path), path).toBeUndefined();
      expect(fileChanged(changes, path), path).toBe(false);
    }
  });

  it('no file list: no head file (none is known), yet every file counts as changed', () => {
    expect(headFile(whole, 'modified.yaml')).toBeUndefined();
    expect(fileChanged(whole, 'anything.yaml')).toBe(true);
  });
});

describe('linesChanged', () => {
  it('no file list: every line changed', () => {
    expect(linesChanged(whole, 'anything.yaml', 1, 1)).toBe(true);
  });

  it('a changed file: the added lines, not the context', () => {
    expect(
      [
        [3, 3],
        [4, 4],
        [5, 5],
        [8, 8],
        [9, 9],
        [10, 10],
        [5, 8],
        [8, 10],
      ].map(([line, end]) => linesChanged(changes, 'modified.yaml', line as number, end as number)),
    ).toEqual([false, true, false, false, true, false, false, true]);
  });

  it('a file without line information counts whole; removed, unchanged and unlisted files do not', () => {
    expect(linesChanged(changes, 'binary.yaml', 100, 100)).toBe(true);
    for (const path of ['removed.yaml', 'unchanged.yaml', 'elsewhere.yaml'])
      expect(linesChanged(changes, path, 4, 4), path).toBe(false);
  });
});

describe('diffOf and isCommentable', () => {
  it('the diff of a file GitHub sent a patch for (commentable unset or true)', () => {
    expect(diffOf(changes, 'modified.yaml')).toBe(changes.files?.get('modified.yaml')?.diff);
    expect(diffOf(changes, 'from-api.yaml')).toBe(changes.files?.get('from-api.yaml')?.diff);
    expect(isCommentable(changes, 'from-api.yaml', 'RIGHT', 4)).toBe(true);
  });

  it('no diff for a file whose lines came from git diff, a file without lines, or no file list', () => {
    expect(diffOf(changes, 'from-git.yaml')).toBeUndefined();
    expect(diffOf(changes, 'binary.yaml')).toBeUndefined();
    expect(diffOf(changes, 'elsewhere.yaml')).toBeUndefined();
    expect(diffOf(whole, 'modified.yaml')).toBeUndefined();
    expect(isCommentable(changes, 'from-git.yaml', 'RIGHT', 4)).toBe(false);
    expect(isCommentable(changes, 'binary.yaml', 'RIGHT', 4)).toBe(false);
    expect(isCommentable(changes, 'elsewhere.yaml', 'RIGHT', 4)).toBe(false);
    expect(isCommentable(whole, 'modified.yaml', 'RIGHT', 4)).toBe(false);
  });

  it('the lines of the hunks, per side', () => {
    const right = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((l) =>
      isCommentable(changes, 'modified.yaml', 'RIGHT', l),
    );
    expect(right).toEqual([false, true, true, true, false, false, true, true, true, false]);
    const left = [2, 3, 4, 5, 6, 7, 8, 9, 10].map((l) => isCommentable(changes, 'modified.yaml', 'LEFT', l));
    expect(left).toEqual([false, true, true, true, false, false, true, true, false]);
  });
});

describe('unreliableFiles', () => {
  // The patch says new line 1 is "a" (context) and new line 2 is "B" (added).
  const diff = parsePatch('@@ -1,2 +1,2 @@\n a\n-b\n+B\n');
  const set = changeSetOf(
    [
      { path: 'match.yaml', status: 'modified', diff },
      { path: 'moved.yaml', status: 'modified', diff },
      { path: 'no-text.yaml', status: 'modified', diff },
      { path: 'no-diff.yaml', status: 'modified' },
      { path: 'removed.yaml', status: 'removed', diff },
    ],
    'pull request #2',
  );
  const texts = new Map([
    ['match.yaml', 'a\nB\nc\n'],
    ['moved.yaml', 'x\na\nB\n'],
    ['no-diff.yaml', 'anything\n'],
    ['removed.yaml', 'not what the patch says\n'],
  ]);

  it('the files whose head text is not what their patch says, only those', () => {
    expect([...unreliableFiles(set, texts)]).toEqual(['moved.yaml']);
  });

  it('no file list, or no text: none', () => {
    expect([...unreliableFiles(whole, texts)]).toEqual([]);
    expect([...unreliableFiles(set, new Map())]).toEqual([]);
  });
});
