/**
 * Hostile and odd files, on disk in a temporary directory: each is either checked with exact
 * positions, or reported (a `yaml-syntax` finding, or a skipped file with its reason). Nothing hangs,
 * overflows the stack, crashes, or is dropped without a word.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/check.js';
import type { AnalysisResult } from '../../src/engine/analyze.js';
import { MAX_FILE_BYTES } from '../../src/engine/load.js';
import { MAX_NESTING_DEPTH } from '../../src/engine/yaml-limits.js';
import { runCli } from '../helpers/cli.js';

const service = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: default\nspec:\n  ports:\n    - name: client\n      port: 2379\n`;
/** An Endpoints that pairs with no Service: `endpoints-without-service` at its name, line 4 column 9. */
const orphan = (name: string) =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\n  namespace: default\nsubsets:\n  - addresses:\n      - ip: 10.20.30.40\n    ports:\n      - name: client\n        port: 2379\n`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kp-hostile-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh directory holding `files` (text or bytes). */
function tree(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(root, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const check = (cwd: string, patterns: string[] = []): Promise<AnalysisResult> =>
  checkManifests({ cwd, patterns });

/** `rule file:line:column` of each finding, for exact comparisons. */
const where = (result: AnalysisResult, rule?: string): string[] =>
  result.findings
    .filter((f) => rule === undefined || f.rule === rule)
    .map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('resource exhaustion', () => {
  it('a billion-laughs alias bomb is refused at once, and the rest of the file is still checked', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
    const dir = tree('bomb', { 'bomb.yaml': `${bomb}---\n${orphan('after-the-bomb')}` });
    const { value: result, ms } = await timed(() => check(dir));
    expect(ms).toBeLessThan(5000);
    expect(where(result)).toContain('endpoints-without-service bomb.yaml:20:9');
    const syntax = result.findings.filter((f) => f.rule === 'yaml-syntax');
    expect(syntax.map((f) => `${f.line}:${f.column}`)).toEqual(['1:1']);
    expect(syntax[0]?.message).toContain('Excessive alias count indicates a resource exhaustion attack');
  });

  it.each([
    ['100k nested [', '['.repeat(100_000)],
    ['100k nested [ ]', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['100k nested { (spaced: not a {{ template)', '{ '.repeat(100_000)],
    ['100k nested {a: ', '{a: '.repeat(100_000)],
    ['50k nested [{', '[{'.repeat(50_000)],
    ['10k nested block maps (explicit keys)', `${'? '.repeat(10_000)}x\n`],
    ['10k nested block sequences', `${'- '.repeat(10_000)}x\n`],
    [
      '2k indented block maps',
      Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' x\n',
    ],
  ])('%s: one clear finding where the nesting passes the limit, no stack overflow', async (name, text) => {
    const dir = tree(`deep-${name.replace(/\W+/g, '-')}`, {
      'deep.yaml': text,
      'ep.yaml': orphan('still-checked'),
    });
    const { value: result, ms } = await timed(() => check(dir));
    expect(ms).toBeLessThan(8000);
    const syntax = result.findings.filter((f) => f.rule === 'yaml-syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]?.file).toBe('deep.yaml');
    expect(syntax[0]?.message).toContain(`nested more than ${MAX_NESTING_DEPTH} deep`);
    // The place: the first collection past the limit.
    const line = syntax[0]!.line;
    const column = syntax[0]!.column;
    expect(line === 1 ? column : line).toBeGreaterThan(MAX_NESTING_DEPTH / 2);
    expect(where(result, 'endpoints-without-service')).toEqual(['endpoints-without-service ep.yaml:4:9']);
  });

  it('a deep document does not stop the other documents of its file', async () => {
    const deep = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  x: ${'['.repeat(5000)}\n`;
    const dir = tree('deep-multi', { 'm.yaml': `${orphan('first')}---\n${deep}---\n${orphan('third')}` });
    const result = await check(dir);
    expect(where(result, 'endpoints-without-service')).toEqual([
      'endpoints-without-service m.yaml:4:9',
      'endpoints-without-service m.yaml:23:9',
    ]);
    // Level 1 is the document's mapping, 2 is `data`: the (limit - 1)th `[`, after `  x: `, is one too many.
    expect(where(result, 'yaml-syntax')).toEqual([`yaml-syntax m.yaml:18:${5 + MAX_NESTING_DEPTH - 1}`]);
  });

  it('nesting just under the limit is read normally', async () => {
    const depth = MAX_NESTING_DEPTH - 10;
    const text = `${orphan('fine')}deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const result = await check(tree('under-limit', { 'ep.yaml': text }));
    expect(where(result, 'yaml-syntax')).toEqual([]);
    expect(where(result, 'endpoints-without-service')).toEqual(['endpoints-without-service ep.yaml:4:9']);
  });

  it('a 50 MB manifest is skipped with its size, without being read', async () => {
    const big = `${service('big')}---\n`.repeat(Math.ceil((50 * 1024 * 1024) / 120));
    const dir = tree('big', { 'big.yaml': big, 'ep.yaml': orphan('small') });
    const { value: result, ms } = await timed(() => check(dir));
    expect(ms).toBeLessThan(3000);
    expect(result.skippedFiles).toEqual([
      {
        file: 'big.yaml',
        reason: `${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MiB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a manifest`,
      },
    ]);
    expect(where(result)).toContain('endpoints-without-service ep.yaml:4:9');
    expect(result.summary).toMatchObject({ files: 2, skipped: 1 });
  });
});

describe('bytes that are not text', () => {
  it('skips a binary file named .yaml, and invalid UTF-8, each with its reason', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const latin1 = Buffer.from(orphan('café').replace('café', 'caf\u00e9'), 'latin1'); // é as one byte: not UTF-8
    const dir = tree('binary', { 'logo.yaml': png, 'latin1.yaml': latin1, 'ep.yaml': orphan('ok') });
    const result = await check(dir);
    expect(result.skippedFiles).toEqual([
      { file: 'latin1.yaml', reason: 'not valid UTF-8 text' },
      { file: 'logo.yaml', reason: 'binary file (contains NUL bytes)' },
    ]);
    expect(where(result, 'endpoints-without-service')).toEqual(['endpoints-without-service ep.yaml:4:9']);
  });

  it('reads UTF-8 with a byte-order mark, and UTF-16 with one (as kubectl does), with exact columns', async () => {
    const text = orphan('naïve-name');
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
    const dir = tree('bom', {
      'utf8-bom.yaml': `\ufeff${text}`,
      'utf16le.yaml': utf16le,
      'utf16be.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      'broken16.yaml': Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), // an unpaired surrogate
    });
    const result = await check(dir);
    expect(where(result, 'endpoints-without-service')).toEqual([
      'endpoints-without-service utf16be.yaml:4:9',
      'endpoints-without-service utf16le.yaml:4:9',
      'endpoints-without-service utf8-bom.yaml:4:9',
    ]);
    expect(
      result.findings.find((f) => f.file === 'utf8-bom.yaml' && f.rule === 'invalid-name'),
    ).toMatchObject({
      line: 4,
      column: 9,
      endColumn: 19,
    });
    expect(result.skippedFiles).toEqual([
      {
        file: 'broken16.yaml',
        reason: 'not valid UTF-16LE text (it starts with a UTF-16LE byte-order mark)',
      },
    ]);
  });
});

describe('YAML that is odd but legal, or illegal', () => {
  it('CRLF line ends: the same lines and columns as LF', async () => {
    const dir = tree('crlf', { 'ep.yaml': orphan('crlf-name').replace(/\n/g, '\r\n') });
    const result = await check(dir);
    expect(result.findings.find((f) => f.rule === 'endpoints-without-service')).toMatchObject({
      line: 4,
      column: 9,
      endLine: 4,
      endColumn: 18,
    });
  });

  it('tabs: a tab used as indentation is a yaml-syntax finding at the tab; a tab in a value is fine', async () => {
    const dir = tree('tabs', {
      'indent.yaml': 'apiVersion: v1\nkind: Endpoints\nmetadata:\n\tname: tabbed\n',
      'value.yaml': orphan('tab').replace('name: tab', 'name: "tab"\n  annotations: {note: "a\tb"}'),
    });
    const result = await check(dir);
    expect(where(result, 'yaml-syntax')).toEqual(['yaml-syntax indent.yaml:4:1']);
    expect(result.findings.find((f) => f.rule === 'yaml-syntax')?.message).toContain(
      'Tabs are not allowed as indentation',
    );
    expect(where(result, 'endpoints-without-service')).toEqual(['endpoints-without-service value.yaml:4:9']);
  });

  it('duplicate keys: one yaml-syntax warning on the second key; the object is read with the last value, as kubectl reads it', async () => {
    const dir = tree('dup', {
      'dup.yaml': orphan('first').replace('  name: first\n', '  name: first\n  name: second\n'),
    });
    const result = await check(dir);
    expect(where(result)).toEqual([
      'endpoints-deprecated dup.yaml:2:7',
      'yaml-syntax dup.yaml:5:3',
      'endpoints-without-service dup.yaml:5:9',
    ]);
    const syntax = result.findings.find((f) => f.rule === 'yaml-syntax');
    expect(syntax?.message).toContain('Map keys must be unique');
    expect(syntax?.severity).toBe('warning');
    expect(result.findings.find((f) => f.rule === 'endpoints-without-service')?.message).toContain(
      'Endpoints default/second',
    );
  });

  it('documents that are scalars, arrays or null: skipped as "no Kubernetes object", never a crash', async () => {
    const dir = tree('shapes', {
      'scalar.yaml': 'just a string\n',
      'array.yaml': '- apiVersion: v1\n  kind: Endpoints\n',
      'null.yaml': '~\n---\nnull\n---\n',
      'empty.yaml': '',
      'comments.yaml': '# nothing here\n',
      'mixed.yaml': `42\n---\n[1, 2]\n---\n~\n---\n${orphan('among-scalars')}`,
    });
    const result = await check(dir);
    const reason = 'no Kubernetes object (nothing with apiVersion and kind)';
    expect(result.skippedFiles).toEqual(
      ['array.yaml', 'comments.yaml', 'empty.yaml', 'null.yaml', 'scalar.yaml'].map((file) => ({
        file,
        reason,
      })),
    );
    expect(where(result, 'endpoints-without-service')).toEqual(['endpoints-without-service mixed.yaml:10:9']);
  });

  it('`items` that are not objects, and a `kind` that is a number: no object made of them', async () => {
    const list = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - 42',
      '  - "text"',
      '  - null',
      '  - [1, 2]',
      '  - {apiVersion: v1, kind: 7, metadata: {name: seven}}',
      ...orphan('in-list')
        .trimEnd()
        .split('\n')
        .map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)),
    ].join('\n');
    const dir = tree('items', {
      'list.yaml': `${list}\n`,
      'scalar-items.yaml': 'apiVersion: v1\nkind: List\nitems: "not a list"\n',
      'map-items.yaml': 'apiVersion: v1\nkind: List\nitems: {a: 1}\n',
      'numeric-kind.yaml': 'apiVersion: v1\nkind: 5\nmetadata:\n  name: five\n',
    });
    const result = await check(dir);
    expect(where(result)).toContain('endpoints-without-service list.yaml:12:13');
    expect(result.findings.every((f) => f.file === 'list.yaml')).toBe(true);
    expect(result.skippedFiles.map((s) => s.file)).toEqual(['numeric-kind.yaml']);
  });

  it('ports written as strings: port-out-of-range on the quoted value, in a Service and an Endpoints', async () => {
    const dir = tree('string-ports', {
      'pair.yaml': `${service('etcd').replace('port: 2379', 'port: "2379"')}---\n${orphan('etcd').replace('port: 2379', 'port: "2379"')}`,
    });
    const result = await check(dir);
    expect(where(result, 'port-out-of-range')).toEqual([
      'port-out-of-range pair.yaml:9:13',
      'port-out-of-range pair.yaml:21:15',
    ]);
    expect(result.findings.find((f) => f.rule === 'port-out-of-range')?.message).toContain(
      'spec.ports[0].port is the string "2379"',
    );
  });
});

describe('symbolic links and file names', () => {
  it('never follows a link out of the checked directory; reports loops; reads an inside link once', async () => {
    const outside = tree('outside', { 'secret.yaml': orphan('secret-from-outside') });
    const dir = tree('links', { 'k8s/ep.yaml': orphan('inside'), 'k8s/svc.yaml': service('other') });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'k8s/to-file-outside.yaml'));
    symlinkSync(outside, path.join(dir, 'k8s/to-dir-outside'));
    symlinkSync(outside, path.join(dir, 'linked-dir'));
    symlinkSync('loop-b.yaml', path.join(dir, 'k8s/loop-a.yaml'));
    symlinkSync('loop-a.yaml', path.join(dir, 'k8s/loop-b.yaml'));
    symlinkSync('missing.yaml', path.join(dir, 'k8s/dangling.yaml'));
    symlinkSync('..', path.join(dir, 'k8s/parent'));
    symlinkSync('ep.yaml', path.join(dir, 'k8s/alias.yaml'));

    const outsideReason =
      'reached through a symbolic link that leads outside the checked directory (not followed)';
    const loop = 'broken or looping symbolic link';
    for (const patterns of [
      [],
      ['k8s'],
      ['**/*.yaml'],
      ['k8s/*.yaml', 'k8s/to-dir-outside/*.yaml'],
      ['linked-dir'],
    ]) {
      const result = await check(dir, patterns);
      expect(JSON.stringify(result.findings)).not.toContain('secret-from-outside');
      expect(result.index.files.every((f) => !f.file.path.includes('outside'))).toBe(true);
      for (const skipped of result.skippedFiles) {
        expect([
          outsideReason,
          loop,
          'the same file as k8s/ep.yaml (a symbolic link), checked once',
        ]).toContain(skipped.reason);
      }
    }
    const all = await check(dir);
    expect(all.skippedFiles).toEqual([
      { file: 'k8s/alias.yaml', reason: 'the same file as k8s/ep.yaml (a symbolic link), checked once' },
      { file: 'k8s/dangling.yaml', reason: loop },
      { file: 'k8s/loop-a.yaml', reason: loop },
      { file: 'k8s/loop-b.yaml', reason: loop },
      { file: 'k8s/to-file-outside.yaml', reason: outsideReason },
    ]);
    expect(where(all, 'endpoints-without-service')).toEqual(['endpoints-without-service k8s/ep.yaml:4:9']);
    // Through a linked directory named in a glob or as the directory to check.
    for (const patterns of [['k8s/to-dir-outside/*.yaml'], ['linked-dir'], ['linked-dir/secret.yaml']]) {
      const result = await check(dir, patterns);
      expect(result.findings).toEqual([]);
      expect(result.skippedFiles.map((s) => s.reason)).toEqual([outsideReason]);
    }
    // A directory the user names outside the working directory is followed (and confined to itself).
    const named = await check(dir, [outside]);
    expect(where(named, 'endpoints-without-service')).toHaveLength(1);
  });

  it('a named pipe called .yaml is skipped, not waited on', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = tree('fifo', { 'ep.yaml': orphan('next-to-a-pipe') });
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    symlinkSync('pipe.yaml', path.join(dir, 'to-pipe.yaml'));
    const { value: result, ms } = await timed(() => check(dir));
    expect(ms).toBeLessThan(3000);
    expect(result.skippedFiles).toEqual([{ file: 'to-pipe.yaml', reason: 'not a regular file' }]);
    expect(where(result, 'endpoints-without-service')).toHaveLength(1);
  });

  it('file names with spaces, unicode, %, : and , are found and reported under their exact names', async () => {
    const names = [
      'with space.yaml',
      'ünïcødé-名前.yaml',
      '100%.yaml',
      'a:b.yaml',
      'a,b.yaml',
      'odd %0A:,.yaml',
    ];
    const dir = tree('names', Object.fromEntries(names.map((n, i) => [`dir ${i}/${n}`, orphan(`ep-${i}`)])));
    const result = await check(dir);
    expect(where(result, 'endpoints-without-service')).toEqual(
      names.map((n, i) => `endpoints-without-service dir ${i}/${n}:4:9`).sort(),
    );

    // The CLI's github format escapes them as the runner unescapes properties (actions/runner ActionCommand).
    const run = runCli(['--format', 'github', '--fail-on', 'never'], dir);
    expect(run.status).toBe(0);
    const files = run.stdout
      .split('\n')
      .filter((l) => l.includes('endpoints-without-service'))
      .map((l) => {
        const props = /^::error ([^:]*)::/.exec(l)?.[1] ?? '';
        const file =
          props
            .split(',')
            .find((p) => p.startsWith('file='))
            ?.slice(5) ?? '';
        expect(file).not.toMatch(/[:,\n]/);
        return file
          .replace(/%0D/g, '\r')
          .replace(/%0A/g, '\n')
          .replace(/%3A/g, ':')
          .replace(/%2C/g, ',')
          .replace(/%25/g, '%');
      });
    expect(files.sort()).toEqual(names.map((n, i) => `dir ${i}/${n}`).sort());
  });
});

describe('the CLI on hostile files', () => {
  it('exits 1 on findings and 0 without, never crashes: a directory of everything above', async () => {
    const dir = tree('cli-all', {
      'deep.yaml': '['.repeat(100_000),
      'bomb.yaml': `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
      'bin.yaml': Buffer.from([0, 1, 2, 3]),
      'ok.yaml': `${service('db')}---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: db-1\n  namespace: default\n  labels:\n    kubernetes.io/service-name: db\n    endpointslice.kubernetes.io/managed-by: me\naddressType: IPv4\nendpoints:\n  - addresses: ["10.0.0.1"]\nports:\n  - name: client\n    port: 2379\n    protocol: TCP\n`,
    });
    const failing = runCli(['--format', 'json'], dir);
    expect(failing.stderr).toBe('');
    expect(failing.status).toBe(1);
    const report = JSON.parse(failing.stdout) as { findings: { rule: string; file: string }[] };
    expect(report.findings.map((f) => `${f.rule} ${f.file}`).sort()).toEqual([
      'yaml-syntax bomb.yaml',
      'yaml-syntax deep.yaml',
    ]);
    const passing = runCli(['ok.yaml', 'bin.yaml'], dir);
    expect([passing.status, passing.stderr]).toEqual([0, '']);
    expect(passing.stdout).toContain('bin.yaml: binary file (contains NUL bytes)');
  });
});
