import type { AnalysisResult } from '../engine/analyze.js';
import type { Finding, Region, Severity } from '../engine/finding.js';
import type { SourceFile } from '../engine/source.js';
import { HOMEPAGE, ruleDocsUrl } from '../version.js';
import { neutralizeWorkflowCommands } from './github.js';

/**
 * reviewdog's Diagnostic Format as one JSON document ("rdjson", a `DiagnosticResult`), for
 * `reviewdog -f=rdjson`: reviewdog then posts the findings on GitHub, GitLab, Bitbucket, Gerrit or Gitea.
 * The schema is reviewdog's proto/rdf/jsonschema/DiagnosticResult.json (the tests validate against it).
 */

export const RDJSON_SOURCE = { name: 'kube-pairing', url: HOMEPAGE } as const;

// A loose structural type: the schema, not TypeScript, is the contract (tests validate against it).
type Json = { [key: string]: unknown };

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = {
  error: 'ERROR',
  warning: 'WARNING',
  notice: 'INFO',
};

/** The `DiagnosticResult` for `findings` (a subset of the analysis when scoped or `--quiet`). */
export function rdjsonResult(result: AnalysisResult, findings: readonly Finding[] = result.findings): Json {
  const sources = new Map<string, SourceFile>(result.index.files.map((p) => [p.file.path, p.file]));
  return {
    source: { ...RDJSON_SOURCE },
    diagnostics: findings.map((f) => diagnostic(f, sources)),
  };
}

/** The document as text (what `--format rdjson` prints). */
export function formatRdjson(result: AnalysisResult, findings: readonly Finding[] = result.findings): string {
  // Printed to a step's log, the text must not read as a workflow command (JSON reads the escapes back).
  return neutralizeWorkflowCommands(`${JSON.stringify(rdjsonResult(result, findings), null, 2)}\n`);
}

function diagnostic(f: Finding, sources: ReadonlyMap<string, SourceFile>): Json {
  const out: Json = {
    message: f.message,
    location: location(f.file, f, sources.get(f.file)),
    severity: SEVERITY[f.severity],
    code: { value: f.rule, url: ruleDocsUrl(f.rule) },
  };
  if (f.fix) {
    // Whole lines: a range with no column is line-wise (start to end line, both included), the form reviewdog
    // turns into a GitHub suggestion block; the text carries no final line break, as our fixes do not.
    out.suggestions = [
      { range: { start: { line: f.fix.line }, end: { line: f.fix.endLine } }, text: f.fix.replacement },
    ];
  }
  if (f.related.length > 0) {
    out.related_locations = f.related.map((r) => ({
      message: r.message,
      location: location(r.file, r, sources.get(r.file)),
    }));
  }
  return out;
}

function location(path: string, region: Region, source: SourceFile | undefined): Json {
  return {
    path,
    range: {
      start: position(region.line, region.column, source),
      end: position(region.endLine, region.endColumn, source),
    },
  };
}

/**
 * rdjson columns count UTF-8 bytes (DiagnosticResult.json: "Column number, starting at 1 (byte count in
 * UTF-8)"), where ours count UTF-16 code units: converted with the line's text. They are the same on ASCII
 * lines; without the text at hand (a file the analysis did not read), the column is left as it is.
 */
function position(line: number, column: number, source: SourceFile | undefined): Json {
  if (!source || line > source.lineCount) return { line, column };
  const text = source.lineText(line);
  const before = Math.max(0, column - 1);
  const bytes = Buffer.byteLength(text.slice(0, before), 'utf8') + Math.max(0, before - text.length);
  return { line, column: bytes + 1 };
}
