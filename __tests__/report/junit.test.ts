/**
 * `--format junit`: JUnit XML validated against the Jenkins xUnit plugin's JUnit schema (junit-10.xsd, in
 * __tests__/fixtures/schemas) by our XSD validator and, where Java is installed, by the JDK's; plus the rules
 * of the readers beyond the schema (GitLab's and Jenkins': counts, one result per test case, unique names).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/engine/analyze.js';
import type { Finding } from '../../src/engine/finding.js';
import { formatJunit } from '../../src/report/junit.js';
import { REPO } from '../helpers/cli.js';
import {
  analyse,
  asXmlText,
  BROKEN_DIR,
  CLEAN_DIR,
  COMMAND_MESSAGE,
  commandLines,
  FINDINGS_DIR,
  QUOTING_DIR,
  QUOTING_FILE,
  runFormat,
  SCHEMAS,
} from '../helpers/report-inputs.js';
import type { XmlElement } from '../helpers/xml.js';
import {
  compileXsd,
  elements,
  jdkAvailable,
  parseXml,
  textOf,
  validateWithJdk,
  validateXml,
} from '../helpers/xml.js';
import { finding, resultOf } from './result.js';

const XSD_FILE = path.join(SCHEMAS, 'jenkins-xunit-junit-10.xsd');
const XSD = compileXsd(readFileSync(XSD_FILE, 'utf8'));

interface Case {
  suite: string;
  name: string;
  classname: string;
  failure?: { message: string; text: string };
  skipped?: string;
}

/**
 * What GitLab and Jenkins need beyond the schema: counts that match the test cases, at most one result per
 * test case, names unique in their class (Jenkins keys results by class and name), a `time` on each, and no
 * `type` on a failure (GitLab's XML reader reads some values of it as a data type).
 */
function readerErrors(doc: XmlElement): string[] {
  const errors: string[] = [];
  const count = (cases: XmlElement[], what: string): number =>
    cases.filter((c) => elements(c).some((e) => e.name === what)).length;
  const all: XmlElement[] = [];
  for (const suite of elements(doc)) {
    const cases = elements(suite).filter((c) => c.name === 'testcase');
    all.push(...cases);
    const expected = {
      tests: cases.length,
      failures: count(cases, 'failure'),
      errors: count(cases, 'error'),
      skipped: count(cases, 'skipped'),
    };
    for (const [attr, n] of Object.entries(expected)) {
      if (suite.attributes[attr] !== String(n)) errors.push(`${suite.attributes.name}: ${attr} is not ${n}`);
    }
    const names = new Set<string>();
    for (const c of cases) {
      const key = `${c.attributes.classname}\u0000${c.attributes.name}`;
      if (names.has(key)) errors.push(`${c.attributes.name}: twice in ${c.attributes.classname}`);
      names.add(key);
      const results = elements(c).filter((e) => ['failure', 'error', 'skipped'].includes(e.name));
      if (results.length > 1) errors.push(`${c.attributes.name}: ${results.length} results`);
      if (c.attributes.classname === undefined || c.attributes.time === undefined) {
        errors.push(`${c.attributes.name}: no classname or time`);
      }
      if (results.some((r) => 'type' in r.attributes))
        errors.push(`${c.attributes.name}: a type on its result`);
    }
  }
  if (doc.attributes.tests !== String(all.length)) errors.push('testsuites: tests');
  if (doc.attributes.failures !== String(count(all, 'failure'))) errors.push('testsuites: failures');
  return errors;
}

/** Parses and validates the document (schema and readers' rules); returns its test cases. */
function check(xml: string): Case[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const doc = parseXml(xml);
  expect(doc.name).toBe('testsuites');
  expect(validateXml(XSD, doc)).toEqual([]);
  expect(readerErrors(doc)).toEqual([]);
  expect(commandLines(xml)).toEqual([]);
  return elements(doc).flatMap((suite) =>
    elements(suite).map((c) => {
      const result = elements(c)[0];
      const out: Case = {
        suite: suite.attributes.name!,
        name: c.attributes.name!,
        classname: c.attributes.classname!,
      };
      if (result?.name === 'failure')
        out.failure = { message: result.attributes.message!, text: textOf(result) };
      if (result?.name === 'skipped') out.skipped = textOf(result);
      return out;
    }),
  );
}

const withoutExtension = (file: string): string => file.replace(/\.(yaml|yml|json)$/, '');

