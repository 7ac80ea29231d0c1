import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonReport } from '../src/report/json.js';
import { REPO, runCli } from './helpers/cli.js';
import { docs, writeCase } from './helpers/rule-tester.js';

const at = (f: { rule: string; file: string; line: number; column: number }) =>
  `${f.rule} ${f.file}:${f.line}:${f.column}`;

const typo = docs(
  `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd-supporting-kubernetes
  spec:
    ports:
      - port: 2379
  `,
  `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: etcd-support-kubernetes
  subsets:
    - addresses: [{ip: 10.20.30.40}]
      ports: [{port: 2379}]
  `,
);

const dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = writeCase(files);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function json(args: string[], cwd: string): { status: number | null; report: JsonReport; stderr: string } {
  const run = runCli(['--format', 'json', ...args], cwd);
  expect(run.stderr).toBe('');
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

describe('config file (built bundle)', () => {
  it('an invalid config exits 2 and names every problem with file:line:column and the choices', () => {
    const cwd = project({
      'etcd.yaml': typo,
      '.kube-pairing.yaml': `
        rules:
          endpoints-without-servise: off
          yaml-syntax: fatal
        ignore: charts/**
        defaultNamespce: default
      `,
    });
    const run = runCli([], cwd);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^kube-pairing: \.kube-pairing\.yaml:2:3: unknown rule "endpoints-without-servise" in "rules" \(did you mean "endpoints-without-service"\?\); valid rule ids: yaml-syntax, /,
    );
    expect(lines[1]).toBe(
      'kube-pairing: .kube-pairing.yaml:3:16: rule "yaml-syntax" has severity "fatal"; valid severities: error, warning, notice, off',
    );
    expect(lines[2]).toBe(
      'kube-pairing: .kube-pairing.yaml:4:9: "ignore" must be a list of globs, e.g. "ignore: ["charts/**"]"',
    );
    expect(lines[3]).toBe(
      'kube-pairing: .kube-pairing.yaml:5:1: unknown key "defaultNamespce" (did you mean "defaultNamespace"?); valid keys: rules, ignore, defaultNamespace, charts',
    );
  });

  it('a config that is not YAML exits 2 with the parser position', () => {
    const cwd = project({ 'etcd.yaml': typo, 'team.yaml': 'rules: {yaml-syntax: off\n' });
    const run = runCli(['etcd.yaml', '--config', 'team.yaml'], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kube-pairing: team\.yaml:\d+:\d+: not valid YAML: /);
  });

  it('an explicit --config that does not exist exits 2; a missing default file is fine', () => {
    const cwd = project({ 'etcd.yaml': typo });
    const run = runCli(['--config', 'nope.yaml'], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('kube-pairing: nope.yaml: config file not found\n');
    expect(runCli([], cwd).status).toBe(1);
  });

  it('.kube-pairing.yaml in the current directory sets severities; off turns a rule off', () => {
    const cwd = project({
      'etcd.yaml': typo,
      '.kube-pairing.yaml': `
        rules:
          endpoints-without-service: warning
          service-without-endpoints: off
      `,
    });
    const { status, report } = json([], cwd);
    expect(status).toBe(0);
    const finding = report.findings.find((f) => f.rule === 'endpoints-without-service');
    expect(finding && at(finding)).toBe('endpoints-without-service etcd.yaml:12:9');
    expect(finding?.severity).toBe('warning');
    expect(report.findings.filter((f) => f.rule === 'service-without-endpoints')).toEqual([]);
    // The config file itself is not a manifest: not loaded, not counted as skipped.
    expect(report.summary).toMatchObject({ files: 1, skipped: 0 });
    expect(json(['--fail-on', 'warning'], cwd).status).toBe(1);
  });

  it('--config picks another file instead of .kube-pairing.yaml', () => {
    const cwd = project({
      'etcd.yaml': typo,
      '.kube-pairing.yaml': 'rules: {endpoints-without-service: off}\n',
      'ci/strict.yaml': 'rules: {endpoints-without-service: error}\n',
    });
    expect(json([], cwd).report.findings.map((f) => f.rule)).not.toContain('endpoints-without-service');
    const strict = json(['etcd.yaml', '--config', 'ci/strict.yaml'], cwd);
    expect(strict.status).toBe(1);
    expect(strict.report.findings.map((f) => f.rule)).toContain('endpoints-without-service');
  });

  it('ignore globs are never loaded', () => {
    const cwd = project({
      'etcd.yaml': typo,
      'charts/web/templates/bad.yaml': 'kind: [\n',
      '.kube-pairing.yaml': 'ignore: ["charts/**"]\n',
    });
    const { report } = json([], cwd);
    expect(report.summary.files).toBe(1);
    expect(report.findings.map((f) => f.file)).not.toContain('charts/web/templates/bad.yaml');
  });

  describe('ignore globs are anchored at the directory of the config file', () => {
    const broken = 'apiVersion: v1\nkind: [\n';
    /** The files each run reports a syntax error in, and how many files it loaded. */
    const seen = (args: string[], cwd: string) => {
      // A pattern whose files are all ignored is an error by default: here the point is what is loaded.
      const { report } = json(['--fail-on', 'never', '--no-error-on-unmatched-pattern', ...args], cwd);
      const files = report.findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.file);
      return { broken: [...new Set(files)].sort(), files: report.summary.files };
    };

    it('`kube-pairing charts manifests` with ignore: ["charts/**"] beside it loads nothing under charts/', () => {
      // Relative to each directory searched, `charts/web/bad.yaml` is `web/bad.yaml`: only anchoring ignores it.
      const files = {
        'charts/web/templates/bad.yaml': broken,
        'charts/web/charts/sub/bad.yaml': broken,
        'manifests/etcd.yaml': typo,
        'manifests/charts/bad.yaml': broken,
      };
      const cwd = project({ ...files, '.kube-pairing.yaml': 'ignore: ["charts/**"]\n' });
      expect(seen(['charts', 'manifests'], cwd)).toEqual({ broken: ['manifests/charts/bad.yaml'], files: 2 });
      expect(seen(['charts/web', 'manifests'], cwd)).toEqual({
        broken: ['manifests/charts/bad.yaml'],
        files: 2,
      });
      expect(seen([], cwd)).toEqual({ broken: ['manifests/charts/bad.yaml'], files: 2 });
      // Without the config every one of them is checked: the globs, not the layout, keep them out.
      expect(seen(['charts', 'manifests'], project(files)).broken).toEqual([
        'charts/web/charts/sub/bad.yaml',
        'charts/web/templates/bad.yaml',
        'manifests/charts/bad.yaml',
      ]);
    });

    it('a config in the parent directory: its charts/ is ignored, the charts/ of the working directory is not', () => {
      const root = project({
        '.kube-pairing.yaml': 'ignore: ["charts/**"]\n',
        'charts/web/bad.yaml': broken,
        'app/charts/bad.yaml': broken,
        'app/manifests/etcd.yaml': typo,
      });
      const app = path.join(root, 'app');
      const config = ['--config', '../.kube-pairing.yaml'];
      // app/charts/bad.yaml matches `charts/**` relative to the working directory, not to the config's: checked.
      expect(seen(['charts', 'manifests', ...config], app)).toEqual({
        broken: ['charts/bad.yaml'],
        files: 2,
      });
      expect(seen(config, app)).toEqual({ broken: ['charts/bad.yaml'], files: 2 });
      // ../charts/web/bad.yaml matches `charts/**` only relative to the config's directory: ignored.
      expect(seen(['../charts', 'manifests', ...config], app)).toEqual({ broken: [], files: 1 });
      // (A file named explicitly on the command line is always read: docs/configuration.md.)
      expect(seen(['../charts/web/bad.yaml', 'manifests', ...config], app).broken).toEqual([
        '../charts/web/bad.yaml',
      ]);
    });

    it('a config in another directory (ci/): the globs are relative to ci/, not to the working directory', () => {
      const cwd = project({
        'ci/kube-pairing.yaml': 'ignore: ["charts/**"]\n',
        'ci/charts/bad.yaml': broken,
        'charts/web/bad.yaml': broken,
        'manifests/etcd.yaml': typo,
      });
      const config = ['--config', 'ci/kube-pairing.yaml'];
      expect(seen(['charts', 'ci', 'manifests', ...config], cwd)).toEqual({
        broken: ['charts/web/bad.yaml'],
        files: 2,
      });
      expect(seen(config, cwd)).toEqual({ broken: ['charts/web/bad.yaml'], files: 2 });
    });
  });

  it('testdata directories are skipped unless named on the command line or re-included by a negated glob', () => {
    const bad = typo.replace('etcd-support-kubernetes', 'other-typo');
    const files = { 'etcd.yaml': typo, 'pkg/testdata/bad.yaml': bad, 'testdata/x/bad.yaml': bad };
    const checked = (args: string[], cwd: string) => [
      ...new Set(json(args, cwd).report.findings.map((f) => f.file)),
    ];

    const plain = project(files);
    expect(checked([], plain)).toEqual(['etcd.yaml']);
    expect(checked(['pkg/testdata'], plain)).toEqual(['pkg/testdata/bad.yaml']);
    expect(checked(['pkg/testdata/bad.yaml', 'etcd.yaml'], plain)).toEqual([
      'etcd.yaml',
      'pkg/testdata/bad.yaml',
    ]);
    expect(checked(['**/testdata/**/*.yaml'], plain)).toEqual([
      'pkg/testdata/bad.yaml',
      'testdata/x/bad.yaml',
    ]);

    const all = project({ ...files, '.kube-pairing.yaml': 'ignore: ["!**/testdata/**"]\n' });
    expect(checked([], all)).toEqual(['etcd.yaml', 'pkg/testdata/bad.yaml', 'testdata/x/bad.yaml']);

    const some = project({ ...files, '.kube-pairing.yaml': 'ignore: ["!pkg/testdata/**"]\n' });
    expect(checked([], some)).toEqual(['etcd.yaml', 'pkg/testdata/bad.yaml']);
  });

  it('defaultNamespace applies; --default-namespace overrides it', () => {
    const cwd = project({ 'etcd.yaml': typo, '.kube-pairing.yaml': 'defaultNamespace: storage\n' });
    const ns = (args: string[]) =>
      json(args, cwd).report.findings.find((f) => f.rule === 'endpoints-without-service')?.resource
        ?.namespace;
    expect(ns([])).toBe('storage');
    expect(ns(['--default-namespace', 'infra'])).toBe('infra');
  });
});

