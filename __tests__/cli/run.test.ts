/**
 * The whole command line in process (`runCli` with an `io` object; src/cli.ts only wires it to the real
 * process), so that mutation testing sees src/cli/run.ts: real manifests on disk (__tests__/fixtures/cli and
 * temporary directories), the exact stdout, stderr and exit code of each format, flag and failure.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { workdirs } from '../helpers/workdir.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(REPO, '__tests__/fixtures/cli');
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }
).version;

interface Run {
  code: number;
  /** What each call of io.stdout and io.stderr wrote, in order. */
  out: string[];
  err: string[];
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  {
    cwd = FIXTURES,
    env = {},
    isTty = false,
  }: { cwd?: string; env?: NodeJS.ProcessEnv; isTty?: boolean } = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    env,
    isTty,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, out, err, stdout: out.join(''), stderr: err.join('') };
}

interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
}
const json = (run: Run) =>
  JSON.parse(run.stdout) as {
    findings: JsonFinding[];
    summary: Record<string, number>;
    skippedFiles: unknown[];
  };
const at = (f: JsonFinding) => `${f.severity} ${f.rule} ${f.file}:${f.line}:${f.column}`;

/** A fresh working directory with the given files. */
const workdir = workdirs('kp-cli-run');
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

const TYPO_DEPRECATED =
  'Endpoints default/etcd-support-kubernetes uses the v1 Endpoints API, deprecated since Kubernetes v1.33 (KEP-4974): the API server warns on every write, and kube-proxy reads only EndpointSlices, so this object reaches it only through the EndpointSlice mirroring controller. Replace it with the equivalent EndpointSlice (apiVersion discovery.k8s.io/v1, label kubernetes.io/service-name: etcd-support-kubernetes, one slice per IP family, a managed-by label).';
const TYPO_ORPHAN =
  'Endpoints default/etcd-support-kubernetes has no Service named etcd-support-kubernetes in namespace default. An Endpoints only reaches traffic when a Service with exactly the same name and namespace exists (the EndpointSlice mirroring controller mirrors nothing else), so these addresses never receive traffic. Did you mean `etcd-supporting-kubernetes`? Rename the Endpoints to match Service default/etcd-supporting-kubernetes.';
const TYPO_NO_ENDPOINTS =
  'Service default/etcd-supporting-kubernetes has no selector and no Endpoints or EndpointSlice for it among the scanned manifests. Without a selector no controller creates endpoints for it, so it has no backends: connections to it are refused or time out. Endpoints default/etcd-support-kubernetes looks like it was meant for this Service: change `etcd-support-kubernetes` to `etcd-supporting-kubernetes`.';

const TYPO_ORPHAN_TEXT = [
  `  4:9  error  ${TYPO_ORPHAN}  endpoints-without-service`,
  '      3 | metadata:',
  '    > 4 |   name: etcd-support-kubernetes',
  '        |         ^^^^^^^^^^^^^^^^^^^^^^^',
  '      5 |   namespace: default',
  '    related: typo/service.yaml:4:9 Service default/etcd-supporting-kubernetes',
  '    fix: replace line 4 with:',
  '        name: etcd-supporting-kubernetes',
];

