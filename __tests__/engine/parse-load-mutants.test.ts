/**
 * src/engine/load.ts and src/engine/parse.ts, exactly (mutation testing, docs/testing.md). Loading: which files a
 * pattern reaches, in which order, and every reason a file is skipped (size, encoding, binary, links, config
 * files), on files in one temporary directory. Parsing: kustomizations, Lists, identities, syntax problems and
 * their regions, deferred and built objects of the pre-scan, with the pre-scan on and off.
 * `kills #N`: mutant ids of the run `--mutate src/engine/parse.ts,src/engine/load.ts` (vitest.loading.config.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ignorePlan, loadManifests, UsageError } from '../../src/engine/load.js';
import type { LoadResult } from '../../src/engine/load.js';
import type { ParsedFile } from '../../src/engine/parse.js';
import { isRecord, parseManifestFile } from '../../src/engine/parse.js';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n';

let root: string;
let outside: string;
let socket: Server;

/** Writes files under `dir` (text or bytes). */
function write(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'kp-parse-load-mutants-'));
  outside = mkdtempSync(path.join(tmpdir(), 'kp-parse-load-outside-'));
  write(outside, { 'secret.yaml': SERVICE, 'dir/inner.yaml': SERVICE });
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(outside, 'dir/up.yaml'));
  symlinkSync(outside, `${outside}-link`);
  write(`${root}-sibling`, { 'secret.yaml': SERVICE });
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SERVICE, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  write(root, {
    // Encodings and contents.
    'enc/ascii.yaml': SERVICE,
    'enc/utf8.yaml': `${SERVICE}  labels:\n    x: é😀\n`,
    'enc/utf16le.yaml': le,
    'enc/utf16be.yaml': be,
    'enc/utf16-odd.yaml': Buffer.from([0xff, 0xfe, 0x61]),
    'enc/utf16-nul.yaml': Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x00, 0x00]),
    'enc/utf16be-odd.yaml': Buffer.from([0xfe, 0xff, 0x00]),
    'enc/ff-only.yaml': Buffer.from([0xff, 0x41, 0x00, 0x42]),
    'enc/fe-second.yaml': Buffer.from([0x41, 0xfe, 0x42, 0x00]),
    'enc/fe-only.yaml': Buffer.from([0xfe, 0x41, 0x00, 0x42]),
    'enc/ff-second.yaml': Buffer.from([0x41, 0xff, 0x42, 0x00]),
    'enc/nul.yaml': Buffer.from('a\0b'),
    'enc/late-nul.yaml': Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]),
    'enc/nul-at-8191.yaml': Buffer.concat([Buffer.alloc(8191, 0x61), Buffer.from([0])]),
    'enc/bad-utf8.yaml': Buffer.from([0x61, 0xc3, 0x28]),
    'enc/empty.yaml': '',
    // Names.
    'names/a.yml': SERVICE,
    'names/b.json': '{}',
    'names/Kustomization': 'resources: []\n',
    'names/c.txt': SERVICE,
    'names/d.YAML': SERVICE,
    'names/.kube-pairing.yaml': 'rules: {}\n',
    'names/.kube-pairing.yml': 'rules: {}\n',
    'names/sub/e.yaml': SERVICE,
    // Sizes.
    'size/big.yaml': Buffer.alloc(1024 * 1024 + 1024 * 512, 0x61),
    'size/limit.yaml': Buffer.alloc(1024 * 1024, 0x61),
    // Links.
    'links/target.yaml': SERVICE,
    'links/z-dir/inner.yaml': SERVICE,
    // An ignore glob no file matches, but for this name; a directory with a manifest's name; deeper dirs.
    'ign/Stryker was here': SERVICE,
    'ign/a.yaml': SERVICE,
    'dirs/real.yaml': SERVICE,
    'dirs/folder.yaml/inner.txt': 'x',
    'deep/a.yaml': SERVICE,
    'deep/c/d/x.yaml': SERVICE,
    'empty/.keep': '',
    // Order.
    'order/b.yaml': SERVICE,
    'order/a.yaml': SERVICE,
    'order/c/a.yaml': SERVICE,
  });
  symlinkSync(path.join(root, 'links/target.yaml'), path.join(root, 'links/a-link.yaml'));
  symlinkSync('target.yaml', path.join(root, 'links/relative-link.yaml'));
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'links/out.yaml'));
  symlinkSync(path.join(outside, 'dir'), path.join(root, 'links/out-dir'));
  symlinkSync(path.join(root, 'links/z-dir'), path.join(root, 'links/in-dir'));
  symlinkSync(path.join(root, 'links/missing.yaml'), path.join(root, 'links/broken.yaml'));
  symlinkSync('loop.yaml', path.join(root, 'links/loop.yaml'));
  symlinkSync(path.join(root, 'links/z-dir'), path.join(root, 'links/dir-link.yaml'));
  symlinkSync(path.join(`${root}-sibling`, 'secret.yaml'), path.join(root, 'sib.yaml'));
  mkdirSync(path.join(root, 'selfdir'));
  symlinkSync(root, path.join(root, 'selfdir/cwd.yaml'));
  // A link to a socket: listed (as a link), but opening a socket fails (ENXIO).
  mkdirSync(path.join(root, 'sock'));
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(path.join(root, 'sock/s'), resolve));
  symlinkSync(path.join(root, 'sock/s'), path.join(root, 'sock/s.yaml'));
  write(root, { 'sock/ok.yaml': SERVICE });
});

afterAll(async () => {
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
  rmSync(`${outside}-link`, { force: true });
  rmSync(`${root}-sibling`, { recursive: true, force: true });
});

const load = (patterns: string[], more: { ignore?: string[]; maxFileBytes?: number; cwd?: string } = {}) =>
  loadManifests({ cwd: more.cwd ?? root, patterns, ignore: more.ignore, maxFileBytes: more.maxFileBytes });

