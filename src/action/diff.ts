/**
 * Unified-diff parsing: GitHub's per-file `patch` (hunks only) and `git diff` output (with headers),
 * turned into what the Action needs per file: the changed lines on each side, the lines a review
 * comment may sit on, and the hunks (a multi-line comment must stay inside one).
 */

export type Side = 'LEFT' | 'RIGHT';

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface DiffLine {
  kind: 'context' | 'add' | 'delete';
  /** Line number in the old file (context and deleted lines). */
  oldLine?: number;
  /** Line number in the new file (context and added lines). */
  newLine?: number;
  text: string;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: DiffLine[];
}

export interface FileDiff {
  hunks: Hunk[];
  /** New-file lines that were added. */
  added: Set<number>;
  /** Old-file lines that were deleted. */
  deleted: Set<number>;
  /**
   * Places where old lines were deleted, as the new-file line just before them (0 = before line 1):
   * a region spanning such a point had part of its text removed.
   */
  deletionPoints: number[];
  /** Hunk index of every line a review comment may sit on, per side (changed and context lines). */
  commentable: Record<Side, Map<number, number>>;
}

export interface ChangedFile {
  /** Path in the head commit (for a removed file: the path it had). */
  path: string;
  /** The old path of a renamed or copied file. */
  previousPath?: string;
  status: FileStatus;
  /** Line information; undefined when there is none (binary file, or a diff too large for a patch). */
  diff?: FileDiff;
  /**
   * False when GitHub sent no patch for the file (the lines came from `git diff`): GitHub cannot
   * anchor review comments there, so findings in it go to the review body.
   */
  commentable?: boolean;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export class PatchError extends Error {}

/** Parses hunks (`@@ -a,b +c,d @@` and the lines after them); text before the first hunk is ignored. */
export function parsePatch(patch: string): FileDiff {
  const lines = patch.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const hunks: Hunk[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = HUNK_HEADER.exec(lines[i] as string);
    if (!header) {
      i++;
      continue;
    }
    const hunk: Hunk = {
      oldStart: Number(header[1]),
      oldLines: header[2] === undefined ? 1 : Number(header[2]),
      newStart: Number(header[3]),
      newLines: header[4] === undefined ? 1 : Number(header[4]),
      lines: [],
    };
    i++;
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    let oldLeft = hunk.oldLines;
    let newLeft = hunk.newLines;
    while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
      const line = (lines[i] as string).replace(/\r$/, '');
      const marker = line[0];
      if (marker === '\\') {
        i++; // "\ No newline at end of file"
        continue;
      }
      if (marker === '+' && newLeft > 0) {
        hunk.lines.push({ kind: 'add', newLine: newLine++, text: line.slice(1) });
        newLeft--;
      } else if (marker === '-' && oldLeft > 0) {
        hunk.lines.push({ kind: 'delete', oldLine: oldLine++, text: line.slice(1) });
        oldLeft--;
      } else if ((marker === ' ' || line === '') && oldLeft > 0 && newLeft > 0) {
        // An empty line is a context line whose leading space was trimmed by some tool.
        hunk.lines.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++, text: line.slice(1) });
        oldLeft--;
        newLeft--;
      } else if (HUNK_HEADER.test(line)) {
        throw new PatchError(
          `hunk at line ${hunk.oldStart} ends early: ${oldLeft} old and ${newLeft} new lines missing`,
        );
      } else {
        throw new PatchError(
          `unexpected line in hunk starting at +${hunk.newStart}: ${JSON.stringify(line.slice(0, 40))}`,
        );
      }
      i++;
    }
    if (oldLeft > 0 || newLeft > 0) throw new PatchError(`truncated hunk starting at +${hunk.newStart}`);
    while (i < lines.length && (lines[i] as string).startsWith('\\')) i++;
    hunks.push(hunk);
  }
  return fileDiffOf(hunks);
}

