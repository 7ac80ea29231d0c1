import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hunkOfRange,
  parseGitDiff,
  parsePatch,
  PatchError,
  patchMatchesNewText,
  rangeChanged,
  reverseApply,
  unquoteGitPath,
} from '../../src/action/diff.js';
import { git, twoCommitRepo } from './git-fixture.js';

// A patch as GitHub's `GET /pulls/{n}/files` returns it: hunks only, no file headers.
const PATCH = [
  '@@ -2,4 +2,5 @@ kind: Endpoints',
  ' metadata:',
  '-  name: etcd',
  '+  name: etcd-v2',
  '+  namespace: infra',
  ' subsets:',
  '   - addresses:',
  '@@ -20,3 +21,2 @@ subsets:',
  '     ports:',
  '-      - port: 2379',
  '-        name: client',
  '+      - port: 2380',
].join('\n');

describe('parsePatch', () => {
  const diff = parsePatch(PATCH);

  it('numbers added lines on the new side and deleted lines on the old side', () => {
    expect([...diff.added]).toEqual([3, 4, 22]);
    expect([...diff.deleted]).toEqual([3, 21, 22]);
  });

  it('makes changed and context lines commentable, each on its side, with its hunk', () => {
    expect([...diff.commentable.RIGHT]).toEqual([
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 0],
      [21, 1],
      [22, 1],
    ]);
    expect([...diff.commentable.LEFT]).toEqual([
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
      [20, 1],
      [21, 1],
      [22, 1],
    ]);
    expect(diff.commentable.RIGHT.has(7)).toBe(false);
    expect(diff.commentable.LEFT.has(1)).toBe(false);
  });

  it('records where old lines were removed, as the new line just before them', () => {
    expect(diff.deletionPoints).toEqual([2, 21]);
  });

  it('reads hunk headers without counts (one line) and skips "no newline" markers', () => {
    const d = parsePatch(
      '@@ -1 +1 @@\n-a: 1\n\\ No newline at end of file\n+a: 2\n\\ No newline at end of file',
    );
    expect([...d.added]).toEqual([1]);
    expect([...d.deleted]).toEqual([1]);
  });

  it('takes an empty line inside a hunk as a context line whose space was trimmed', () => {
    const d = parsePatch('@@ -1,3 +1,3 @@\n a: 1\n\n-b: 2\n+b: 3');
    expect([...d.commentable.RIGHT.keys()]).toEqual([1, 2, 3]);
    expect([...d.added]).toEqual([3]);
  });

  it('places a deletion-only hunk (`+4,0`) after that new line', () => {
    const d = parsePatch('@@ -5,2 +4,0 @@\n-x: 1\n-y: 2');
    expect(d.deletionPoints).toEqual([4]);
    expect(rangeChanged(d, 4, 5)).toBe(true);
    expect(rangeChanged(d, 5, 9)).toBe(false);
  });

  it('throws PatchError on a hunk shorter than its header says', () => {
    expect(() => parsePatch('@@ -1,3 +1,3 @@\n a\n-b')).toThrow(PatchError);
  });

  it('returns no hunks for an empty patch (a pure rename)', () => {
    expect(parsePatch('').hunks).toEqual([]);
  });
});

describe('hunkOfRange and rangeChanged', () => {
  const diff = parsePatch(PATCH);

  it('accepts a range inside one hunk and refuses one that leaves it', () => {
    expect(hunkOfRange(diff, 'RIGHT', 3, 6)).toBe(0);
    expect(hunkOfRange(diff, 'RIGHT', 6, 21)).toBeUndefined();
    expect(hunkOfRange(diff, 'RIGHT', 7, 7)).toBeUndefined();
    expect(hunkOfRange(diff, 'LEFT', 21, 22)).toBe(1);
  });

  it('counts a range as changed when a line was added in it or text was deleted inside it', () => {
    expect(rangeChanged(diff, 3, 3)).toBe(true);
    expect(rangeChanged(diff, 5, 6)).toBe(false);
    // The second hunk deletes two lines after new line 21: a region ending on 21 lost nothing.
    expect(rangeChanged(diff, 20, 21)).toBe(false);
    expect(rangeChanged(parsePatch('@@ -1,4 +1,3 @@\n a: 1\n-b: 2\n c: 3\n d: 4'), 1, 2)).toBe(true);
    expect(rangeChanged(diff, 1, 2)).toBe(false);
  });
});