describe('suppressions (built bundle)', () => {
  it('an annotation and a comment silence findings; a stale one is reported with a fix', () => {
    const cwd = project({
      'etcd.yaml': typo.replace(
        '  name: etcd-support-kubernetes',
        '  name: etcd-support-kubernetes # kube-pairing-ignore endpoints-without-service, duplicate-resource',
      ),
      'orphan.yaml': `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: orphan
          annotations:
            kube-pairing.io/ignore: endpoints-without-service
      `,
    });
    const { status, report } = json([], cwd);
    expect(report.findings.filter((f) => f.rule === 'endpoints-without-service')).toEqual([]);
    const unused = report.findings.filter((f) => f.rule === 'unused-suppression');
    expect(unused.map(at)).toEqual(['unused-suppression etcd.yaml:12:82']);
    expect(unused[0]).toMatchObject({
      severity: 'notice',
      resource: { kind: 'Endpoints', namespace: 'default', name: 'etcd-support-kubernetes' },
      fix: {
        line: 12,
        endLine: 12,
        replacement: '  name: etcd-support-kubernetes # kube-pairing-ignore endpoints-without-service',
      },
    });
    expect(unused[0]?.message).toContain(
      'suppresses duplicate-resource, but kube-pairing reports no duplicate-resource finding on line 12',
    );
    expect(report.summary.suppressed).toBe(2);
    expect(report.summary.errors).toBe(0);
    expect(status).toBe(0);
  });
});

