/**
 * `--format gitlab`: GitLab Code Quality, each issue validated against the schema GitLab itself checks issues
 * with (app/validators/json_schemas/codeclimate.json of gitlab-org/gitlab, copied to __tests__/fixtures/schemas),
 * and the whole report against the rules of GitLab's documentation that this schema leaves out (below).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { formatGitlab, GITLAB_SEVERITY, gitlabIssues } from '../../src/report/gitlab.js';
import { REPO } from '../helpers/cli.js';
import type { Schema } from '../helpers/json-schema.js';
import { validateJsonSchema } from '../helpers/json-schema.js';
import {
  analyse,
  BROKEN_DIR,
  CLEAN_DIR,
  COMMAND_MESSAGE,
  commandLines,
  FINDINGS_DIR,
  QUOTING_DIR,
  QUOTING_FILE,
  readJsonSchema,
  runFormat,
} from '../helpers/report-inputs.js';
import { finding } from './result.js';

/** GitLab's own schema of one issue (its parser stops at the first issue that fails it). */
const GITLAB_SCHEMA = readJsonSchema('gitlab-codeclimate.json');

/**
 * GitLab's documentation, "Code Quality report format": "a single JSON array. Each object in that array must
 * have at least": description, check_name, fingerprint (strings), severity (info, minor, major, critical or
 * blocker), location.path (a relative path in the repository) and location.lines.begin (or
 * location.positions.begin.line, an integer). Plus the Code Climate format it is a subset of, for what
 * kube-pairing adds: `type` is "issue", `categories` from Code Climate's list, `lines.end` an integer.
 */
const DOCS_SCHEMA: Schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location', 'type', 'categories'],
    properties: {
      type: { enum: ['issue'] },
      description: { type: 'string', pattern: '\\S' },
      check_name: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      fingerprint: { type: 'string', pattern: '\\S' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      categories: {
        type: 'array',
        minItems: 1,
        items: {
          enum: [
            'Bug Risk',
            'Clarity',
            'Compatibility',
            'Complexity',
            'Duplication',
            'Performance',
            'Security',
            'Style',
          ],
        },
      },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        additionalProperties: false,
        properties: {
          path: { type: 'string', pattern: '^[^/\\\\]' },
          lines: {
            type: 'object',
            required: ['begin'],
            additionalProperties: false,
            properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } },
          },
        },
      },
    },
  },
};

// The report is read back loosely: the schemas and the exact values below are the contract.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Parses and validates the report: GitLab's schema on each issue, its documentation's rules on the whole. */
function check(text: string): Json[] {
  expect(text.charCodeAt(0)).not.toBe(0xfeff); // GitLab's parser refuses a byte-order mark
  expect(commandLines(text)).toEqual([]);
  const issues = JSON.parse(text) as Json[];
  expect(validateJsonSchema(DOCS_SCHEMA, issues)).toEqual([]);
  issues.forEach((issue) => expect(validateJsonSchema(GITLAB_SCHEMA, issue)).toEqual([]));
  // GitLab keeps one issue per fingerprint: each must be unique, or findings disappear from the report.
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  return issues;
}

/** One issue per finding: rule, file, lines, severity, message and fingerprint read back. */
function expectFindings(issues: Json[], findings: readonly Finding[]): void {
  const seen = new Map<string, number>();
  expect(issues).toEqual(
    findings.map((f) => {
      const n = (seen.get(f.fingerprint) ?? 0) + 1;
      seen.set(f.fingerprint, n);
      return {
        type: 'issue',
        check_name: f.rule,
        description: f.message,
        categories: ['Bug Risk'],
        severity: { error: 'major', warning: 'minor', notice: 'info' }[f.severity],
        fingerprint: n === 1 ? f.fingerprint : `${f.fingerprint}#${n}`,
        location: { path: f.file, lines: { begin: f.line, end: f.endLine } },
      };
    }),
  );
}

