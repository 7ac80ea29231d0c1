import type { Finding } from '../engine/finding.js';
import { compareFindings, SEVERITY_RANK } from '../engine/finding.js';
import type { ChangeSet } from './change-set.js';
import { fileChanged, linesChanged } from './change-set.js';
import type { Side } from './diff.js';
import type { ReportScope } from './inputs.js';

/** A place in the pull request's diff where a finding caused by a deletion is commented. */
export interface DiffAnchor {
  /** The file as the pull request lists it (its head path, or the path it had when removed). */
  path: string;
  side: Side;
  line: number;
}

/** A finding the Action reports, with what the reporters need beyond the engine's data. */
export interface ScopedFinding {
  finding: Finding;
  /** Stable identity used in hidden markers: the fingerprint, plus `#n` when several findings share one. */
  key: string;
  /** Set when the finding is reported because of a change elsewhere (a deleted or renamed Service). */
  anchor?: DiffAnchor;
}

/** Keys for every finding of the analysis; the same finding gets the same key on every run. */
export function keyFindings(findings: readonly Finding[]): ScopedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const count = (seen.get(finding.fingerprint) ?? 0) + 1;
    seen.set(finding.fingerprint, count);
    return { finding, key: count === 1 ? finding.fingerprint : `${finding.fingerprint}#${count}` };
  });
}

/** Whether the finding or one of its related locations lies on a changed line / in a changed file. */
export function touchesChange(finding: Finding, changes: ChangeSet, report: ReportScope): boolean {
  if (report === 'all' || !changes.files) return true;
  const locations = [finding, ...finding.related];
  return locations.some((l) =>
    report === 'changed-files'
      ? fileChanged(changes, l.file)
      : linesChanged(changes, l.file, l.line, l.endLine),
  );
}

/**
 * The findings `report` allows: those touching the change, plus those the change caused elsewhere
 * (`caused`, e.g. Endpoints orphaned by a deleted Service), most severe first.
 */
export function selectReported(
  all: readonly ScopedFinding[],
  changes: ChangeSet,
  report: ReportScope,
  caused: readonly ScopedFinding[] = [],
): ScopedFinding[] {
  const byKey = new Map<string, ScopedFinding>();
  for (const f of all) if (touchesChange(f.finding, changes, report)) byKey.set(f.key, f);
  for (const f of caused) {
    const own = byKey.get(f.key);
    // A finding already on a changed line keeps its own anchor (it may carry a suggestion there).
    if (!own || !onChangedLine(own.finding, changes)) byKey.set(f.key, f);
  }
  return [...byKey.values()].sort(bySeverityThenPlace);
}

function onChangedLine(finding: Finding, changes: ChangeSet): boolean {
  return linesChanged(changes, finding.file, finding.line, finding.endLine);
}

export function bySeverityThenPlace(a: ScopedFinding, b: ScopedFinding): number {
  return (
    SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
    compareFindings(a.finding, b.finding)
  );
}

/** Where the reported findings come from, in words, for the summary. */
export function scopeText(report: ReportScope, changes: ChangeSet): string {
  if (!changes.files) return `in ${changes.description}`;
  if (report === 'all') return `in all checked files (report: all; changes from ${changes.description})`;
  if (report === 'changed-files') return `in the files changed by ${changes.description}`;
  return `on the lines changed by ${changes.description}`;
}
