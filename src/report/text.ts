import type { AnalysisResult } from '../engine/analyze.js';
import type { Finding, Severity } from '../engine/finding.js';
import type { SourceFile } from '../engine/source.js';
import { neutralizeWorkflowCommands } from './github.js';

export interface TextOptions {
  color: boolean;
  /** Lines of context around the offending line in code frames. */
  context?: number;
  /** How many skipped files to list by name. */
  maxSkippedListed?: number;
  /** Print the replacement objects a finding carries (`Finding.migration`); else a one-line hint. */
  fixPreview?: boolean;
}

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32 } as const;
type Style = keyof typeof ANSI;

/**
 * Control characters from manifest text must not reach the terminal as escape sequences, nor line
 * breaks split a message (a line of its own could read as a workflow command).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
export const sanitize = (text: string): string =>
  text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const LABEL: Record<Severity, [string, Style]> = {
  error: ['error', 'red'],
  warning: ['warning', 'yellow'],
  notice: ['notice', 'blue'],
};

/** Paints text in a style (ANSI escape codes), or leaves it as it is when colours are off. */
type Paint = (style: Style, text: string) => string;

/** ESLint/tsc-like report: findings grouped by file, each with a short code frame and its rule id. */
export function formatText(
  result: AnalysisResult,
  findings: readonly Finding[],
  options: TextOptions,
): string {
  const paint: Paint = (style, text) => (options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const sources = new Map<string, SourceFile>([
    ...(result.otherSources ?? []).map((f) => [f.path, f] as const),
    ...result.index.files.map((f) => [f.file.path, f.file] as const),
  ]);
  const out: string[] = [];
  for (const [file, list] of byFile(findings)) {
    out.push(paint('underline', sanitize(file)));
    for (const f of list) out.push(...findingLines(f, sources.get(f.file), options, paint));
    out.push('');
  }
  out.push(summaryLine(result, findings, paint));
  out.push(...skippedLines(result.skippedFiles, options.maxSkippedListed ?? 10, paint));
  // In a CI log, no line may read as a workflow command (`::error::` or `##[error]`).
  return neutralizeWorkflowCommands(`${out.join('\n')}\n`);
}

/** The findings of each file, files in the order of their first finding. */
function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const files = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = files.get(f.file);
    if (list) list.push(f);
    else files.set(f.file, [f]);
  }
  return files;
}

/** One finding: its line, the code frame, related locations, then its fix or replacement objects. */
function findingLines(
  f: Finding,
  source: SourceFile | undefined,
  options: TextOptions,
  paint: Paint,
): string[] {
  const [label, style] = LABEL[f.severity];
  const out = [
    `  ${paint('gray', `${f.line}:${f.column}`)}  ${paint(style, label)}  ${sanitize(f.message)}  ${paint('gray', f.rule)}`,
  ];
  if (source) out.push(...codeFrame(source, f, options.context ?? 1, paint));
  for (const r of f.related) {
    out.push(
      `    ${paint('gray', 'related:')} ${sanitize(`${r.file}:${r.line}:${r.column}`)} ${sanitize(r.message)}`,
    );
  }
  if (f.fix) {
    const lines =
      f.fix.line === f.fix.endLine ? `line ${f.fix.line}` : `lines ${f.fix.line}-${f.fix.endLine}`;
    out.push(`    ${paint('green', 'fix:')} replace ${lines} with:`);
    for (const l of f.fix.replacement.split('\n')) out.push(`      ${paint('green', sanitize(l))}`);
  }
  if (f.migration && options.fixPreview) {
    out.push(`    ${paint('green', 'replace it with:')}`);
    for (const l of f.migration.replace(/\n$/, '').split('\n')) {
      out.push(l === '' ? '' : `      ${paint('green', sanitize(l))}`);
    }
  } else if (f.migration) {
    out.push(`    ${paint('gray', 'fix: run with --fix-preview to print the replacement YAML')}`);
  }
  return out;
}

