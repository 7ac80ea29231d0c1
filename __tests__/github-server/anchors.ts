// Where a review comment lands in the diff, or why GitHub refuses it. The same rules serve
// `POST /pulls/{n}/reviews` (comments[]) and `POST /pulls/{n}/comments`; only the error wording differs.
import { diffHunkUpTo, findLine, lineAtPosition, sideAndLine, type Side } from './hunks.js';
import type { PullRequest } from './state.js';

export interface AnchorRequest {
  path?: unknown;
  line?: unknown;
  side?: unknown;
  start_line?: unknown;
  start_side?: unknown;
  position?: unknown;
}

export interface Anchor {
  line: number;
  side: Side;
  startLine: number | null;
  startSide: Side | null;
  position: number;
  diffHunk: string;
}

export type AnchorProblem =
  | 'path-not-in-diff'
  | 'line-not-in-diff'
  | 'line-missing'
  | 'side-invalid'
  | 'start-line-not-before-line'
  | 'start-line-outside-hunk';

export function resolveAnchor(
  pull: PullRequest,
  request: AnchorRequest,
): Anchor | { problem: AnchorProblem } {
  const file = pull.files.find((f) => f.filename === request.path);
  if (!file) return { problem: 'path-not-in-diff' };
  // A file without a patch (binary, too large) has no lines a comment can anchor to.
  const patch = pull.patches.get(file.filename);

  if (request.line === undefined && typeof request.position === 'number') {
    const at = patch && lineAtPosition(patch, request.position);
    if (!patch || !at) return { problem: 'line-not-in-diff' };
    const { side, line } = sideAndLine(at);
    return {
      line,
      side,
      startLine: null,
      startSide: null,
      position: at.position,
      diffHunk: diffHunkUpTo(patch, at),
    };
  }
  if (typeof request.line !== 'number') return { problem: 'line-missing' };

  const side = request.side ?? 'RIGHT';
  if (side !== 'LEFT' && side !== 'RIGHT') return { problem: 'side-invalid' };
  const end = patch && findLine(patch, side, request.line);
  if (!patch || !end) return { problem: 'line-not-in-diff' };

  let startLine: number | null = null;
  let startSide: Side | null = null;
  if (request.start_line !== undefined && request.start_line !== null) {
    const fromSide = request.start_side ?? side;
    if (fromSide !== 'LEFT' && fromSide !== 'RIGHT') return { problem: 'side-invalid' };
    if (typeof request.start_line !== 'number') return { problem: 'start-line-outside-hunk' };
    // GitHub refuses start_line == line instead of treating it as a one-line comment.
    if (request.start_line === request.line && fromSide === side)
      return { problem: 'start-line-not-before-line' };
    const start = findLine(patch, fromSide, request.start_line);
    if (!start || start.hunk !== end.hunk) return { problem: 'start-line-outside-hunk' };
    if (start.position >= end.position) return { problem: 'start-line-not-before-line' };
    startLine = request.start_line;
    startSide = fromSide;
  }
  return {
    line: request.line,
    side,
    startLine,
    startSide,
    position: end.position,
    diffHunk: diffHunkUpTo(patch, end),
  };
}

/** Wording of `POST /pulls/{n}/reviews` (422 "Unprocessable Entity", `errors: [string]`). */
export const REVIEW_MESSAGES: Record<AnchorProblem, string> = {
  'path-not-in-diff': 'Path could not be resolved',
  'line-not-in-diff': 'Line could not be resolved',
  'line-missing': 'Line could not be resolved',
  'side-invalid': 'Pull request review thread side must be LEFT or RIGHT',
  'start-line-not-before-line': 'Pull request review thread start line must precede the end line.',
  'start-line-outside-hunk':
    'Pull request review thread start line must be part of the same hunk as the line.',
};

/** Wording of `POST /pulls/{n}/comments` (422 "Validation Failed", one object per field). */
export const COMMENT_FIELD_ERRORS: Record<AnchorProblem, { field: string; code: string; message: string }> = {
  'path-not-in-diff': {
    field: 'pull_request_review_thread.path',
    code: 'custom',
    message: 'could not be resolved',
  },
  'line-not-in-diff': {
    field: 'pull_request_review_thread.line',
    code: 'custom',
    message: 'could not be resolved',
  },
  'line-missing': { field: 'pull_request_review_thread.line', code: 'missing_field', message: 'is missing' },
  'side-invalid': {
    field: 'pull_request_review_thread.side',
    code: 'invalid',
    message: 'must be LEFT or RIGHT',
  },
  'start-line-not-before-line': {
    field: 'pull_request_review_thread.start_line',
    code: 'custom',
    message: 'must precede the end line.',
  },
  'start-line-outside-hunk': {
    field: 'pull_request_review_thread.start_line',
    code: 'custom',
    message: 'must be part of the same hunk as the line.',
  },
};
