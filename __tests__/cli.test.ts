import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO, runCli, runJson } from './helpers/cli.js';

const fixtures = path.join(FIXTURES, 'cli');
const at = (f: { rule: string; file: string; line: number; column: number }) =>
  `${f.rule} ${f.file}:${f.line}:${f.column}`;

describe('kube-pairing CLI (built bundle)', () => {
  it('finds the etcd typo across two files, with a fix, and exits 1', () => {
    const { status, report } = runJson(['typo'], fixtures);
    expect(status).toBe(1);
    const finding = report.findings.find((f) => f.rule === 'endpoints-without-service');
    expect(finding && at(finding)).toBe('endpoints-without-service typo/endpoints.yaml:4:9');
    expect(finding).toMatchObject({
      severity: 'error',
      endLine: 4,
      endColumn: 32,
      resource: { kind: 'Endpoints', namespace: 'default', name: 'etcd-support-kubernetes' },
      related: [{ file: 'typo/service.yaml', line: 4, column: 9 }],
      fix: { line: 4, endLine: 4, replacement: '  name: etcd-supporting-kubernetes' },
    });
    expect(finding?.message).toContain('Did you mean `etcd-supporting-kubernetes`?');
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ files: 2, resources: 2, skipped: 0 });
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('paths in the output are relative to the current directory, with /', () => {
    const { report } = runJson(['cli/typo'], FIXTURES);
    expect(report.findings.map((f) => f.file)).toContain('cli/typo/endpoints.yaml');
  });

  it('exits 0 on a correct pair and prints no problems', () => {
    const run = runCli(['clean'], fixtures);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\berror\b|\bwarning\b/);
  });

  it('reports a file that does not parse at the parser position and still checks the others', () => {
    const { status, report } = runJson(['broken-yaml'], fixtures);
    expect(status).toBe(1);
    const rules = report.findings.map(at);
    expect(rules).toContain('yaml-syntax broken-yaml/unclosed.yaml:5:19');
    expect(rules).toContain('endpoints-without-service broken-yaml/endpoints.yaml:4:9');
  });

  it('skips Helm templates and non-Kubernetes YAML, and counts them', () => {
    const { status, report } = runJson(['helm'], fixtures);
    expect(status).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ files: 2, skipped: 2, resources: 0 });
    expect(report.skippedFiles.map((s) => s.file)).toEqual(['helm/templates/svc.yaml', 'helm/values.yaml']);
  });

  it('files found but nothing checked: says so plainly, never a green "no problems"', () => {
    const run = runCli(['helm'], fixtures);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('no problems');
    expect(run.stdout).toContain(
      '⚠ nothing checked: 2 files were found, but none holds a Kubernetes object kube-pairing can read (2 skipped, listed below',
    );
    expect(run.stdout).toContain('helm/templates/svc.yaml');
  });

  it('keeps exact positions with CRLF line ends, a BOM and quoted names', () => {
    const { report } = runJson(['crlf'], fixtures);
    const finding = report.findings.find((f) => f.rule === 'endpoints-without-service');
    expect(finding && at(finding)).toBe('endpoints-without-service crlf/ep.yaml:4:9');
    expect(finding?.endColumn).toBe(20);
    expect(finding?.fix?.replacement).toBe('  name: "etcd-typ"');
  });

  it('--fail-on never exits 0 even on errors', () => {
    expect(runJson(['typo'], fixtures).report.summary.errors).toBeGreaterThan(0);
    expect(runCli(['typo', '--fail-on', 'never'], fixtures).status).toBe(0);
  });

  /** The exit code of each --fail-on on a fixture, after checking what the fixture reports. */
  const exits = (dir: string) =>
    Object.fromEntries(
      ['error', 'warning', 'notice', 'never'].map((level) => [
        level,
        runCli([dir, '--fail-on', level, '--format', 'json'], fixtures).status,
      ]),
    );

  it('--fail-on notice fails on a run whose only finding is a notice; --fail-on warning does not', () => {
    const { status, report } = runJson(['notice-only'], fixtures);
    expect(report.findings.map((f) => `${f.severity} ${at(f)}`)).toEqual([
      'notice endpoints-deprecated notice-only/etcd.yaml:13:7',
    ]);
    expect(status).toBe(0);
    expect(exits('notice-only')).toEqual({ error: 0, warning: 0, notice: 1, never: 0 });
  });

  it('--fail-on warning fails on a run whose only finding is a warning; --fail-on error does not', () => {
    const { report } = runJson(['warning-only'], fixtures);
    expect(report.findings.map((f) => `${f.severity} ${at(f)}`)).toEqual([
      'warning service-without-endpoints warning-only/service.yaml:5:9',
    ]);
    expect(exits('warning-only')).toEqual({ error: 0, warning: 1, notice: 1, never: 0 });
  });

  it('--fail-on notice exits 0 on a run without any finding', () => {
    expect(runJson(['clean'], fixtures).report.findings).toEqual([]);
    expect(exits('clean')).toEqual({ error: 0, warning: 0, notice: 0, never: 0 });
  });

  it('node_modules and .git are never loaded by default, and would change the result if they were', () => {
    // An orphan Endpoints whose Service lies only under node_modules/ and .git/, next to broken files there.
    const service = readFileSync(path.join(fixtures, 'typo/service.yaml'), 'utf8').replace(
      'etcd-supporting-kubernetes',
      'etcd-support-kubernetes',
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'kp-default-ignore-'));
    try {
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      };
      write('endpoints.yaml', readFileSync(path.join(fixtures, 'typo/endpoints.yaml'), 'utf8'));
      for (const hidden of ['node_modules/chart-lib', 'deploy/node_modules/x', '.git', 'deploy/.git/refs']) {
        write(`${hidden}/service.yaml`, service);
        write(`${hidden}/broken.yaml`, 'apiVersion: v1\nkind: [\n');
      }
      const orphan = ['endpoints-without-service endpoints.yaml:4:9'];
      for (const args of [[], ['.'], ['endpoints.yaml', 'deploy'], ['**/*.yaml']]) {
        // `deploy` holds ignored files only: an error by default (below), not the point here.
        const { status, report } = runJson([...args, '--no-error-on-unmatched-pattern'], dir);
        expect(report.findings.filter((f) => f.severity === 'error').map(at), args.join(' ')).toEqual(orphan);
        expect(report.summary.files, args.join(' ')).toBe(1);
        expect(report.skippedFiles, args.join(' ')).toEqual([]);
        expect(status).toBe(1);
      }
      // Named on the command line, they are loaded: the Service pairs the Endpoints, the broken file is reported.
      const named = runJson(['endpoints.yaml', 'node_modules/chart-lib'], dir);
      expect(named.report.findings.filter((f) => f.severity === 'error').map(at)).toEqual([
        'yaml-syntax node_modules/chart-lib/broken.yaml:2:7',
      ]);
      expect(named.report.summary.files).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--quiet reports errors only', () => {
    const { report } = runJson(['--quiet', '.'], fixtures);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('--default-namespace changes the namespace of objects that set none', () => {
    const { report } = runJson(['--default-namespace', 'storage', 'implicit'], fixtures);
    const finding = report.findings.find((f) => f.rule === 'endpoints-without-service');
    expect(finding?.resource).toEqual({ kind: 'Endpoints', namespace: 'storage', name: 'orphan-endpoints' });
    expect(finding?.message).toContain('Endpoints storage/orphan-endpoints');
  });

  it('--output writes the report to a file and prints nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kp-out-'));
    try {
      const out = path.join(dir, 'report.json');
      const run = runCli(['typo', '--format', 'json', '--output', out], fixtures);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--format github prints escaped workflow commands, one per finding', () => {
    const run = runCli(['typo', '--format', 'github'], fixtures);
    const lines = run.stdout.trimEnd().split('\n');
    expect(
      lines.some((l) =>
        l.startsWith(
          '::error file=typo/endpoints.yaml,line=4,endLine=4,col=9,endColumn=32,title=kube-pairing%3A endpoints-without-service::Endpoints default/etcd-support-kubernetes',
        ),
      ),
    ).toBe(true);
  });

  it('text format groups by file with a code frame and the rule id', () => {
    const run = runCli(['typo'], fixtures);
    expect(run.stdout).toMatch(/^typo\/endpoints\.yaml$/m);
    expect(run.stdout).toMatch(
      /^ {2}4:9 {2}error {2}Endpoints default\/etcd-support-kubernetes .* endpoints-without-service$/m,
    );
    expect(run.stdout).toContain('> 4 |   name: etcd-support-kubernetes');
    expect(run.stdout).toContain('|         ^^^^^^^^^^^^^^^^^^^^^^^');
    expect(run.stdout).toContain('endpoints-without-service');
    expect(run.stdout).toContain('fix: replace line 4 with:');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('usage errors exit 2 with a message on stderr', () => {
    for (const args of [['--format', 'xml'], ['--fail-on', 'fatal'], ['--bogus'], ['does-not-exist']]) {
      const run = runCli(args, fixtures);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^kube-pairing: /);
      expect(run.stdout).toBe('');
    }
  });

  it('--output into a missing directory is an I/O error: exit 2', () => {
    const run = runCli(['typo', '--output', 'no/such/dir/report.json'], fixtures);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ENOENT');
  });

  it('--help and --version', () => {
    const help = runCli(['--help'], fixtures);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: kube-pairing');
    const version = runCli(['--version'], fixtures);
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('globs select files; the default is the current directory', () => {
    const { report } = runJson(['typo/*.yaml'], fixtures);
    expect(report.summary.files).toBe(2);
    const whole = runJson([], path.join(fixtures, 'typo'));
    expect(whole.report.summary.files).toBe(2);
  });

  it('the bundle runs with no node_modules next to it', () => {
    // dist/cli.js (a launcher) and dist/cli-bundle.js are self-contained: copy them somewhere without
    // dependencies and run them.
    const dir = mkdtempSync(path.join(tmpdir(), 'kp-bundle-'));
    try {
      const copy = path.join(dir, 'cli.js');
      copyFileSync(path.join(REPO, 'dist/cli.js'), copy);
      copyFileSync(path.join(REPO, 'dist/cli-bundle.js'), path.join(dir, 'cli-bundle.js'));
      const run = spawnSync(process.execPath, [copy, path.join(fixtures, 'typo'), '--format', 'json'], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
