/**
 * The `github` format (workflow commands the Actions runner turns into annotations), the escaping the
 * runner reverses, the neutralising of text that would read as a workflow command, and the `json` format.
 * In memory; __tests__/hostile/output.test.ts runs the same through the built CLI and Action.
 */
import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  formatGithub,
  neutralizeWorkflowCommands,
} from '../../src/report/github.js';
import { formatJson, jsonReport } from '../../src/report/json.js';
import { finding, resultOf } from './result.js';

describe('escaping (actions/toolkit command.ts)', () => {
  it('data: % first, then CR and LF', () => {
    expect(escapeData('100%\r\n%0A:,')).toBe('100%25%0D%0A%250A:,');
  });

  it('properties: as data, and also : and ,', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('formatGithub', () => {
  it('one command per finding: file, lines, columns on single-line findings, a title naming the rule', () => {
    const single = finding({
      file: 'app/ep.yaml',
      line: 4,
      column: 9,
      endColumn: 12,
      message: 'Endpoints prod/web has no Service',
    });
    const multi = finding({
      file: 'app/ep.yaml',
      line: 1,
      column: 1,
      endLine: 2,
      endColumn: 16,
      severity: 'warning',
      rule: 'endpoints-deprecated',
      message: 'deprecated',
    });
    const note = finding({ file: 'b.yaml', line: 2, column: 3, severity: 'notice', rule: 'r', message: 'n' });
    expect(formatGithub([single, multi, note])).toBe(
      '::error file=app/ep.yaml,line=4,endLine=4,col=9,endColumn=12,title=kube-pairing%3A endpoints-without-service::Endpoints prod/web has no Service\n' +
        '::warning file=app/ep.yaml,line=1,endLine=2,title=kube-pairing%3A endpoints-deprecated::deprecated\n' +
        '::notice file=b.yaml,line=2,endLine=2,col=3,endColumn=4,title=kube-pairing%3A r::n\n',
    );
    expect(formatGithub([])).toBe('');
  });

  it('escapes the file as a property and the message as data', () => {
    const odd = finding({ file: 'a,b:c%.yaml', line: 1, column: 1, message: '50% of\r\nports: 80,81' });
    expect(formatGithub([odd])).toBe(
      '::error file=a%2Cb%3Ac%25.yaml,line=1,endLine=1,col=1,endColumn=2,title=kube-pairing%3A endpoints-without-service::50%25 of%0D%0Aports: 80,81\n',
    );
  });
});

describe('neutralizeWorkflowCommands', () => {
  it('breaks `::` at the start of any line (after blanks, NEL included), keeping every line break', () => {
    expect(
      neutralizeWorkflowCommands('::error::a\r\n  ::warning::b\r\t::x\n\u0085::y\nok ::z\n:single\nx::w'),
    ).toBe('\\u003a:error::a\r\n  \\u003a:warning::b\r\t\\u003a:x\n\u0085\\u003a:y\nok ::z\n:single\nx::w');
  });

  it('breaks the older `##[name]` anywhere in a line', () => {
    expect(neutralizeWorkflowCommands('a ##[error]b ##[group]\n##[x]')).toBe(
      'a #\\u0023[error]b #\\u0023[group]\n#\\u0023[x]',
    );
    expect(neutralizeWorkflowCommands('# one ## two #[x]')).toBe('# one ## two #[x]');
  });
});

describe('json', () => {
  const a = finding({ file: 'a.yaml', line: 1, column: 1, message: '##[error] and ::warning::' });
  const w = finding({ file: 'a.yaml', line: 2, column: 1, severity: 'warning' });
  const n = finding({ file: 'b.yaml', line: 3, column: 1, severity: 'notice' });
  const result = resultOf({ 'a.yaml': 'x: 1\n' }, [a, w, n], {
    summary: { files: 4, resources: 7, skipped: 1, suppressed: 2, errors: 1, warnings: 1, notices: 1 },
    skippedFiles: [{ file: 't.yaml', reason: 'a template' }],
  });

  it('version 1: the findings given, counted; the rest of the summary and the skipped files as analysed', () => {
    expect(jsonReport(result)).toEqual({
      version: 1,
      findings: [a, w, n],
      summary: { files: 4, resources: 7, skipped: 1, suppressed: 2, errors: 1, warnings: 1, notices: 1 },
      skippedFiles: [{ file: 't.yaml', reason: 'a template' }],
    });
    // Scoped (a pull request's changed lines, --quiet): only those findings, and the counts follow them.
    const scoped = jsonReport(result, [w, w]);
    expect(scoped.findings).toEqual([w, w]);
    expect(scoped.summary).toEqual({
      files: 4,
      resources: 7,
      skipped: 1,
      suppressed: 2,
      errors: 0,
      warnings: 2,
      notices: 0,
    });
    // A copy: the report does not share the caller's array.
    const given = [a];
    const report = jsonReport(result, given);
    given.push(n);
    expect(report.findings).toEqual([a]);
  });

  it('prints indented JSON with a final line break, which reads back to the report though no line reads as a command', () => {
    const report = jsonReport(result);
    const text = formatJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    expect(JSON.parse(text)).toEqual(report);
    expect(text).not.toContain('##[');
  });
});
