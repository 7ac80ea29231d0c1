/**
 * The command line's conventions, run as a user runs it (dist/cli.js as a process): standard input,
 * closed pipes, long lines, unmatched patterns, unreadable files, --max-warnings, --rule, --list-rules,
 * --print-config, --fix, config discovery, --help, colours.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../src/report/json.js';
import { CLI, REPO } from './helpers/cli.js';
import { workdirs } from './helpers/workdir.js';

const EXAMPLES = path.join(REPO, 'examples');
const TYPO = readFileSync(path.join(EXAMPLES, 'broken/name-typo/etcd.yaml'), 'utf8');
const RULE_IDS = readdirSync(path.join(REPO, 'docs/rules'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

/** A temporary directory holding `files` (path -> text). */
const workdir = workdirs('kp-conv');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  cwd: string,
  options: { input?: string; env?: Record<string, string>; uid?: number } = {},
): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const report = (run: Run): JsonReport => JSON.parse(run.stdout) as JsonReport;
const at = (f: { rule: string; file: string; line: number; column: number }) =>
  `${f.rule} ${f.file}:${f.line}:${f.column}`;

describe('standard input (-)', () => {
  it('checks what it reads, under --stdin-filename, at the positions of that text', () => {
    const dir = workdir({});
    const named = cli(['-', '--stdin-filename', 'deploy/etcd.yaml', '--format', 'json'], dir, {
      input: TYPO,
    });
    expect(named.status).toBe(1);
    expect(named.stderr).toBe('');
    expect(report(named).findings.map(at)).toEqual([
      'service-without-endpoints deploy/etcd.yaml:4:9',
      'endpoints-deprecated deploy/etcd.yaml:11:7',
      'endpoints-without-service deploy/etcd.yaml:13:9',
    ]);
    const anonymous = cli(['-', '--format', 'json'], dir, { input: TYPO });
    expect(report(anonymous).findings.map(at)).toContain('endpoints-without-service <stdin>:13:9');
    expect(report(anonymous).summary.files).toBe(1);
    // /dev/stdin is standard input too.
    const devStdin = cli(['/dev/stdin', '--format', 'json'], dir, { input: TYPO });
    expect(devStdin.stderr).toBe('');
    expect(report(devStdin)).toEqual(report(anonymous));
  });

  it('replaces the file of the same path on disk, and pairs with the other files given', () => {
    const fixed = TYPO.replace('name: etcd-support-kubernetes', 'name: etcd-supporting-kubernetes');
    const dir = workdir({ 'deploy/etcd.yaml': TYPO });
    const run = cli(['-', 'deploy', '--stdin-filename', 'deploy/etcd.yaml', '--format', 'json'], dir, {
      input: fixed,
    });
    expect(run.status).toBe(0);
    expect(report(run).findings.map(at)).toEqual(['endpoints-deprecated deploy/etcd.yaml:11:7']);
    expect(report(run).summary.files).toBe(1);
  });

  it("applies suppression comments and the config found from --stdin-filename's directory", () => {
    const dir = workdir({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'deploy/.kube-pairing.yml': 'rules:\n  endpoints-deprecated: off\n',
    });
    const input = TYPO.replace(
      '  name: etcd-support-kubernetes',
      '  # kube-pairing-ignore endpoints-without-service -- replaced next week\n  name: etcd-support-kubernetes',
    );
    const run = cli(['-', '--stdin-filename', 'deploy/etcd.yaml', '--format', 'json'], dir, { input });
    expect(run.status).toBe(0);
    expect(report(run).findings.map(at)).toEqual(['service-without-endpoints deploy/etcd.yaml:4:9']);
    expect(report(run).summary.suppressed).toBe(1);
  });

  it("reads helm template's output (# Source: comments before each document), naming each template", () => {
    const rendered = [
      '---',
      '# Source: shop/templates/service.yaml',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: shop-db',
      'spec:',
      '  ports:',
      '    - port: 5432',
      '---',
      '# Source: shop/templates/endpoints.yaml',
      'apiVersion: v1',
      'kind: Endpoints',
      'metadata:',
      '  name: shop-dbb',
      'subsets:',
      '  - addresses:',
      '      - ip: 10.0.0.5',
      '    ports:',
      '      - port: 5432',
      '',
    ].join('\n');
    const run = cli(['-', '--format', 'json', '--rule', 'endpoints-deprecated=off'], workdir({}), {
      input: rendered,
    });
    expect(run.status).toBe(1);
    const findings = report(run).findings;
    expect(findings.map(at)).toEqual([
      'service-without-endpoints <stdin>:6:9',
      'endpoints-without-service <stdin>:15:9',
    ]);
    // Each finding names the template its document was rendered from.
    expect(findings.map((f) => f.message.slice(f.message.lastIndexOf(' Rendered from ')))).toEqual([
      ' Rendered from shop/templates/service.yaml.',
      ' Rendered from shop/templates/endpoints.yaml.',
    ]);
  });

  it('refuses --stdin-filename without -, and --fix with -', () => {
    const dir = workdir({ 'a.yaml': TYPO });
    const alone = cli(['--stdin-filename', 'a.yaml'], dir);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('--stdin-filename names standard input: give - as a path too');
    const fix = cli(['-', '--fix'], dir, { input: TYPO });
    expect(fix.status).toBe(2);
    expect(fix.stderr).toContain('--fix writes files: it cannot fix standard input');
  });
});

