import type { AnalysisResult, Summary } from '../engine/analyze.js';
import { countBySeverity } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import { neutralizeWorkflowCommands } from './github.js';

/** The `--format json` document (INTERFACE.md); version 1 is a public schema. */
export interface JsonReport {
  version: 1;
  findings: Finding[];
  summary: Summary;
  skippedFiles: { file: string; reason: string }[];
}

/** Builds the report for `findings` (a subset of the analysis when scoped), counting only those. */
export function jsonReport(
  result: AnalysisResult,
  findings: readonly Finding[] = result.findings,
): JsonReport {
  return {
    version: 1,
    // `data` is the rule's inside: the message and its id are the public contract.
    findings: findings.map(({ data: _data, ...f }) => f),
    summary: { ...result.summary, ...countBySeverity(findings) },
    skippedFiles: result.skippedFiles,
  };
}

/** Printed to a step's log, the text must not read as a workflow command (JSON reads the escapes back). */
export const formatJson = (report: JsonReport): string =>
  neutralizeWorkflowCommands(`${JSON.stringify(report, null, 2)}\n`);