describe('--format gitlab, from the analysis of fixtures on disk', () => {
  it('every kind of finding: one issue each, with its rule, file, lines, severity and fingerprint', async () => {
    const result = await analyse(FINDINGS_DIR, BROKEN_DIR);
    expect(new Set(result.findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'notice']));
    expectFindings(check(formatGitlab(result.findings)), result.findings);
    expect(GITLAB_SEVERITY).toEqual({ error: 'major', warning: 'minor', notice: 'info' });
  });

  it("the fingerprint is the finding's, stable when lines move", async () => {
    const before = check(formatGitlab((await analyse(BROKEN_DIR)).findings));
    const moved = (await analyse(BROKEN_DIR)).findings.map((f) => ({
      ...f,
      line: f.line + 3,
      endLine: f.endLine + 3,
    }));
    expect(check(formatGitlab(moved)).map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
  });

  it('two findings sharing a fingerprint are numbered, so GitLab keeps both', () => {
    const a = finding({ file: 'a.yaml', line: 1, column: 1, fingerprint: 'same' });
    const b = finding({ file: 'a.yaml', line: 9, column: 1, fingerprint: 'same' });
    expect(check(formatGitlab([a, b, a])).map((i) => i.fingerprint)).toEqual(['same', 'same#2', 'same#3']);
  });

  it('<, &, ", control characters and non-ASCII from the manifest survive exactly', async () => {
    const result = await analyse(QUOTING_DIR);
    const issues = check(formatGitlab(result.findings));
    expectFindings(issues, result.findings);
    const invalid = issues.find((i) => i.check_name === 'invalid-name');
    expect(invalid.location).toEqual({ path: QUOTING_FILE, lines: { begin: 4, end: 4 } });
    expect(invalid.description).toContain('Endpoints dév/café<&"x\u0007y\u001b: the name "café<&\\"x');
  });

  it('a clean run is an empty array', async () => {
    expect(formatGitlab((await analyse(CLEAN_DIR)).findings)).toBe('[]\n');
    expect(check('[]\n')).toEqual([]);
  });

  it('no line reads as a workflow command; JSON reads the text back the same', () => {
    const f = finding({ file: 'a.yaml', line: 1, column: 1, message: COMMAND_MESSAGE });
    expect(check(formatGitlab([f]))[0].description).toBe(COMMAND_MESSAGE);
    expect(formatGitlab([{ ...f, message: '##[error]x' }])).toContain('#\\u0023[error]x');
  });

  it('is deterministic', async () => {
    const result = await analyse(FINDINGS_DIR);
    expect(formatGitlab(result.findings)).toBe(formatGitlab((await analyse(FINDINGS_DIR)).findings));
    expect(gitlabIssues([])).toEqual([]);
  });
});

describe('the GitLab validators can fail', () => {
  const issue = {
    type: 'issue',
    check_name: 'rule',
    description: 'd',
    categories: ['Bug Risk'],
    severity: 'major',
    fingerprint: 'f',
    location: { path: 'a.yaml', lines: { begin: 1 } },
  };
  const broken = (change: (i: Json) => void): Json => {
    const copy = structuredClone(issue) as Json;
    change(copy);
    return copy;
  };

  it('a valid issue passes both', () => {
    expect(validateJsonSchema(GITLAB_SCHEMA, issue)).toEqual([]);
    expect(validateJsonSchema(DOCS_SCHEMA, [issue])).toEqual([]);
  });

  it.each([
    ['no fingerprint', (i: Json) => delete i.fingerprint, /required property "fingerprint"/],
    ['no location', (i: Json) => delete i.location, /required property "location"/],
    ['a line as text', (i: Json) => (i.location.lines.begin = '1'), /must be integer/],
    ['a description not text', (i: Json) => (i.description = ['d']), /must be string/],
  ])("GitLab's schema refuses %s", (_what, change, message) => {
    expect(
      validateJsonSchema(GITLAB_SCHEMA, broken(change))
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(message);
  });

  it.each([
    ['no check_name', (i: Json) => delete i.check_name, /required property "check_name"/],
    ['an unknown severity', (i: Json) => (i.severity = 'error'), /must be one of/],
    ['no line', (i: Json) => delete i.location.lines.begin, /required property "begin"/],
    ['an absolute path', (i: Json) => (i.location.path = '/a.yaml'), /must match/],
    ['an unknown category', (i: Json) => (i.categories = ['Bugs']), /must be one of/],
  ])("the documentation's rules refuse %s", (_what, change, message) => {
    expect(
      validateJsonSchema(DOCS_SCHEMA, [broken(change)])
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(message);
  });

  it('a report that is not an array is refused', () => {
    expect(validateJsonSchema(DOCS_SCHEMA, issue).map((e) => e.message)).toEqual([
      'must be array, is object',
    ]);
  });
});

describe('dist/cli.js --format gitlab', () => {
  it('prints the findings of --format json as issues, valid, with the same exit status', () => {
    const run = runFormat('gitlab', [FINDINGS_DIR]);
    expect(run.status).toBe(1);
    expectFindings(check(run.stdout), run.findings);
  });

  it('paths are relative to the working directory, with /', () => {
    const run = runFormat('gitlab', ['broken', '--fail-on', 'never'], path.join(REPO, 'examples'));
    expect(run.status).toBe(0);
    const issues = check(run.stdout);
    expectFindings(issues, run.findings);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.location.path.startsWith('broken/'))).toBe(true);
  });
});