describe('parseGitDiff on real git output', () => {
  it('reads additions, deletions, renames with and without edits, and binary files', () => {
    const repo = twoCommitRepo(
      {
        'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n',
        'old/ep.yaml': 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: etcd\nsubsets: []\n',
        'moved.yaml': 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\n',
        'gone.yaml': 'x: 1\n',
      },
      {
        'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd-v2\n',
        'new/ep.yaml': 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: etcd\nsubsets: []\n',
        'renamed.yaml': 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 7\n',
        'added.yaml': 'y: 1\nz: 2\n',
      },
    );
    try {
      writeFileSync(path.join(repo.dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
      git(repo.dir, ['add', 'logo.png']);
      const withBinary = git(repo.dir, [
        'diff',
        '--cached',
        '--no-color',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        'HEAD',
      ]);
      const binary = parseGitDiff(withBinary);
      expect(binary).toEqual([{ path: 'logo.png', status: 'added' }]);

      const files = parseGitDiff(repo.diff);
      const byPath = new Map(files.map((f) => [f.path, f]));
      expect([...byPath.keys()].sort()).toEqual([
        'added.yaml',
        'gone.yaml',
        'new/ep.yaml',
        'renamed.yaml',
        'svc.yaml',
      ]);
      expect(byPath.get('svc.yaml')).toMatchObject({ status: 'modified' });
      expect([...byPath.get('svc.yaml')!.diff!.added]).toEqual([4]);
      expect([...byPath.get('svc.yaml')!.diff!.deleted]).toEqual([4]);
      expect(byPath.get('new/ep.yaml')).toMatchObject({ status: 'renamed', previousPath: 'old/ep.yaml' });
      expect(byPath.get('new/ep.yaml')!.diff!.hunks).toEqual([]);
      expect(byPath.get('renamed.yaml')).toMatchObject({ status: 'renamed', previousPath: 'moved.yaml' });
      expect([...byPath.get('renamed.yaml')!.diff!.added]).toEqual([6]);
      expect(byPath.get('gone.yaml')).toMatchObject({ status: 'removed' });
      expect([...byPath.get('gone.yaml')!.diff!.deleted]).toEqual([1]);
      expect(byPath.get('added.yaml')).toMatchObject({ status: 'added' });
      expect([...byPath.get('added.yaml')!.diff!.added]).toEqual([1, 2]);
    } finally {
      repo.cleanup();
    }
  });

  it('reads quoted paths with spaces, quotes and non-ASCII letters', () => {
    const repo = twoCommitRepo(
      { 'dir with space/é "q".yaml': 'a: 1\n' },
      { 'dir with space/é "q".yaml': 'a: 2\n' },
    );
    try {
      const quotedDiff = git(repo.dir, [
        '-c',
        'core.quotePath=true',
        'diff',
        '--no-color',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        repo.base,
        repo.head,
      ]);
      expect(quotedDiff).toContain('\\303\\251');
      expect(parseGitDiff(quotedDiff).map((f) => f.path)).toEqual(['dir with space/é "q".yaml']);
      expect(parseGitDiff(repo.diff).map((f) => f.path)).toEqual(['dir with space/é "q".yaml']);
    } finally {
      repo.cleanup();
    }
  });

  it('unquotes C-style escapes', () => {
    expect(unquoteGitPath('"a/tab\\there.yaml"')).toBe('a/tab\there.yaml');
    expect(unquoteGitPath('plain.yaml')).toBe('plain.yaml');
  });
});

describe('reverseApply', () => {
  it('rebuilds the base text of a file from its head text and the patch', () => {
    const base =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\nspec:\n  ports:\n    - port: 2379\n';
    const head =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd-v2\n  labels: {a: b}\nspec:\n  ports:\n    - port: 2380\n';
    const repo = twoCommitRepo({ 's.yaml': base }, { 's.yaml': head });
    try {
      const [file] = parseGitDiff(repo.diff);
      expect(reverseApply(file!.diff!, readFileSync(path.join(repo.dir, 's.yaml'), 'utf8'))).toBe(base);
    } finally {
      repo.cleanup();
    }
  });

  it('rebuilds a removed file from its patch alone', () => {
    const repo = twoCommitRepo(
      { 'gone.yaml': 'a: 1\nb: 2\n', 'keep.yaml': 'k: 1\n' },
      { 'keep.yaml': 'k: 1\n' },
    );
    try {
      const [file] = parseGitDiff(repo.diff);
      expect(file!.status).toBe('removed');
      expect(reverseApply(file!.diff!, '')).toBe('a: 1\nb: 2\n');
    } finally {
      repo.cleanup();
    }
  });

  it('refuses when the patch does not describe the text (checkout differs from the diffed head)', () => {
    const diff = parsePatch('@@ -1,2 +1,2 @@\n a: 1\n-b: 2\n+b: 3');
    expect(patchMatchesNewText(diff, 'a: 1\nb: 3\n')).toBe(true);
    expect(patchMatchesNewText(diff, 'a: 0\nb: 3\n')).toBe(false);
    expect(reverseApply(diff, 'a: 0\nb: 3\n')).toBeUndefined();
  });

  it('inverts any edit of a file: base = reverseApply(diff(base, head), head)', () => {
    const line = fc.constantFrom('a: 1', 'b: 2', '  - port: 80', 'kind: Service', '', '# c');
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.array(line, { maxLength: 12 }),
        (baseLines, headLines) => {
          const base = baseLines.map((l) => `${l}\n`).join('');
          const head = headLines.map((l) => `${l}\n`).join('');
          const repo = twoCommitRepo(
            { 'f.yaml': base, 'keep.txt': 'k\n' },
            { 'f.yaml': head, 'keep.txt': 'k\n' },
          );
          try {
            const file = parseGitDiff(repo.diff).find((f) => f.path === 'f.yaml');
            if (!file) return base === head;
            return reverseApply(file.diff!, head) === base;
          } finally {
            repo.cleanup();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
