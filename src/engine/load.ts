import { isAscii } from 'node:buffer';
import type { Stats } from 'node:fs';
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
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
  const found = new Map<string, Found>(); // absolute path -> where it was found
  for (const pattern of options.patterns.length > 0 ? options.patterns : ['.']) {
    for (const entry of await expand(pattern, cwd, ignore)) if (!found.has(entry.file)) found.set(entry.file, entry);
  }

  const skipped: SkippedFile[] = [];
  const texts: ManifestText[] = [];
  const entries = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Synchronous reads: the files are small and many, and a promise per system call costs more than the call.
  for (const entry of entries) {
    const display = toPosix(path.relative(cwd, entry.file)) || path.basename(entry.file);
    const outcome = readManifest(entry, options.maxFileBytes ?? MAX_FILE_BYTES);
    if (typeof outcome === 'string') texts.push({ path: display, text: outcome });
    else skipped.push({ file: display, reason: outcome.skip });
  }
  texts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { texts, skipped };
}

interface Found {
  file: string;
  /** The directory it must stay inside when it is a symbolic link. */
  root: string;
  /** The directory listing says it is a regular file, not a link: no need to ask again. */
  regular: boolean;
}

async function expand(pattern: string, cwd: string, ignore: string[]): Promise<Found[]> {
  const absolute = path.resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isFile()) return [{ file: absolute, root: path.dirname(absolute), regular: false }];
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
  const entries = await fg(glob, {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore,
    objectMode: true,
  });
  return entries.map((e) => ({
    file: path.resolve(e.path),
    root,
    regular: e.dirent.isFile() && !e.dirent.isSymbolicLink(),
  }));
}

function readManifest(entry: Found, maxBytes: number): string | { skip: string } {
  const { file, root } = entry;
  let fd: number | undefined;
  try {
    if (!entry.regular && lstatSync(file).isSymbolicLink()) {
      const target = tryRealpath(file);
      const realRoot = tryRealpath(root) ?? root;
      if (!target) return { skip: 'broken or looping symbolic link' };
      if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        return { skip: 'symbolic link to a file outside the scanned directory (not followed)' };
      }
    }
    fd = openSync(file, 'r');
    const info: Stats = fstatSync(fd);
    if (!info.isFile()) return { skip: 'not a regular file' };
    if (info.size > maxBytes) return { skip: `larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` };
    const bytes = readAll(fd, info.size);
    if (bytes.subarray(0, 8192).includes(0)) return { skip: 'binary file (contains NUL bytes)' };
    // Most manifests are ASCII: a one-byte string, read without a decoder.
    if (isAscii(bytes)) return bytes.toString('latin1');
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { skip: 'not valid UTF-8 text' };
    }
  } catch (error) {
    return { skip: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tryRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** The whole file; `size` is what fstat said, but a file may grow or shrink while it is read. */
function readAll(fd: number, size: number): Buffer {
  // One byte more than expected, so that the read that finds the end needs no bigger buffer.
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}
