import type { AnalysisResult } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import { formatResource } from '../engine/finding.js';
import { ruleDocsUrl } from '../version.js';
import {
  comparePaths,
  findingsByFile,
  neutralizeXmlWorkflowCommands,
  XML_DECLARATION,
  xmlAttribute,
  xmlText,
} from './checkstyle.js';
import { nothingChecked } from './text.js';

/**
 * JUnit XML as Jenkins (junit and xUnit plugins), GitLab (`artifacts:reports:junit`) and CircleCI
 * (`store_test_results`) read it: `<testsuites>`, one `<testsuite>` per file, `<testcase>`s in it. The tests
 * validate it against the xUnit plugin's JUnit schema (junit-10.xsd).
 *
 * One test case per finding, not one per file listing its findings: GitLab's test report shows one status and
 * one output per test case and reads only the first `<failure>` of one, and Jenkins counts, lists and tracks
 * (the "age" of a failure) test cases, so each finding is then counted, shown in full and followed on its
 * own. A file without findings is one passing test case (as eslint's junit formatter writes it), so a clean
 * run is a report of passed tests, not an empty one; a file not checked (a template) is a skipped test case.
 *
 * - `classname` is the path without its extension: Jenkins splits a class name at its last dot into package
 *   and class, so `dir/svc.yaml` would be class `yaml` of package `dir/svc` (eslint's formatter does the same).
 *   The test case's name carries the whole path, with the line and column.
 * - No `type` on `<failure>` (GitLab's XML reader would read some values, such as `yaml`, as a data type and
 *   reject the report), no `file` on `<testcase>` (the schema has none), no timestamp (the same analysis
 *   always gives the same document); every `time` is 0.
 * - Every reported finding is a `<failure>`, whatever its severity (JUnit has no severity; eslint's formatter
 *   does the same): the text of the failure starts with it.
 */

interface TestCase {
  name: string;
  classname: string;
  failure?: { message: string; text: string };
  skipped?: string;
}

/** The JUnit XML document for `findings` (a subset of the analysis when scoped or `--quiet`). */
export function formatJunit(result: AnalysisResult, findings: readonly Finding[] = result.findings): string {
  const suites = testSuites(result, findings);
  const count = (cases: TestCase[], what: 'failure' | 'skipped'): number =>
    cases.filter((c) => c[what] !== undefined).length;
  const all = [...suites.values()].flat();
  const out = [
    XML_DECLARATION,
    `<testsuites name="kube-pairing" tests="${all.length}" failures="${count(all, 'failure')}" errors="0" time="0">`,
  ];
  for (const [name, cases] of suites) {
    out.push(
      `  <testsuite name="${xmlAttribute(name)}" tests="${cases.length}" failures="${count(cases, 'failure')}"` +
        ` errors="0" skipped="${count(cases, 'skipped')}" time="0">`,
    );
    for (const c of cases) out.push(...testCase(c));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return neutralizeXmlWorkflowCommands(`${out.join('\n')}\n`);
}

/** The test cases of each file, files in path order; a run that checked nothing says so in a skipped case. */
function testSuites(result: AnalysisResult, findings: readonly Finding[]): Map<string, TestCase[]> {
  const byFile = findingsByFile(findings);
  const skipped = new Map(result.skippedFiles.map((s) => [s.file, s.reason]));
  const files = [
    ...new Set([...result.index.files.map((p) => p.file.path), ...byFile.keys(), ...skipped.keys()]),
  ].sort(comparePaths);
  const suites = new Map<string, TestCase[]>();
  for (const file of files) {
    const classname = withoutExtension(file);
    const cases = (byFile.get(file) ?? []).map((f) => findingCase(f, classname));
    const reason = skipped.get(file);
    if (reason !== undefined) cases.push({ name: `${file} not checked`, classname, skipped: reason });
    if (cases.length === 0) cases.push({ name: `no findings in ${file}`, classname });
    suites.set(file, cases);
  }
  if (findings.length === 0 && result.summary.resources === 0) {
    // Never a green pass when nothing was checked (as the text format says `nothing checked`).
    const reason = `nothing checked: ${nothingChecked(result.summary.files, result.skippedFiles.length)}`;
    suites.set('kube-pairing', [{ name: 'kube-pairing', classname: 'kube-pairing', skipped: reason }]);
  }
  return suites;
}

function findingCase(f: Finding, classname: string): TestCase {
  const at = `${f.file}:${f.line}:${f.column}`;
  const lines = [`${f.severity}: ${f.message}`, `at ${at} (to ${f.endLine}:${f.endColumn})`];
  if (f.resource) lines.push(`object: ${formatResource(f.resource)}`);
  for (const r of f.related) lines.push(`related: ${r.file}:${r.line}:${r.column} ${r.message}`);
  if (f.fix) {
    const which =
      f.fix.line === f.fix.endLine ? `line ${f.fix.line}` : `lines ${f.fix.line}-${f.fix.endLine}`;
    lines.push(`fix: replace ${which} with:`, ...f.fix.replacement.split('\n').map((l) => `    ${l}`));
  }
  lines.push(`rule: ${f.rule} (${ruleDocsUrl(f.rule)})`);
  return {
    name: `${f.rule} at ${at}`,
    classname,
    failure: { message: `${f.severity}: ${f.message}`, text: lines.join('\n') },
  };
}

function testCase(c: TestCase): string[] {
  const open = `    <testcase name="${xmlAttribute(c.name)}" classname="${xmlAttribute(c.classname)}" time="0"`;
  if (c.failure) {
    return [
      `${open}>`,
      `      <failure message="${xmlAttribute(c.failure.message)}">${xmlText(c.failure.text)}</failure>`,
      '    </testcase>',
    ];
  }
  if (c.skipped !== undefined) {
    return [
      `${open}>`,
      `      <skipped message="${xmlAttribute(c.skipped)}">${xmlText(c.skipped)}</skipped>`,
      '    </testcase>',
    ];
  }
  return [`${open}/>`];
}

/** `dir/svc.yaml` -> `dir/svc`; a dot that starts the name (`.hidden`) is not an extension. */
const withoutExtension = (file: string): string => file.replace(/(?<=[^/])\.[^./]*$/, '');