/** A one-line JSON List of 2,000 Endpoints without Services: 4,000 findings on line 1. */
function bigList(): string {
  const items = Array.from({ length: 2000 }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: `orphan-${i}`, namespace: 'default' },
    subsets: [{ addresses: [{ ip: `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}` }], ports: [{ port: 80 }] }],
  }));
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
}

describe('output that survives', () => {
  it('long lines: code frames show a window around the column, whatever the line length', () => {
    const dir = workdir({ 'list.json': bigList() });
    const run = cli(['list.json'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    const frames = lines.filter((l) => /^ {4}[> ] \d+ \|/.test(l));
    expect(frames).toHaveLength(4000);
    expect(Math.max(...frames.map((l) => l.length))).toBeLessThanOrEqual(120);
    // The first finding, at column 100: the window starts 30 characters before it, the caret under it.
    const first = lines.findIndex((l) => l.startsWith('  1:100  error'));
    expect(lines[first + 1]).toBe(
      '    > 1 | …Endpoints","metadata":{"name":"orphan-0","namespace":"default"},"subsets":[{"addresses":[{"ip":"10.0…',
    );
    expect(lines[first + 2]).toBe(`        | ${' '.repeat(31)}^^^^^^^^^^`);
    expect(lines.at(-2)).toBe(
      '✖ 4000 problems (2000 errors, 0 warnings, 2000 notices) in 1 file, 2000 resources',
    );
  });

  it('a reader that closes early (kube-pairing | head): no error, the exit code of the check', async () => {
    const dir = workdir({ 'list.json': bigList() });
    const child = spawn(process.execPath, [CLI, 'list.json'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let read = 0;
    child.stdout.on('data', (d: Buffer) => {
      read += d.length;
      child.stdout.destroy(); // as `head` does once it has its lines
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(read).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('patterns that match nothing', () => {
  const dir = workdir({
    'deploy/etcd.yaml': TYPO,
    'empty/README.md': 'nothing here\n',
    'vendor/node_modules/lib/svc.yaml': TYPO,
  });

  it('a glob, a directory without manifests, a directory of ignored files: exit 2, each named', () => {
    const run = cli(['deploy', 'nothing/*.yaml', 'empty', 'vendor'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'kube-pairing: no manifest file matches nothing/*.yaml (--no-error-on-unmatched-pattern makes this no error)',
      'kube-pairing: no manifest file matches empty (--no-error-on-unmatched-pattern makes this no error)',
      "kube-pairing: every manifest file matched by vendor is ignored (the default ignores and the config's ignore) (--no-error-on-unmatched-pattern makes this no error)",
      '',
    ]);
  });

  it('no argument in a directory without manifests: exit 2', () => {
    const run = cli([], path.join(dir, 'empty'));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'kube-pairing: no manifest file (*.yaml, *.yml, *.json, Kustomization) in the current directory (--no-error-on-unmatched-pattern makes this no error)\n',
    );
  });

  it('--no-error-on-unmatched-pattern: the others are checked, exit by the findings', () => {
    const run = cli(['deploy', 'nothing/*.yaml', '--no-error-on-unmatched-pattern', '-f', 'json'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(report(run).findings.map(at)).toContain('endpoints-without-service deploy/etcd.yaml:13:9');
    const none = cli(['empty', '--no-error-on-unmatched-pattern'], dir);
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('⚠ nothing checked: no manifest file was found.\n');
  });
});

describe('files that cannot be read', () => {
  // Root reads any file: run the CLI as an ordinary user then (nobody), as a user would be.
  const uid = process.getuid?.() === 0 ? 65534 : undefined;

  it('a file and a directory that cannot be read: the report of the rest, each named, exit 2', () => {
    const dir = workdir({
      'ok/etcd.yaml': TYPO.replace('name: etcd-support-kubernetes', 'name: etcd-supporting-kubernetes'),
      'secret/etcd.yaml': TYPO,
      'locked/etcd.yaml': TYPO,
    });
    chmodSync(path.join(dir, 'secret/etcd.yaml'), 0o000);
    chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      const run = cli(['--format', 'json'], dir, uid !== undefined ? { uid } : {});
      expect(run.stderr.split('\n')).toEqual([
        'kube-pairing: cannot read locked/ (directory cannot be read: EACCES)',
        'kube-pairing: cannot read secret/etcd.yaml (cannot be read: EACCES)',
        '',
      ]);
      expect(run.status).toBe(2);
      const json = report(run);
      expect(json.findings.map(at)).toEqual(['endpoints-deprecated ok/etcd.yaml:11:7']);
      expect(json.skippedFiles).toEqual([
        { file: 'locked/', reason: 'directory cannot be read: EACCES' },
        { file: 'secret/etcd.yaml', reason: 'cannot be read: EACCES' },
      ]);
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });
});

describe('--max-warnings, --rule', () => {
  const dir = workdir({
    'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports:\n    - port: 5432\n',
  });

  it('--max-warnings N: exit 1 with more than N warnings, said on stderr', () => {
    const over = cli(['--max-warnings', '0'], dir);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('kube-pairing: 1 warnings, more than --max-warnings 0\n');
    expect(cli(['--max-warnings', '1'], dir).status).toBe(0);
    const bad = cli(['--max-warnings', 'many'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-warnings takes a number of 0 or more (got "many")');
  });

  it('--rule ID=SEVERITY sets one rule, over the config; an unknown rule or severity is a usage error', () => {
    const off = cli(['--rule', 'service-without-endpoints=off', '-f', 'json'], dir);
    expect(report(off).findings).toEqual([]);
    const raised = cli(['--rule', 'service-without-endpoints=error', '-f', 'json'], dir);
    expect(raised.status).toBe(1);
    expect(report(raised).findings.map((f) => `${f.severity} ${at(f)}`)).toEqual([
      'error service-without-endpoints svc.yaml:4:9',
    ]);
    const withConfig = workdir({
      'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports:\n    - port: 5432\n',
      '.kube-pairing.yaml': 'rules:\n  service-without-endpoints: off\n',
    });
    expect(report(cli(['-f', 'json'], withConfig)).findings).toEqual([]);
    expect(cli(['--rule', 'service-without-endpoints=warning', '-f', 'json'], withConfig).stdout).toContain(
      '"rule": "service-without-endpoints"',
    );
    const unknown = cli(['--rule', 'service-without-endpoint=off'], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      'kube-pairing: --rule: no rule service-without-endpoint (did you mean service-without-endpoints?); --list-rules lists them\nRun kube-pairing --help for usage.\n',
    );
    const severity = cli(['--rule', 'service-without-endpoints=fatal'], dir);
    expect(severity.status).toBe(2);
    expect(severity.stderr).toContain(
      'the severity must be one of error, warning, notice, off (got "fatal")',
    );
  });
});

describe('--list-rules, --print-config', () => {
  it('--list-rules: every rule once, with its default severity and summary; --format json a list', () => {
    const text = cli(['--list-rules'], workdir({}));
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(RULE_IDS);
    expect(lines.filter((l) => l.startsWith('endpoints-without-service '))).toEqual([
      `endpoints-without-service${' '.repeat(11)}error    An Endpoints has no Service of the same name in its namespace (nor in any other).`,
    ]);
    const json = JSON.parse(cli(['--list-rules', '--format', 'json'], workdir({})).stdout) as {
      id: string;
      severity: string;
      docs: string;
    }[];
    expect(json.map((r) => r.id)).toEqual(RULE_IDS);
    expect(json.find((r) => r.id === 'endpoints-deprecated')).toMatchObject({
      severity: 'notice',
      docs: 'https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules/endpoints-deprecated.md',
    });
    // The rule contract: why it matters, and its message templates by id.
    expect(json.find((r) => r.id === 'endpoints-without-ports')).toMatchObject({
      why: expect.stringMatching(/^kube-proxy builds its forwarding rules per \(port name, protocol\)/),
      messages: {
        noPorts: expect.stringContaining('{{group}} has no ports, but {{service}} is not headless'),
      },
    });
  });

  it('--print-config: defaults, then the config file, then --rule; exit 0, nothing checked', () => {
    const dir = workdir({
      '.kube-pairing.yaml':
        'rules:\n  endpoints-deprecated: off\nignore: ["charts/**"]\ndefaultNamespace: shop\n',
      'broken.yaml': 'kind: [\n',
    });
    const run = cli(['--print-config', '--rule', 'duplicate-resource=warning'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      "# The configuration kube-pairing uses here: every rule's default severity, then .kube-pairing.yaml,",
    );
    const config = parseYaml(run.stdout) as {
      rules: Record<string, string>;
      ignore: string[];
      defaultNamespace: string;
    };
    expect(Object.keys(config.rules)).toEqual(RULE_IDS);
    expect(config.rules['endpoints-deprecated']).toBe('off');
    expect(config.rules['duplicate-resource']).toBe('warning');
    expect(config.rules['endpoints-without-service']).toBe('error');
    expect(config.ignore).toEqual(['charts/**']);
    expect(config.defaultNamespace).toBe('shop');
    expect(
      (
        parseYaml(cli(['--print-config', '--default-namespace', 'ops'], dir).stdout) as {
          defaultNamespace: string;
        }
      ).defaultNamespace,
    ).toBe('ops');
  });
});

describe('--fix', () => {
  it('applies the certain fixes in place, keeps every other byte (CRLF too), then reports what is left', () => {
    const crlf = TYPO.replace(/\n/g, '\r\n');
    const dir = workdir({ 'lf/etcd.yaml': TYPO, 'crlf/etcd.yaml': crlf, 'other.yaml': '# untouched\n' });
    const run = cli(['--fix', '--format', 'json'], dir);
    expect(run.stderr).toBe('kube-pairing: applied 2 fixes in 2 files\n');
    expect(run.status).toBe(0);
    expect(report(run).findings.map(at)).toEqual([
      'endpoints-deprecated crlf/etcd.yaml:11:7',
      'endpoints-deprecated lf/etcd.yaml:11:7',
    ]);
    const rename = (text: string) =>
      text.replace('name: etcd-support-kubernetes', 'name: etcd-supporting-kubernetes');
    expect(readFileSync(path.join(dir, 'lf/etcd.yaml'), 'utf8')).toBe(rename(TYPO));
    expect(readFileSync(path.join(dir, 'crlf/etcd.yaml'), 'utf8')).toBe(rename(crlf));
    expect(readFileSync(path.join(dir, 'other.yaml'), 'utf8')).toBe('# untouched\n');
    // Nothing left to fix: a second run changes nothing and says nothing.
    const again = cli(['--fix'], dir);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'lf/etcd.yaml'), 'utf8')).toBe(rename(TYPO));
  });
});

describe('config discovery', () => {
  const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports:\n    - port: 5432\n';
  const off = 'rules:\n  service-without-endpoints: off\n';

  it('the nearest .kube-pairing.yaml or .yml from the working directory up to the repository root', () => {
    const dir = workdir({ '.git/HEAD': 'x\n', '.kube-pairing.yml': off, 'apps/web/svc.yaml': service });
    expect(report(cli(['-f', 'json', '.'], path.join(dir, 'apps/web'))).findings).toEqual([]);
    // Above the repository root: not read.
    const outer = workdir({ '.kube-pairing.yaml': off, 'repo/.git/HEAD': 'x\n', 'repo/svc.yaml': service });
    expect(report(cli(['-f', 'json'], path.join(outer, 'repo'))).findings.map(at)).toEqual([
      'service-without-endpoints svc.yaml:4:9',
    ]);
  });

  it('.yaml and .yml side by side: .yaml applies, and the other is named on stderr', () => {
    const dir = workdir({
      '.kube-pairing.yaml': off,
      '.kube-pairing.yml': 'rules:\n  service-without-endpoints: error\n',
      'svc.yaml': service,
    });
    const run = cli(['-f', 'json'], dir);
    expect(run.stderr).toBe(
      'kube-pairing: .kube-pairing.yml is not read: .kube-pairing.yaml in the same directory applies\n',
    );
    expect(report(run).findings).toEqual([]);
  });

  it('a config file is never read as a manifest: one in a checked subdirectory is listed as skipped', () => {
    const dir = workdir({
      'svc.yaml': service,
      'team/.kube-pairing.yaml': off,
      'team/.kube-pairing.yml': off,
    });
    const json = report(cli(['-f', 'json'], dir));
    expect(json.findings.map(at)).toEqual(['service-without-endpoints svc.yaml:4:9']);
    expect(json.skippedFiles.map((s) => s.file)).toEqual([
      'team/.kube-pairing.yaml',
      'team/.kube-pairing.yml',
    ]);
    expect(json.skippedFiles[0]!.reason).toMatch(/^a kube-pairing config file, not a manifest/);
  });
});

describe('--help, colours', () => {
  it('--help documents every flag, every short form, and gives examples', () => {
    const help = cli(['--help'], workdir({})).stdout;
    for (const flag of [
      '-f, --format',
      '-o, --output',
      '-c, --config',
      '-q, --quiet',
      '-h, --help',
      '-v, --version',
      '--stdin-filename',
      '--no-error-on-unmatched-pattern',
      '--default-namespace',
      '--rule',
      '--fail-on',
      '--max-warnings',
      '--fix',
      '--fix-preview',
      '--color, --no-color',
      '--list-rules',
      '--print-config',
    ])
      expect(help, flag).toMatch(new RegExp(`^  ${flag.replace(/[-,]/g, '\\$&')}\\b`, 'm'));
    expect(help).toMatch(/^ {2}- {4,}read manifests from standard input/m);
    expect(help).toContain('\nExamples:\n');
    expect(help).toContain('helm template shop charts/shop | kube-pairing - --stdin-filename');
  });

  it('FORCE_COLOR and --color colour a pipe; NO_COLOR and --no-color win', () => {
    const dir = workdir({ 'etcd.yaml': TYPO });
    const ansi = (run: Run) => run.stdout.includes('\u001b[');
    expect(ansi(cli([], dir, { env: { NO_COLOR: '' } }))).toBe(false);
    expect(ansi(cli([], dir, { env: { NO_COLOR: '', FORCE_COLOR: '1' } }))).toBe(true);
    expect(ansi(cli(['--color'], dir, { env: { NO_COLOR: '' } }))).toBe(true);
    expect(ansi(cli([], dir, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }))).toBe(false);
    expect(ansi(cli(['--no-color'], dir, { env: { NO_COLOR: '', FORCE_COLOR: '1' } }))).toBe(false);
    expect(ansi(cli([], dir, { env: { NO_COLOR: '', FORCE_COLOR: '0' } }))).toBe(false);
  });
});

describe('spawnSync as another user works here (so the unreadable-file test means something)', () => {
  it.runIf(process.getuid?.() === 0)('nobody cannot read a file of mode 000', () => {
    const dir = workdir({ 'x.yaml': 'a: 1\n' });
    chmodSync(path.join(dir, 'x.yaml'), 0o000);
    const run = spawnSync('cat', ['x.yaml'], { cwd: dir, uid: 65534, gid: 65534, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Permission denied');
  });
});
