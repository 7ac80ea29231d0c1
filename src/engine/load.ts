import { isAscii } from 'node:buffer';
import type { Stats } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { ManifestText, SkippedFile } from './analyze.js';

export const DEFAULT_EXTENSIONS = ['yaml', 'yml', 'json'];
/** kustomize's third file name for a kustomization (konfig.RecognizedKustomizationFileNames): no extension. */
export const KUSTOMIZATION_NO_EXTENSION = 'Kustomization';
// Never loaded unless the user says otherwise: dependencies (`node_modules`, and `vendor`, where Go, PHP
// and Ruby keep copies of other projects: nothing there is the repository's to fix), git's own files, and
// the directories that by name hold inputs of tests, often deliberately invalid: `testdata` (Go's
// convention), `e2e`, `fake` (Go's test doubles), `fixtures` and `__fixtures__`, `__tests__`. A directory
// named `test` or `tests` is not among them: in GitOps repositories it is as often an environment
// (`overlays/test`, `clusters/test`) as a test tree.
// A negated entry in `ignore` that repeats one exactly (`!**/testdata/**`) removes it (see `ignorePlan`),
// and a path or glob that names the directory (`kube-pairing pkg/testdata`) is checked in spite of it.
export const DEFAULT_IGNORE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/vendor/**',
  '**/testdata/**',
  '**/_testdata/**',
  '**/e2e/**',
  '**/fake/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/__tests__/**',
];
/** The directory each default ignores, as a path segment. */
const DEFAULT_DIRS: Readonly<Record<string, string>> = {
  '**/node_modules/**': 'node_modules',
  '**/.git/**': '.git',
  '**/vendor/**': 'vendor',
  '**/testdata/**': 'testdata',
  '**/_testdata/**': '_testdata',
  '**/e2e/**': 'e2e',
  '**/fake/**': 'fake',
  '**/fixtures/**': 'fixtures',
  '**/__fixtures__/**': '__fixtures__',
  '**/__tests__/**': '__tests__',
};
/**
 * Defaults that always prune the walk (a negation other than their exact one cannot reach inside them,
 * as in ESLint, where files in an ignored `node_modules` cannot be un-ignored): walking them only to
 * find nothing to load would be slow.
 */
const ALWAYS_PRUNED = new Set(['**/node_modules/**', '**/.git/**']);
/** Larger files are skipped with a reason: no real manifest comes near it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface LoadOptions {
  cwd: string;
  /** Files, directories (searched recursively for manifests) or globs, relative to cwd. */
  patterns: readonly string[];
  // Globs of files never loaded, after DEFAULT_IGNORE and in this order. A glob starting with `!`
  // re-includes what it matches (the last matching entry decides, as in .gitignore and ESLint); one that
  // repeats a default exactly (`!**/testdata/**`) removes that default. Relative globs match paths
  // relative to the directory searched (cwd for a glob pattern), absolute ones absolute paths.
  ignore?: readonly string[];
  maxFileBytes?: number;
}

export interface LoadResult {
  texts: ManifestText[];
  skipped: SkippedFile[];
  /**
   * The patterns (as given) that reached no file, after the ignore globs: the CLI's exit 2. `ignored`:
   * files are there, but the ignore globs (defaults or config) leave out every one.
   */
  unmatched: { pattern: string; ignored: boolean }[];
  /** Files and directories that exist but could not be read (also in `skipped`): the CLI's exit 2. */
  unreadable: SkippedFile[];
}

/** A kube-pairing config file is never a manifest, wherever it is (INTERFACE.md). */
export const CONFIG_FILE_NAMES = ['.kube-pairing.yaml', '.kube-pairing.yml'];

