/**
 * `--format rdjson`: reviewdog's Diagnostic Format, validated against reviewdog's own JSON schema of the
 * document (proto/rdf/jsonschema/DiagnosticResult.json, copied to __tests__/fixtures/schemas) with our
 * validator, plus what the schema leaves to reviewdog's reader (protojson): every diagnostic located.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { formatRdjson, RDJSON_SOURCE, rdjsonResult } from '../../src/report/rdjson.js';
import { REPO } from '../helpers/cli.js';
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
import { finding, resultOf } from './result.js';

const SCHEMA = readJsonSchema('reviewdog-DiagnosticResult.json');

// The document is read back loosely, path by path: the schema and the exact values below are the contract.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const SEVERITY = { error: 'ERROR', warning: 'WARNING', notice: 'INFO' } as const;

/** Parses and validates the document; returns it. */
function check(text: string): Json {
  expect(commandLines(text)).toEqual([]);
  const doc = JSON.parse(text) as Json;
  expect(validateJsonSchema(SCHEMA, doc)).toEqual([]);
  expect(doc.source).toEqual({ name: 'kube-pairing', url: 'https://github.com/kube-pairing/kube-pairing' });
  // Beyond the schema (its fields are all optional): what reviewdog needs to place a comment.
  for (const d of doc.diagnostics as Json[]) {
    expect(typeof d.location.path).toBe('string');
    expect(d.location.path).not.toMatch(/^\/|\\/);
    expect(d.location.range.start.line).toBeGreaterThanOrEqual(1);
    expect(d.location.range.start.column).toBeGreaterThanOrEqual(1);
  }
  return doc;
}

/** A column as rdjson counts it (UTF-8 bytes), from the file on disk. */
function byteColumn(cwd: string, file: string, line: number, column: number): number {
  const text = readFileSync(path.join(cwd, file), 'utf8').split('\n')[line - 1]!.replace(/\r$/, '');
  return Buffer.byteLength(text.slice(0, column - 1), 'utf8') + 1;
}

/** One diagnostic per finding: rule, file, line and column (in bytes), severity, message, fix and related. */
function expectFindings(doc: Json, findings: readonly Finding[], cwd = REPO): void {
  expect(doc.diagnostics).toHaveLength(findings.length);
  findings.forEach((f, i) => {
    const d = doc.diagnostics[i];
    expect(d.code).toEqual({
      value: f.rule,
      url: `https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules/${f.rule}.md`,
    });
    expect(d.location).toEqual({
      path: f.file,
      range: {
        start: { line: f.line, column: byteColumn(cwd, f.file, f.line, f.column) },
        end: { line: f.endLine, column: byteColumn(cwd, f.file, f.endLine, f.endColumn) },
      },
    });
    expect(d.severity).toBe(SEVERITY[f.severity]);
    expect(d.message).toBe(f.message);
    expect(d.suggestions).toEqual(
      f.fix
        ? [{ range: { start: { line: f.fix.line }, end: { line: f.fix.endLine } }, text: f.fix.replacement }]
        : undefined,
    );
    expect(d.related_locations).toEqual(
      f.related.length > 0
        ? f.related.map((r) => ({
            message: r.message,
            location: {
              path: r.file,
              range: {
                start: { line: r.line, column: byteColumn(cwd, r.file, r.line, r.column) },
                end: { line: r.endLine, column: byteColumn(cwd, r.file, r.endLine, r.endColumn) },
              },
            },
          }))
        : undefined,
    );
  });
}

