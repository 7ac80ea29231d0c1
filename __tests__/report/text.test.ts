/**
 * The default `text` format, exactly as a person reads it in a terminal or a CI log: findings grouped by file,
 * a code frame with carets under the offending text, related locations, fixes, the summary line, skipped
 * files, colours, and nothing a terminal or a workflow runner would interpret.
 */
import { describe, expect, it } from 'vitest';
import { formatText, nothingChecked, sanitize } from '../../src/report/text.js';
import { finding, resultOf } from './result.js';

const EP = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  namespace: prod\nsubsets: []\n';
const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: webb\n';

const missing = finding({
  file: 'app/ep.yaml',
  line: 4,
  column: 9,
  endColumn: 12,
  message: 'Endpoints prod/web has no Service',
  related: [
    { file: 'app/svc.yaml', line: 4, column: 9, endLine: 4, endColumn: 13, message: 'Service prod/webb' },
  ],
  fix: { line: 4, endLine: 4, replacement: '  name: webb' },
});
const deprecated = finding({
  file: 'app/ep.yaml',
  line: 1,
  column: 1,
  endLine: 2,
  endColumn: 16,
  severity: 'warning',
  rule: 'endpoints-deprecated',
  message: 'Endpoints is deprecated',
  fix: { line: 1, endLine: 2, replacement: 'a: 1\nb: 2' },
  migration: 'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n\nmetadata: {}\n',
});
const serviceNote = finding({
  file: 'app/svc.yaml',
  line: 2,
  column: 7,
  endColumn: 14,
  severity: 'notice',
  rule: 'service-without-endpoints',
  message: 'Service prod/webb selects nothing',
});