export function fileDiffOf(hunks: Hunk[]): FileDiff {
  const added = new Set<number>();
  const deleted = new Set<number>();
  const deletionPoints: number[] = [];
  const commentable: Record<Side, Map<number, number>> = { LEFT: new Map(), RIGHT: new Map() };
  hunks.forEach((hunk, index) => {
    // A hunk with no new lines (`+4,0`) sits after new line 4; otherwise it starts at newStart.
    let lastNew = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1;
    let pointOpen = false;
    for (const line of hunk.lines) {
      if (line.newLine !== undefined) commentable.RIGHT.set(line.newLine, index);
      if (line.oldLine !== undefined) commentable.LEFT.set(line.oldLine, index);
      if (line.kind === 'add') added.add(line.newLine as number);
      if (line.kind === 'delete') {
        deleted.add(line.oldLine as number);
        if (!pointOpen) deletionPoints.push(lastNew);
        pointOpen = true;
      } else {
        pointOpen = false;
        if (line.newLine !== undefined) lastNew = line.newLine;
      }
    }
  });
  return { hunks, added, deleted, deletionPoints, commentable };
}

/** Every line of a new file counts as added (used when a file is known to be new but has no patch). */
export function wholeFileAdded(lineCount: number): FileDiff {
  const lines: DiffLine[] = Array.from({ length: lineCount }, (_, i) => ({
    kind: 'add' as const,
    newLine: i + 1,
    text: '',
  }));
  return fileDiffOf([{ oldStart: 0, oldLines: 0, newStart: 1, newLines: lineCount, lines }]);
}

/**
 * Whether the new-file lines `line..endLine` were changed: a line in the range was added, or text
 * inside the range was deleted (a deletion point strictly inside it).
 */
export function rangeChanged(diff: FileDiff, line: number, endLine: number): boolean {
  for (let l = line; l <= endLine; l++) if (diff.added.has(l)) return true;
  return diff.deletionPoints.some((p) => p >= line && p < endLine);
}

/** The hunk index when every line of `start..end` on `side` is commentable and in one hunk. */
export function hunkOfRange(diff: FileDiff, side: Side, start: number, end: number): number | undefined {
  const lines = diff.commentable[side];
  const hunk = lines.get(start);
  if (hunk === undefined) return undefined;
  for (let l = start + 1; l <= end; l++) if (lines.get(l) !== hunk) return undefined;
  return hunk;
}

/**
 * Checks that the patch describes `newText` (its context and added lines are where the patch says):
 * when the checkout is not the commit GitHub diffed (e.g. the merge commit after the base moved),
 * line numbers from the patch would point at the wrong text.
 */
export function patchMatchesNewText(diff: FileDiff, newText: string): boolean {
  const newLines = splitLines(newText);
  for (const hunk of diff.hunks) {
    for (const line of hunk.lines) {
      if (line.newLine === undefined) continue;
      if (newLines[line.newLine - 1] !== line.text) return false;
    }
  }
  return true;
}

/**
 * Rebuilds the old text from the new text and the patch (the patch applied in reverse). Returns
 * undefined when the patch does not match the new text. Line breaks come out as `\n`.
 */
