/**
 * The command line's newer options in process (mutation testing of src/cli, docs/testing.md): --rule,
 * --max-warnings, standard input, unmatched patterns, --fix, --list-rules, --print-config and the config file
 * found up the tree. Exact stdout, stderr, exit codes and files on disk.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ArgumentError, parseCliArgs } from '../../src/cli/args.js';
import { findConfig } from '../../src/cli/config-file.js';
import type { CliIo } from '../../src/cli/run.js';
import { runCli } from '../../src/cli/run.js';
import { workdirs } from '../helpers/workdir.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/cli');
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

async function cli(argv: string[], cwd = FIXTURES, io: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    env: {},
    isTty: false,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    ...io,
  });
  return { code, out, err, stdout: out.join(''), stderr: err.join('') };
}
const findings = (stdout: string) =>
  (
    JSON.parse(stdout) as {
      findings: { rule: string; severity: string; file: string; line: number; column: number }[];
    }
  ).findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line}:${f.column}`);

/** A fresh working directory with the given files. */
const workdir = workdirs('kp-cli-features');

function argumentError(argv: string[], env: NodeJS.ProcessEnv = {}): string {
  try {
    parseCliArgs(argv, env, false);
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('parseCliArgs: the newer flags', () => {
  it('--rule: id=severity, repeated, in order, blanks around either side trimmed', () => {
    expect(
      parseCliArgs(
        ['--rule', 'a=off', '--rule', ' b = warning ', '--rule=c=error', '--rule', 'd=notice'],
        {},
        false,
      ).rules,
    ).toEqual([
      ['a', 'off'],
      ['b', 'warning'],
      ['c', 'error'],
      ['d', 'notice'],
    ]);
  });

  it('--rule: without =, without an id, or with another severity', () => {
    expect(argumentError(['--rule', 'endpoints-deprecated'])).toBe(
      '--rule takes <id>=<severity>, e.g. endpoints-deprecated=off (got "endpoints-deprecated")',
    );
    expect(argumentError(['--rule', '=off'])).toBe(
      '--rule takes <id>=<severity>, e.g. endpoints-deprecated=off (got "=off")',
    );
    expect(argumentError(['--rule', 'x=fatal'])).toBe(
      '--rule x: the severity must be one of error, warning, notice, off (got "fatal")',
    );
    expect(argumentError(['--rule', 'x='])).toBe(
      '--rule x: the severity must be one of error, warning, notice, off (got "")',
    );
    // The whole value is id=severity: nothing before the id, nothing after the severity's line.
    expect(argumentError(['--rule', '=a=off'])).toBe(
      '--rule takes <id>=<severity>, e.g. endpoints-deprecated=off (got "=a=off")',
    );
    expect(argumentError(['--rule', 'a=off\nb'])).toBe(
      '--rule takes <id>=<severity>, e.g. endpoints-deprecated=off (got "a=off\nb")',
    );
    expect(argumentError(['--rule', 'x=off=on'])).toBe(
      '--rule x: the severity must be one of error, warning, notice, off (got "off=on")',
    );
  });

  it('--max-warnings: a whole number', () => {
    expect(parseCliArgs(['--max-warnings', '0'], {}, false).maxWarnings).toBe(0);
    expect(parseCliArgs(['--max-warnings', '12'], {}, false).maxWarnings).toBe(12);
    expect('maxWarnings' in parseCliArgs([], {}, false)).toBe(false);
    for (const value of ['-1', '1.5', 'x', '1x', 'x1', ''])
      expect(argumentError([`--max-warnings=${value}`])).toBe(
        `--max-warnings takes a number of 0 or more (got "${value}")`,
      );
  });

  it('- reads standard input; --stdin-filename needs it, and a name; --fix cannot fix it', () => {
    expect(parseCliArgs(['a', '-', 'b', '--stdin-filename', 'x.yaml'], {}, false)).toMatchObject({
      patterns: ['a', 'b'],
      stdin: true,
      stdinFilename: 'x.yaml',
    });
    expect(parseCliArgs(['a'], {}, false).stdin).toBe(false);
    expect(argumentError(['--stdin-filename', 'x.yaml'])).toBe(
      '--stdin-filename names standard input: give - as a path too',
    );
    expect(argumentError(['-', '--stdin-filename='])).toBe('--stdin-filename must not be empty');
    expect(argumentError(['-', '--fix'])).toBe('--fix writes files: it cannot fix standard input');
  });

  it('the other switches', () => {
    expect(
      parseCliArgs(['--fix', '--no-error-on-unmatched-pattern', '--list-rules', '--print-config'], {}, false),
    ).toMatchObject({
      fix: true,
      errorOnUnmatchedPattern: false,
      listRules: true,
      printConfig: true,
    });
    expect(parseCliArgs([], {}, false)).toMatchObject({
      fix: false,
      errorOnUnmatchedPattern: true,
      listRules: false,
      printConfig: false,
    });
  });

  it('FORCE_COLOR=0 and FORCE_COLOR=false do not force colour', () => {
    expect(parseCliArgs([], { FORCE_COLOR: 'false' }, false).color).toBe(false);
    expect(parseCliArgs([], { FORCE_COLOR: '0' }, false).color).toBe(false);
    expect(parseCliArgs([], { FORCE_COLOR: 'true' }, false).color).toBe(true);
  });
});

describe('runCli: --rule and --max-warnings', () => {
  it('--rule sets a severity over the defaults and the config', async () => {
    const run = await cli([
      '-f',
      'json',
      'typo',
      '--rule',
      'endpoints-deprecated=off',
      '--rule',
      'service-without-endpoints=error',
    ]);
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([
      'error endpoints-without-service typo/endpoints.yaml:4:9',
      'error service-without-endpoints typo/service.yaml:4:9',
    ]);
  });

  it('an unknown rule id: a usage error, with the closest id when there is one', async () => {
    expect(await cli(['--rule', 'endpoint-deprecated=off', 'typo'])).toMatchObject({
      code: 2,
      out: [],
      err: [
        'kube-pairing: --rule: no rule endpoint-deprecated (did you mean endpoints-deprecated?); --list-rules lists them\nRun kube-pairing --help for usage.\n',
      ],
    });
    expect((await cli(['--rule', 'zzzzqqq=off', 'typo'])).err).toEqual([
      'kube-pairing: --rule: no rule zzzzqqq; --list-rules lists them\nRun kube-pairing --help for usage.\n',
    ]);
  });

  it('--max-warnings: exit 1 above it, 0 at it; errors decide first', async () => {
    const above = await cli(['--max-warnings', '0', 'warning-only']);
    expect(above.code).toBe(1);
    expect(above.err).toEqual(['kube-pairing: 1 warnings, more than --max-warnings 0\n']);
    const at = await cli(['--max-warnings', '1', 'warning-only']);
    expect([at.code, at.err]).toEqual([0, []]);
    const errors = await cli(['--max-warnings', '0', 'typo']);
    expect([errors.code, errors.err]).toEqual([1, []]);
  });

  it('--quiet in text: the errors, then how many warnings and notices it hides', async () => {
    const run = await cli(['--quiet', 'typo']);
    expect(
      run.stdout.endsWith(
        '\n✖ 1 problem (1 error, 0 warnings, 0 notices) in 2 files, 2 resources\n(1 warning and 1 notice not shown: --quiet)\n',
      ),
    ).toBe(true);
    const two = await cli(['--quiet', 'typo', 'warning-only', 'notice-only']);
    expect(two.stdout.split('\n').at(-2)).toBe('(2 warnings and 2 notices not shown: --quiet)');
    expect((await cli(['--quiet', 'clean'])).stdout).not.toContain('not shown');
    expect((await cli(['--quiet', '-f', 'json', 'typo'])).stdout).not.toContain('not shown');
  });
});

describe('runCli: standard input', () => {
  const stdin = (text: string) => ({ readStdin: async () => text });

  it('- checks standard input as --stdin-filename (BOM dropped), with the files given', async () => {
    const run = await cli(
      ['-', 'typo/service.yaml', '-f', 'json', '--stdin-filename', 'typo/../x/ep.yaml'],
      FIXTURES,
      stdin(`\uFEFF${fixture('typo/endpoints.yaml')}`),
    );
    expect(findings(run.stdout)).toEqual([
      'warning service-without-endpoints typo/service.yaml:4:9',
      'notice endpoints-deprecated x/ep.yaml:2:7',
      'error endpoints-without-service x/ep.yaml:4:9',
    ]);
  });

  it('without --stdin-filename it is <stdin>', async () => {
    const run = await cli(['-', '-f', 'json', '--quiet'], FIXTURES, stdin(fixture('typo/endpoints.yaml')));
    expect(findings(run.stdout)).toEqual(['error endpoints-without-service <stdin>:4:9']);
  });

  it('an io without standard input: a usage error', async () => {
    expect(await cli(['-'])).toMatchObject({
      code: 2,
      out: [],
      err: ['kube-pairing: standard input cannot be read here\n'],
    });
  });

  it('the config is looked for from the directory of --stdin-filename', async () => {
    const cwd = workdir({
      '.git/HEAD': '',
      'charts/.kube-pairing.yaml': 'rules:\n  endpoints-deprecated: off\n',
    });
    const run = await cli(
      ['-', '-f', 'json', '--stdin-filename', 'charts/r.yaml'],
      cwd,
      stdin(fixture('typo/endpoints.yaml')),
    );
    expect(findings(run.stdout)).toEqual(['error endpoints-without-service charts/r.yaml:4:9']);
  });
});

describe('runCli: patterns that match nothing', () => {
  it('a glob matching no file, and a directory without manifests: exit 2, each said', async () => {
    const cwd = workdir({ 'a.yaml': fixture('clean/etcd.yaml'), 'docs/readme.md': '# x\n' });
    expect(await cli(['a.yaml', 'nothing/*.yaml', 'docs'], cwd)).toMatchObject({
      code: 2,
      out: [],
      err: [
        'kube-pairing: no manifest file matches nothing/*.yaml (--no-error-on-unmatched-pattern makes this no error)\n',
        'kube-pairing: no manifest file matches docs (--no-error-on-unmatched-pattern makes this no error)\n',
      ],
    });
    const allowed = await cli(['a.yaml', 'nothing/*.yaml', '--no-error-on-unmatched-pattern'], cwd);
    expect([allowed.code, allowed.err, allowed.stdout]).toEqual([
      0,
      [],
      '✔ no problems (1 file, 2 resources checked)\n',
    ]);
  });

  it('the current directory without manifests; everything ignored', async () => {
    expect((await cli([], workdir({ 'readme.md': '# x\n' }))).err).toEqual([
      'kube-pairing: no manifest file (*.yaml, *.yml, *.json, Kustomization) in the current directory (--no-error-on-unmatched-pattern makes this no error)\n',
    ]);
    const ignored = workdir({ 'node_modules/x/a.yaml': fixture('clean/etcd.yaml') });
    expect((await cli([], ignored)).err).toEqual([
      "kube-pairing: every manifest file here is ignored (the default ignores and the config's ignore) (--no-error-on-unmatched-pattern makes this no error)\n",
    ]);
    expect((await cli(['**/*.yaml'], ignored)).err).toEqual([
      "kube-pairing: every manifest file matched by **/*.yaml is ignored (the default ignores and the config's ignore) (--no-error-on-unmatched-pattern makes this no error)\n",
    ]);
  });
});

describe('runCli: --fix', () => {
  it('applies the certain fix in place (BOM kept), says so, and reports what is left', async () => {
    const cwd = workdir({
      'ep.yaml': `\uFEFF${fixture('typo/endpoints.yaml')}`,
      'svc.yaml': fixture('typo/service.yaml'),
    });
    const run = await cli(['--fix', '-f', 'json'], cwd);
    expect(run.code).toBe(0);
    expect(run.err).toEqual(['kube-pairing: applied 1 fix in 1 file\n']);
    expect(findings(run.stdout)).toEqual(['notice endpoints-deprecated ep.yaml:2:7']);
    expect(readFileSync(path.join(cwd, 'ep.yaml'), 'utf8')).toBe(
      `\uFEFF${fixture('typo/endpoints.yaml').replace('etcd-support-kubernetes', 'etcd-supporting-kubernetes')}`,
    );
    expect(readFileSync(path.join(cwd, 'svc.yaml'), 'utf8')).toBe(fixture('typo/service.yaml'));
  });

  it('two fixes in two files: plural', async () => {
    const cwd = workdir({
      'a/ep.yaml': fixture('typo/endpoints.yaml'),
      'a/svc.yaml': fixture('typo/service.yaml'),
      'b/ep.yaml': fixture('typo/endpoints.yaml').replace(/default/g, 'infra'),
      'b/svc.yaml': fixture('typo/service.yaml').replace(/default/g, 'infra'),
    });
    const run = await cli(['--fix', '--quiet'], cwd);
    expect([run.code, run.err]).toEqual([0, ['kube-pairing: applied 2 fixes in 2 files\n']]);
  });

  it('nothing to fix: no message, no file written', async () => {
    const cwd = workdir({ 'svc.yaml': fixture('warning-only/service.yaml') });
    const run = await cli(['--fix'], cwd);
    expect([run.code, run.err]).toEqual([0, []]);
    expect(readFileSync(path.join(cwd, 'svc.yaml'), 'utf8')).toBe(fixture('warning-only/service.yaml'));
  });
});

describe('runCli: --list-rules and --print-config', () => {
  it('--list-rules: one line a rule, sorted by id, padded columns', async () => {
    const run = await cli(['--list-rules', 'does-not-exist']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'duplicate-port-name                 error    Two ports share one name in a Service, an Endpoints subset or an EndpointSlice.',
    );
    expect(lines).toContain(
      'endpoints-deprecated                notice   A v1 Endpoints: the API is deprecated since Kubernetes v1.33; EndpointSlice replaces it.',
    );
    const ids = lines.slice(0, -1).map((l) => l.split(' ')[0] as string);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('yaml-syntax');
    expect(lines.slice(0, -1).every((l) => l.charAt(36) !== ' ' && l.slice(34, 36) === '  ')).toBe(true);
  });

  it('--list-rules --format json: id, severity, family, fixable, summary, why, messages, docs', async () => {
    const list = JSON.parse((await cli(['--list-rules', '-f', 'json'])).stdout) as Record<string, unknown>[];
    expect(list[0]).toStrictEqual({
      id: 'duplicate-port-name',
      severity: 'error',
      family: 'validity',
      fixable: false,
      summary: 'Two ports share one name in a Service, an Endpoints subset or an EndpointSlice.',
      why: 'Each Service port is paired with its endpoint port by name, so names must be unique.',
      messages: {
        serviceDuplicate: expect.stringContaining('{{why}}'),
        sliceDuplicate: expect.any(String),
        mirroredDuplicate: expect.any(String),
      },
      docs: 'https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules/duplicate-port-name.md',
    });
    expect(list.find((r) => r.id === 'endpoints-without-service')).toMatchObject({ fixable: true });
    const ids = list.map((r) => r.id as string);
    expect(ids).toEqual([...ids].sort());
  });

  const HEADER = (file: string) => [
    `# The configuration kube-pairing uses here: every rule's default severity, then ${file},`,
    '# then --rule and --default-namespace.',
    '# Always ignored (unless the config negates one: "!**/testdata/**"): **/node_modules/**, **/.git/**, **/vendor/**, **/testdata/**, **/_testdata/**, **/e2e/**, **/fake/**, **/fixtures/**, **/__fixtures__/**, **/__tests__/**',
  ];

  it('--print-config without a config file: the defaults, sorted', async () => {
    const run = await cli(['--print-config'], workdir({ '.git/HEAD': '' }));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      ...HEADER('no config file'),
      'rules:',
      '  duplicate-port-name: error',
    ]);
    const body = parseYaml(run.stdout) as {
      rules: Record<string, string>;
      ignore: string[];
      defaultNamespace: string;
    };
    expect(body.rules['endpoints-deprecated']).toBe('notice');
    expect(body.rules['service-without-endpoints']).toBe('warning');
    expect(Object.keys(body.rules)).toEqual([...Object.keys(body.rules)].sort());
    expect(body.ignore).toEqual([]);
    expect(body.defaultNamespace).toBe('default');
  });

  it('--print-config: the nearest config file, then the flags over it', async () => {
    const cwd = workdir({
      '.git/HEAD': '',
      '.kube-pairing.yaml':
        'rules:\n  endpoints-deprecated: off\n  empty-selector: error\nignore: ["charts/**"]\ndefaultNamespace: infra\n',
    });
    mkdirSync(path.join(cwd, 'sub'));
    const run = await cli(
      ['--print-config', '--rule', 'empty-selector=notice', '--default-namespace', 'prod'],
      path.join(cwd, 'sub'),
    );
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(HEADER('../.kube-pairing.yaml'));
    const body = parseYaml(run.stdout) as {
      rules: Record<string, string>;
      ignore: string[];
      defaultNamespace: string;
    };
    expect([
      body.rules['endpoints-deprecated'],
      body.rules['empty-selector'],
      body.ignore,
      body.defaultNamespace,
    ]).toEqual(['off', 'notice', ['charts/**'], 'prod']);
    const fromFile = parseYaml((await cli(['--print-config'], cwd)).stdout) as { defaultNamespace: string };
    expect(fromFile.defaultNamespace).toBe('infra');
  });
});

