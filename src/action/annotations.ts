/**
 * Which findings become workflow-command annotations, within the runner's caps: at most 10 errors,
 * 10 warnings and 10 notices per step (50 per job); most severe first, then one notice saying how
 * many more there are and where to read them. Also the Checks API form, 50 per request.
 */
import type { Finding, Severity } from '../engine/finding.js';
import { truncate } from './escape.js';
import type { ScopedFinding } from './scope.js';
import { bySeverityThenPlace } from './scope.js';

/** What the runner shows per level in one step. */
export const RUNNER_ANNOTATIONS_PER_LEVEL = 10;
/** The runner cuts annotation messages here. */
export const MAX_ANNOTATION_MESSAGE = 4096;
/** Annotations per Checks API request. */
export const CHECK_RUN_BATCH = 50;

export type AnnotationBudget = Record<Severity, number>;

export interface WorkflowAnnotation {
  level: Severity;
  message: string;
  properties: {
    title: string;
    file?: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
  };
}

export interface AnnotationSelection {
  annotations: WorkflowAnnotation[];
  /** How many findings did not fit. */
  omitted: number;
}

/**
 * @param budget slots left per level (10 minus what this step already used or will use, e.g. the
 *   `core.setFailed` error line)
 * @param whereElse where the omitted findings can be read, e.g. "the job summary and the review"
 */
export function selectAnnotations(
  findings: readonly ScopedFinding[],
  budget: AnnotationBudget,
  whereElse: string,
): AnnotationSelection {
  const sorted = [...findings].sort(bySeverityThenPlace);
  const fits = (slots: AnnotationBudget): Finding[] => {
    const used: AnnotationBudget = { error: 0, warning: 0, notice: 0 };
    const shown: Finding[] = [];
    for (const { finding } of sorted) {
      if (used[finding.severity] >= slots[finding.severity]) continue;
      used[finding.severity]++;
      shown.push(finding);
    }
    return shown;
  };
  let shown = fits(budget);
  const omitted = findings.length - shown.length;
  if (omitted === 0) return { annotations: shown.map(annotationOf), omitted: 0 };
  // The "N more" notice needs a notice slot of its own.
  shown = fits({ ...budget, notice: Math.max(0, budget.notice - 1) });
  const annotations = shown.map(annotationOf);
  const more = findings.length - shown.length;
  if (budget.notice > 0) {
    annotations.push({
      level: 'notice',
      message: `${more} more kube-pairing finding${more === 1 ? '' : 's'} not shown as annotations (the runner shows at most ${RUNNER_ANNOTATIONS_PER_LEVEL} per level in a step): see ${whereElse}.`,
      properties: { title: `kube-pairing: ${more} more finding${more === 1 ? '' : 's'}` },
    });
  }
  return { annotations, omitted: more };
}

export function annotationOf(finding: Finding): WorkflowAnnotation {
  const properties: WorkflowAnnotation['properties'] = {
    title: `kube-pairing: ${finding.rule}`,
    file: finding.file,
    startLine: Math.max(1, finding.line),
    endLine: Math.max(1, finding.endLine, finding.line),
  };
  // Columns only count on a one-line annotation; 0 is dropped by the runner.
  if (finding.line === finding.endLine && finding.column >= 1) {
    properties.startColumn = finding.column;
    properties.endColumn = Math.max(finding.column, finding.endColumn);
  }
  return {
    level: finding.severity,
    message: truncate(messageWithRelated(finding), MAX_ANNOTATION_MESSAGE),
    properties,
  };
}

function messageWithRelated(finding: Finding): string {
  if (finding.related.length === 0) return finding.message;
  const related = finding.related.map((r) => `${r.message} at ${r.file}:${r.line}`).join('; ');
  return `${finding.message} (related: ${related})`;
}

/** A Checks API annotation (POST/PATCH /check-runs `output.annotations[]`). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

const CHECK_LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

export function checkAnnotationOf(finding: Finding): CheckAnnotation {
  const annotation: CheckAnnotation = {
    path: finding.file,
    start_line: Math.max(1, finding.line),
    end_line: Math.max(1, finding.endLine, finding.line),
    annotation_level: CHECK_LEVEL[finding.severity],
    message: truncate(messageWithRelated(finding), 64_000),
    title: truncate(`${finding.rule}`, 255),
  };
  if (finding.line === finding.endLine && finding.column >= 1) {
    annotation.start_column = finding.column;
    annotation.end_column = Math.max(finding.column, finding.endColumn);
  }
  return annotation;
}

export function inBatches<T>(items: readonly T[], size = CHECK_RUN_BATCH): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