describe('runCli: text format', () => {
  it('the etcd typo: every finding with its code frame, related place and fix; exit 1', async () => {
    const run = await cli(['typo']);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([]);
    expect(run.out).toHaveLength(1);
    expect(run.stdout.split('\n')).toEqual([
      'typo/endpoints.yaml',
      `  2:7  notice  ${TYPO_DEPRECATED}  endpoints-deprecated`,
      '      1 | apiVersion: v1',
      '    > 2 | kind: Endpoints',
      '        |       ^^^^^^^^^',
      '      3 | metadata:',
      '    fix: run with --fix-preview to print the replacement YAML',
      ...TYPO_ORPHAN_TEXT,
      '',
      'typo/service.yaml',
      `  4:9  warning  ${TYPO_NO_ENDPOINTS}  service-without-endpoints`,
      '      3 | metadata:',
      '    > 4 |   name: etcd-supporting-kubernetes',
      '        |         ^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '      5 |   namespace: default',
      '    related: typo/endpoints.yaml:4:9 Endpoints default/etcd-support-kubernetes',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 notice) in 2 files, 2 resources',
      '',
    ]);
  });

  it('--quiet keeps the errors only, in the report and its summary, and counts what it hides', async () => {
    const run = await cli(['typo', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'typo/endpoints.yaml',
      ...TYPO_ORPHAN_TEXT,
      '',
      '✖ 1 problem (1 error, 0 warnings, 0 notices) in 2 files, 2 resources',
      '(1 warning and 1 notice not shown: --quiet)',
      '',
    ]);
  });

  it('a clean pair and skipped files: no problems, the skipped files listed; exit 0', async () => {
    const run = await cli(['clean', 'helm']);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.stdout).toBe(
      [
        '✔ no problems (3 files, 2 resources checked)',
        '2 files skipped:',
        '  helm/templates/svc.yaml: Go/Helm template: {{ }} at line 4 breaks the YAML structure; render it (helm template) to check it',
        '  helm/values.yaml: no Kubernetes object (nothing with apiVersion and kind)',
        '',
      ].join('\n'),
    );
  });

  it('--fix-preview prints the replacement EndpointSlice instead of the hint', async () => {
    const run = await cli(['notice-only', '--fix-preview']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(6, 12)).toEqual([
      '    replace it with:',
      '      # EndpointSlice that replaces Endpoints infra/etcd-external (generated by kube-pairing,',
      '      # built as the EndpointSlice mirroring controller builds its mirror). Apply it, then delete',
      "      # the Endpoints. managed-by may name whoever manages it: any value but the controllers' own.",
      '',
      '      apiVersion: discovery.k8s.io/v1',
    ]);
    expect(run.stdout).not.toContain('--fix-preview');
    const without = await cli(['notice-only']);
    expect(without.stdout.split('\n')[6]).toBe(
      '    fix: run with --fix-preview to print the replacement YAML',
    );
    expect(without.stdout).not.toContain('replace it with:');
  });

  const ESC = '\u001b[';
  it('colour: on a terminal, or forced; never with NO_COLOR, --no-color or into a plain pipe', async () => {
    const coloured = '\u001b[4mwarning-only/service.yaml\u001b[0m';
    expect((await cli(['warning-only'], { isTty: true })).stdout.split('\n')[0]).toBe(coloured);
    expect((await cli(['warning-only'], { env: { FORCE_COLOR: '1' } })).stdout.split('\n')[0]).toBe(coloured);
    expect((await cli(['warning-only', '--color'])).stdout.split('\n')[0]).toBe(coloured);
    for (const run of [
      await cli(['warning-only']),
      await cli(['warning-only'], { isTty: true, env: { NO_COLOR: '1' } }),
      await cli(['warning-only', '--no-color'], { isTty: true }),
    ]) {
      expect(run.stdout.split('\n')[0]).toBe('warning-only/service.yaml');
      expect(run.stdout).not.toContain(ESC);
    }
  });

  it('paths are relative to io.cwd, which is also where patterns start (none: all of it)', async () => {
    const run = await cli(['--format', 'json'], { cwd: path.join(FIXTURES, 'typo') });
    expect(json(run).findings.map(at)).toEqual([
      'notice endpoints-deprecated endpoints.yaml:2:7',
      'error endpoints-without-service endpoints.yaml:4:9',
      'warning service-without-endpoints service.yaml:4:9',
    ]);
    const nested = await cli(['cli/typo/*.yaml', '--format', 'json'], { cwd: path.dirname(FIXTURES) });
    expect(json(nested).findings.map(at)).toEqual([
      'notice endpoints-deprecated cli/typo/endpoints.yaml:2:7',
      'error endpoints-without-service cli/typo/endpoints.yaml:4:9',
      'warning service-without-endpoints cli/typo/service.yaml:4:9',
    ]);
  });
});

