/**
 * Real inputs for the report format tests (__tests__/report/{rdjson,checkstyle,junit,gitlab}.test.ts): YAML
 * fixtures on disk analysed by the engine in memory, the built CLI's `--format json` findings as the
 * reference a format's document is compared with, and the published schemas of __tests__/fixtures/schemas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { AnalysisResult } from '../../src/engine/analyze.js';
import { checkManifests } from '../../src/check.js';
import type { Finding } from '../../src/engine/finding.js';
import { FIXTURES, REPO, runCli } from './cli.js';
import type { Schema } from './json-schema.js';

/** Every rule and severity, fixes, related locations, a skipped template, paths with spaces, `#` and `[ ]`. */
export const FINDINGS_DIR = '__tests__/fixtures/sarif/findings';
/** The README's examples of each kind of mistake. */
export const BROKEN_DIR = 'examples/broken';
/** Messages quoting `<`, `&`, `"`, control characters and non-ASCII text, after non-ASCII on the line. */
export const QUOTING_DIR = '__tests__/fixtures/formats';
export const QUOTING_FILE = `${QUOTING_DIR}/quoting.yaml`;
/** A directory with manifests and no finding. */
export const CLEAN_DIR = 'examples/web-app';

/** The analysis of `patterns` (relative to the repository), as the CLI runs it from the repository root. */
export const analyse = (...patterns: string[]): Promise<AnalysisResult> =>
  checkManifests({ cwd: REPO, patterns });

export const SCHEMAS = path.join(FIXTURES, 'schemas');
export const readSchemaText = (name: string): string => readFileSync(path.join(SCHEMAS, name), 'utf8');
export const readJsonSchema = (name: string): Schema => JSON.parse(readSchemaText(name)) as Schema;

/** Runs the built CLI with `--format <format>`; returns its output and the same run's `--format json` findings. */
export function runFormat(
  format: string,
  args: string[],
  cwd = REPO,
): { status: number | null; stdout: string; findings: Finding[] } {
  const run = runCli([...args, '--format', format], cwd);
  expect(run.stderr).toBe('');
  const json = runCli([...args, '--format', 'json'], cwd);
  expect(json.stderr).toBe('');
  expect(run.status).toBe(json.status);
  const findings = (JSON.parse(json.stdout) as { findings: Finding[] }).findings;
  return { status: run.status, stdout: run.stdout, findings };
}

/**
 * The lines of `text` a GitHub runner would read as a workflow command: `::` at the start after blanks, or
 * `##[` anywhere (actions/runner; see neutralizeWorkflowCommands in src/report/github.ts).
 */
export const commandLines = (text: string): string[] =>
  text.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));

/** A message that would be two workflow commands if printed as it is, with `<`, `&`, `"` and a control. */
export const COMMAND_MESSAGE = '::error::forged <a & "b">\u0007\n  ::warning file=x::also forged ##[error]3';

/** XML replaces what it cannot hold (control characters) by their visible escapes, as src/report/checkstyle.ts. */
export const asXmlText = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
