// Reads the `patch` of a pull-request file the way GitHub anchors review comments on it:
// RIGHT side = added and context lines numbered from the hunk's `+c`, LEFT side = removed and context
// lines numbered from `-a`; `position` counts patch lines from the first `@@` header (which is 0).

export type Side = 'LEFT' | 'RIGHT';

export interface PatchLine {
  kind: 'header' | 'context' | 'added' | 'removed' | 'no-newline';
  /** Index in the patch; the first `@@` header is 0, so the line below it is position 1. */
  position: number;
  hunk: number;
  oldLine?: number;
  newLine?: number;
}

export interface ParsedPatch {
  text: string[];
  lines: PatchLine[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parsePatch(patch: string): ParsedPatch {
  const text = patch.split('\n');
  const lines: PatchLine[] = [];
  let hunk = -1;
  let oldLine = 0;
  let newLine = 0;
  text.forEach((raw, position) => {
    const header = HUNK_HEADER.exec(raw);
    if (header) {
      hunk++;
      oldLine = Number(header[1]);
      newLine = Number(header[3]);
      lines.push({ kind: 'header', position, hunk });
      return;
    }
    if (hunk < 0) throw new Error(`patch does not start with a hunk header: ${JSON.stringify(raw)}`);
    if (raw.startsWith('+')) lines.push({ kind: 'added', position, hunk, newLine: newLine++ });
    else if (raw.startsWith('-')) lines.push({ kind: 'removed', position, hunk, oldLine: oldLine++ });
    else if (raw.startsWith('\\')) lines.push({ kind: 'no-newline', position, hunk });
    else lines.push({ kind: 'context', position, hunk, oldLine: oldLine++, newLine: newLine++ });
  });
  return { text, lines };
}

/** The patch line a review comment on `side`/`line` anchors to, if the diff shows that line. */
export function findLine(parsed: ParsedPatch, side: Side, line: number): PatchLine | undefined {
  return parsed.lines.find((l) =>
    side === 'RIGHT'
      ? (l.kind === 'added' || l.kind === 'context') && l.newLine === line
      : (l.kind === 'removed' || l.kind === 'context') && l.oldLine === line,
  );
}

/** Resolves the deprecated `position` parameter to a patch line that can carry a comment. */
export function lineAtPosition(parsed: ParsedPatch, position: number): PatchLine | undefined {
  const line = parsed.lines[position];
  return line && (line.kind === 'added' || line.kind === 'removed' || line.kind === 'context')
    ? line
    : undefined;
}

/** The side and line number GitHub reports for a patch line (RIGHT unless the line was removed). */
export function sideAndLine(line: PatchLine): { side: Side; line: number } {
  return line.kind === 'removed'
    ? { side: 'LEFT', line: line.oldLine ?? 0 }
    : { side: 'RIGHT', line: line.newLine ?? 0 };
}

/** GitHub's `diff_hunk` for a comment: the hunk from its `@@` header down to the commented line. */
export function diffHunkUpTo(parsed: ParsedPatch, line: PatchLine): string {
  const header = parsed.lines.find((l) => l.kind === 'header' && l.hunk === line.hunk);
  return parsed.text.slice(header?.position ?? 0, line.position + 1).join('\n');
}

/** Every line a comment may anchor to, per side — what a client should compute before posting. */
export function commentableLines(patch: string): Record<Side, Set<number>> {
  const result: Record<Side, Set<number>> = { LEFT: new Set(), RIGHT: new Set() };
  for (const l of parsePatch(patch).lines) {
    if (l.newLine !== undefined) result.RIGHT.add(l.newLine);
    if (l.oldLine !== undefined) result.LEFT.add(l.oldLine);
  }
  return result;
}