describe('runCli: json, sarif and github formats', () => {
  it('json: the findings by rule, file, line and column, and the summary of what is reported', async () => {
    const run = await cli(['--format', 'json', 'typo', 'broken-yaml']);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([]);
    const report = json(run);
    expect(report.findings.map(at)).toEqual([
      'notice endpoints-deprecated broken-yaml/endpoints.yaml:2:7',
      'error endpoints-without-service broken-yaml/endpoints.yaml:4:9',
      'error yaml-syntax broken-yaml/unclosed.yaml:5:19',
      'notice endpoints-deprecated typo/endpoints.yaml:2:7',
      'error endpoints-without-service typo/endpoints.yaml:4:9',
      'warning service-without-endpoints typo/service.yaml:4:9',
    ]);
    expect(report.summary).toEqual({
      files: 4,
      resources: 3,
      skipped: 0,
      suppressed: 0,
      errors: 3,
      warnings: 1,
      notices: 2,
    });
    expect(run.stdout.startsWith('{\n  "version": 1,\n  "findings": [\n')).toBe(true);
  });

  it('json with --quiet: the summary counts what is reported', async () => {
    const report = json(await cli(['-f', 'json', '-q', 'typo']));
    expect(report.findings.map(at)).toEqual(['error endpoints-without-service typo/endpoints.yaml:4:9']);
    expect(report.summary).toEqual({
      files: 2,
      resources: 2,
      skipped: 0,
      suppressed: 0,
      errors: 1,
      warnings: 0,
      notices: 0,
    });
  });

  it('sarif: SARIF 2.1.0, results at the findings, %SRCROOT% the working directory', async () => {
    const run = await cli(['--format', 'sarif', 'typo']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as {
      version: string;
      runs: {
        originalUriBaseIds: Record<string, { uri: string }>;
        results: {
          ruleId: string;
          level: string;
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string; uriBaseId: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(
      log.runs[0]?.results.map((r) => {
        const p = r.locations[0]?.physicalLocation;
        return `${r.level} ${r.ruleId} ${p?.artifactLocation.uriBaseId}/${p?.artifactLocation.uri}:${p?.region.startLine}:${p?.region.startColumn}`;
      }),
    ).toEqual([
      'note endpoints-deprecated %SRCROOT%/typo/endpoints.yaml:2:7',
      'error endpoints-without-service %SRCROOT%/typo/endpoints.yaml:4:9',
      'warning service-without-endpoints %SRCROOT%/typo/service.yaml:4:9',
    ]);
    expect(log.runs[0]?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`${pathToFileURL(FIXTURES).href}/`);
  });

  it('github: one workflow command per finding, properties escaped', async () => {
    const run = await cli(['--format', 'github', 'typo']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        `::notice file=typo/endpoints.yaml,line=2,endLine=2,col=7,endColumn=16,title=kube-pairing%3A endpoints-deprecated::${TYPO_DEPRECATED}`,
        `::error file=typo/endpoints.yaml,line=4,endLine=4,col=9,endColumn=32,title=kube-pairing%3A endpoints-without-service::${TYPO_ORPHAN}`,
        `::warning file=typo/service.yaml,line=4,endLine=4,col=9,endColumn=35,title=kube-pairing%3A service-without-endpoints::${TYPO_NO_ENDPOINTS}`,
        '',
      ].join('\n'),
    );
    expect((await cli(['--format', 'github', '--quiet', 'typo'])).stdout).toBe(
      `::error file=typo/endpoints.yaml,line=4,endLine=4,col=9,endColumn=32,title=kube-pairing%3A endpoints-without-service::${TYPO_ORPHAN}\n`,
    );
  });
});

describe('runCli: exit codes', () => {
  /** The exit code of each --fail-on on a fixture directory. */
  const exits = async (dir: string, extra: string[] = []) => {
    const codes: Record<string, number> = {};
    for (const level of ['error', 'warning', 'notice', 'never'])
      codes[level] = (await cli([dir, '--fail-on', level, '--format', 'json', ...extra])).code;
    return codes;
  };

  it('what each fixture reports, then the exit code of each --fail-on', async () => {
    expect(json(await cli(['-f', 'json', 'notice-only'])).findings.map(at)).toEqual([
      'notice endpoints-deprecated notice-only/etcd.yaml:13:7',
    ]);
    expect(await exits('notice-only')).toEqual({ error: 0, warning: 0, notice: 1, never: 0 });
    expect(json(await cli(['-f', 'json', 'warning-only'])).findings.map(at)).toEqual([
      'warning service-without-endpoints warning-only/service.yaml:5:9',
    ]);
    expect(await exits('warning-only')).toEqual({ error: 0, warning: 1, notice: 1, never: 0 });
    expect(json(await cli(['-f', 'json', 'clean'])).findings).toEqual([]);
    expect(await exits('clean')).toEqual({ error: 0, warning: 0, notice: 0, never: 0 });
    expect(await exits('typo')).toEqual({ error: 1, warning: 1, notice: 1, never: 0 });
  });

  it('--quiet hides warnings and notices but not from the threshold: --fail-on still counts them', async () => {
    expect(await exits('warning-only', ['--quiet'])).toEqual({ error: 0, warning: 1, notice: 1, never: 0 });
    expect(await exits('typo', ['--quiet'])).toEqual({ error: 1, warning: 1, notice: 1, never: 0 });
  });

  it('the default --fail-on is error', async () => {
    expect((await cli(['warning-only'])).code).toBe(0);
    expect((await cli(['typo', '--format', 'json'])).code).toBe(1);
  });
});

describe('runCli: --output', () => {
  it('writes the report to a path relative to io.cwd and prints nothing', async () => {
    const cwd = workdir({
      'endpoints.yaml': fixture('typo/endpoints.yaml'),
      'service.yaml': fixture('typo/service.yaml'),
    });
    mkdirSync(path.join(cwd, 'out'));
    const run = await cli(['--format', 'github', '--quiet', '--output', 'out/report.txt'], { cwd });
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([]);
    expect(readFileSync(path.join(cwd, 'out/report.txt'), 'utf8')).toBe(
      `::error file=endpoints.yaml,line=4,endLine=4,col=9,endColumn=32,title=kube-pairing%3A endpoints-without-service::${TYPO_ORPHAN}\n`,
    );
  });

  it('an absolute path; a clean run still writes its report and exits 0', async () => {
    const file = path.join(workdir(), 'report.txt');
    const run = await cli(['clean', '-o', file]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('✔ no problems (1 file, 2 resources checked)\n');
  });

  it('into a missing directory: an I/O error, exit 2, the message on stderr', async () => {
    const cwd = workdir({ 'svc.yaml': fixture('warning-only/service.yaml') });
    const run = await cli(['--output', 'no/such/dir/report.json'], { cwd });
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      `kube-pairing: ENOENT: no such file or directory, open '${path.join(cwd, 'no/such/dir/report.json')}'\n`,
    ]);
  });
});

describe('runCli: help, version and usage errors', () => {
  it('--help prints the usage and checks nothing', async () => {
    const run = await cli(['--help', 'does-not-exist', '--config', 'missing.yaml']);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out).toHaveLength(1);
    expect(
      run.stdout.startsWith(
        'Usage: kube-pairing [paths or globs...] [options]\n       kube-pairing - [options] < manifests.yaml\n\nChecks that',
      ),
    ).toBe(true);
    expect(
      run.stdout.endsWith(
        '\nDocs: https://github.com/kube-pairing/kube-pairing/blob/main/docs/configuration.md\n',
      ),
    ).toBe(true);
    for (const flag of ['--format', '--output', '--config', '--default-namespace', '--fail-on', '--quiet'])
      expect(run.stdout).toMatch(new RegExp(`^  (-[a-z], )?${flag} `, 'm'));
    expect((await cli(['-h'])).stdout).toBe(run.stdout);
    expect((await cli(['--help', '--version'])).stdout).toBe(run.stdout);
  });

  it("--version prints package.json's version and checks nothing", async () => {
    for (const argv of [['--version'], ['-v', 'does-not-exist']]) {
      const run = await cli(argv);
      expect(run.code).toBe(0);
      expect(run.out).toEqual([`${PACKAGE_VERSION}\n`]);
      expect(run.err).toEqual([]);
    }
  });

  it('a bad argument: its message and a pointer to --help on stderr, exit 2, nothing checked', async () => {
    const run = await cli(['typo', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      'kube-pairing: --format must be one of text, json, sarif, github, rdjson, checkstyle, junit, gitlab (got "xml")\nRun kube-pairing --help for usage.\n',
    ]);
    expect((await cli(['--default-namespace=Bad'])).err).toEqual([
      'kube-pairing: --default-namespace must be a valid namespace name (got "Bad")\nRun kube-pairing --help for usage.\n',
    ]);
    const unknown = await cli(['--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toHaveLength(1);
    expect(unknown.err[0]).toMatch(
      /^kube-pairing: Unknown option '--bogus'.*\nRun kube-pairing --help for usage\.\n$/s,
    );
  });

  it('a path that does not exist: a usage error, exit 2', async () => {
    const run = await cli(['typo', 'does-not-exist']);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual(['kube-pairing: no such file or directory: does-not-exist\n']);
  });
});

describe('runCli: config file', () => {
  const typoFiles = {
    'endpoints.yaml': fixture('typo/endpoints.yaml'),
    'service.yaml': fixture('typo/service.yaml'),
  };

  it('no config file: the defaults', async () => {
    const cwd = workdir(typoFiles);
    expect(json(await cli(['-f', 'json'], { cwd })).findings.map(at)).toEqual([
      'notice endpoints-deprecated endpoints.yaml:2:7',
      'error endpoints-without-service endpoints.yaml:4:9',
      'warning service-without-endpoints service.yaml:4:9',
    ]);
  });

  it('.kube-pairing.yaml in io.cwd is read: severities, ignore globs and the default namespace', async () => {
    const cwd = workdir({
      ...typoFiles,
      'vendor/broken.yaml': 'apiVersion: v1\nkind: [\n',
      'implicit/ep.yaml': fixture('implicit/ep.yaml'),
      '.kube-pairing.yaml':
        'rules:\n  endpoints-deprecated: off\n  service-without-endpoints: error\nignore: ["vendor/**"]\ndefaultNamespace: infra\n',
    });
    const run = await cli(['-f', 'json'], { cwd });
    expect(run.code).toBe(1);
    const report = json(run);
    expect(report.findings.map(at)).toEqual([
      'error endpoints-without-service endpoints.yaml:4:9',
      'error endpoints-without-service implicit/ep.yaml:4:9',
      'error service-without-endpoints service.yaml:4:9',
    ]);
    expect(report.summary.files).toBe(3);
    const implicit = JSON.parse(run.stdout).findings[1] as { resource: unknown };
    expect(implicit.resource).toEqual({ kind: 'Endpoints', namespace: 'infra', name: 'orphan-endpoints' });
    // The flag wins over the file.
    const flagged = JSON.parse((await cli(['-f', 'json', '--default-namespace', 'storage'], { cwd })).stdout);
    expect(flagged.findings[1].resource).toEqual({
      kind: 'Endpoints',
      namespace: 'storage',
      name: 'orphan-endpoints',
    });
  });

  it('--default-namespace without a config file', async () => {
    const run = await cli(['-f', 'json', '--default-namespace', 'storage', 'implicit']);
    const finding = JSON.parse(run.stdout).findings.find(
      (f: JsonFinding) => f.rule === 'endpoints-without-service',
    );
    expect(finding.resource).toEqual({ kind: 'Endpoints', namespace: 'storage', name: 'orphan-endpoints' });
    expect(finding.message).toContain('Endpoints storage/orphan-endpoints has no Service');
  });

  it('--config names another file, relative to io.cwd; the default file is then not read', async () => {
    const cwd = workdir({
      ...typoFiles,
      '.kube-pairing.yaml': 'rules:\n  no-such-rule: off\n',
      'conf/strict.yaml': 'rules:\n  endpoints-deprecated: off\n  service-without-endpoints: off\n',
    });
    const run = await cli(['-f', 'json', '--config', 'conf/strict.yaml'], { cwd });
    expect(run.err).toEqual([]);
    expect(json(run).findings.map(at)).toEqual(['error endpoints-without-service endpoints.yaml:4:9']);
  });

  it('a --config that does not exist: exit 2 (the default file may be missing, a named one may not)', async () => {
    const run = await cli(['--config', 'nope.yaml', 'typo']);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual(['kube-pairing: nope.yaml: config file not found\n']);
  });

  it('an invalid config: one stderr line per problem, each with file, line and column; exit 2', async () => {
    const cwd = workdir({
      ...typoFiles,
      '.kube-pairing.yaml': 'rules:\n  endpoints-deprecated: fatal\n  service-without-endpoints: loud\n',
    });
    const run = await cli([], { cwd });
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      'kube-pairing: .kube-pairing.yaml:2:25: rule "endpoints-deprecated" has severity "fatal"; valid severities: error, warning, notice, off\n',
      'kube-pairing: .kube-pairing.yaml:3:30: rule "service-without-endpoints" has severity "loud"; valid severities: error, warning, notice, off\n',
    ]);
  });
});

describe('runCli: errors it does not own', () => {
  it('an I/O error writing stdout (an Error with a code) is reported: exit 2', async () => {
    const err: string[] = [];
    const code = await runCli(['warning-only'], {
      cwd: FIXTURES,
      env: {},
      isTty: false,
      stdout: () => {
        throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      },
      stderr: (text) => err.push(text),
    });
    expect(code).toBe(2);
    expect(err).toEqual(['kube-pairing: write EPIPE\n']);
  });

  it('anything else is an internal error: runCli rejects with it (src/cli.ts prints the stack, exit 2)', async () => {
    const io = (thrown: unknown) => ({
      cwd: FIXTURES,
      env: {},
      isTty: false,
      stdout: () => {
        throw thrown;
      },
      stderr: () => {
        throw new Error('nothing goes to stderr');
      },
    });
    const bug = new TypeError('a bug');
    await expect(runCli(['warning-only'], io(bug))).rejects.toBe(bug);
    // Not an Error, even with a code: not an I/O error either.
    const odd = { code: 'EPIPE', message: 'not an Error' };
    await expect(runCli(['warning-only'], io(odd))).rejects.toBe(odd);
    // A code that is not a string.
    const numbered = Object.assign(new Error('numbered'), { code: 32 });
    await expect(runCli(['warning-only'], io(numbered))).rejects.toBe(numbered);
  });

  it('an unexpected error while reading the arguments is not a usage error: it propagates', async () => {
    const boom = new Error('env unreadable');
    const env = new Proxy({} as NodeJS.ProcessEnv, {
      get: () => {
        throw boom;
      },
    });
    const err: string[] = [];
    await expect(
      runCli([], { cwd: FIXTURES, env, isTty: false, stdout: () => {}, stderr: (t) => err.push(t) }),
    ).rejects.toBe(boom);
    expect(err).toEqual([]);
  });
});