describe('--fix-preview (built bundle)', () => {
  const examples = path.join(REPO, 'examples');
  const golden = readFileSync(path.join(REPO, '__tests__/golden/migration/etcd-endpoints.yaml'), 'utf8');

  it('prints the EndpointSlice that replaces a deprecated Endpoints, under its finding', () => {
    const run = runCli(['etcd-endpoints', '--fix-preview'], examples);
    expect(run.status).toBe(0);
    const block = (run.stdout.split('replace it with:\n')[1] ?? '').split('\n\n✖')[0] ?? '';
    const printed = block
      .split('\n')
      .map((l) => l.replace(/^ {6}/, ''))
      .join('\n');
    expect(`${printed}\n`).toBe(golden);
    expect(run.stdout).toContain('endpoints-deprecated');
  });

  it('without --fix-preview, a one-line hint; JSON always carries the migration', () => {
    const run = runCli(['etcd-endpoints'], examples);
    expect(run.stdout).toContain('fix: run with --fix-preview to print the replacement YAML');
    expect(run.stdout).not.toContain('kind: EndpointSlice');
    const { report } = json(['etcd-endpoints'], examples);
    expect(report.findings.find((f) => f.rule === 'endpoints-deprecated')?.migration).toBe(golden);
  });
});

describe('--help', () => {
  it('documents sarif, --fix-preview, the config file and suppressions', () => {
    const help = runCli(['--help'], REPO).stdout;
    for (const text of [
      'sarif',
      '--fix-preview',
      '.kube-pairing.yaml',
      'kube-pairing.io/ignore',
      '# kube-pairing-ignore',
    ]) {
      expect(help).toContain(text);
    }
  });
});
