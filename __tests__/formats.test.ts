/**
 * The table of `--format` formats (src/report/formats.ts): every name of the public interface, each one
 * reached from the built CLI with `--help`, `--output` and `--quiet`, and listed in the README. Each format's
 * document is validated in __tests__/report/<format>.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCheckstyle } from '../src/report/checkstyle.js';
import type { Format } from '../src/report/formats.js';
import { FORMAT_NAMES, FORMATS } from '../src/report/formats.js';
import { formatGitlab } from '../src/report/gitlab.js';
import { formatJunit } from '../src/report/junit.js';
import { formatRdjson } from '../src/report/rdjson.js';
import { REPO, runCli } from './helpers/cli.js';
import { analyse, FINDINGS_DIR } from './helpers/report-inputs.js';

const NEW_FORMATS = ['rdjson', 'checkstyle', 'junit', 'gitlab'] as const;

const work = mkdtempSync(path.join(tmpdir(), 'kp-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the --format table', () => {
  it('holds the formats of the public interface, in order', () => {
    expect(FORMAT_NAMES).toEqual([
      'text',
      'json',
      'sarif',
      'github',
      'rdjson',
      'checkstyle',
      'junit',
      'gitlab',
    ]);
  });

  it('describes each format in one short line', () => {
    for (const name of FORMAT_NAMES) {
      expect(FORMATS[name].description).toMatch(/^[^\n]{10,64}$/);
    }
  });

  it('runs each new format on the analysis with the findings given', async () => {
    const result = await analyse(FINDINGS_DIR);
    const errors = result.findings.filter((f) => f.severity === 'error');
    const options = { cwd: REPO, color: false, fixPreview: false };
    const direct = {
      rdjson: formatRdjson(result, errors),
      checkstyle: formatCheckstyle(result, errors),
      junit: formatJunit(result, errors),
      gitlab: formatGitlab(errors),
    };
    for (const name of NEW_FORMATS)
      expect((FORMATS[name] as Format).format(result, errors, options)).toBe(direct[name]);
    expect(direct.gitlab).not.toContain('"info"');
  });
});

describe('dist/cli.js with each new format', () => {
  it('--help lists every format with its description', () => {
    const help = runCli(['--help'], REPO);
    expect(help.status).toBe(0);
    for (const name of FORMAT_NAMES) {
      expect(help.stdout).toMatch(
        new RegExp(`^ +${name} +${FORMATS[name].description.replace(/[()[\].*+?^$|\\]/g, '\\$&')}$`, 'm'),
      );
    }
  });

  it.each(NEW_FORMATS)('--format %s --output FILE writes what stdout would print, nothing else', (name) => {
    const file = path.join(work, `report.${name}`);
    const printed = runCli([FINDINGS_DIR, '--format', name], REPO);
    const written = runCli([FINDINGS_DIR, '--format', name, '--output', file], REPO);
    expect(written.stderr).toBe('');
    expect(written.stdout).toBe('');
    expect(written.status).toBe(printed.status);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
    expect(printed.stdout.length).toBeGreaterThan(100);
  });

  it.each(NEW_FORMATS)('--format %s --quiet reports errors only', (name) => {
    const quiet = runCli([FINDINGS_DIR, '--format', name, '--quiet'], REPO);
    expect(quiet.stderr).toBe('');
    const all = runCli([FINDINGS_DIR, '--format', name], REPO);
    const notice = /endpoints-deprecated/;
    expect(all.stdout).toMatch(notice);
    expect(quiet.stdout).not.toMatch(notice);
    expect(quiet.stdout).toMatch(/endpoints-without-service/);
  });

  it('an unknown format is a usage error naming the formats', () => {
    const run = runCli([FINDINGS_DIR, '--format', 'xml'], REPO);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(FORMAT_NAMES.join(', '));
  });
});

describe('the README', () => {
  it('lists every format in the --format row of the command-line options', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `--format '))!;
    expect(row.slice(0, row.indexOf('` |'))).toBe(`| \`--format ${FORMAT_NAMES.join('\\|')}`);
    for (const name of FORMAT_NAMES) expect(row).toContain(`\`${name}\`: `);
  });
});