export class UsageError extends Error {}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Finds and reads manifest files. The only file-system code of the engine. */
export async function loadManifests(options: LoadOptions): Promise<LoadResult> {
  const cwd = path.resolve(options.cwd);
  const found = new Map<string, Found>(); // absolute path -> where it was found
  const unmatched: LoadResult['unmatched'] = [];
  const unreadable: SkippedFile[] = [];
  const display = (file: string): string => toPosix(path.relative(cwd, file)) || path.basename(file);
  for (const pattern of options.patterns.length > 0 ? options.patterns : ['.']) {
    const entries = await expand(pattern, cwd, ignorePlan(pattern, options.ignore ?? []), (dir, code) =>
      unreadable.push({ file: `${display(dir)}/`, reason: `directory cannot be read: ${code}` }),
    );
    if (entries.length === 0)
      unmatched.push({ pattern, ignored: (await expand(pattern, cwd, NO_IGNORE, () => {})).length > 0 });
    for (const entry of entries) if (!found.has(entry.file)) found.set(entry.file, entry);
  }

  const skipped: SkippedFile[] = [...unreadable];
  const texts: ManifestText[] = [];
  const confinement = new Confinement(cwd);
  const placed = [...found.values()].map((entry) => ({ entry, place: confinement.place(entry) }));
  // A file reached by its own path is read under that path; links to it are then skipped as duplicates.
  const direct = (p: (typeof placed)[number]): number =>
    'real' in p.place && p.place.real === p.entry.file ? 0 : 1;
  placed.sort(
    (a, b) =>
      direct(a) - direct(b) || (a.entry.file < b.entry.file ? -1 : a.entry.file > b.entry.file ? 1 : 0),
  );
  const readAs = new Map<string, string>(); // real path -> the path it was read as
  // Synchronous reads: the files are small and many, and a promise per system call costs more than the call.
  for (const { entry, place } of placed) {
    if ('skip' in place) {
      skipped.push({ file: display(entry.file), reason: place.skip });
      continue;
    }
    const same = readAs.get(place.real);
    if (same !== undefined) {
      skipped.push({
        file: display(entry.file),
        reason: `the same file as ${same} (a symbolic link), checked once`,
      });
      continue;
    }
    readAs.set(place.real, display(entry.file));
    if (CONFIG_FILE_NAMES.includes(path.basename(entry.file))) {
      skipped.push({
        file: display(entry.file),
        reason:
          'a kube-pairing config file, not a manifest (a config applies when it is found from the working directory up to the repository root, or named with --config)',
      });
      continue;
    }
    const outcome = readManifest(entry.file, options.maxFileBytes ?? MAX_FILE_BYTES);
    if (typeof outcome === 'string') texts.push({ path: display(entry.file), text: outcome });
    else {
      const skip = { file: display(entry.file), reason: outcome.skip };
      skipped.push(skip);
      if (outcome.unreadable) unreadable.push(skip);
    }
  }
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  texts.sort((a, b) => byPath(a.path, b.path));
  skipped.sort((a, b) => byPath(a.file, b.file));
  unreadable.sort((a, b) => byPath(a.file, b.file));
  return { texts, skipped, unmatched, unreadable };
}

interface Found {
  file: string;
  /** The directory named by the pattern it was found with (the working directory for a glob). */
  root: string;
  /** The directory listing says it is a regular file, not a link: no need to ask again. */
  regular: boolean;
}

/** One entry of the ignore list: a glob, or (negated) a glob whose files are loaded after all. */
export interface IgnoreEntry {
  glob: string;
  negated: boolean;
}

/** How the ignore list applies to the files one pattern finds. */
export interface IgnorePlan {
  /** Globs whose files are never loaded, whatever follows: fast-glob prunes them from the walk. */
  prune: string[];
  /**
   * The rest of the list, in order, for the files the walk finds: the last entry that matches a file
   * decides (a negated one loads it). Empty when no negation needs it.
   */
  ordered: IgnoreEntry[];
}

const entryOf = (glob: string): IgnoreEntry =>
  glob.startsWith('!')
    ? { glob: normalizeGlob(glob.slice(1)), negated: true }
    : { glob: normalizeGlob(glob), negated: false };
const normalizeGlob = (glob: string): string => toPosix(glob.trim()).replace(/^(?:\.\/)+/, '');

/**
 * The ignore list for one command-line pattern: DEFAULT_IGNORE (less the defaults the pattern names:
 * `kube-pairing pkg/testdata` checks that directory), then `ignore` in order. A negated glob removes an
 * earlier identical glob (that is how a default is turned off) and re-includes files an earlier glob
 * matched. Pure.
 */