describe('--format rdjson, from the analysis of fixtures on disk', () => {
  it('every kind of finding: one diagnostic each, with its code, suggestion and related locations', async () => {
    const result = await analyse(FINDINGS_DIR, BROKEN_DIR);
    expect(result.findings.some((f) => f.fix)).toBe(true);
    expect(result.findings.some((f) => f.related.length > 0)).toBe(true);
    expect(new Set(result.findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'notice']));
    expectFindings(check(formatRdjson(result)), result.findings);
  });

  it('columns count UTF-8 bytes, as the schema says; <, &, ", controls and non-ASCII survive exactly', async () => {
    const result = await analyse(QUOTING_DIR);
    const doc = check(formatRdjson(result));
    expectFindings(doc, result.findings);
    const invalid = doc.diagnostics.find((d: Json) => d.code.value === 'invalid-name');
    // Line 4 holds "😀é" before the name: 2 + 1 UTF-16 code units, 4 + 2 bytes.
    expect(result.findings.find((f) => f.rule === 'invalid-name')).toMatchObject({
      file: QUOTING_FILE,
      line: 4,
      column: 41,
      endColumn: 70,
    });
    expect(invalid.location.range).toEqual({ start: { line: 4, column: 44 }, end: { line: 4, column: 73 } });
    expect(invalid.message).toContain('Endpoints dév/café<&"x\u0007y\u001b: the name "café<&\\"x\\u0007y');
  });

  it('a clean run has no diagnostic', async () => {
    expect(check(formatRdjson(await analyse(CLEAN_DIR))).diagnostics).toEqual([]);
  });

  it('without the file text at hand a column stays as it is; a multi-line fix is one line-wise suggestion', () => {
    const f = finding({
      file: 'gone.yaml',
      line: 3,
      column: 5,
      fix: { line: 3, endLine: 4, replacement: '  a: 1\n  b: 2' },
    });
    const [d] = rdjsonResult(resultOf({}, [f]), [f]).diagnostics as Json[];
    expect(d.location.range).toEqual({ start: { line: 3, column: 5 }, end: { line: 3, column: 6 } });
    expect(d.suggestions).toEqual([
      { range: { start: { line: 3 }, end: { line: 4 } }, text: '  a: 1\n  b: 2' },
    ]);
  });

  it('no line reads as a workflow command; JSON reads the text back the same', () => {
    const f = finding({ file: 'a.yaml', line: 1, column: 1, message: '##[error]x' });
    const text = formatRdjson(resultOf({ 'a.yaml': 'x: 1\n' }, [f]), [f]);
    expect(text).toContain('#\\u0023[error]x');
    const g = { ...f, message: COMMAND_MESSAGE };
    expect(check(formatRdjson(resultOf({}, [g]), [g])).diagnostics[0].message).toBe(COMMAND_MESSAGE);
    expect(check(text).diagnostics[0].message).toBe('##[error]x');
    expect(RDJSON_SOURCE.name).toBe('kube-pairing');
  });

  it('is deterministic', async () => {
    expect(formatRdjson(await analyse(FINDINGS_DIR))).toBe(formatRdjson(await analyse(FINDINGS_DIR)));
  });
});

describe('the rdjson schema can fail', () => {
  const valid = {
    source: { name: 'x' },
    diagnostics: [
      { message: 'm', location: { path: 'a', range: { start: { line: 1, column: 1 } } }, severity: 'ERROR' },
    ],
  };
  const broken = (change: (doc: Json) => void): Json => {
    const doc = structuredClone(valid) as Json;
    change(doc);
    return doc;
  };

  it("a valid document passes; the schema is reviewdog's DiagnosticResult", () => {
    expect(validateJsonSchema(SCHEMA, valid)).toEqual([]);
    expect((SCHEMA as Json).$ref).toBe('#/definitions/DiagnosticResult');
  });

  it.each([
    ['an unknown severity', (d: Json) => (d.diagnostics[0].severity = 'FATAL'), /must be one of/],
    ['a line as text', (d: Json) => (d.diagnostics[0].location.range.start.line = '1'), /must be integer/],
    [
      'a fractional column',
      (d: Json) => (d.diagnostics[0].location.range.start.column = 1.5),
      /must be integer/,
    ],
    ['diagnostics not a list', (d: Json) => (d.diagnostics = {}), /must be array/],
    ['a message not text', (d: Json) => (d.diagnostics[0].message = 1), /must be string/],
    [
      'a suggestion text not text',
      (d: Json) => (d.diagnostics[0].suggestions = [{ text: 1 }]),
      /must be string/,
    ],
    ['a source name not text', (d: Json) => (d.source.name = null), /must be string/],
  ])('refuses %s', (_what, change, message) => {
    const errors = validateJsonSchema(SCHEMA, broken(change));
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
  });
});

describe('dist/cli.js --format rdjson', () => {
  it('prints the findings of --format json as diagnostics, valid, with the same exit status', () => {
    const run = runFormat('rdjson', [FINDINGS_DIR]);
    expect(run.status).toBe(1);
    expectFindings(check(run.stdout), run.findings);
  });

  it('paths are relative to the working directory, with /; columns in bytes there too', () => {
    const cwd = path.join(REPO, '__tests__/fixtures');
    const run = runFormat('rdjson', ['formats', 'sarif/findings', '--fail-on', 'never'], cwd);
    expect(run.status).toBe(0);
    const doc = check(run.stdout);
    expectFindings(doc, run.findings, cwd);
    expect(doc.diagnostics.map((d: Json) => d.location.path)).toContain('formats/quoting.yaml');
    expect(doc.diagnostics.every((d: Json) => /^(formats|sarif)\//.test(d.location.path))).toBe(true);
  });
});