describe('formatText', () => {
  it('groups findings by file (in the order they come), each with a frame, related locations and fixes', () => {
    const result = resultOf({ 'app/ep.yaml': EP, 'app/svc.yaml': SVC }, [], {
      summary: { files: 2, resources: 2 },
    });
    expect(formatText(result, [missing, serviceNote, deprecated], { color: false })).toBe(
      [
        'app/ep.yaml',
        '  4:9  error  Endpoints prod/web has no Service  endpoints-without-service',
        '      3 | metadata:',
        '    > 4 |   name: web',
        '        |         ^^^',
        '      5 |   namespace: prod',
        '    related: app/svc.yaml:4:9 Service prod/webb',
        '    fix: replace line 4 with:',
        '        name: webb',
        // A finding over several lines: carets to the end of its first line.
        '  1:1  warning  Endpoints is deprecated  endpoints-deprecated',
        '    > 1 | apiVersion: v1',
        '        | ^^^^^^^^^^^^^^',
        '      2 | kind: Endpoints',
        '    fix: replace lines 1-2 with:',
        '      a: 1',
        '      b: 2',
        '    fix: run with --fix-preview to print the replacement YAML',
        '',
        'app/svc.yaml',
        '  2:7  notice  Service prod/webb selects nothing  service-without-endpoints',
        '      1 | apiVersion: v1',
        '    > 2 | kind: Service',
        '        |       ^^^^^^^',
        '      3 | metadata:',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 notice) in 2 files, 2 resources',
        '',
      ].join('\n'),
    );
  });

  it('--fix-preview prints the replacement objects, blank lines kept empty, without the final line break', () => {
    const result = resultOf({ 'app/ep.yaml': EP }, []);
    expect(formatText(result, [deprecated], { color: false, fixPreview: true })).toBe(
      [
        'app/ep.yaml',
        '  1:1  warning  Endpoints is deprecated  endpoints-deprecated',
        '    > 1 | apiVersion: v1',
        '        | ^^^^^^^^^^^^^^',
        '      2 | kind: Endpoints',
        '    fix: replace lines 1-2 with:',
        '      a: 1',
        '      b: 2',
        '    replace it with:',
        '      apiVersion: discovery.k8s.io/v1',
        '      kind: EndpointSlice',
        '',
        '      metadata: {}',
        '',
        '✖ 1 problem (0 errors, 1 warning, 0 notices) in 1 file, 1 resource',
        '',
      ].join('\n'),
    );
  });

  it('colours: file underlined, positions and rule ids grey, each severity its colour, fixes green', () => {
    const result = resultOf({ 'app/ep.yaml': EP, 'app/svc.yaml': SVC }, [], {
      summary: { files: 2, resources: 2 },
      skippedFiles: [{ file: 'chart/t.yaml', reason: 'a template' }],
    });
    const esc = (code: number, text: string) => `\u001b[${code}m${text}\u001b[0m`;
    const out = formatText(result, [missing, deprecated, serviceNote], { color: true, fixPreview: true });
    expect(out.split('\n')).toEqual([
      esc(4, 'app/ep.yaml'),
      `  ${esc(90, '4:9')}  ${esc(31, 'error')}  Endpoints prod/web has no Service  ${esc(90, 'endpoints-without-service')}`,
      `    ${esc(90, '  3 |')} metadata:`,
      `    ${esc(31, '> 4 |')}   name: web`,
      `    ${esc(90, '    |')}         ${esc(31, '^^^')}`,
      `    ${esc(90, '  5 |')}   namespace: prod`,
      `    ${esc(90, 'related:')} app/svc.yaml:4:9 Service prod/webb`,
      `    ${esc(32, 'fix:')} replace line 4 with:`,
      `      ${esc(32, '  name: webb')}`,
      `  ${esc(90, '1:1')}  ${esc(33, 'warning')}  Endpoints is deprecated  ${esc(90, 'endpoints-deprecated')}`,
      `    ${esc(31, '> 1 |')} apiVersion: v1`,
      `    ${esc(90, '    |')} ${esc(31, '^^^^^^^^^^^^^^')}`,
      `    ${esc(90, '  2 |')} kind: Endpoints`,
      `    ${esc(32, 'fix:')} replace lines 1-2 with:`,
      `      ${esc(32, 'a: 1')}`,
      `      ${esc(32, 'b: 2')}`,
      `    ${esc(32, 'replace it with:')}`,
      `      ${esc(32, 'apiVersion: discovery.k8s.io/v1')}`,
      `      ${esc(32, 'kind: EndpointSlice')}`,
      '',
      `      ${esc(32, 'metadata: {}')}`,
      '',
      esc(4, 'app/svc.yaml'),
      `  ${esc(90, '2:7')}  ${esc(34, 'notice')}  Service prod/webb selects nothing  ${esc(90, 'service-without-endpoints')}`,
      `    ${esc(90, '  1 |')} apiVersion: v1`,
      `    ${esc(31, '> 2 |')} kind: Service`,
      `    ${esc(90, '    |')}       ${esc(31, '^^^^^^^')}`,
      `    ${esc(90, '  3 |')} metadata:`,
      '',
      esc(31, '✖ 3 problems (1 error, 1 warning, 1 notice) in 2 files, 2 resources'),
      esc(90, '1 file skipped:'),
      esc(90, '  chart/t.yaml: a template'),
      '',
    ]);
    // The summary takes the colour of the worst severity reported.
    const last = (findings: (typeof missing)[]) =>
      formatText(result, findings, { color: true }).split('\n').at(-4) ?? '';
    expect(last([deprecated, serviceNote])).toBe(
      esc(33, '✖ 2 problems (0 errors, 1 warning, 1 notice) in 2 files, 2 resources'),
    );
    expect(last([serviceNote])).toBe(
      esc(34, '✖ 1 problem (0 errors, 0 warnings, 1 notice) in 2 files, 2 resources'),
    );
    expect(last([missing, missing])).toBe(
      esc(31, '✖ 2 problems (2 errors, 0 warnings, 0 notices) in 2 files, 2 resources'),
    );
    expect(formatText(resultOf({ 'app/ep.yaml': EP }, []), [], { color: true })).toBe(
      `${esc(32, '✔ no problems')} (1 file, 1 resource checked)\n`,
    );
    expect(formatText(resultOf({}, [], { summary: { files: 0, resources: 0 } }), [], { color: true })).toBe(
      `${esc(33, '⚠ nothing checked: no manifest file was found.')}\n`,
    );
    // Hints are grey: the --fix-preview one, and the count of skipped files not listed.
    const many = Array.from({ length: 11 }, (_, i) => ({ file: `t${i}.yaml`, reason: 'a template' }));
    const hints = formatText(resultOf({ 'app/ep.yaml': EP }, [], { skippedFiles: many }), [deprecated], {
      color: true,
    }).split('\n');
    expect(hints).toContain(`    ${esc(90, 'fix: run with --fix-preview to print the replacement YAML')}`);
    expect(hints).toContain(esc(90, '  ... and 1 more (--format json lists them all)'));
  });

  describe('code frames', () => {
    const TEN = Array.from({ length: 12 }, (_, i) => `line${i + 1}: v`).join('\n');
    const frame = (f: typeof missing, text: string, context?: number) =>
      formatText(resultOf({ [f.file]: text }, []), [f], {
        color: false,
        ...(context === undefined ? {} : { context }),
      })
        .split('\n')
        .slice(2, -3);

    it('line numbers are right-aligned to the widest one shown; the context option widens or removes it', () => {
      const at10 = finding({ file: 'x.yaml', line: 10, column: 9, endColumn: 10 });
      expect(frame(at10, TEN)).toEqual([
        '       9 | line9: v',
        '    > 10 | line10: v',
        '         |         ^',
        '      11 | line11: v',
      ]);
      expect(frame(at10, TEN, 0)).toEqual(['    > 10 | line10: v', '         |         ^']);
      expect(frame(at10, TEN, 2)).toEqual([
        '       8 | line8: v',
        '       9 | line9: v',
        '    > 10 | line10: v',
        '         |         ^',
        '      11 | line11: v',
        '      12 | line12: v',
      ]);
      // At the edges of the file the frame stops at its first and last line.
      expect(frame(finding({ file: 'x.yaml', line: 1, column: 1, endColumn: 5 }), 'a: b\nc: d', 3)).toEqual([
        '    > 1 | a: b',
        '        | ^^^^',
        '      2 | c: d',
      ]);
      expect(frame(finding({ file: 'x.yaml', line: 2, column: 4, endColumn: 5 }), 'a: b\nc: d', 3)).toEqual([
        '      1 | a: b',
        '    > 2 | c: d',
        '        |    ^',
      ]);
    });

    it('an empty range still gets one caret; tabs show as one blank; control characters are escaped', () => {
      expect(frame(finding({ file: 'x.yaml', line: 1, column: 4, endColumn: 4 }), 'a:\tb', 0)).toEqual([
        '    > 1 | a: b',
        '        |    ^',
      ]);
      expect(
        frame(finding({ file: 'x.yaml', line: 1, column: 3, endColumn: 5 }), 'a: \u001b[31mred', 0),
      ).toEqual(['    > 1 | a: \\u001b[31mred', '        |   ^^']);
    });

    it('a finding in a file whose text is not at hand has no frame', () => {
      const result = resultOf({ 'other.yaml': EP }, [], { summary: { resources: 1 } });
      expect(formatText(result, [finding({ file: 'gone.yaml', line: 2, column: 1 })], { color: false })).toBe(
        'gone.yaml\n  2:1  error  a message  endpoints-without-service\n\n✖ 1 problem (1 error, 0 warnings, 0 notices) in 1 file, 1 resource\n',
      );
    });
  });

  describe('the summary line', () => {
    const summaryOf = (files: number, resources: number, findings: (typeof missing)[], skipped = 0) =>
      formatText(
        resultOf({}, [], {
          summary: { files, resources },
          skippedFiles: Array.from({ length: skipped }, (_, i) => ({
            file: `t${i}.yaml`,
            reason: 'a template',
          })),
        }),
        findings,
        { color: false },
      )
        .split('\n')
        .filter((line) => /^[✔✖⚠]/.test(line));

    it('counts files, resources and problems in singular and plural', () => {
      expect(summaryOf(1, 1, [])).toEqual(['✔ no problems (1 file, 1 resource checked)']);
      expect(summaryOf(3, 2, [])).toEqual(['✔ no problems (3 files, 2 resources checked)']);
      const gone = finding({ file: 'gone.yaml', line: 1, column: 1 });
      const warn = { ...gone, severity: 'warning' as const };
      const note = { ...gone, severity: 'notice' as const };
      expect(summaryOf(1, 1, [gone, warn, note])).toEqual([
        '✖ 3 problems (1 error, 1 warning, 1 notice) in 1 file, 1 resource',
      ]);
      expect(summaryOf(2, 5, [gone, gone, warn, warn, note, note])).toEqual([
        '✖ 6 problems (2 errors, 2 warnings, 2 notices) in 2 files, 5 resources',
      ]);
    });

    it('files with no object to check are never a pass; problems without a resource still are problems', () => {
      expect(summaryOf(0, 0, [])).toEqual(['⚠ nothing checked: no manifest file was found.']);
      expect(summaryOf(2, 0, [], 2)).toEqual([
        '⚠ nothing checked: 2 files were found, but none holds a Kubernetes object kube-pairing can read (2 skipped, listed below: render templates first, e.g. `helm template` or `kustomize build`).',
      ]);
      // A file with a YAML syntax error holds no resource, and its finding is the result.
      expect(
        summaryOf(1, 0, [finding({ file: 'bad.yaml', line: 1, column: 1, rule: 'yaml-syntax' })]),
      ).toEqual(['✖ 1 problem (1 error, 0 warnings, 0 notices) in 1 file, 0 resources']);
    });
  });

  it('lists ten skipped files by default (or as many as asked), and how many more there are', () => {
    const skipped = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ file: `t${i}.yaml`, reason: 'a template' }));
    const tail = (n: number, max?: number) =>
      formatText(resultOf({ 'a.yaml': EP }, [], { skippedFiles: skipped(n) }), [], {
        color: false,
        ...(max === undefined ? {} : { maxSkippedListed: max }),
      })
        .split('\n')
        .slice(1, -1);
    expect(tail(10)).toEqual(['10 files skipped:', ...skipped(10).map((s) => `  ${s.file}: a template`)]);
    expect(tail(12)).toEqual([
      '12 files skipped:',
      ...skipped(10).map((s) => `  ${s.file}: a template`),
      '  ... and 2 more (--format json lists them all)',
    ]);
    expect(tail(3, 1)).toEqual([
      '3 files skipped:',
      '  t0.yaml: a template',
      '  ... and 2 more (--format json lists them all)',
    ]);
    expect(tail(1)).toEqual(['1 file skipped:', '  t0.yaml: a template']);
  });

  it('prints nothing a terminal or a workflow runner would act on', () => {
    const evil = finding({
      file: '::error::evil.yaml',
      line: 1,
      column: 1,
      message: 'line\nbreak \u001b[2J ##[error]x \u2028',
      related: [{ file: 'r\r.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, message: '::warning::y' }],
    });
    const out = formatText(
      resultOf({ 'a.yaml': EP }, [], { skippedFiles: [{ file: 's\n.yaml', reason: 'r\u0007' }] }),
      [evil],
      {
        color: false,
      },
    );
    expect(out.split('\n').slice(0, 3)).toEqual([
      '\\u003a:error::evil.yaml',
      '  1:1  error  line\\u000abreak \\u001b[2J #\\u0023[error]x \\u2028  endpoints-without-service',
      '    related: r\\u000d.yaml:1:1 ::warning::y',
    ]);
    expect(out).toContain('  s\\u000a.yaml: r\\u0007\n');
    for (const line of out.split('\n')) {
      expect(line).not.toMatch(/^\s*::/);
      expect(line).not.toContain('##[');
    }
  });
});

describe('nothingChecked', () => {
  it('says whether no file was found or no object in the files, and where the skipped ones are', () => {
    expect(nothingChecked(0, 0)).toBe('no manifest file was found.');
    expect(nothingChecked(1, 0)).toBe(
      '1 file was found, but none holds a Kubernetes object kube-pairing can read.',
    );
    expect(nothingChecked(3, 1)).toBe(
      '3 files were found, but none holds a Kubernetes object kube-pairing can read (1 skipped, listed below: render templates first, e.g. `helm template` or `kustomize build`).',
    );
  });
});

describe('sanitize', () => {
  it('escapes C0 and C1 controls, DEL and the Unicode line separators; keeps tabs and other text', () => {
    expect(sanitize('a\u0000b\tc\nd\re\u001bf\u007fg\u0085h\u009fi\u2028j\u2029k é 😀')).toBe(
      'a\\u0000b\tc\\u000ad\\u000de\\u001bf\\u007fg\\u0085h\\u009fi\\u2028j\\u2029k é 😀',
    );
  });
});
