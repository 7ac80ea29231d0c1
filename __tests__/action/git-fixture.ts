/** A real git repository with a base and a head commit, for tests that need real `git diff` output. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GIT_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: os.tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z',
};

export function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.autocrlf=false', ...args], {
    cwd: dir,
    env: GIT_ENV,
    encoding: 'utf8',
  });
}

export interface TwoCommitRepo {
  dir: string;
  base: string;
  head: string;
  /** `git diff base head` as the Action runs it. */
  diff: string;
  cleanup(): void;
}

/** `base` and `head` map paths to contents (written as they are); a path missing from `head` is deleted. */
export function twoCommitRepo(base: Record<string, string>, head: Record<string, string>): TwoCommitRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kp-action-git-'));
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  write(dir, base);
  git(dir, ['add', '--all']);
  git(dir, ['commit', '--quiet', '--allow-empty', '-m', 'base']);
  const baseSha = git(dir, ['rev-parse', 'HEAD']).trim();
  for (const file of Object.keys(base)) if (!(file in head)) git(dir, ['rm', '--quiet', file]);
  write(dir, head);
  git(dir, ['add', '--all']);
  git(dir, ['commit', '--quiet', '--allow-empty', '-m', 'head']);
  const headSha = git(dir, ['rev-parse', 'HEAD']).trim();
  const diff = git(dir, [
    'diff',
    '--no-color',
    '--find-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    baseSha,
    headSha,
  ]);
  return {
    dir,
    base: baseSha,
    head: headSha,
    diff,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
