/**
 * `--format checkstyle`: Checkstyle XML validated by our XSD validator and, where Java is installed, by the
 * JDK's, against __tests__/fixtures/schemas/checkstyle-report.xsd. Checkstyle publishes no schema for its
 * report: that one transcribes Checkstyle's XMLLogger and what reviewdog and eslint read (see its header).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { CHECKSTYLE_VERSION, formatCheckstyle, xmlAttribute, xmlText } from '../../src/report/checkstyle.js';
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
import {
  compileXsd,
  elements,
  jdkAvailable,
  parseXml,
  validateWithJdk,
  validateXml,
} from '../helpers/xml.js';
import { finding, resultOf } from './result.js';

const XSD_FILE = path.join(SCHEMAS, 'checkstyle-report.xsd');
const XSD = compileXsd(readFileSync(XSD_FILE, 'utf8'));

interface CheckstyleError {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  source: string;
}

/** Parses and validates the document; returns the files it lists and their errors. */
function check(xml: string): { files: string[]; errors: CheckstyleError[] } {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const doc = parseXml(xml);
  expect(validateXml(XSD, doc)).toEqual([]);
  expect(doc.attributes.version).toBe('4.3');
  expect(commandLines(xml)).toEqual([]);
  const files = elements(doc).map((f) => f.attributes.name!);
  // Files in path order, each once (reviewdog and Jenkins key what they read by file).
  expect([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(files);
  expect(new Set(files).size).toBe(files.length);
  const errors = elements(doc).flatMap((file) =>
    elements(file).map((e) => ({
      file: file.attributes.name!,
      line: Number(e.attributes.line),
      column: Number(e.attributes.column),
      severity: e.attributes.severity!,
      message: e.attributes.message!,
      source: e.attributes.source!,
    })),
  );
  return { files, errors };
}

const SEVERITY = { error: 'error', warning: 'warning', notice: 'info' } as const;

/** One error per finding: its rule, file, line, column, severity and message read back from the document. */
function expectFindings(errors: CheckstyleError[], findings: readonly Finding[]): void {
  const sorted = [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  expect(errors).toEqual(
    sorted.map((f) => ({
      file: f.file,
      line: f.line,
      column: f.column,
      severity: SEVERITY[f.severity],
      message: asXmlText(f.message),
      source: `kube-pairing.${f.rule}`,
    })),
  );
}

describe('--format checkstyle, from the analysis of fixtures on disk', () => {
  it('the fixtures with every kind of finding: one <error> per finding, every file checked listed', async () => {
    const result = await analyse(FINDINGS_DIR, BROKEN_DIR, CLEAN_DIR);
    expect(new Set(result.findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'notice']));
    const { files, errors } = check(formatCheckstyle(result));
    expectFindings(errors, result.findings);
    expect(files).toEqual(result.index.files.map((p) => p.file.path).sort());
    expect(files.some((f) => !result.findings.some((x) => x.file === f))).toBe(true); // clean files too
    expect(files).toContain(`${FINDINGS_DIR}/odd name #1/ep [legacy].yaml`);
    expect(CHECKSTYLE_VERSION).toBe('4.3');
  });

  it('<, &, ", control characters and non-ASCII from the manifest survive (controls as visible escapes)', async () => {
    const result = await analyse(QUOTING_DIR);
    const xml = formatCheckstyle(result);
    const { errors } = check(xml);
    expectFindings(errors, result.findings);
    const invalid = errors.find((e) => e.source === 'kube-pairing.invalid-name')!;
    expect(invalid).toMatchObject({ file: QUOTING_FILE, line: 4, column: 41 });
    expect(invalid.message).toContain('Endpoints dév/café<&"x\\u0007y\\u001b: the name "café<&\\"x');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('a clean run lists the files checked, with no error; nothing found is an empty <checkstyle>', async () => {
    const clean = await analyse(CLEAN_DIR);
    const { files, errors } = check(formatCheckstyle(clean));
    expect(errors).toEqual([]);
    expect(files.length).toBe(clean.index.files.length);
    expect(formatCheckstyle(resultOf({}, []))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n',
    );
    check(formatCheckstyle(resultOf({}, [])));
  });

  it('no line reads as a workflow command; line breaks and tabs in a message stay (as references)', () => {
    const f = finding({ file: 'a.yaml', line: 1, column: 1, message: `${COMMAND_MESSAGE}\tend\r` });
    const xml = formatCheckstyle(resultOf({ 'a.yaml': 'x: 1\n' }, [f]), [f]);
    expect(xml.split('\n')).toHaveLength(7); // 6 lines: the message is on the <error> line, whatever it holds
    expect(check(xml).errors[0]!.message).toBe(asXmlText(`${COMMAND_MESSAGE}\tend\r`));
  });

  it('escapes: markup characters, and in attributes quotes, tabs and line breaks; unpaired surrogates', () => {
    expect(xmlText('a<b>&c"\r\n')).toBe('a&lt;b&gt;&amp;c"&#13;\n');
    expect(xmlAttribute('a<b>&c"\r\n\t')).toBe('a&lt;b&gt;&amp;c&quot;&#13;&#10;&#9;');
    expect(xmlText('\u0000\u001f\u007f\u0085\ufffe\ud800x\udc00😀é')).toBe(
      '\\u0000\\u001f\\u007f\u0085\\ufffe\\ud800x\\udc00😀é',
    );
  });

  it('is deterministic: the same document whatever the order of the findings', async () => {
    const result = await analyse(FINDINGS_DIR, BROKEN_DIR);
    const once = formatCheckstyle(result);
    expect(formatCheckstyle(result, [...result.findings].reverse())).toBe(once);
    expect(formatCheckstyle(await analyse(FINDINGS_DIR, BROKEN_DIR))).toBe(once);
  });
});

describe('the Checkstyle validator can fail', () => {
  const doc = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">${body}</checkstyle>\n`;
  const error = (attrs: string): string => `<file name="a.yaml"><error ${attrs}/></file>`;
  const ok = 'line="1" column="2" severity="error" message="m" source="s"';

  it('a valid document passes', () => {
    expect(validateXml(XSD, parseXml(doc(error(ok))))).toEqual([]);
  });

  it.each([
    [
      'an error without a line',
      error('column="2" severity="error" message="m" source="s"'),
      /required attribute line/,
    ],
    ['a line 0', error(ok.replace('line="1"', 'line="0"')), /line="0" is not a valid xs:positiveInteger/],
    ['a column that is no number', error(ok.replace('column="2"', 'column="x"')), /column="x"/],
    ['an unknown severity', error(ok.replace('"error"', '"fatal"')), /severity="fatal"/],
    ['an error outside a file', `<error ${ok}/>`, /do not match the content model/],
    ['a file without a name', '<file/>', /required attribute name/],
    ['an unknown attribute', error(`${ok} rule="x"`), /attribute rule is not declared/],
    ['text in a file', '<file name="a">x</file>', /text is not allowed/],
  ])('refuses %s', (_what, body, message) => {
    const errors = validateXml(XSD, parseXml(doc(body)));
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('refuses another root and a document that is not well-formed', () => {
    expect(validateXml(XSD, parseXml('<checkstyles version="1"/>'))[0]!.message).toMatch(/no global element/);
    expect(() => parseXml(doc(error(ok.replace('message="m"', 'message="a & b"'))))).toThrow(
      /reference|entity/,
    );
    expect(() => parseXml(doc(error(ok.replace('message="m"', 'message="\u001b"'))))).toThrow(/U\+001b/);
  });
});

describe('dist/cli.js --format checkstyle', () => {
  it('prints the findings of --format json as <error>s, valid, with the same exit status', () => {
    const run = runFormat('checkstyle', [FINDINGS_DIR]);
    expect(run.status).toBe(1);
    expectFindings(check(run.stdout).errors, run.findings);
  });

  it('paths are relative to the working directory, with /', () => {
    const run = runFormat('checkstyle', ['broken', '--fail-on', 'never'], path.join(REPO, 'examples'));
    expect(run.status).toBe(0);
    const { files, errors } = check(run.stdout);
    expectFindings(errors, run.findings);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.startsWith('broken/'))).toBe(true);
  });
});

describe("the JDK's XML Schema validator", () => {
  it('finds every document valid against checkstyle-report.xsd, and a broken one invalid', async ({
    skip,
  }) => {
    if (!jdkAvailable()) skip('no java on PATH: the JDK validator is a second opinion (ours ran above)');
    const f = finding({ file: 'a.yaml', line: 1, column: 1, message: COMMAND_MESSAGE });
    const docs = [
      formatCheckstyle(await analyse(FINDINGS_DIR, BROKEN_DIR, CLEAN_DIR)),
      formatCheckstyle(await analyse(QUOTING_DIR)),
      formatCheckstyle(resultOf({}, [])),
      formatCheckstyle(resultOf({ 'a.yaml': 'x: 1\n' }, [f]), [f]),
      runFormat('checkstyle', [FINDINGS_DIR]).stdout,
    ];
    const broken = docs[0]!.replace(/ severity="info"/, ' severity="notice"');
    const verdicts = validateWithJdk([...docs, broken].map((xml) => ({ schema: XSD_FILE, xml })));
    expect(verdicts.slice(0, -1)).toEqual(docs.map(() => 'valid'));
    expect(verdicts.at(-1)).toMatch(/^invalid:.*notice/);
  });
});