/** Each text as `path: its first line` and each skipped file as `path: reason`. */
const sketch = (r: LoadResult) => ({
  texts: r.texts.map((t) => `${t.path}: ${JSON.stringify(t.text.slice(0, 20))}`),
  skipped: r.skipped.map((s) => `${s.file}: ${s.reason}`),
  unmatched: r.unmatched,
  unreadable: r.unreadable.map((s) => `${s.file}: ${s.reason}`),
});

describe('loadManifests: encodings and contents', () => {
  it('reads ASCII, UTF-8 and UTF-16 with a byte-order mark; skips binary and broken text with the reason', async () => {
    // Each byte-order mark, NUL and decoder outcome of readManifest and decodeText.
    const result = await load(['enc']);
    expect(sketch(result)).toEqual({
      texts: [
        'enc/ascii.yaml: "apiVersion: v1\\nkind:"',
        'enc/empty.yaml: ""',
        `enc/late-nul.yaml: ${JSON.stringify('a'.repeat(20))}`,
        'enc/utf16be.yaml: "apiVersion: v1\\nkind:"',
        'enc/utf16le.yaml: "apiVersion: v1\\nkind:"',
        'enc/utf8.yaml: "apiVersion: v1\\nkind:"',
      ],
      skipped: [
        'enc/bad-utf8.yaml: not valid UTF-8 text',
        'enc/fe-only.yaml: binary file (contains NUL bytes)',
        'enc/fe-second.yaml: binary file (contains NUL bytes)',
        'enc/ff-only.yaml: binary file (contains NUL bytes)',
        'enc/ff-second.yaml: binary file (contains NUL bytes)',
        'enc/nul-at-8191.yaml: binary file (contains NUL bytes)',
        'enc/nul.yaml: binary file (contains NUL bytes)',
        'enc/utf16-nul.yaml: binary file (contains NUL characters)',
        'enc/utf16-odd.yaml: not valid UTF-16LE text (it starts with a UTF-16LE byte-order mark)',
        'enc/utf16be-odd.yaml: not valid UTF-16BE text (it starts with a UTF-16BE byte-order mark)',
      ],
      unmatched: [],
      unreadable: [],
    });
    const text = (p: string) => result.texts.find((t) => t.path === p)?.text;
    expect(text('enc/utf16le.yaml')).toBe(SERVICE);
    expect(text('enc/utf16be.yaml')).toBe(SERVICE);
    expect(text('enc/utf8.yaml')).toBe(`${SERVICE}  labels:\n    x: é😀\n`);
    expect(text('enc/late-nul.yaml')).toBe(`${'a'.repeat(8192)}\0`);
    expect(text('enc/ascii.yaml')).toBe(SERVICE);
  });

  it('skips a file over the size limit with both sizes in MiB; a file at the limit is read', async () => {
    // The tooLarge message and `info.size > maxBytes`.
    const result = await load(['size'], { maxFileBytes: 1024 * 1024 });
    expect(sketch(result)).toEqual({
      texts: [`size/limit.yaml: ${JSON.stringify('a'.repeat(20))}`],
      skipped: ['size/big.yaml: 1.5 MiB, larger than the 1 MiB limit for a manifest'],
      unmatched: [],
      unreadable: [],
    });
    expect(result.texts[0]?.text).toHaveLength(1024 * 1024);
    const small = await load(['size/limit.yaml'], { maxFileBytes: 3 * 1024 * 1024 });
    expect(small.texts.map((t) => t.text.length)).toEqual([1024 * 1024]);
  });

  it('reads a file whose size the system does not know (procfs) to its end, and stops past the limit', async () => {
    // readAll's growing buffer and its `length > maxBytes` stop.
    const proc = await loadManifests({ cwd: '/proc/self', patterns: ['status'] });
    expect(proc.skipped).toEqual([]);
    expect(proc.texts).toHaveLength(1);
    expect(proc.texts[0]?.path).toBe('status');
    expect(proc.texts[0]?.text).toMatch(/^Name:\t.*\n[\s\S]*\nPid:\t\d+\n[\s\S]*\n$/);
    const limited = await loadManifests({ cwd: '/proc/self', patterns: ['status'], maxFileBytes: 100 });
    expect(limited.texts).toEqual([]);
    expect(limited.skipped).toEqual([
      { file: 'status', reason: '0.0 MiB, larger than the 0 MiB limit for a manifest' },
    ]);
  });
});

