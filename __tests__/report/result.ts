/**
 * Reporter inputs built by hand: the reporters read only the findings, the summary, the skipped files and
 * the source text of each file (`index.files[].file`), so their tests need no rule and no parser, and do
 * not change when a rule's wording does.
 */
import type { AnalysisResult, SkippedFile, Summary } from '../../src/engine/analyze.js';
import type { Finding } from '../../src/engine/finding.js';
import type { ResourceIndex } from '../../src/engine/resource-index.js';
import { SourceFile } from '../../src/engine/source.js';

export function resultOf(
  sources: Record<string, string>,
  findings: Finding[],
  more: { summary?: Partial<Summary>; skippedFiles?: SkippedFile[]; suppressed?: Finding[] } = {},
): AnalysisResult {
  const files = Object.entries(sources).map(([file, text]) => ({ file: new SourceFile(file, text) }));
  return {
    findings,
    suppressed: more.suppressed ?? [],
    summary: {
      files: files.length,
      resources: 1,
      skipped: more.skippedFiles?.length ?? 0,
      suppressed: more.suppressed?.length ?? 0,
      errors: 0,
      warnings: 0,
      notices: 0,
      ...more.summary,
    },
    skippedFiles: more.skippedFiles ?? [],
    index: { files } as unknown as ResourceIndex,
  };
}

/** A finding with every optional part left out, on one line. */
export function finding(over: Partial<Finding> & Pick<Finding, 'file' | 'line' | 'column'>): Finding {
  return {
    rule: 'endpoints-without-service',
    severity: 'error',
    message: 'a message',
    endLine: over.line,
    endColumn: over.column + 1,
    related: [],
    fingerprint: `fp-${over.file}-${over.line}-${over.column}`,
    ...over,
  };
}
