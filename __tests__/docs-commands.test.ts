/**
 * The command lines the docs show are real: every `kube-pairing …` in README.md and docs/ parses (no
 * flag that does not exist, no value out of its choices), the ones that run on this repository's files
 * run, and every flag of --help is documented in the README and run by a test that starts the CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, parseCliArgs } from '../src/cli/args.js';
import { REPO, runCli } from './helpers/cli.js';

const DOCS = [
  'README.md',
  ...readdirSync(path.join(REPO, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Splits a shell command's words (quotes kept together), up to a comment, a pipe or `&&`. */
function words(command: string): string[] {
  const out: string[] = [];
  for (const m of command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) {
    const word = m[3];
    if (
      word !== undefined &&
      (word === '#' || word.startsWith('#') || word === '|' || word === '&&' || word === '\\|')
    )
      break;
    out.push(m[1] ?? m[2] ?? word!);
  }
  return out;
}

/** Every `kube-pairing …` command the docs show: in inline code, and on the lines of code blocks. */
function documentedCommands(): { file: string; args: string[] }[] {
  const found: { file: string; args: string[] }[] = [];
  for (const file of DOCS) {
    const text = readFileSync(path.join(REPO, file), 'utf8');
    const take = (rest: string) => {
      const args = words(rest);
      if (args.some((a) => a.includes('…') || a.startsWith('['))) return; // a sketch, not a command
      found.push({ file, args });
    };
    for (const m of text.matchAll(/`((?:[^`]*?\| *)?(?:npx )?kube-pairing(?: [^`]*)?)`/g)) {
      const at = m[1]!.search(/(?:^|\| *|npx )kube-pairing/);
      const rest = m[1]!.slice(at).replace(/^(?:\| *|npx )?kube-pairing/, '');
      if (
        /^( |$)/.test(rest) &&
        !/^ (is|runs|reads|diffs|does|carries|works|notices|sees|first|trusts|rebuilds)\b/.test(rest)
      )
        take(rest);
    }
    for (const block of text.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)) {
      for (const line of block[1]!.split('\n')) {
        const m = /(?:^\s*(?:\$ )?|\| |run: |npx )kube-pairing( .*|$)/.exec(line);
        if (m && !/^\s*#/.test(line)) take(m[1]!);
      }
    }
  }
  return found;
}

const COMMANDS = documentedCommands();

describe('the commands in README.md and docs/', () => {
  it('finds them (so the checks below can fail)', () => {
    expect(COMMANDS.length).toBeGreaterThan(10);
    expect(COMMANDS).toContainEqual({ file: 'README.md', args: ['examples', '--fail-on', 'never'] });
    expect(COMMANDS).toContainEqual({
      file: 'docs/configuration.md',
      args: ['manifests', '--format', 'sarif', '--output', 'kube-pairing.sarif'],
    });
  });

  it('every one parses: its flags exist and its values are among the choices', () => {
    const refused: string[] = [];
    for (const { file, args } of COMMANDS) {
      try {
        parseCliArgs(args, {}, false);
      } catch (error) {
        refused.push(`${file}: kube-pairing ${args.join(' ')}: ${(error as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it("the ones on this repository's files run (exit 0 or 1, nothing on stderr)", () => {
    // Those whose paths are this repository's examples; not those that read stdin or write files.
    const runnable = COMMANDS.filter(({ args }) => {
      const options = parseCliArgs(args, {}, false);
      return (
        options.patterns.length > 0 &&
        options.patterns.every((p) => p.startsWith('examples')) &&
        !options.stdin &&
        !options.fix &&
        options.output === undefined
      );
    });
    expect(runnable.length).toBeGreaterThan(1);
    for (const { file, args } of runnable) {
      const run = runCli(args, REPO);
      expect([0, 1], `${file}: kube-pairing ${args.join(' ')}\n${run.stderr}`).toContain(run.status);
      expect(run.stderr, `${file}: kube-pairing ${args.join(' ')}`).toBe('');
    }
  });
});

describe('the flags of --help', () => {
  const flags = [...new Set(HELP.match(/--[a-z][a-z-]+/g))].sort();
  const testFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? testFiles(path.join(dir, e.name))
        : e.name.endsWith('.test.ts') && !['args.test.ts', 'docs-commands.test.ts'].includes(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
  const tests = testFiles(path.join(REPO, '__tests__')).map((f) => readFileSync(f, 'utf8'));
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');

  it('are all read', () => {
    expect(flags).toContain('--stdin-filename');
    expect(flags.length).toBeGreaterThan(15);
  });

  it('each is in the README', () => {
    expect(flags.filter((f) => !readme.includes(`\`${f}`) && !readme.includes(` ${f}\``))).toEqual([]);
  });

  it('each is run by a test (beyond the argument parser tests)', () => {
    expect(flags.filter((f) => !tests.some((t) => t.includes(`'${f}'`) || t.includes(`'${f}=`)))).toEqual([]);
  });
});