describe('loadManifests: names, patterns and order', () => {
  it('a directory search loads .yaml, .yml, .json and Kustomization, and skips config files', async () => {
    const result = await load(['names']);
    expect(sketch(result)).toEqual({
      texts: [
        'names/Kustomization: "resources: []\\n"',
        'names/a.yml: "apiVersion: v1\\nkind:"',
        'names/b.json: "{}"',
        'names/sub/e.yaml: "apiVersion: v1\\nkind:"',
      ],
      skipped: [
        'names/.kube-pairing.yaml: a kube-pairing config file, not a manifest (a config applies when it is found from the working directory up to the repository root, or named with --config)',
        'names/.kube-pairing.yml: a kube-pairing config file, not a manifest (a config applies when it is found from the working directory up to the repository root, or named with --config)',
      ],
      unmatched: [],
      unreadable: [],
    });
  });

  it('a file named explicitly is read whatever its name; a glob reaches what it matches', async () => {
    expect(sketch(await load(['names/c.txt', 'names/**/*.yaml']))).toEqual({
      texts: ['names/c.txt: "apiVersion: v1\\nkind:"', 'names/sub/e.yaml: "apiVersion: v1\\nkind:"'],
      skipped: [
        'names/.kube-pairing.yaml: a kube-pairing config file, not a manifest (a config applies when it is found from the working directory up to the repository root, or named with --config)',
      ],
      unmatched: [],
      unreadable: [],
    });
  });

  it('no pattern: the working directory', async () => {
    const result = await load([], { cwd: path.join(root, 'order') });
    expect(result.texts.map((t) => t.path)).toEqual(['a.yaml', 'b.yaml', 'c/a.yaml']);
  });

  it('a file found by two patterns is read once; texts come sorted by path whatever the pattern order', async () => {
    const result = await load(['order/c', 'order/b.yaml', 'order', 'order/*.yaml']);
    expect(result.texts.map((t) => t.path)).toEqual(['order/a.yaml', 'order/b.yaml', 'order/c/a.yaml']);
    expect(result.skipped).toEqual([]);
    expect(result.unmatched).toEqual([]);
  });

  it('patterns that reach nothing: unmatched, and whether ignore globs left their files out', async () => {
    const result = await load(['names/*.nothing', 'order', 'names/sub/*.yaml'], { ignore: ['**/sub/**'] });
    expect(result.unmatched).toEqual([
      { pattern: 'names/*.nothing', ignored: false },
      { pattern: 'names/sub/*.yaml', ignored: true },
    ]);
    expect(result.texts.map((t) => t.path)).toEqual(['order/a.yaml', 'order/b.yaml', 'order/c/a.yaml']);
  });

  it('a pattern that is neither a file, a directory nor a glob is a usage error', async () => {
    await expect(load(['no/such.yaml'])).rejects.toThrow(
      new UsageError('no such file or directory: no/such.yaml'),
    );
    await expect(load(['no/such.yaml'])).rejects.toBeInstanceOf(UsageError);
  });

  it('ignore globs: trimmed, ./ removed, empty ones and lone negations dropped', async () => {
    expect(ignorePlan('.', ['  ./a/**  ', '', '!', '././b/**'])).toEqual({
      prune: [
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
        'a/**',
        'b/**',
      ],
      ordered: [],
    });
    // A negation of an earlier glob, spelt with spaces and ./, drops it and re-includes what the rest ignore.
    const plan = ignorePlan('.', ['a/**', 'b/**', '!  ./a/**']);
    expect(plan.prune).toEqual(['**/node_modules/**', '**/.git/**']);
    expect(plan.ordered.map((e) => `${e.negated ? '!' : ''}${e.glob}`).slice(-3)).toEqual([
      '**/__tests__/**',
      'b/**',
      '!a/**',
    ]);
  });

  it('an ignored directory without /** leaves out what is below it, and a later negation takes part back', async () => {
    // Relative to the directory searched.
    const result = await load(['order'], { ignore: ['c/', 'b.yaml', '!c/a.yaml'] });
    expect(result.texts.map((t) => t.path)).toEqual(['order/a.yaml', 'order/c/a.yaml']);
    const none = await load(['order'], { ignore: ['c', '!b.yaml'] });
    expect(none.texts.map((t) => t.path)).toEqual(['order/a.yaml', 'order/b.yaml']);
    const slash = await load(['order'], { ignore: ['c//', '!b.yaml'] });
    expect(slash.texts.map((t) => t.path)).toEqual(['order/a.yaml', 'order/b.yaml']);
    const dir = await load(['order'], { ignore: ['c/**', '!a.yaml'] });
    expect(dir.texts.map((t) => t.path)).toEqual(['order/a.yaml', 'order/b.yaml']);
  });
});

describe('loadManifests: symbolic links', () => {
  it('reads a file once, under its own path; links inside are duplicates, links out are not followed', async () => {
    const result = await load(['links']);
    expect(sketch(result)).toEqual({
      texts: [
        'links/in-dir/inner.yaml: "apiVersion: v1\\nkind:"',
        'links/target.yaml: "apiVersion: v1\\nkind:"',
        'links/z-dir/inner.yaml: "apiVersion: v1\\nkind:"',
      ].filter((t) => !t.startsWith('links/in-dir')),
      skipped: [
        'links/a-link.yaml: the same file as links/target.yaml (a symbolic link), checked once',
        'links/broken.yaml: broken or looping symbolic link',
        'links/dir-link.yaml: not a regular file',
        'links/loop.yaml: broken or looping symbolic link',
        'links/out.yaml: reached through a symbolic link that leads outside the checked directory (not followed)',
        'links/relative-link.yaml: the same file as links/target.yaml (a symbolic link), checked once',
      ],
      unmatched: [],
      unreadable: [],
    });
  });

  it('a link named explicitly is read under its own name when its target is not checked', async () => {
    const result = await load(['links/a-link.yaml']);
    expect(sketch(result).texts).toEqual(['links/a-link.yaml: "apiVersion: v1\\nkind:"']);
    const both = await load(['links/a-link.yaml', 'links/target.yaml']);
    expect(sketch(both)).toMatchObject({
      texts: ['links/target.yaml: "apiVersion: v1\\nkind:"'],
      skipped: ['links/a-link.yaml: the same file as links/target.yaml (a symbolic link), checked once'],
    });
  });

  it('a file through a linked directory inside the checked directory is read; one outside is not', async () => {
    const inside = await load(['links/in-dir/inner.yaml']);
    expect(sketch(inside).texts).toEqual(['links/in-dir/inner.yaml: "apiVersion: v1\\nkind:"']);
    const out = await load(['links/out-dir/inner.yaml']);
    expect(sketch(out)).toMatchObject({
      texts: [],
      skipped: [
        'links/out-dir/inner.yaml: reached through a symbolic link that leads outside the checked directory (not followed)',
      ],
    });
  });

  it('a directory named outside the working directory is checked within itself', async () => {
    const result = await load([outside]);
    expect(result.texts.map((t) => path.basename(t.path))).toEqual(['inner.yaml', 'secret.yaml']);
    expect(result.texts.map((t) => t.path)).toEqual([
      path.relative(root, path.join(outside, 'dir/inner.yaml')),
      path.relative(root, path.join(outside, 'secret.yaml')),
    ]);
    // Its files seen from inside it: a link from there back into the working directory is outside it.
    const fromOutside = await loadManifests({ cwd: outside, patterns: [path.join(root, 'links')] });
    expect(fromOutside.skipped.map((s) => `${path.basename(s.file)}: ${s.reason}`)).toContain(
      'out.yaml: reached through a symbolic link that leads outside the checked directory (not followed)',
    );
  });

  it('a file that exists but cannot be opened (a socket, through a link) is unreadable', async () => {
    const result = await load(['sock']);
    expect(sketch(result)).toEqual({
      texts: ['sock/ok.yaml: "apiVersion: v1\\nkind:"'],
      skipped: ['sock/s.yaml: cannot be read: ENXIO'],
      unmatched: [],
      unreadable: ['sock/s.yaml: cannot be read: ENXIO'],
    });
  });
});

