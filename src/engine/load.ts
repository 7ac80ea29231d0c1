import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { ManifestText, SkippedFile } from './analyze.js';

export const DEFAULT_EXTENSIONS = ['yaml', 'yml', 'json'];
export const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**'];
/** Larger files are skipped with a reason: no real manifest comes near it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface LoadOptions {
  cwd: string;
  /** Files, directories (searched recursively for manifests) or globs, relative to cwd. */
  patterns: readonly string[];
  ignore?: readonly string[];
  maxFileBytes?: number;
}

export interface LoadResult {
  texts: ManifestText[];
  skipped: SkippedFile[];
}

export class UsageError extends Error {}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Finds and reads manifest files. The only file-system code of the engine. */
export async function loadManifests(options: LoadOptions): Promise<LoadResult> {
  const cwd = path.resolve(options.cwd);
  const ignore = [...DEFAULT_IGNORE, ...(options.ignore ?? [])];
  const found = new Map<string, string>(); // absolute path -> containment root
  for (const pattern of options.patterns.length > 0 ? options.patterns : ['.']) {
    for (const [file, root] of await expand(pattern, cwd, ignore))
      if (!found.has(file)) found.set(file, root);
  }

  const skipped: SkippedFile[] = [];
  const texts: ManifestText[] = [];
  const entries = [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  await forEachLimited(entries, 32, async ([absolute, root]) => {
    const display = toPosix(path.relative(cwd, absolute)) || path.basename(absolute);
    const outcome = await readManifest(absolute, root, options.maxFileBytes ?? MAX_FILE_BYTES);
    if (typeof outcome === 'string') texts.push({ path: display, text: outcome });
    else skipped.push({ file: display, reason: outcome.skip });
  });
  texts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { texts, skipped };
}

async function expand(pattern: string, cwd: string, ignore: string[]): Promise<[string, string][]> {
  const absolute = path.resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isFile()) return [[absolute, path.dirname(absolute)]];
  let root: string;
  let glob: string;
  if (info?.isDirectory()) {
    root = absolute;
    glob = `**/*.{${DEFAULT_EXTENSIONS.join(',')}}`;
  } else if (fg.isDynamicPattern(pattern)) {
    root = cwd;
    glob = toPosix(pattern);
  } else {
    throw new UsageError(`no such file or directory: ${pattern}`);
  }
  const files = await fg(glob, {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore,
  });
  return files.map((f) => [path.resolve(f), root]);
}

async function readManifest(
  file: string,
  root: string,
  maxBytes: number,
): Promise<string | { skip: string }> {
  try {
    const link = await lstat(file);
    if (link.isSymbolicLink()) {
      const target = await realpath(file).catch(() => undefined);
      const realRoot = await realpath(root).catch(() => root);
      if (!target) return { skip: 'broken or looping symbolic link' };
      if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        return { skip: 'symbolic link to a file outside the scanned directory (not followed)' };
      }
    }
    const info = await stat(file);
    if (!info.isFile()) return { skip: 'not a regular file' };
    if (info.size > maxBytes) return { skip: `larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` };
    const bytes = await readFile(file);
    if (bytes.subarray(0, 8192).includes(0)) return { skip: 'binary file (contains NUL bytes)' };
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { skip: 'not valid UTF-8 text' };
    }
  } catch (error) {
    return { skip: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(workers);
}