describe('the config file found up the tree', () => {
  it('.kube-pairing.yaml over .kube-pairing.yml in one directory, said on stderr', async () => {
    const cwd = workdir({
      '.git/HEAD': '',
      '.kube-pairing.yaml': 'rules:\n  endpoints-deprecated: off\n',
      '.kube-pairing.yml': 'rules: {}\n',
      'sub/ep.yaml': fixture('typo/endpoints.yaml'),
    });
    const run = await cli(['-f', 'json'], path.join(cwd, 'sub'));
    expect(run.err).toEqual([
      'kube-pairing: ../.kube-pairing.yml is not read: ../.kube-pairing.yaml in the same directory applies\n',
    ]);
    expect(findings(run.stdout)).toEqual(['error endpoints-without-service ep.yaml:4:9']);
  });

  it('findConfig: the nearest, stopping at the repository root', async () => {
    const cwd = workdir({ 'repo/.git/HEAD': '', 'repo/a/b/x.txt': '', '.kube-pairing.yaml': 'rules: {}\n' });
    expect(await findConfig(path.join(cwd, 'repo/a/b'))).toStrictEqual({});
    writeFileSync(path.join(cwd, 'repo/a/.kube-pairing.yml'), 'rules: {}\n');
    expect(await findConfig(path.join(cwd, 'repo/a/b'))).toStrictEqual({
      file: path.join(cwd, 'repo/a/.kube-pairing.yml'),
    });
    expect(await findConfig(cwd)).toStrictEqual({ file: path.join(cwd, '.kube-pairing.yaml') });
  });
});
