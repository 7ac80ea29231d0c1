import type { Finding, Severity } from '../engine/finding.js';
import { neutralizeWorkflowCommands } from './github.js';

/**
 * GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues, the subset of the
 * Code Climate issue format GitLab reads (GitLab's documentation, "Code Quality report format"). GitLab
 * checks each issue with its schema app/validators/json_schemas/codeclimate.json and stops reading the
 * report at the first issue that fails it; the tests validate every issue against it.
 */

// A loose structural type: the schema, not TypeScript, is the contract (tests validate against it).
type Json = { [key: string]: unknown };

/**
 * GitLab's severities are info, minor, major, critical and blocker. An error maps to `major` and a warning to
 * `minor`, as eslint-formatter-gitlab maps ESLint's; a notice is `info`.
 */
export const GITLAB_SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = {
  error: 'major',
  warning: 'minor',
  notice: 'info',
};

/** The issues for `findings`, in their order. */
export function gitlabIssues(findings: readonly Finding[]): Json[] {
  // GitLab keeps one issue per fingerprint (the merge request widget and the report both collapse them): two
  // findings sharing one (two definitions of one object) are numbered, `#2` on, as the Action's markers are.
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const count = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, count);
    return {
      // `type` and `categories` are required by the Code Climate format, which GitLab's is a subset of.
      type: 'issue',
      check_name: f.rule,
      description: f.message,
      categories: ['Bug Risk'],
      severity: GITLAB_SEVERITY[f.severity],
      fingerprint: count === 1 ? f.fingerprint : `${f.fingerprint}#${count}`,
      location: { path: f.file, lines: { begin: f.line, end: f.endLine } },
    };
  });
}

/** The report as text (what `--format gitlab` prints): an array, `[]` when nothing is found. */
export function formatGitlab(findings: readonly Finding[]): string {
  // Printed to a step's log, the text must not read as a workflow command (JSON reads the escapes back).
  return neutralizeWorkflowCommands(`${JSON.stringify(gitlabIssues(findings), null, 2)}\n`);
}
