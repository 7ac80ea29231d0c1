// `GET /repos/{owner}/{repo}/contents/{path}`: files and directories read from the real git
// repositories behind the fake's pull requests, at any commit or branch (`ref`), shaped like GitHub's:
// base64 content wrapped at 60 characters (Ruby's Base64.encode64), `encoding: none` and no content
// above 1 MB, the raw bytes for `Accept: application/vnd.github.raw`.
import { execFileSync } from 'node:child_process';
import { git } from './git-repo.js';
import { HTML, type Urls } from './objects.js';
import type { Repo } from './state.js';

/** GitHub sends no content in the object form above this size (1 MB); the raw form goes to 100 MB. */
const INLINE_CONTENT_LIMIT = 1024 * 1024;

export type ContentsResult =
  | { kind: 'file'; json: Record<string, unknown>; bytes: Buffer }
  | { kind: 'dir'; json: Record<string, unknown>[] }
  | { kind: 'symlink'; json: Record<string, unknown> }
  | { kind: 'missing' };

interface Entry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size: number;
  path: string;
}

/** What `path` is at `ref` (default: the default branch) in the first git repository that has the commit. */
export function readContents(repo: Repo, path: string, ref: string | null, urls: Urls): ContentsResult {
  const clean = path.replace(/^\/+|\/+$/g, '');
  for (const dir of repo.gitDirs) {
    const commit = resolveCommit(dir, ref ?? repo.defaultBranch);
    if (!commit) continue;
    const refName = ref ?? repo.defaultBranch;
    if (clean === '') return { kind: 'dir', json: list(dir, commit, '', repo, refName, urls) };
    const entry = lsTree(dir, commit, clean)[0];
    if (!entry || entry.path !== clean) return { kind: 'missing' };
    if (entry.type === 'tree')
      return { kind: 'dir', json: list(dir, commit, `${clean}/`, repo, refName, urls) };
    const bytes = execFileSync('git', ['cat-file', 'blob', entry.sha], { cwd: dir, maxBuffer: 256 << 20 });
    if (entry.mode === '120000') {
      return {
        kind: 'symlink',
        json: { ...common(entry, 'symlink', repo, refName, urls), target: bytes.toString('utf8') },
      };
    }
    const inline = entry.size <= INLINE_CONTENT_LIMIT;
    return {
      kind: 'file',
      bytes,
      json: {
        ...common(entry, 'file', repo, refName, urls),
        encoding: inline ? 'base64' : 'none',
        content: inline ? encode64(bytes) : '',
      },
    };
  }
  return { kind: 'missing' };
}

/** Ruby's Base64.encode64, which GitHub uses: lines of 60 characters, each ending in a newline. */
export function encode64(bytes: Buffer): string {
  const flat = bytes.toString('base64');
  let out = '';
  for (let i = 0; i < flat.length; i += 60) out += `${flat.slice(i, i + 60)}\n`;
  return out;
}

function resolveCommit(dir: string, ref: string): string | undefined {
  try {
    return git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

function lsTree(dir: string, commit: string, path: string): Entry[] {
  const out = git(dir, ['ls-tree', '-z', '--long', commit, '--', path]);
  return out
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(\d+) (blob|tree|commit) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(line);
      if (!match) throw new Error(`unexpected git ls-tree line: ${line}`);
      return {
        mode: match[1] as string,
        type: match[2] as Entry['type'],
        sha: match[3] as string,
        size: match[4] === '-' ? 0 : Number(match[4]),
        path: match[5] as string,
      };
    });
}

function list(
  dir: string,
  commit: string,
  prefix: string,
  repo: Repo,
  ref: string,
  urls: Urls,
): Record<string, unknown>[] {
  return lsTree(dir, commit, prefix === '' ? '.' : prefix).map((entry) => {
    const type =
      entry.type === 'tree'
        ? 'dir'
        : entry.type === 'commit'
          ? 'submodule'
          : entry.mode === '120000'
            ? 'symlink'
            : 'file';
    return common(entry, type, repo, ref, urls);
  });
}

function common(entry: Entry, type: string, repo: Repo, ref: string, { api }: Urls): Record<string, unknown> {
  const encoded = entry.path.split('/').map(encodeURIComponent).join('/');
  const self = `${api}/repos/${repo.fullName}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const gitUrl =
    type === 'dir'
      ? `${api}/repos/${repo.fullName}/git/trees/${entry.sha}`
      : `${api}/repos/${repo.fullName}/git/blobs/${entry.sha}`;
  const html = `${HTML}/${repo.fullName}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${encoded}`;
  return {
    type,
    size: entry.size,
    name: entry.path.slice(entry.path.lastIndexOf('/') + 1),
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: gitUrl,
    html_url: html,
    download_url:
      type === 'file' ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${encoded}` : null,
    _links: { self, git: gitUrl, html },
  };
}
