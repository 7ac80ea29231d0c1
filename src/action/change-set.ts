import type { ChangedFile, FileDiff, Side } from './diff.js';
import { patchMatchesNewText, rangeChanged } from './diff.js';

/**
 * What the triggering event changed. `files` undefined means the whole repository counts as changed
 * (workflow_dispatch, schedule, a new branch, or history we could not diff).
 */
export interface ChangeSet {
  files?: Map<string, ChangedFile>;
  /** Where the changed lines came from, for the summary: e.g. "pull request #12 (GitHub API)". */
  description: string;
  /** Limits the user should know of (missing patches, truncated listing): each one sentence. */
  warnings: string[];
}

export function changeSetOf(
  files: readonly ChangedFile[] | undefined,
  description: string,
  warnings: string[] = [],
): ChangeSet {
  if (files === undefined) return { description, warnings };
  const map = new Map<string, ChangedFile>();
  for (const file of files) map.set(file.path, file);
  return { files: map, description, warnings };
}

/** A changed file as it exists in the head commit (not removed). */
export function headFile(changes: ChangeSet, path: string): ChangedFile | undefined {
  const file = changes.files?.get(path);
  return file && file.status !== 'removed' && file.status !== 'unchanged' ? file : undefined;
}

/** Whether head lines `line..endLine` of `path` changed; a file without line information counts whole. */
export function linesChanged(changes: ChangeSet, path: string, line: number, endLine: number): boolean {
  if (!changes.files) return true;
  const file = headFile(changes, path);
  if (!file) return false;
  return file.diff === undefined || rangeChanged(file.diff, line, endLine);
}

export function fileChanged(changes: ChangeSet, path: string): boolean {
  return !changes.files || headFile(changes, path) !== undefined;
}

/** The diff a review comment on `path` is checked against; undefined when GitHub cannot anchor one there. */
export function diffOf(changes: ChangeSet, path: string): FileDiff | undefined {
  const file = changes.files?.get(path);
  return file?.commentable === false ? undefined : file?.diff;
}

/** Whether a review comment may sit on `line` of `path` on `side`. */
export function isCommentable(changes: ChangeSet, path: string, side: Side, line: number): boolean {
  return diffOf(changes, path)?.commentable[side].has(line) ?? false;
}

/** Files whose patch does not describe the checkout's text (merge commit after the base moved). */
export function unreliableFiles(changes: ChangeSet, headTexts: ReadonlyMap<string, string>): Set<string> {
  const files = new Set<string>();
  for (const file of changes.files?.values() ?? []) {
    const text = headTexts.get(file.path);
    if (file.diff && text !== undefined && file.status !== 'removed' && !patchMatchesNewText(file.diff, text))
      files.add(file.path);
  }
  return files;
}