export function ignorePlan(pattern: string, ignore: readonly string[]): IgnorePlan {
  const segments = toPosix(pattern).split('/');
  const defaults = DEFAULT_IGNORE.filter((d) => !segments.includes(DEFAULT_DIRS[d]!));
  let entries: (IgnoreEntry & { isDefault: boolean })[] = defaults.map((glob) => ({
    glob,
    negated: false,
    isDefault: true,
  }));
  for (const raw of ignore) {
    const entry = entryOf(raw);
    if (entry.glob === '') continue;
    if (entry.negated) {
      // The negation of a default, written exactly (`!**/testdata/**`), removes that default and nothing else.
      // (and the same glob written earlier, as the Action's `exclude` default repeats them).
      if (DEFAULT_IGNORE.includes(entry.glob)) {
        entries = entries.filter((e) => e.negated || e.glob !== entry.glob);
        continue;
      }
      // An identical earlier glob can never be the last match any more: drop it.
      entries = entries.filter((e) => e.negated || e.glob !== entry.glob);
      // A negation re-includes only what an earlier glob ignored (not inside node_modules or .git):
      // with none left, it does nothing.
      if (!entries.some((e) => !e.negated && !(e.isDefault && ALWAYS_PRUNED.has(e.glob)))) continue;
    }
    entries.push({ ...entry, isDefault: false });
  }
  const lastNegation = entries.map((e) => e.negated).lastIndexOf(true);
  const prune: string[] = [];
  const ordered: IgnoreEntry[] = [];
  entries.forEach((e, i) => {
    if (!e.negated && (i > lastNegation || (e.isDefault && ALWAYS_PRUNED.has(e.glob)))) prune.push(e.glob);
    else ordered.push({ glob: e.glob, negated: e.negated });
  });
  return { prune, ordered: lastNegation === -1 ? [] : ordered };
}

const NO_IGNORE: IgnorePlan = { prune: [], ordered: [] };

/** The directories fast-glob could not list: reported, and the walk goes on without them. */
type OnUnreadable = (dir: string, code: string) => void;

/**
 * fast-glob, reporting the first directory it cannot read (EACCES, EPERM, EIO...) and then listing the
 * rest without it: fast-glob either stops at such an error or suppresses every one of them silently.
 */
async function globReporting(
  patterns: string[],
  options: fg.Options & { objectMode: true },
  onUnreadable: OnUnreadable,
): Promise<fg.Entry[]>;
async function globReporting(
  patterns: string[],
  options: fg.Options,
  onUnreadable: OnUnreadable,
): Promise<string[]>;
async function globReporting(
  patterns: string[],
  options: fg.Options,
  onUnreadable: OnUnreadable,
): Promise<(string | fg.Entry)[]> {
  try {
    return await fg(patterns, { ...options, suppressErrors: false });
  } catch (error) {
    const { code, path: where } = error as NodeJS.ErrnoException;
    if (typeof code !== 'string' || where === undefined) throw error;
    onUnreadable(path.resolve(options.cwd ?? '.', where), code);
    return fg(patterns, { ...options, suppressErrors: true });
  }
}

async function expand(
  pattern: string,
  cwd: string,
  plan: IgnorePlan,
  onUnreadable: OnUnreadable,
): Promise<Found[]> {
  const absolute = path.resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isFile()) return [{ file: absolute, root: path.dirname(absolute), regular: false }];
  let root: string;
  let globs: string[];
  if (info?.isDirectory()) {
    root = absolute;
    globs = [`**/*.{${DEFAULT_EXTENSIONS.join(',')}}`, `**/${KUSTOMIZATION_NO_EXTENSION}`];
  } else if (fg.isDynamicPattern(pattern)) {
    root = cwd;
    globs = [toPosix(pattern)];
  } else {
    throw new UsageError(`no such file or directory: ${pattern}`);
  }
  const walk = { cwd: root, dot: true, followSymbolicLinks: false, suppressErrors: true, ignore: plan.prune };
  const entries = await globReporting(
    globs,
    {
      ...walk,
      absolute: true,
      // Symbolic links are listed too (as links, not followed), so that none is dropped without a word.
      onlyFiles: false,
      objectMode: true,
    },
    onUnreadable,
  );
  const files = entries
    .filter((e) => e.dirent.isFile() || e.dirent.isSymbolicLink())
    .map((e) => ({ file: path.resolve(e.path), root, regular: e.dirent.isFile() }));
  if (plan.ordered.length === 0) return files;
  // What each remaining entry matches, by fast-glob itself (the same syntax and semantics as `prune`):
  // a file, or anything below a directory it matches.
  const matches = await Promise.all(
    plan.ordered.map(async (entry) => {
      const below = entry.glob.endsWith('/**') ? [] : [`${entry.glob.replace(/\/+$/, '')}/**`];
      const paths = await fg([entry.glob, ...below], { ...walk, absolute: true, onlyFiles: false });
      return new Set(paths.map((p) => path.resolve(p)));
    }),
  );
  return files.filter((f) => {
    for (let i = plan.ordered.length - 1; i >= 0; i--)
      if (matches[i]!.has(f.file)) return plan.ordered[i]!.negated;
    return true;
  });
}