describe('loadManifests: more exact edges', () => {
  // kills #49
  it('no pattern in an empty directory: `.` is the unmatched pattern', async () => {
    expect((await load([], { cwd: path.join(root, 'empty') })).unmatched).toEqual([
      { pattern: '.', ignored: false },
    ]);
  });

  // kills #52, #286
  it('no ignore list ignores nothing, whatever the file is called', async () => {
    expect((await load(['*'], { cwd: path.join(root, 'ign') })).texts.map((t) => t.path)).toEqual([
      'Stryker was here',
      'a.yaml',
    ]);
    const kept = await load(['*'], { cwd: path.join(root, 'ign'), ignore: ['x/**', 'a.yaml', '!x/y'] });
    expect(kept.texts.map((t) => t.path)).toEqual(['Stryker was here']);
  });

  // kills #273, #275
  it('a directory named like a manifest is not listed', async () => {
    expect(sketch(await load(['dirs']))).toEqual({
      texts: ['dirs/real.yaml: "apiVersion: v1\\nkind:"'],
      skipped: [],
      unmatched: [],
      unreadable: [],
    });
  });

  // kills #289
  it('an ignored directory two levels down, without /**', async () => {
    expect((await load(['deep'], { ignore: ['c/d', '!a.yaml'] })).texts.map((t) => t.path)).toEqual([
      'deep/a.yaml',
    ]);
  });

  // kills #66
  it('a file first found by its own name keeps the boundary of that pattern', async () => {
    // the link in dir/ leads up out of dir/, so named inside dir/ it is not followed
    const result = await load([path.join(outside, 'dir/up.yaml'), outside]);
    expect(result.texts.map((t) => path.basename(t.path))).toEqual(['inner.yaml', 'secret.yaml']);
    expect(result.skipped.map((s) => `${path.basename(s.file)}: ${s.reason}`)).toEqual([
      'up.yaml: reached through a symbolic link that leads outside the checked directory (not followed)',
    ]);
  });

  // kills #87, #89, #90, #311
  it('a directory named through a symbolic link is checked within where it really is', async () => {
    const result = await load([`${outside}-link`]);
    // Every file there is reached through the link: the first path of the real file is read.
    expect(result.texts.map((t) => path.basename(t.path))).toEqual(['inner.yaml', 'up.yaml']);
    expect(result.skipped.map((s) => path.basename(s.file))).toEqual(['secret.yaml']);
  });

  // kills #342
  it('a link to a directory whose name only starts like the checked one is outside it', async () => {
    const result = await load(['sib.yaml']);
    expect(sketch(result).skipped).toEqual([
      'sib.yaml: reached through a symbolic link that leads outside the checked directory (not followed)',
    ]);
  });

  // kills #86
  it('of two links to one file, the first by path is read, whatever the order of the patterns', async () => {
    for (const patterns of [
      ['links/a-link.yaml', 'links/relative-link.yaml'],
      ['links/relative-link.yaml', 'links/a-link.yaml'],
    ]) {
      expect(sketch(await load(patterns))).toEqual({
        texts: ['links/a-link.yaml: "apiVersion: v1\\nkind:"'],
        skipped: [
          'links/relative-link.yaml: the same file as links/a-link.yaml (a symbolic link), checked once',
        ],
        unmatched: [],
        unreadable: [],
      });
    }
  });

  // kills #339
  it('a link to the checked directory itself is inside it (and is no regular file)', async () => {
    expect(sketch(await load(['selfdir'])).skipped).toEqual(['selfdir/cwd.yaml: not a regular file']);
  });

  // kills #87, #89, #90, #122, #124, #127, #132, #133, #134, #135
  it('texts, skipped files and links read under their own name come sorted by path', async () => {
    const result = await load([
      'order/b.yaml',
      'links/relative-link.yaml',
      'links/a-link.yaml',
      'names',
      'links/broken*.yaml',
    ]);
    expect(result.texts.map((t) => t.path)).toEqual([
      'links/a-link.yaml',
      'names/Kustomization',
      'names/a.yml',
      'names/b.json',
      'names/sub/e.yaml',
      'order/b.yaml',
    ]);
    expect(result.skipped.map((s) => s.file)).toEqual([
      'links/broken.yaml',
      'links/relative-link.yaml',
      'names/.kube-pairing.yaml',
      'names/.kube-pairing.yml',
    ]);
    expect(result.skipped[1]?.reason).toBe(
      'the same file as links/a-link.yaml (a symbolic link), checked once',
    );
  });

  // kills #401, #403
  it('closes every file it opens', async () => {
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 3; i++) await load(['enc', 'names', 'order']);
    expect(open()).toBe(before);
  });

  // kills #424, #435, #436
  it('a procfs file of unknown size, at a limit that is a power of two, is read past it and skipped', async () => {
    // status is over 1 KiB: reading stops at exactly 1024 bytes only with `>=`
    const limited = await loadManifests({ cwd: '/proc/self', patterns: ['status'], maxFileBytes: 1024 });
    expect(limited.texts).toEqual([]);
    expect(limited.skipped.map((s) => s.reason)).toEqual([
      '0.0 MiB, larger than the 0 MiB limit for a manifest',
    ]);
    // smaps is over 128 KiB: reading stops at the first buffer past the limit (128 KiB), not at its end.
    const smaps = await loadManifests({ cwd: '/proc/self', patterns: ['smaps'], maxFileBytes: 100 * 1024 });
    expect(smaps.skipped.map((s) => s.reason)).toEqual([
      '0.1 MiB, larger than the 0 MiB limit for a manifest',
    ]);
  });

  // kills #53, #54, #55, #56, #68, #230, #231, #232, #236, #237, #239, #243
  it.skipIf(process.platform !== 'linux')(
    'a directory that cannot be listed is reported once, and the walk goes on without it',
    async () => {
      const result = await loadManifests({ cwd: '/proc/1', patterns: ['map_files/*.yaml', 'status'] });
      expect(result.unreadable).toEqual([
        { file: 'map_files/', reason: expect.stringMatching(/^directory cannot be read: E(ACCES|PERM)$/) },
      ]);
      expect(result.skipped).toEqual(result.unreadable);
      expect(result.unmatched).toEqual([{ pattern: 'map_files/*.yaml', ignored: false }]);
      expect(result.texts.map((t) => t.path)).toEqual(['status']);
    },
  );

  // kills #242
  it.skipIf(process.platform !== 'linux')(
    'after a directory that cannot be listed, the walk goes on from the same directory',
    async () => {
      const rest = await loadManifests({ cwd: '/proc/1', patterns: ['{map_files,task}/**/status'] });
      expect(rest.unreadable.map((u) => u.file)).toEqual(['map_files/']);
      expect(rest.texts.map((t) => t.path)).toContain('task/1/status');
    },
  );

  // kills #149, #188, #191, #193, #195, #197, #200, #222
  it('ignore plans: ./ only at the start, a negation with nothing to re-include, user globs never pruned early', () => {
    expect(ignorePlan('.', ['a/./b/**']).prune.at(-1)).toBe('a/./b/**');
    // with every other default turned off, only node_modules and .git
    // remain, and nothing inside them can be re-included.
    const off = [
      'vendor',
      'testdata',
      '_testdata',
      'e2e',
      'fake',
      'fixtures',
      '__fixtures__',
      '__tests__',
    ].map((d) => `!**/${d}/**`);
    expect(ignorePlan('.', [...off, '!x/**'])).toEqual({
      prune: ['**/node_modules/**', '**/.git/**'],
      ordered: [],
    });
    // a user's node_modules glob before a negation is decided file by file
    expect(ignorePlan('node_modules', ['**/node_modules/**', '!x/**']).prune).toEqual(['**/.git/**']);
    // the one negation at index 1
    const all = 'node_modules/.git/vendor/testdata/_testdata/e2e/fake/fixtures/__fixtures__/__tests__';
    expect(ignorePlan(all, ['a/**', '!a/b/**'])).toEqual({
      prune: [],
      ordered: [
        { glob: 'a/**', negated: false },
        { glob: 'a/b/**', negated: true },
      ],
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// parse.ts

const both = (path: string, text: string): ParsedFile[] => [
  parseManifestFile(path, text),
  parseManifestFile(path, text, { prescan: false }),
];

/** `kind/name@line:column` of every object (namespace and deferral too), with the pre-scan on and off. */
const objects = (path: string, text: string): string[][] =>
  both(path, text).map((p) =>
    p.objects.map(
      (o) =>
        `${o.apiVersion} ${o.kind}/${o.name}${o.namespace === undefined ? '' : ` ns=${o.namespace}`} #${o.documentIndex} @${o.node.range?.[0]}`,
    ),
  );

describe('parseManifestFile: kustomizations', () => {
  it('reads every field a kustomization names files with', () => {
    const text = [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'namespace: shop',
      'resources: [a.yaml, 7, b/]',
      'bases: [../base]',
      'components: [../c, 1]',
      'patchesStrategicMerge:',
      '  - p1.yaml',
      '  - |',
      '    apiVersion: v1',
      '    kind: Service',
      '  - 3',
      'patches:',
      '  - path: p2.yaml',
      '  - patch: inline',
      '  - p3.yaml',
      '  - "multi\\nline"',
      '  - path: 5',
      'patchesJson6902:',
      '  - path: p4.yaml',
      'helmCharts: [{name: x}]',
      'generators: []',
      '',
    ].join('\n');
    for (const parsed of both('app/kustomization.yaml', text)) {
      expect(parsed.kustomization).toMatchObject({
        namespace: 'shop',
        resources: ['a.yaml', 'b/', '../base'],
        components: ['../c'],
        patches: ['p1.yaml', 'p2.yaml', 'p3.yaml', 'p4.yaml'],
        unmodelled: ['helmCharts'],
      });
      expect(Object.keys(parsed.kustomization!)).toEqual([
        'namespace',
        'resources',
        'components',
        'patches',
        'unmodelled',
        'document',
      ]);
      expect(parsed.kustomization?.document).toMatchObject({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        name: '',
        documentIndex: 0,
      });
      expect(parsed.objects).toEqual([]);
      expect(parsed.skipped).toBeUndefined();
    }
  });

  // kills #868
  it('a bare kustomization: no namespace, no optional lists, kind Kustomization and no apiVersion', () => {
    for (const [file, text] of [
      [
        'kustomization.yaml',
        'namespace: ""\nresources: [a.yaml]\ncomponents: []\npatches: []\nhelmCharts: []\n',
      ],
      ['x/kustomization.yml', 'namespace: 3\nresources:\n- a.yaml\npatchesStrategicMerge: x\n'],
      ['x/Kustomization', 'resources: [a.yaml]\nhelmChartInflationGenerator: {}\n'],
    ] as const) {
      for (const parsed of both(file, text)) {
        expect(parsed.kustomization, file).toEqual({
          resources: ['a.yaml'],
          document: expect.objectContaining({ apiVersion: '', kind: 'Kustomization', name: '' }),
        });
        // no namespace key at all
        expect(Object.keys(parsed.kustomization!)).toEqual(['resources', 'document']);
      }
    }
  });

  it('helmChartInflationGenerator and generators are unmodelled when they list something', () => {
    const text = 'resources: []\nhelmChartInflationGenerator: [{}]\ngenerators: [g.yaml]\nhelmCharts: []\n';
    for (const parsed of both('kustomization.yaml', text))
      expect(parsed.kustomization?.unmodelled).toEqual(['helmChartInflationGenerator', 'generators']);
  });

  it('a Component is a kustomization; another kind in a kustomization file is an object', () => {
    const component = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [a.yaml]\n';
    for (const parsed of both('c/kustomization.yaml', component)) {
      expect(parsed.kustomization?.resources).toEqual(['a.yaml']);
      expect(parsed.kustomization?.document?.kind).toBe('Component');
    }
    expect(objects('kustomization.yaml', SERVICE)).toEqual([['v1 Service/a #0 @0'], ['v1 Service/a #0 @0']]);
    // Not a kustomization's name: read as a manifest.
    const parsed = parseManifestFile('mykustomization.yaml', 'resources: [a.yaml]\n');
    expect(parsed.kustomization).toBeUndefined();
    expect(parsed.skipped).toBe('no Kubernetes object (nothing with apiVersion and kind)');
  });

  it('a kustomization in flow style or JSON is read as well, with or without the pre-scan', () => {
    for (const text of [
      '{"resources": ["a.yaml"], "namespace": "n"}\n',
      'resources: [a.yaml]\nnamespace: n\nx: {a: 1}\n',
    ]) {
      for (const parsed of both('kustomization.yaml', text)) {
        expect(parsed.kustomization).toMatchObject({ namespace: 'n', resources: ['a.yaml'] });
        expect(isRecord(parsed.kustomization?.document?.value)).toBe(true);
      }
    }
  });

  it('a kustomization file whose document is not a mapping names no kustomization', () => {
    for (const parsed of both('kustomization.yaml', '- a\n- b\n')) {
      expect(parsed.kustomization).toBeUndefined();
      expect(parsed.skipped).toBe('no Kubernetes object (nothing with apiVersion and kind)');
    }
  });

  it('a kustomization file whose later document block-compose leaves to the parser is read once', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n';
    const folded = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  x: >\n    folded\n';
    expect(objects('kustomization.yaml', `${svc}---\n${folded}`)).toEqual([
      ['v1 Service/s #0 @0', `v1 ConfigMap/c #1 @${svc.length + 4}`],
      ['v1 Service/s #0 @0', `v1 ConfigMap/c #1 @${svc.length + 4}`],
    ]);
    const k = 'resources: [a.yaml]\n';
    for (const parsed of both('kustomization.yaml', `${k}---\n${folded}`)) {
      expect(parsed.kustomization?.resources).toEqual(['a.yaml']);
      expect(parsed.objects.map((o) => o.name)).toEqual(['c']);
    }
  });

  it('a broken kustomization file is reported, not skipped as no manifest', () => {
    for (const parsed of both('kustomization.yaml', 'resources: [a.yaml\n')) {
      expect(parsed.skipped).toBeUndefined();
      expect(parsed.syntaxProblems).toHaveLength(1);
    }
  });
});

describe('parseManifestFile: objects and identities', () => {
  it('name and namespace of every type, with the pre-scan on and off', () => {
    const doc = (meta: string, kind = 'Service') => `apiVersion: v1\nkind: ${kind}\nmetadata:\n${meta}`;
    const text = [
      doc('  name: 12\n  namespace: ""\n'),
      doc('  name: true\n'),
      doc('  name: [a]\n  namespace: 3\n'),
      doc('  name: x\n  namespace: ns\n', 'ConfigMap'),
      'apiVersion: v1\nkind: Secret\nmetadata: 7\n',
      'apiVersion: v1\nkind: ""\n',
      'apiVersion: 1\nkind: Service\n',
      'apiVersion: v1\nkind: 1\n',
    ].join('---\n');
    const [on, off] = objects('m.yaml', text);
    expect(on).toEqual([
      'v1 Service/12 #0 @0',
      'v1 Service/true #1 @70',
      'v1 Service/ #2 @126',
      'v1 ConfigMap/x ns=ns #3 @196',
      'v1 Secret/ #4 @267',
    ]);
    expect(off).toEqual(on);
  });

  it('expands a List only when its items are a sequence', () => {
    const list = (kind: string, items: string) => `apiVersion: v1\nkind: ${kind}\n${items}`;
    expect(
      objects(
        'l.yaml',
        list('List', 'items:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- 3\n'),
      ),
    ).toEqual([['v1 Service/a #0 @35'], ['v1 Service/a #0 @35']]);
    expect(objects('l.yaml', list('ServiceList', 'items: {}\n'))).toEqual([
      ['v1 ServiceList/ #0 @0'],
      ['v1 ServiceList/ #0 @0'],
    ]);
    expect(objects('l.yaml', list('Listing', 'items:\n- apiVersion: v1\n  kind: Service\n'))).toEqual([
      ['v1 Listing/ #0 @0'],
      ['v1 Listing/ #0 @0'],
    ]);
  });

  it('a deferred object: identity now, nodes and value on first use, the same each time', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: ns\ndata:\n  x: "1"\n';
    const text = `${SERVICE}---\n${cm}`;
    const parsed = parseManifestFile('m.yaml', text);
    const config = parsed.objects[1]!;
    expect(config).toMatchObject({
      kind: 'ConfigMap',
      name: 'c',
      namespace: 'ns',
      documentIndex: 1,
      deferred: true,
    });
    expect(config.value).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c', namespace: 'ns' },
      data: { x: '1' },
    });
    expect(config.value).toBe(config.value);
    expect(config.node).toBe(config.node);
    expect(config.node.range?.[0]).toBe(SERVICE.length + 4);
    // Asked for the node first.
    const again = parseManifestFile('m.yaml', text).objects[1]!;
    expect(again.node.range?.[0]).toBe(SERVICE.length + 4);
    expect(again.value.data).toEqual({ x: '1' });
  });

  // kills #754
  it('a deferred object outside what block-compose composes is read from the parsed file', () => {
    // A folded block scalar and a plain scalar over two lines, in documents the pre-scan defers.
    const cm =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  x: >\n    a\n    b\n  y: one\n    two\n';
    const text = `${cm}---\n${cm.replace('name: c', 'name: d')}`;
    const parsed = parseManifestFile('m.yaml', text);
    expect(parsed.objects.map((o) => `${o.name} ${o.deferred} ${o.node.range?.join(',')}`)).toEqual([
      `c true 0,${cm.length},${cm.length}`,
      `d true ${cm.length + 4},${2 * cm.length + 4},${2 * cm.length + 4}`,
    ]);
    expect(parsed.objects[1]!.value).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'd' },
      data: { x: 'a b\n', y: 'one two' },
    });
    expect(parsed.objects[0]!.value.data).toEqual({ x: 'a b\n', y: 'one two' });
    // read once, then the same object
    expect(parsed.objects[0]!.value).toBe(parsed.objects[0]!.value);
  });

  it('an object whose value the pre-scan built: its nodes are parsed on first use, once', () => {
    const deployment =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w\n  namespace: ns\nspec:\n  replicas: 2\n';
    const text = `${SERVICE}---\n${deployment}`;
    const [, built] = parseManifestFile('d.yaml', text).objects;
    expect(built).toMatchObject({ kind: 'Deployment', name: 'w', namespace: 'ns', documentIndex: 1 });
    expect(built?.deferred).toBeUndefined();
    expect(built?.value).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'w', namespace: 'ns' },
      spec: { replicas: 2 },
    });
    expect(built?.node).toBe(built?.node);
    expect(built?.node.range?.[0]).toBe(SERVICE.length + 4);
    // A built value with no identity is no object.
    expect(
      parseManifestFile('d.yaml', 'apiVersion: apps/v1\nkind: ""\nspec:\n  template: {}\n').objects,
    ).toEqual([]);
  });

  it('a document the pre-scan parses but block-compose does not compose is parsed alone, at its place in the file', () => {
    // A folded block scalar in a Service (parsed up front).
    const svc =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    a: >\n      folded\n      text\n';
    const text = `# c\n${svc}---\n${svc.replace('name: s', 'name: t')}`;
    const [on, off] = both('s.yaml', text);
    expect(on!.objects.map((o) => `${o.name} ${o.node.range?.join(',')}`)).toEqual(
      off!.objects.map((o) => `${o.name} ${o.node.range?.join(',')}`),
    );
    expect(on!.objects.map((o) => o.node.range?.[0])).toEqual([4, 4 + svc.length + 4]);
    expect(on!.objects[1]!.value).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 't', annotations: { a: 'folded text\n' } },
    });
  });
});