/** Each finding is a failed test case: its rule, file, line and column read back from the document. */
function expectFindings(cases: Case[], findings: readonly Finding[]): void {
  const failed = cases.filter((c) => c.failure);
  const read = failed.map((c) => {
    const m = /^(.+) at (.+):(\d+):(\d+)$/.exec(c.name);
    expect(m, c.name).not.toBeNull();
    return { rule: m![1]!, file: m![2]!, line: Number(m![3]), column: Number(m![4]), c };
  });
  const sorted = [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  expect(read.map(({ rule, file, line, column }) => [rule, file, line, column])).toEqual(
    sorted.map((f) => [f.rule, f.file, f.line, f.column]),
  );
  read.forEach(({ file, c }, i) => {
    const f = sorted[i]!;
    expect(c.suite).toBe(file);
    expect(c.classname).toBe(withoutExtension(file));
    expect(c.failure!.message).toBe(asXmlText(`${f.severity}: ${f.message}`));
    expect(c.failure!.text.split('\n').slice(0, 2)).toEqual([
      asXmlText(`${f.severity}: ${f.message}`),
      `at ${f.file}:${f.line}:${f.column} (to ${f.endLine}:${f.endColumn})`,
    ]);
    expect(c.failure!.text).toContain(
      `rule: ${f.rule} (https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules/${f.rule}.md)`,
    );
  });
}

describe('--format junit, from the analysis of fixtures on disk', () => {
  it('the fixtures with every kind of finding: one failed test case per finding, valid', async () => {
    const result = await analyse(FINDINGS_DIR);
    expect(result.findings.length).toBeGreaterThan(5);
    const cases = check(formatJunit(result));
    expectFindings(cases, result.findings);
    // A finding with related locations and a fix lists them; the skipped template is a skipped test case.
    const fixed = result.findings.find((f) => f.fix && f.related.length > 0)!;
    const text = cases.find((c) => c.name === `${fixed.rule} at ${fixed.file}:${fixed.line}:${fixed.column}`)!
      .failure!.text;
    const r = fixed.related[0]!;
    expect(text).toContain(`\nrelated: ${r.file}:${r.line}:${r.column} ${r.message}\n`);
    expect(text).toContain(`\nfix: replace line ${fixed.fix!.line} with:\n    ${fixed.fix!.replacement}\n`);
    expect(cases.filter((c) => c.skipped !== undefined)).toEqual([
      {
        suite: `${FINDINGS_DIR}/chart/templates/svc.yaml`,
        name: `${FINDINGS_DIR}/chart/templates/svc.yaml not checked`,
        classname: `${FINDINGS_DIR}/chart/templates/svc`,
        skipped: result.skippedFiles[0]!.reason,
      },
    ]);
  });

  it('examples/broken and a clean example: every finding, a passing test case for each file without one', async () => {
    const result = await analyse(BROKEN_DIR, CLEAN_DIR);
    const cases = check(formatJunit(result));
    expectFindings(cases, result.findings);
    const clean = result.index.files
      .map((p) => p.file.path)
      .filter((file) => !result.findings.some((f) => f.file === file));
    expect(clean.length).toBeGreaterThan(0);
    for (const file of clean) {
      expect(cases.filter((c) => c.suite === file)).toEqual([
        { suite: file, name: `no findings in ${file}`, classname: withoutExtension(file) },
      ]);
    }
  });

  it('a clean run is passing test cases, one per file, not an empty report', async () => {
    const result = await analyse(CLEAN_DIR);
    expect(result.findings).toEqual([]);
    const cases = check(formatJunit(result));
    expect(cases.length).toBe(result.index.files.length);
    expect(
      cases.every((c) => !c.failure && c.skipped === undefined && c.name.startsWith('no findings in ')),
    ).toBe(true);
  });

  it('a run that checked nothing is a skipped test case saying so, never a pass', () => {
    const cases = check(formatJunit(resultOf({}, [], { summary: { files: 0, resources: 0 } })));
    expect(cases).toEqual([
      {
        suite: 'kube-pairing',
        name: 'kube-pairing',
        classname: 'kube-pairing',
        skipped: 'nothing checked: no manifest file was found.',
      },
    ]);
  });

  it('<, &, ", control characters and non-ASCII from the manifest survive (controls as visible escapes)', async () => {
    const result = await analyse(QUOTING_DIR);
    const xml = formatJunit(result);
    const cases = check(xml);
    expectFindings(cases, result.findings);
    const invalid = cases.find((c) => c.name.startsWith('invalid-name at'))!;
    expect(invalid.failure!.message).toContain('Endpoints dév/café<&"x\\u0007y\\u001b: the name "café<&\\"x');
    expect(invalid.name).toBe(`invalid-name at ${QUOTING_FILE}:4:41`);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('no line reads as a workflow command, and the text reads back the same', () => {
    const f = finding({ file: 'a.yaml', line: 1, column: 1, message: COMMAND_MESSAGE });
    const xml = formatJunit(resultOf({ 'a.yaml': 'x: 1\n' }, [f]), [f]);
    expect(xml).toContain('&#58;:warning');
    const [c] = check(xml);
    expect(c!.failure!.message).toBe(asXmlText(`error: ${COMMAND_MESSAGE}`));
    expect(c!.failure!.text.startsWith(asXmlText(`error: ${COMMAND_MESSAGE}`))).toBe(true);
  });

  it('is deterministic: the same document whatever the order of the findings', async () => {
    const result = await analyse(FINDINGS_DIR, BROKEN_DIR);
    const once = formatJunit(result);
    expect(formatJunit(result, [...result.findings].reverse())).toBe(once);
    expect(formatJunit(await analyse(FINDINGS_DIR, BROKEN_DIR))).toBe(once);
  });
});

describe('the JUnit validators can fail', () => {
  const valid = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="x" tests="1" failures="1" errors="0" time="0">\n${body}\n</testsuites>\n`;
  const suite = (
    cases: string,
    attrs = 'name="s" tests="1" failures="1" errors="0" skipped="0" time="0"',
  ): string => `<testsuite ${attrs}>${cases}</testsuite>`;
  const failing = '<testcase name="t" classname="c" time="0"><failure message="m">text</failure></testcase>';

  it('a well-formed, valid document passes both', () => {
    expect(validateXml(XSD, parseXml(valid(suite(failing))))).toEqual([]);
    expect(readerErrors(parseXml(valid(suite(failing))))).toEqual([]);
  });

  it.each([
    ['a test case without a name', suite('<testcase classname="c" time="0"/>'), /required attribute name/],
    [
      'a suite without failures',
      suite(failing, 'name="s" tests="1" errors="0"'),
      /required attribute failures/,
    ],
    ['a failure outside a test case', suite('<failure message="m"/>'), /do not match the content model/],
    ['an unknown element', suite('<testcase name="t"><oops/></testcase>'), /do not match the content model/],
    [
      'an undeclared attribute',
      suite('<testcase name="t" file="a.yaml"/>'),
      /attribute file is not declared/,
    ],
    ['a bad time', suite(failing, 'name="s" tests="1" failures="1" errors="0" time="1s"'), /SUREFIRE_TIME/],
    ['text in a test case', suite('<testcase name="t">x</testcase>'), /text is not allowed/],
  ])('the schema refuses %s', (_what, body, message) => {
    const errors = validateXml(XSD, parseXml(valid(body)));
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('the readers refuse counts that do not match, two results, a duplicate name, a typed failure', () => {
    const doc = (body: string): XmlElement => parseXml(valid(body));
    expect(
      readerErrors(doc(suite(failing, 'name="s" tests="2" failures="1" errors="0" skipped="0"'))),
    ).toContain('s: tests is not 1');
    const twice = '<testcase name="t" classname="c" time="0"><failure/><skipped/></testcase>';
    expect(readerErrors(doc(suite(twice)))).toContain('t: 2 results');
    expect(readerErrors(doc(suite(failing + failing)))).toContain('t: twice in c');
    const typed = '<testcase name="t" classname="c" time="0"><failure type="yaml"/></testcase>';
    expect(readerErrors(doc(suite(typed)))).toContain('t: a type on its result');
  });

  it.each([
    ['an unescaped &', '<testsuites a="&"/>', /unknown entity|unterminated reference/],
    ['a control character', '<testsuites a="\u0007"/>', /U\+0007 is not an XML 1\.0 character/],
    ['a reference to one', '<testsuites a="&#7;"/>', /refers to a character XML does not allow/],
    ['mismatched tags', '<testsuites><testsuite></testsuites>', /closes <testsuite>/],
    ['a duplicate attribute', '<testsuites a="1" a="2"/>', /appears twice/],
    ['"<" in an attribute', '<testsuites a="<"/>', /"<" in an attribute value/],
    ['two roots', '<testsuites/><testsuites/>', /content after the root element/],
  ])('the parser refuses %s', (_what, xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe('dist/cli.js --format junit', () => {
  it('prints the same test cases as the findings of --format json, valid, with the same exit status', () => {
    const run = runFormat('junit', [FINDINGS_DIR]);
    expect(run.status).toBe(1);
    expectFindings(check(run.stdout), run.findings);
  });

  it('paths are relative to the working directory, with /', () => {
    const run = runFormat('junit', ['broken'], path.join(REPO, 'examples'));
    const cases = check(run.stdout);
    expectFindings(cases, run.findings);
    expect(cases.every((c) => c.suite.startsWith('broken/'))).toBe(true);
  });
});

describe("the JDK's XML Schema validator", () => {
  it('finds every document valid against junit-10.xsd, and a broken one invalid', async ({ skip }) => {
    if (!jdkAvailable()) skip('no java on PATH: the JDK validator is a second opinion (ours ran above)');
    const results: AnalysisResult[] = [
      await analyse(FINDINGS_DIR),
      await analyse(BROKEN_DIR),
      await analyse(QUOTING_DIR),
      await analyse(CLEAN_DIR),
      resultOf({}, [], { summary: { files: 0, resources: 0 } }),
    ];
    const f = finding({ file: 'a.yaml', line: 1, column: 1, message: COMMAND_MESSAGE });
    const docs = [
      ...results.map((r) => formatJunit(r)),
      formatJunit(resultOf({ 'a.yaml': 'x: 1\n' }, [f]), [f]),
      runFormat('junit', [FINDINGS_DIR]).stdout,
    ];
    const broken = docs[0]!.replace(/ failures="\d+" errors="0" skipped/, ' errors="0" skipped');
    const verdicts = validateWithJdk([...docs, broken].map((xml) => ({ schema: XSD_FILE, xml })));
    expect(verdicts.slice(0, -1)).toEqual(docs.map(() => 'valid'));
    expect(verdicts.at(-1)).toMatch(/^invalid:.*failures/);
  });
});
