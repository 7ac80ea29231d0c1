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

/** ESLint/tsc-like report: findings grouped by file, each with a short code frame and its rule id. */
export function formatText(
  result: AnalysisResult,
  findings: readonly Finding[],
  options: TextOptions,
): string {
  const paint = (style: Style, text: string): string =>
    options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
  const sources = new Map<string, SourceFile>(result.index.files.map((f) => [f.file.path, f.file]));
  const out: string[] = [];

  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, list] of byFile) {
    out.push(paint('underline', sanitize(file)));
    for (const f of list) {
      const [label, style] = LABEL[f.severity];
      out.push(
        `  ${paint('gray', `${f.line}:${f.column}`)}  ${paint(style, label)}  ${sanitize(f.message)}  ${paint('gray', f.rule)}`,
      );
      const source = sources.get(f.file);
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
    }
    out.push('');
  }

  const { summary } = result;
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const total = findings.length;
  const scanned = `${summary.files} file${summary.files === 1 ? '' : 's'}, ${summary.resources} resource${summary.resources === 1 ? '' : 's'}`;
  if (total === 0 && summary.resources === 0) {
    // Files were found, but none held an object to check: never a green pass.
    out.push(
      paint('yellow', `⚠ nothing checked: ${nothingChecked(summary.files, result.skippedFiles.length)}`),
    );
  } else if (total === 0) {
    out.push(paint('green', `✔ no problems`) + ` (${scanned} checked)`);
  } else {
    const text = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.notice} notice${counts.notice === 1 ? '' : 's'}) in ${scanned}`;
    out.push(paint(counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue', text));
  }
  if (result.skippedFiles.length > 0) {
    const max = options.maxSkippedListed ?? 10;
    out.push(
      paint(
        'gray',
        `${result.skippedFiles.length} file${result.skippedFiles.length === 1 ? '' : 's'} skipped:`,
      ),
    );
    for (const s of result.skippedFiles.slice(0, max))
      out.push(paint('gray', `  ${sanitize(s.file)}: ${sanitize(s.reason)}`));
    if (result.skippedFiles.length > max) {
      out.push(
        paint('gray', `  ... and ${result.skippedFiles.length - max} more (--format json lists them all)`),
      );
    }
  }
  // In a CI log, no line may read as a workflow command (`::error::` or `##[error]`).
  return neutralizeWorkflowCommands(`${out.join('\n')}\n`);
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

function codeFrame(
  source: SourceFile,
  f: Finding,
  context: number,
  paint: (style: Style, text: string) => string,
): string[] {
  const first = Math.max(1, f.line - context);
  const last = Math.min(source.lineCount, f.line + context);
  const width = String(last).length;
  const lines: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = sanitize(source.lineText(n).replace(/\t/g, ' '));
    const gutter = `${n === f.line ? '>' : ' '} ${String(n).padStart(width)} |`;
    lines.push(`    ${n === f.line ? paint('red', gutter) : paint('gray', gutter)} ${text}`);
    if (n === f.line) {
      const end = f.endLine === f.line ? f.endColumn : source.lineText(n).length + 1;
      const marks = '^'.repeat(Math.max(1, end - f.column));
      lines.push(
        `    ${paint('gray', `  ${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, f.column - 1))}${paint('red', marks)}`,
      );
    }
  }
  return lines;
}