const OUTSIDE = 'reached through a symbolic link that leads outside the checked directory (not followed)';

/**
 * Where files really are. A symbolic link (to a file, or to a directory on the way to it) may not lead
 * out of the working directory (the Action's workspace) when it was found inside it, nor out of a
 * directory the user named outside it: a pull request cannot make the checker read other files.
 */
class Confinement {
  private readonly realCwd: string;
  private readonly realDirs = new Map<string, string | undefined>();

  constructor(private readonly cwd: string) {
    this.realCwd = tryRealpath(cwd) ?? cwd;
  }

  place(entry: Found): { real: string } | { skip: string } {
    const boundary = isWithin(entry.root, this.cwd) ? this.realCwd : (this.realDir(entry.root) ?? entry.root);
    let real: string | undefined;
    if (entry.regular) {
      // One system call per directory, not per file: a listed regular file is where its directory really is.
      const dir = this.realDir(path.dirname(entry.file));
      real = dir === undefined ? undefined : path.join(dir, path.basename(entry.file));
    } else {
      real = tryRealpath(entry.file);
      if (real === undefined) return { skip: 'broken or looping symbolic link' };
    }
    return real !== undefined && isWithin(real, boundary) ? { real } : { skip: OUTSIDE };
  }

  private realDir(dir: string): string | undefined {
    if (!this.realDirs.has(dir)) this.realDirs.set(dir, tryRealpath(dir));
    return this.realDirs.get(dir);
  }
}

const isWithin = (file: string, dir: string): boolean =>
  file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

function readManifest(file: string, maxBytes: number): string | { skip: string; unreadable?: true } {
  let fd: number | undefined;
  try {
    // Non-blocking: opening a named pipe must not wait for a writer (it is then skipped as not a file).
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info: Stats = fstatSync(fd);
    if (!info.isFile()) return { skip: 'not a regular file' };
    const tooLarge = (size: number) => ({
      skip: `${(size / 1024 / 1024).toFixed(1)} MiB, larger than the ${Math.round(maxBytes / 1024 / 1024)} MiB limit for a manifest`,
    });
    if (info.size > maxBytes) return tooLarge(info.size);
    const bytes = readAll(fd, info.size, maxBytes);
    if (bytes.length > maxBytes) return tooLarge(bytes.length);
    // kubectl reads UTF-16 text that starts with a byte-order mark (Windows editors write it).
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeText(bytes.subarray(2), 'utf-16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeText(bytes.subarray(2), 'utf-16be');
    if (bytes.subarray(0, 8192).includes(0)) return { skip: 'binary file (contains NUL bytes)' };
    // Most manifests are ASCII: a one-byte string, read without a decoder.
    if (isAscii(bytes)) return bytes.toString('latin1');
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { skip: 'not valid UTF-8 text' };
    }
  } catch (error) {
    return {
      skip: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      unreadable: true,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function decodeText(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | { skip: string } {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.includes('\0') ? { skip: 'binary file (contains NUL characters)' } : text;
  } catch {
    return {
      skip: `not valid ${encoding.toUpperCase()} text (it starts with a ${encoding.toUpperCase()} byte-order mark)`,
    };
  }
}

function tryRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The whole file; `size` is what fstat said, but a file may grow or shrink while it is read. Stops once
 * it has more than `maxBytes` (the caller skips the file then).
 */
function readAll(fd: number, size: number, maxBytes: number): Buffer {
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
    if (length > maxBytes) break;
  }
  return buffer.subarray(0, length);
}
