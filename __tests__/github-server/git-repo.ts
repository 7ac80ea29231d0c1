// Builds a real git repository for a pull request (base commit, head commit, and GitHub's test merge
// commit) and derives the pull-request file list from a real `git diff`, shaped like GitHub's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** File path -> content; a path missing from `head` is deleted by the pull request. */
export type FileTree = Record<string, string | Buffer>;

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

/** One entry of `GET /pulls/{n}/files`, without the URL fields (the server adds those). */
export interface PullRequestFile {
  sha: string;
  filename: string;
  status: FileStatus;
  additions: number;
  deletions: number;
  changes: number;
  /** Absent for binary files, pure renames and files the test marks with `omitPatch`. */
  patch?: string;
  previous_filename?: string;
}

export interface PullRequestRepo {
  /** Working tree to use as GITHUB_WORKSPACE; it holds the head files. */
  dir: string;
  baseSha: string;
  headSha: string;
  /** GitHub's `refs/pull/N/merge` commit (parents: base, head): what `GITHUB_SHA` is on `pull_request`. */
  mergeSha: string;
  baseRef: string;
  headRef: string;
  files: PullRequestFile[];
  /** What the working tree holds: the merge commit or the head (see `checkout` below). */
  checkout: 'merge' | 'head';
  /** Files whose `patch` GitHub leaves out. */
  omitPatch: string[];
  cleanup(): void;
}

export interface PullRequestRepoOptions {
  base: FileTree;
  head: FileTree;
  /** What is checked out: the merge commit (actions/checkout's default on pull_request) or the head. */
  checkout?: 'merge' | 'head';
  baseRef?: string;
  headRef?: string;
  /** Files whose `patch` GitHub leaves out, as it does for very large diffs. */
  omitPatch?: string[];
}

// Fixed identity and dates make the shas reproducible; no user or system git config leaks in.
const GIT_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: os.tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_AUTHOR_NAME: 'Octo Cat',
  GIT_AUTHOR_EMAIL: 'octocat@example.com',
  GIT_COMMITTER_NAME: 'GitHub',
  GIT_COMMITTER_EMAIL: 'noreply@github.com',
  GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z',
};

export function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.autocrlf=false', ...args], {
    cwd: dir,
    env: GIT_ENV,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