export function reverseApply(diff: FileDiff, newText: string): string | undefined {
  if (!patchMatchesNewText(diff, newText)) return undefined;
  const newLines = newText === '' ? [] : splitLines(newText);
  const out: string[] = [];
  let next = 1; // next new-file line not yet copied
  for (const hunk of diff.hunks) {
    const firstNew = hunk.newLines === 0 ? hunk.newStart + 1 : hunk.newStart;
    while (next < firstNew && next <= newLines.length) out.push(newLines[next++ - 1] as string);
    for (const line of hunk.lines) {
      if (line.kind === 'context') {
        out.push(line.text);
        next = (line.newLine as number) + 1;
      } else if (line.kind === 'delete') {
        out.push(line.text);
      } else {
        next = (line.newLine as number) + 1;
      }
    }
  }
  while (next <= newLines.length) out.push(newLines[next++ - 1] as string);
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Lines without their breaks; a final line break does not start another line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Parses the output of `git diff --no-color --src-prefix=a/ --dst-prefix=b/ [-M]`: one entry per file,
 * with renames, additions, deletions and binary files (no line information).
 */
export function parseGitDiff(output: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  const sections = output.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
  for (const section of sections) {
    const headerEnd = section.search(/^@@ /m);
    const header = headerEnd === -1 ? section : section.slice(0, headerEnd);
    const headerLines = header.split('\n');
    let oldPath: string | undefined;
    let newPath: string | undefined;
    let status: FileStatus = 'modified';
    let binary = false;
    for (const line of headerLines) {
      if (line.startsWith('new file mode')) status = 'added';
      else if (line.startsWith('deleted file mode')) status = 'removed';
      else if (line.startsWith('rename from ')) {
        oldPath = unquoteGitPath(line.slice('rename from '.length));
        status = 'renamed';
      } else if (line.startsWith('rename to ')) newPath = unquoteGitPath(line.slice('rename to '.length));
      else if (line.startsWith('copy from ')) {
        oldPath = unquoteGitPath(line.slice('copy from '.length));
        status = 'copied';
      } else if (line.startsWith('copy to ')) newPath = unquoteGitPath(line.slice('copy to '.length));
      else if (line.startsWith('--- ')) {
        const p = line.slice(4);
        if (p !== '/dev/null') oldPath ??= stripPrefix(unquoteGitPath(p), 'a/');
      } else if (line.startsWith('+++ ')) {
        const p = line.slice(4);
        if (p !== '/dev/null') newPath ??= stripPrefix(unquoteGitPath(p), 'b/');
      } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') binary = true;
    }
    if (oldPath === undefined && newPath === undefined) {
      const paths = pathsOfDiffGitLine(headerLines[0] as string);
      oldPath = paths?.[0];
      newPath = paths?.[1];
    }
    const path = status === 'removed' ? (oldPath ?? newPath) : (newPath ?? oldPath);
    if (path === undefined) continue;
    const entry: ChangedFile = { path, status };
    if ((status === 'renamed' || status === 'copied') && oldPath !== undefined) entry.previousPath = oldPath;
    if (!binary) entry.diff = headerEnd === -1 ? fileDiffOf([]) : parsePatch(section.slice(headerEnd));
    files.push(entry);
  }
  return files;
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** `diff --git a/x b/x` for a file whose only change is its mode or a pure rename without ---/+++ lines. */
function pathsOfDiffGitLine(line: string): [string, string] | undefined {
  const rest = line.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*"|\S.*)$/.exec(rest);
    if (!m) return undefined;
    return [
      stripPrefix(unquoteGitPath(m[1] as string), 'a/'),
      stripPrefix(unquoteGitPath(m[2] as string), 'b/'),
    ];
  }
  // Unquoted: both halves are equal for a non-rename, so split in the middle at " b/".
  const half = (rest.length - 1) / 2;
  const a = rest.slice(0, half);
  const b = rest.slice(half + 1);
  if (a.startsWith('a/') && b.startsWith('b/') && a.slice(2) === b.slice(2)) return [a.slice(2), b.slice(2)];
  const at = rest.indexOf(' b/');
  return at === -1 ? undefined : [stripPrefix(rest.slice(0, at), 'a/'), rest.slice(at + 3)];
}

/** Git quotes paths with special characters C-style ("a/\303\244.yaml"); octal escapes are UTF-8 bytes. */
export function unquoteGitPath(text: string): string {
  const trimmed = text.replace(/\t$/, '');
  if (!trimmed.startsWith('"') || !trimmed.endsWith('"') || trimmed.length < 2) return trimmed;
  const body = trimmed.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] as string;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
