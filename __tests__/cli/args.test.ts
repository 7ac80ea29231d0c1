/**
 * The command line's arguments, in process (so that mutation testing sees src/cli/args.ts): every flag in its
 * long and short form, the defaults, the choices, the namespace check, and when the text output is coloured.
 */
import { describe, expect, it } from 'vitest';
import { ArgumentError, type CliOptions, HELP, parseCliArgs } from '../../src/cli/args.js';

const DEFAULTS: CliOptions = {
  patterns: [],
  stdin: false,
  format: 'text',
  failOn: 'error',
  quiet: false,
  fixPreview: false,
  fix: false,
  color: false,
  errorOnUnmatchedPattern: true,
  rules: [],
  listRules: false,
  printConfig: false,
  helm: 'helm',
  help: false,
  version: false,
};

const parse = (argv: string[], env: NodeJS.ProcessEnv = {}, isTty = false): CliOptions =>
  parseCliArgs(argv, env, isTty);

/** The ArgumentError message parseCliArgs throws (fails the test if it throws anything else, or nothing). */
function argumentError(argv: string[]): string {
  try {
    parse(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('parseCliArgs: flags', () => {
  it('no arguments: the defaults, every field present', () => {
    expect(parse([])).toStrictEqual(DEFAULTS);
  });

  it('positionals are the patterns, in order, before, between and after flags', () => {
    expect(parse(['a', '--quiet', 'b/**/*.yaml', '-f', 'json', 'c']).patterns).toEqual([
      'a',
      'b/**/*.yaml',
      'c',
    ]);
    expect(parse(['--', '--not-a-flag']).patterns).toEqual(['--not-a-flag']);
  });

  it('every option in its long form', () => {
    expect(
      parse([
        '--format',
        'sarif',
        '--output',
        'out/report.sarif',
        '--config',
        'conf/kp.yaml',
        '--default-namespace',
        'storage',
        '--fail-on',
        'warning',
        '--quiet',
        '--fix-preview',
        '--help',
        '--version',
        'k8s',
      ]),
    ).toStrictEqual({
      ...DEFAULTS,
      patterns: ['k8s'],
      format: 'sarif',
      output: 'out/report.sarif',
      config: 'conf/kp.yaml',
      defaultNamespace: 'storage',
      failOn: 'warning',
      quiet: true,
      fixPreview: true,
      color: false,
      help: true,
      version: true,
    });
  });

  it('the short forms -f -o -c -q -h -v', () => {
    expect(parse(['-f', 'github', '-o', 'r.txt', '-c', 'c.yaml', '-q', '-h', '-v'])).toStrictEqual({
      ...DEFAULTS,
      format: 'github',
      output: 'r.txt',
      config: 'c.yaml',
      quiet: true,
      help: true,
      version: true,
    });
    expect(parse(['-qhv'])).toStrictEqual({ ...DEFAULTS, quiet: true, help: true, version: true });
    expect(parse(['--format=json', '--fail-on=notice'])).toStrictEqual({
      ...DEFAULTS,
      format: 'json',
      failOn: 'notice',
    });
  });

  it('each flag alone sets only its own field', () => {
    expect(parse(['--quiet'])).toStrictEqual({ ...DEFAULTS, quiet: true });
    expect(parse(['--fix-preview'])).toStrictEqual({ ...DEFAULTS, fixPreview: true });
    expect(parse(['--help'])).toStrictEqual({ ...DEFAULTS, help: true });
    expect(parse(['--version'])).toStrictEqual({ ...DEFAULTS, version: true });
    expect(parse(['--output', 'x.json'])).toStrictEqual({ ...DEFAULTS, output: 'x.json' });
    expect(parse(['--config', 'x.yaml'])).toStrictEqual({ ...DEFAULTS, config: 'x.yaml' });
  });

  it('every --format choice, and text by default', () => {
    expect(['text', 'json', 'sarif', 'github'].map((f) => parse(['--format', f]).format)).toEqual([
      'text',
      'json',
      'sarif',
      'github',
    ]);
  });

  it('every --fail-on choice, and error by default', () => {
    expect(['error', 'warning', 'notice', 'never'].map((f) => parse(['--fail-on', f]).failOn)).toEqual([
      'error',
      'warning',
      'notice',
      'never',
    ]);
  });

  it('a value outside the choices names the flag, the choices and the value', () => {
    expect(argumentError(['--format', 'xml'])).toBe(
      '--format must be one of text, json, sarif, github, rdjson, checkstyle, junit, gitlab (got "xml")',
    );
    expect(argumentError(['--format', ''])).toBe(
      '--format must be one of text, json, sarif, github, rdjson, checkstyle, junit, gitlab (got "")',
    );
    expect(argumentError(['--format', 'JSON'])).toBe(
      '--format must be one of text, json, sarif, github, rdjson, checkstyle, junit, gitlab (got "JSON")',
    );
    expect(argumentError(['--fail-on', 'fatal'])).toBe(
      '--fail-on must be one of error, warning, notice, never (got "fatal")',
    );
  });

  it("node's own parse errors (unknown flag, missing value, value for a boolean) become ArgumentErrors", () => {
    expect(argumentError(['--bogus'])).toMatch(/^Unknown option '--bogus'/);
    expect(argumentError(['-x'])).toMatch(/^Unknown option '-x'/);
    expect(argumentError(['--format'])).toMatch(/^Option '-f, --format <value>' argument missing/);
    expect(argumentError(['--quiet=yes'])).toMatch(/^Option '-q, --quiet' does not take an argument/);
    // --no-color is an option of its own (a boolean), not node's negation of --color.
    expect(argumentError(['--no-color=1'])).toMatch(/^Option '--no-color' does not take an argument/);
  });
});

describe('parseCliArgs: --default-namespace', () => {
  const valid = [
    'a',
    '0',
    'storage',
    'kube-system',
    'a1',
    '1a',
    'a-b-c',
    'a--b',
    'x'.repeat(63),
    `a${'-'.repeat(61)}b`,
  ];
  it.each(valid)('accepts %j', (ns) => {
    expect(parse([`--default-namespace=${ns}`])).toStrictEqual({ ...DEFAULTS, defaultNamespace: ns });
  });

  const invalid = [
    '',
    '-',
    '-a',
    'a-',
    'A',
    'Storage',
    'kube_system',
    'a.b',
    'a b',
    ' a',
    'a\n',
    'é',
    'x'.repeat(64),
    `a${'-'.repeat(62)}b`,
  ];
  it.each(invalid)('refuses %j, quoting it', (ns) => {
    expect(argumentError([`--default-namespace=${ns}`])).toBe(
      `--default-namespace must be a valid namespace name (got "${ns}")`,
    );
  });
});

describe('parseCliArgs: colour', () => {
  const color = (argv: string[], env: NodeJS.ProcessEnv, isTty: boolean) => parse(argv, env, isTty).color;

  it('on a terminal: coloured, unless the report goes to a file', () => {
    expect(color([], {}, true)).toBe(true);
    expect(color(['--output', 'r.txt'], {}, true)).toBe(false);
    expect(color([], {}, false)).toBe(false);
  });

  it('--no-color and a non-empty NO_COLOR turn it off, even on a terminal and with --color or FORCE_COLOR', () => {
    expect(color(['--no-color'], {}, true)).toBe(false);
    expect(color([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(color([], { NO_COLOR: '0' }, true)).toBe(false);
    expect(color(['--color', '--no-color'], {}, true)).toBe(false);
    expect(color(['--color'], { NO_COLOR: '1' }, false)).toBe(false);
    expect(color([], { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
  });

  it('an empty NO_COLOR does not count (no-color.org)', () => {
    expect(color([], { NO_COLOR: '' }, true)).toBe(true);
  });

  it('--color and FORCE_COLOR (except 0) turn it on off a terminal and into a file', () => {
    expect(color(['--color'], {}, false)).toBe(true);
    expect(color(['--color', '--output', 'r.txt'], {}, false)).toBe(true);
    expect(color([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(color([], { FORCE_COLOR: '' }, false)).toBe(true);
    expect(color([], { FORCE_COLOR: '0' }, false)).toBe(false);
    expect(color([], { FORCE_COLOR: '0' }, true)).toBe(true);
  });

  it('the colour flags set nothing else', () => {
    expect(parse(['--color'], {}, false)).toStrictEqual({ ...DEFAULTS, color: true });
    expect(parse(['--no-color'], {}, true)).toStrictEqual(DEFAULTS);
  });
});

describe('HELP', () => {
  it('starts with the usage line and ends with the exit codes and the docs link', () => {
    expect(HELP.split('\n').slice(0, 3)).toEqual([
      'Usage: kube-pairing [paths or globs...] [options]',
      '       kube-pairing - [options] < manifests.yaml',
      '',
    ]);
    expect(HELP.split('\n').slice(-3)).toEqual([
      'Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on (or more warnings than',
      '--max-warnings), 2 usage, config or I/O error (a pattern that matches nothing, a file that cannot be read).',
      'Docs: https://github.com/kube-pairing/kube-pairing/blob/main/docs/configuration.md',
    ]);
  });
});
