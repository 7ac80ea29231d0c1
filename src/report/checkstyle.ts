import type { AnalysisResult } from '../engine/analyze.js';
import type { Finding, Severity } from '../engine/finding.js';
import { compareFindings } from '../engine/finding.js';
import { neutralizeWith } from './github.js';

/**
 * Checkstyle XML, as Checkstyle's XMLLogger writes it and eslint's `checkstyle` formatter, reviewdog
 * (`-f=checkstyle`) and Jenkins Warnings NG read it:
 *
 *     <checkstyle version="4.3">
 *       <file name="path"><error line="1" column="1" severity="error" message="…" source="…"/></file>
 *     </checkstyle>
 *
 * Every file checked is listed, with or without errors (as Checkstyle and eslint do). Columns are ours (UTF-16
 * code units, as eslint's). This module also holds the XML writing the `junit` format shares.
 */

/** The format version consumers expect in `<checkstyle version>` (eslint and reviewdog's docs write 4.3). */
export const CHECKSTYLE_VERSION = '4.3';

/** Checkstyle's severity levels are error, warning, info and ignore. */
const SEVERITY: Record<Severity, 'error' | 'warning' | 'info'> = {
  error: 'error',
  warning: 'warning',
  notice: 'info',
};

/** The first line of every XML document written here. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Characters XML 1.0 does not allow in a document (§2.2 `Char`: C0 controls but tab, LF and CR; U+FFFE and
 * U+FFFF; unpaired surrogates), and the C1 controls and DEL it discourages. A message may quote manifest
 * text holding any of them: each is written as the visible escape `\uXXXX`, as the text format writes them.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  // A parser turns a literal tab or line break in an attribute into a space: written as references, they stay.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Text content: markup characters as entities, CR as a reference (a parser would make it LF). */
export const xmlText = (text: string): string =>
  text.replace(NOT_XML, visible).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);

/** A double-quoted attribute value, its line breaks and tabs kept as references. */
export const xmlAttribute = (text: string): string =>
  text.replace(NOT_XML, visible).replace(/[&<>"\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/**
 * Printed to a GitHub step log, no line may read as a workflow command (`::name::` at its start, `##[name]`
 * anywhere: see neutralizeWorkflowCommands in github.ts). In XML the `:` and `#` that would start one are
 * written as character references, which every parser reads back as the same characters. Markup never starts
 * with `:` or holds `##[`, so only text and attribute values change.
 */
export function neutralizeXmlWorkflowCommands(xml: string): string {
  return neutralizeWith(xml, '&#58;', '&#35;');
}

/** Paths in code-unit order, so that the same analysis always gives the same document. */
export const comparePaths = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The findings of each file, files in path order, findings in report order. */
export function findingsByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of [...findings].sort(compareFindings)) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  return byFile;
}

/** The Checkstyle XML document for `findings` (a subset of the analysis when scoped or `--quiet`). */
export function formatCheckstyle(
  result: AnalysisResult,
  findings: readonly Finding[] = result.findings,
): string {
  const byFile = findingsByFile(findings);
  const files = [...new Set([...result.index.files.map((p) => p.file.path), ...byFile.keys()])].sort(
    comparePaths,
  );
  const out = [XML_DECLARATION, `<checkstyle version="${CHECKSTYLE_VERSION}">`];
  for (const file of files) {
    const list = byFile.get(file) ?? [];
    if (list.length === 0) {
      out.push(`  <file name="${xmlAttribute(file)}"/>`);
      continue;
    }
    out.push(`  <file name="${xmlAttribute(file)}">`);
    for (const f of list) {
      out.push(
        `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}"` +
          ` message="${xmlAttribute(f.message)}" source="${xmlAttribute(checkstyleSource(f.rule))}"/>`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return neutralizeXmlWorkflowCommands(`${out.join('\n')}\n`);
}

/**
 * `source` names the check. Dotted as Checkstyle's class names and eslint's `eslint.rules.<id>`: Jenkins
 * Warnings NG shows the segment before the last dot as the category and the last one as the type.
 */
export const checkstyleSource = (rule: string): string => `kube-pairing.${rule}`;