export function createPullRequestRepo(options: PullRequestRepoOptions): PullRequestRepo {
  const baseRef = options.baseRef ?? 'main';
  const headRef = options.headRef ?? 'feature';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fake-github-repo-'));
  try {
    git(dir, ['init', '--quiet', `--initial-branch=${baseRef}`]);
    writeTree(dir, options.base);
    git(dir, ['add', '--all']);
    git(dir, ['commit', '--quiet', '--allow-empty', '--message', 'Base']);
    const baseSha = git(dir, ['rev-parse', 'HEAD']).trim();

    git(dir, ['checkout', '--quiet', '-b', headRef]);
    git(dir, ['rm', '-r', '--quiet', '--ignore-unmatch', '.']);
    writeTree(dir, options.head);
    git(dir, ['add', '--all']);
    git(dir, ['commit', '--quiet', '--allow-empty', '--message', 'Change manifests']);
    const headSha = git(dir, ['rev-parse', 'HEAD']).trim();

    const tree = git(dir, ['rev-parse', `${headSha}^{tree}`]).trim();
    const mergeMessage = `Merge ${headSha} into ${baseSha}`;
    const mergeSha = git(dir, ['commit-tree', tree, '-p', baseSha, '-p', headSha, '-m', mergeMessage]).trim();
    git(dir, ['checkout', '--quiet', '--detach', options.checkout === 'head' ? headSha : mergeSha]);

    const files = diffFiles(dir, baseSha, headSha, new Set(options.omitPatch ?? []));
    return {
      dir,
      baseSha,
      headSha,
      mergeSha,
      baseRef,
      headRef,
      files,
      checkout: options.checkout ?? 'merge',
      omitPatch: options.omitPatch ?? [],
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Pushes one more commit to the pull request's branch, as a contributor's `git push` does: `head` is
 * the new tree (files it lacks are deleted), GitHub's test merge commit is made again and checked out
 * like before, and `repo` is updated in place (headSha, mergeSha, and `files` from a real git diff).
 * `FakeGitHub.pushCommit` also moves the served pull request there.
 */
export function pushCommit(
  repo: PullRequestRepo,
  head: FileTree,
  options: { message?: string; omitPatch?: string[] } = {},
): PullRequestRepo {
  const { dir } = repo;
  git(dir, ['checkout', '--quiet', '--force', repo.headRef]);
  git(dir, ['rm', '-r', '--quiet', '--ignore-unmatch', '.']);
  writeTree(dir, head);
  git(dir, ['add', '--all']);
  git(dir, ['commit', '--quiet', '--allow-empty', '--message', options.message ?? 'Push to the branch']);
  const headSha = git(dir, ['rev-parse', 'HEAD']).trim();
  const tree = git(dir, ['rev-parse', `${headSha}^{tree}`]).trim();
  const mergeMessage = `Merge ${headSha} into ${repo.baseSha}`;
  const mergeSha = git(dir, [
    'commit-tree',
    tree,
    '-p',
    repo.baseSha,
    '-p',
    headSha,
    '-m',
    mergeMessage,
  ]).trim();
  git(dir, ['checkout', '--quiet', '--detach', repo.checkout === 'head' ? headSha : mergeSha]);
  if (options.omitPatch) repo.omitPatch = options.omitPatch;
  repo.headSha = headSha;
  repo.mergeSha = mergeSha;
  repo.files = diffFiles(dir, repo.baseSha, headSha, new Set(repo.omitPatch));
  return repo;
}

function writeTree(dir: string, tree: FileTree): void {
  for (const [file, content] of Object.entries(tree)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/** The pull-request file list for `base...head`, as GitHub computes it (renames detected, git order). */
export function diffFiles(
  dir: string,
  baseSha: string,
  headSha: string,
  omitPatch = new Set<string>(),
): PullRequestFile[] {
  const mergeBase = git(dir, ['merge-base', baseSha, headSha]).trim();
  const range = [mergeBase, headSha];
  const names = git(dir, ['diff', '--name-status', '-z', '-M', ...range]).split('\0');
  const numstat = git(dir, ['diff', '--numstat', '-z', '-M', ...range]).split('\0');
  const sections = git(dir, ['diff', '--no-color', '--no-ext-diff', '-M', '-U3', ...range])
    .split(/^(?=diff --git )/m)
    .filter((s) => s.startsWith('diff --git '));
  const headBlobs = blobShas(dir, headSha);
  const baseBlobs = blobShas(dir, mergeBase);

  const files: PullRequestFile[] = [];
  let n = 0;
  let s = 0;
  while (n < names.length && names[n] !== '') {
    const code = (names[n++] ?? '').charAt(0);
    const status = STATUS[code];
    if (!status) throw new Error(`unexpected git status ${code}`);
    const previous = code === 'R' || code === 'C' ? names[n++] : undefined;
    const filename = names[n++] ?? '';

    // numstat: "adds\tdels\tpath" or, for renames, "adds\tdels\t" followed by old and new path.
    const [adds = '0', dels = '0', inline = ''] = (numstat[s++] ?? '').split('\t');
    if (inline === '') s += 2;
    const binary = adds === '-';
    const additions = binary ? 0 : Number(adds);
    const deletions = binary ? 0 : Number(dels);

    const file: PullRequestFile = {
      sha: (status === 'removed' ? baseBlobs : headBlobs).get(filename) ?? '',
      filename,
      status,
      additions,
      deletions,
      changes: additions + deletions,
    };
    const patch = extractPatch(sections[files.length] ?? '');
    if (patch !== undefined && !omitPatch.has(filename)) file.patch = patch;
    if (previous !== undefined) file.previous_filename = previous;
    files.push(file);
  }
  if (sections.length !== files.length)
    throw new Error('git diff sections do not line up with --name-status');
  return files;
}

// GitHub's `patch` is the hunks alone: no `diff --git`, index, `---` or `+++` lines, no final newline.
function extractPatch(section: string): string | undefined {
  const start = section.search(/^@@ /m);
  if (start < 0) return undefined;
  return section.slice(start).replace(/\n$/, '');
}

function blobShas(dir: string, commit: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of git(dir, ['ls-tree', '-r', '-z', commit]).split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match?.[1] && match[2] !== undefined) map.set(match[2], match[1]);
  }
  return map;
}