/** The last line: how many problems of each severity in how much, or that nothing was checked. */
function summaryLine(result: AnalysisResult, findings: readonly Finding[], paint: Paint): string {
  const { summary } = result;
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const total = findings.length;
  const scanned = `${summary.files} file${summary.files === 1 ? '' : 's'}, ${summary.resources} resource${summary.resources === 1 ? '' : 's'}`;
  if (total === 0 && summary.resources === 0) {
    // Files were found, but none held an object to check: never a green pass.
    return paint('yellow', `⚠ nothing checked: ${nothingChecked(summary.files, result.skippedFiles.length)}`);
  }
  if (total === 0) return paint('green', `✔ no problems`) + ` (${scanned} checked)`;
  const text = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.notice} notice${counts.notice === 1 ? '' : 's'}) in ${scanned}`;
  return paint(counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue', text);
}

/** The skipped files and why, the first `max` of them by name. */
function skippedLines(skipped: AnalysisResult['skippedFiles'], max: number, paint: Paint): string[] {
  if (skipped.length === 0) return [];
  const out = [paint('gray', `${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped:`)];
  for (const s of skipped.slice(0, max))
    out.push(paint('gray', `  ${sanitize(s.file)}: ${sanitize(s.reason)}`));
  if (skipped.length > max) {
    out.push(paint('gray', `  ... and ${skipped.length - max} more (--format json lists them all)`));
  }
  return out;
}

/** Why a run checked no resource, in one sentence (also the Action's job summary). */
export function nothingChecked(files: number, skipped: number): string {
  if (files === 0) return 'no manifest file was found.';
  return (
    `${files} file${files === 1 ? ' was' : 's were'} found, but none holds a Kubernetes object kube-pairing can read` +
    (skipped > 0
      ? ` (${skipped} skipped, listed below: render templates first, e.g. \`helm template\` or \`kustomize build\`).`
      : '.')
  );
}

/** Code frames show at most this many characters of a line: a window around the finding's column. */
const FRAME_WIDTH = 100;
/** How far left of the column the window starts, when the line is cut. */
const FRAME_LEAD = 30;

/**
 * The part of every line of a frame to show: all of it when the finding's line fits, else a window of
 * FRAME_WIDTH characters around the column (the same for the context lines, so that columns line up),
 * as eslint's code frame does. A one-line JSON List of megabytes prints a few hundred characters a finding.
 */
function frameWindow(lineLength: number, column: number): { start: number; end: number } {
  if (lineLength <= FRAME_WIDTH) return { start: 0, end: FRAME_WIDTH };
  const start = Math.max(0, Math.min(column - 1 - FRAME_LEAD, lineLength - FRAME_WIDTH));
  return { start, end: start + FRAME_WIDTH };
}

/** The finding's line and `context` lines around it, with a gutter of line numbers and `^` under the finding. */
function codeFrame(source: SourceFile, f: Finding, context: number, paint: Paint): string[] {
  const first = Math.max(1, f.line - context);
  const last = Math.min(source.lineCount, f.line + context);
  const width = String(last).length;
  const window = frameWindow(source.lineText(f.line).length, f.column);
  const cut = (raw: string): string => {
    if (window.start === 0 && raw.length <= window.end) return raw;
    const before = window.start > 0 ? '…' : '';
    const after = raw.length > window.end ? '…' : '';
    return `${before}${raw.slice(window.start, window.end)}${after}`;
  };
  const lines: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = sanitize(cut(source.lineText(n)).replace(/\t/g, ' '));
    const gutter = `${n === f.line ? '>' : ' '} ${String(n).padStart(width)} |`;
    lines.push(`    ${n === f.line ? paint('red', gutter) : paint('gray', gutter)} ${text}`);
    if (n === f.line) {
      const lineEnd = source.lineText(n).length + 1;
      const end = Math.min(f.endLine === f.line ? f.endColumn : lineEnd, window.end + 1);
      const from = Math.max(f.column, window.start + 1);
      const marks = '^'.repeat(Math.max(1, end - from));
      const indent = from - 1 - window.start + (window.start > 0 ? 1 : 0);
      lines.push(
        `    ${paint('gray', `  ${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, indent))}${paint('red', marks)}`,
      );
    }
  }
  return lines;
}
