/**
 * `git` on the checkout (GITHUB_WORKSPACE): the diff when the REST API cannot give it (push,
 * merge_group, pull requests over 3000 files or with files GitHub sends no patch for), and base
 * versions of changed files.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { ChangedFile } from '../action/diff.js';
import { parseGitDiff } from '../action/diff.js';

export class GitError extends Error {}

export class Git {
  constructor(readonly workspace: string) {}

  /** Runs git with settings that neither the user's config nor a foreign-owned checkout can change. */
  run(args: readonly string[], maxBuffer = 512 * 1024 * 1024): Promise<string> {
    const absolute = path.resolve(this.workspace);
    const fixed = [
      '-c',
      `safe.directory=${absolute}`,
      '-c',
      'core.quotePath=false',
      '-c',
      'diff.noprefix=false',
      '-c',
      'diff.mnemonicPrefix=false',
      '-c',
      'core.autocrlf=false',
    ];
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        [...fixed, ...args],
        {
          cwd: absolute,
          maxBuffer,
          encoding: 'utf8',
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        },
        (error, stdout, stderr) => {
          if (error) {
            const reason = (stderr || error.message).trim().split('\n')[0] ?? error.message;
            reject(new GitError(`git ${args[0]} failed: ${reason}`));
          } else resolve(stdout);
        },
      );
    });
  }

  async isRepository(): Promise<boolean> {
    return this.run(['rev-parse', '--git-dir']).then(
      () => true,
      () => false,
    );
  }

  async hasCommit(sha: string): Promise<boolean> {
    return this.run(['cat-file', '-e', `${sha}^{commit}`]).then(
      () => true,
      () => false,
    );
  }

  /** Fetches one commit (depth 1) when the checkout lacks it; diffing two trees needs no more history. */
  async ensureCommit(sha: string): Promise<boolean> {
    if (await this.hasCommit(sha)) return true;
    await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]).catch(
      () => undefined,
    );
    return this.hasCommit(sha);
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.run(['merge-base', a, b]).then(
      (out) => out.trim() || undefined,
      () => undefined,
    );
  }

  /** Changed files with their hunks between two commits, renames detected. */
  async diff(from: string, to: string): Promise<ChangedFile[]> {
    const out = await this.run([
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--find-renames',
      '--unified=3',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      from,
      to,
      '--',
    ]);
    return parseGitDiff(out);
  }

  /** A file's text at a commit; undefined when it is not there (or not readable). */
  async show(sha: string, file: string): Promise<string | undefined> {
    return this.run(['show', `${sha}:${file}`], 64 * 1024 * 1024).catch(() => undefined);
  }
}
