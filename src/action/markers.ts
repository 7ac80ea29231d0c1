/**
 * Hidden markers that let a re-run recognise what earlier runs posted. They hold finding keys
 * (fingerprints: rule, file, resource identity, field path), never line numbers. Anyone who can
 * comment can paste one, so a marker only counts in a comment or review written by the Action's own
 * account: `src/github/identity.ts` decides that before these parsers see a body.
 */

export interface CommentMarker {
  key: string;
  /** Hash of what the comment says, to know when it needs an update. */
  content: string;
  resolved: boolean;
}

const COMMENT_MARKER =
  /<!-- kube-pairing:comment key=([0-9a-f]+(?:#\d+)?) content=([0-9a-f]+)( resolved)? -->/;
const REVIEW_MARKER = /<!-- kube-pairing:review listed=([0-9a-f#,]*) -->/;

export function commentMarker(marker: CommentMarker): string {
  return `<!-- kube-pairing:comment key=${marker.key} content=${marker.content}${marker.resolved ? ' resolved' : ''} -->`;
}

/** The comment marker in a body, or undefined for a body without one (whoever wrote it: see above). */
export function parseCommentMarker(body: string | null | undefined): CommentMarker | undefined {
  const match = COMMENT_MARKER.exec(body ?? '');
  if (!match) return undefined;
  return { key: match[1] as string, content: match[2] as string, resolved: match[3] !== undefined };
}

/** Our review bodies list the keys of the findings they hold (those not commented inline). */
export function reviewMarker(keys: readonly string[]): string {
  return `<!-- kube-pairing:review listed=${keys.join(',')} -->`;
}

/** Keys listed by a review body's marker; undefined for a body without one (whoever wrote it: see above). */
export function parseReviewMarker(body: string | null | undefined): string[] | undefined {
  const match = REVIEW_MARKER.exec(body ?? '');
  if (!match) return undefined;
  return (match[1] as string).split(',').filter((k) => k !== '');
}

/** Marks one posting attempt, so that after a 5xx the Action can tell whether GitHub stored the review anyway. */
export function postMarker(nonce: string): string {
  return `<!-- kube-pairing:post id=${nonce} -->`;
}