describe('parseManifestFile: syntax problems', () => {
  it('a problem in one of several documents names the document and the count', () => {
    const text = `${SERVICE}---\nkind: [\n---\n${SERVICE}`;
    for (const parsed of both('m.yaml', text)) {
      expect(parsed.syntaxProblems).toHaveLength(1);
      expect(parsed.syntaxProblems[0]?.document).toEqual({ number: 2, count: 3 });
      expect(parsed.syntaxProblems[0]?.kubectlRejects).toBe(true);
      expect(parsed.syntaxProblems[0]?.overLimit).toBeUndefined();
      expect(parsed.objects.map((o) => o.documentIndex)).toEqual([0, 2]);
    }
    const one = parseManifestFile('m.yaml', 'apiVersion: v1\nkind: [\n');
    expect(one.syntaxProblems[0]?.document).toBeUndefined();
  });

  // kills #500
  it('a JSON error past the values the parser read is the next document of the count', () => {
    const text = '{"apiVersion": "v1", "kind": "Service"}\n{"kind": "x"} ]\n';
    for (const parsed of both('s.json', text)) {
      expect(
        parsed.syntaxProblems.map((p) => ({
          message: p.message,
          at: `${p.region.line}:${p.region.column}-${p.region.endLine}:${p.region.endColumn}`,
          document: p.document,
          kubectlRejects: p.kubectlRejects,
        })),
      ).toEqual([
        {
          message: "JSON: invalid character ']' looking for beginning of value",
          at: '2:15-2:16',
          document: { number: 3, count: 3 },
          kubectlRejects: true,
        },
      ]);
      expect(parsed.objects.map((o) => `${o.kind}/${o.name}#${o.documentIndex}`)).toEqual(['Service/#0']);
    }
  });

  it('a problem at the end of a document points at its last character', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: a\n\n\n';
    for (const parsed of both('m.yaml', text)) {
      const region = parsed.syntaxProblems[0]!.region;
      expect(`${region.line}:${region.column}-${region.endLine}:${region.endColumn}`).toBe('3:18-3:19');
    }
  });

  // kills #775
  it('a problem right at the end of the text (no final line break) points at its last character', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: a';
    for (const parsed of both('m.yaml', text)) {
      const region = parsed.syntaxProblems[0]!.region;
      expect(`${region.line}:${region.column}-${region.endLine}:${region.endColumn}`).toBe('3:18-3:19');
    }
  });

  // kills #588
  it('a problem over a limit keeps a broken file from being skipped, whatever else is wrong', () => {
    // one problem over the limit, one not, and no apiVersion or kind
    const aliases = Array.from({ length: 120 }, (_, i) => `  k${i}: *a`).join('\n');
    const text = `a: &a x\nb:\n${aliases}\n---\nc: [\n`;
    for (const parsed of both('m.yaml', text)) {
      expect(parsed.syntaxProblems.map((p) => p.overLimit ?? false)).toEqual([true, false]);
      expect(parsed.skipped).toBeUndefined();
    }
  });

  // kills #536
  it('the region of a document over the alias limit starts at its contents', () => {
    const aliases = Array.from({ length: 120 }, (_, i) => `  k${i}: *a`).join('\n');
    const text = `# a comment\n\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &a x\ndata:\n${aliases}\n`;
    for (const parsed of both('m.yaml', text)) {
      expect(parsed.syntaxProblems.map((p) => `${p.region.line}:${p.region.column}`)).toEqual(['3:1']);
    }
  });

  // kills #629, #630, #632, #635, #637
  it('apiVersion and kind keys found only inside flow text or only at line starts', () => {
    const skipped = (text: string) => parseManifestFile('m.yaml', text).skipped;
    expect(skipped('{"apiVersion": "v1",\n"kind": "Service", x: [\n')).toBeUndefined();
    expect(skipped('apiVersion: v1\nx: {"kind": "Service", y: [\n')).toBeUndefined();
    expect(skipped('apiVersion: v1\nkind: Service\nx:\n      apiVersion: v2\ny: [\n')).toBeUndefined();
    expect(skipped('apiVersion: v1\nkind: Service\nspec:\n        kind: x\ny: [\n')).toBeUndefined();
  });

  it('a duplicate key: where it was first, and whether the values are the same', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: a\n';
    for (const parsed of both('m.yaml', text)) {
      expect(parsed.syntaxProblems.map((p) => p.duplicateKey)).toEqual([
        { key: 'name', first: expect.objectContaining({ line: 4, column: 3 }), sameValue: true },
      ]);
      expect(parsed.objects.map((o) => o.name)).toEqual(['a']);
    }
  });

  it('past the alias limit: the document cannot be read, the problem is over the limit, and it is no skip', () => {
    const aliases = Array.from({ length: 120 }, (_, i) => `  k${i}: *a`).join('\n');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &a x\ndata:\n${aliases}\n`;
    for (const parsed of both('m.yaml', text)) {
      expect(
        parsed.syntaxProblems.map((p) => ({
          overLimit: p.overLimit,
          line: p.region.line,
          column: p.region.column,
        })),
      ).toEqual([{ overLimit: true, line: 1, column: 1 }]);
      expect(parsed.syntaxProblems[0]?.message).toMatch(/^cannot be read: /);
      expect(parsed.skipped).toBeUndefined();
    }
    // Without apiVersion and kind: still reported, as it is over a limit.
    const other = `a: &a x\nb:\n${aliases}\n`;
    expect(parseManifestFile('m.yaml', other).syntaxProblems).toHaveLength(1);
  });

  it('a broken file is a manifest only when apiVersion and kind sit about one indentation apart', () => {
    const skipped = (text: string) => parseManifestFile('m.yaml', text).skipped;
    const broken = 'x: [\n';
    expect(skipped(`apiVersion: v1\nkind: Service\n${broken}`)).toBeUndefined();
    expect(skipped(`apiVersion: v1\n  kind: Service\n${broken}`)).toBeUndefined();
    expect(skipped(`apiVersion: v1\n   kind: Service\n${broken}`)).toMatch(/^does not parse/);
    expect(skipped(`  apiVersion: v1\nkind: Service\n${broken}`)).toBeUndefined();
    expect(skipped(`   apiVersion: v1\nkind: Service\n${broken}`)).toMatch(/^does not parse/);
    expect(skipped(`- - apiVersion: v1\n    kind: Service\n${broken}`)).toBeUndefined();
    expect(skipped(`{"apiVersion": "v1", "kind": "Service", ${broken}`)).toBeUndefined();
    expect(skipped(`apiVersion: v1\n${broken}`)).toBe(
      'does not parse, and does not name both an apiVersion and a kind: not a Kubernetes manifest',
    );
    expect(skipped(`kind: Service\n${broken}`)).toMatch(/^does not parse/);
    expect(parseManifestFile('m.yaml', `kind: Service\n${broken}`).syntaxProblems).toEqual([]);
  });
});

describe('parseManifestFile: what is not read at all', () => {
  it('a file of a Helm chart with template text is a template of that chart', () => {
    const parsed = parseManifestFile('chart/templates/svc.yaml', `${SERVICE}  labels: {{ .x }}\n`, {
      helmChart: 'chart',
    });
    expect(parsed.template).toEqual({ chart: 'chart' });
    expect(parsed.skipped).toMatch(/chart/);
    expect(parsed.objects).toEqual([]);
    const plain = parseManifestFile('chart/templates/svc.yaml', SERVICE, { helmChart: 'chart' });
    expect(plain.template).toBeUndefined();
    expect(plain.objects).toHaveLength(1);
    const broken = parseManifestFile('svc.yaml', 'name: {{ .x }}\n');
    expect(broken.template).toEqual({});
  });

  it('deep indentation and JSON streams go to the parser; the objects are the same', () => {
    const deep = `${SERVICE}spec:\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
    expect(objects('d.yaml', deep)[0]).toEqual(['v1 Service/a #0 @0']);
    const stream =
      '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a"}}\n{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "b"}}\n';
    expect(objects('s.json', stream)).toEqual([
      ['v1 Service/a #0 @0', 'v1 Service/b #1 @67'],
      ['v1 Service/a #0 @0', 'v1 Service/b #1 @67'],
    ]);
  });

  it('indentation nesting past the limit is reported, with the pre-scan on and off', () => {
    // 260 mappings, one column apart: past MAX_NESTING_DEPTH (256), within 8 columns of it.
    const deep = Array.from({ length: 260 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n${deep.replace(/^/gm, ' ')} x\n`;
    for (const parsed of both('d.yaml', text)) {
      expect(parsed.syntaxProblems.map((p) => p.overLimit)).toEqual([true]);
      expect(parsed.objects).toEqual([]);
    }
  });

  it('isRecord: mappings only', () => {
    expect([{}, [], null, 'x', 1].map(isRecord)).toEqual([true, false, false, false, false]);
  });
});
