/**
 * The pull request review, planned without any API call: which findings get an inline comment (on a
 * line checked against the diff's hunks), which go to the review body, which earlier comments are
 * kept, updated or marked fixed. `src/github/review.ts` carries the plan out.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../engine/finding.js';
import { ruleDocsUrl } from '../version.js';
import type { ChangeSet } from './change-set.js';
import { diffOf, isCommentable } from './change-set.js';
import type { Side } from './diff.js';
import { hunkOfRange } from './diff.js';
import { codeSpan, fenceFor, markdownText } from './escape.js';
import type { LinkContext } from './links.js';
import { blobUrl } from './links.js';
import { commentMarker, parseCommentMarker, parseReviewMarker, reviewMarker } from './markers.js';
import type { ScopedFinding } from './scope.js';

/** Longest own region commented as a multi-line range; longer ones get their first line. */
const MAX_RANGE_LINES = 20;
/** GitHub's limit for a comment or review body is 65536 characters; keep a margin. */
export const MAX_BODY_CHARS = 60_000;

export interface CommentAnchor {
  path: string;
  side: Side;
  line: number;
  /** First line of a multi-line range (same side, same hunk), below `line`. */
  startLine?: number;
  /** The anchor is exactly the fix's lines in the finding's own file: a suggestion block applies. */
  suggestion: boolean;
  /** The comment sits on the finding's own location (else on a related location or a deletion). */
  own: boolean;
}

/** A review comment as `POST /pulls/{n}/reviews` takes it in `comments[]`. */
export interface ReviewCommentDraft {
  path: string;
  line: number;
  side: Side;
  start_line?: number;
  start_side?: Side;
  body: string;
}

export interface ExistingComment {
  id: number;
  body: string;
  path: string;
  /** null when GitHub considers the comment outdated. */
  line: number | null;
  startLine: number | null;
  side: Side | null;
}

export interface ExistingReview {
  id: number;
  body: string | null;
}

export interface ReviewInput {
  /** Reported findings, most severe first. */
  findings: readonly ScopedFinding[];
  /** Keys of every finding the head commit still has (reported or not). */
  currentKeys: ReadonlySet<string>;
  changes: ChangeSet;
  /** Files whose patch does not match the checkout: their line numbers cannot be trusted. */
  unreliableFiles: ReadonlySet<string>;
  existingComments: readonly ExistingComment[];
  existingReviews: readonly ExistingReview[];
  maxComments: number;
  links: LinkContext;
}

export interface PlannedComment {
  finding: ScopedFinding;
  draft: ReviewCommentDraft;
}

export interface ReviewPlan {
  comments: PlannedComment[];
  /** New findings for the review body (no valid anchor, or beyond max-comments). */
  listed: ScopedFinding[];
  /** The review body; undefined when there is nothing new to post. */
  body?: string;
  /** How many of `listed` fit in the body (the rest are only in the job summary). */
  listedInBody?: number;
  updates: { id: number; body: string; key: string }[];
  resolutions: { id: number; body: string; key: string }[];
  /** Findings an earlier run already commented inline or listed. */
  alreadyReported: ScopedFinding[];
}

/** Where a finding's comment goes in the diff, or undefined when no line of the diff fits. */
export function chooseAnchor(
  scoped: ScopedFinding,
  changes: ChangeSet,
  unreliableFiles: ReadonlySet<string> = new Set(),
): CommentAnchor | undefined {
  const { finding, anchor } = scoped;
  if (anchor) {
    if (unreliableFiles.has(anchor.path) || !isCommentable(changes, anchor.path, anchor.side, anchor.line))
      return undefined;
    return { path: anchor.path, side: anchor.side, line: anchor.line, suggestion: false, own: false };
  }
  const diff = unreliableFiles.has(finding.file) ? undefined : diffOf(changes, finding.file);
  if (diff) {
    const fix = finding.fix;
    // Suggestions may sit on context lines too: any RIGHT-side line inside one hunk.
    if (fix && hunkOfRange(diff, 'RIGHT', fix.line, fix.endLine) !== undefined) {
      return range(finding.file, fix.line, fix.endLine, true);
    }
    const { line, endLine } = finding;
    if (endLine - line < MAX_RANGE_LINES && hunkOfRange(diff, 'RIGHT', line, endLine) !== undefined) {
      return range(finding.file, line, endLine, false);
    }
    const lines = Array.from({ length: endLine - line + 1 }, (_, i) => line + i);
    const first = lines.find((l) => diff.added.has(l)) ?? lines.find((l) => diff.commentable.RIGHT.has(l));
    if (first !== undefined)
      return { path: finding.file, side: 'RIGHT', line: first, suggestion: false, own: true };
  }
  for (const related of finding.related) {
    if (unreliableFiles.has(related.file)) continue;
    const relatedDiff = diffOf(changes, related.file);
    if (!relatedDiff) continue;
    const lines = Array.from({ length: related.endLine - related.line + 1 }, (_, i) => related.line + i);
    const at =
      lines.find((l) => relatedDiff.added.has(l)) ?? lines.find((l) => relatedDiff.commentable.RIGHT.has(l));
    if (at !== undefined)
      return { path: related.file, side: 'RIGHT', line: at, suggestion: false, own: false };
  }
  return undefined;
}

function range(path: string, start: number, end: number, suggestion: boolean): CommentAnchor {
  const anchor: CommentAnchor = { path, side: 'RIGHT', line: end, suggestion, own: true };
  if (end > start) anchor.startLine = start;
  return anchor;
}

/** The request shape: `start_line` only when it differs from `line` (GitHub answers 422 otherwise). */
export function draftOf(anchor: CommentAnchor, body: string): ReviewCommentDraft {
  const draft: ReviewCommentDraft = { path: anchor.path, line: anchor.line, side: anchor.side, body };
  if (anchor.startLine !== undefined && anchor.startLine < anchor.line) {
    draft.start_line = anchor.startLine;
    draft.start_side = anchor.side;
  }
  return draft;
}

export function planReview(input: ReviewInput): ReviewPlan {
  const { links } = input;
  const open = new Map<string, { comment: ExistingComment; content: string }>();
  const resolutions: ReviewPlan['resolutions'] = [];
  for (const comment of input.existingComments) {
    const marker = parseCommentMarker(comment.body);
    if (!marker || marker.resolved) continue;
    if (!input.currentKeys.has(marker.key)) {
      resolutions.push({ id: comment.id, key: marker.key, body: resolvedBody(comment.body, links.sha) });
    } else if (!open.has(marker.key)) {
      open.set(marker.key, { comment, content: marker.content });
    }
  }
  const listedBefore = new Set(input.existingReviews.flatMap((r) => parseReviewMarker(r.body) ?? []));

  const plan: ReviewPlan = { comments: [], listed: [], updates: [], resolutions, alreadyReported: [] };
  for (const scoped of input.findings) {
    const earlier = open.get(scoped.key);
    const anchor = chooseAnchor(scoped, input.changes, input.unreliableFiles);
    if (earlier) {
      plan.alreadyReported.push(scoped);
      // The comment stays where it is: a suggestion is kept only if it still covers the fix's lines.
      const suggestion = anchor !== undefined && anchor.suggestion && sameAnchor(earlier.comment, anchor);
      const own = scoped.anchor === undefined && earlier.comment.path === scoped.finding.file;
      if (contentHash(scoped.finding, suggestion) !== earlier.content) {
        const where: CommentAnchor = { path: earlier.comment.path, side: 'RIGHT', line: 0, suggestion, own };
        plan.updates.push({
          id: earlier.comment.id,
          key: scoped.key,
          body: commentBody(scoped, where, links),
        });
      }
      continue;
    }
    if (anchor && plan.comments.length < input.maxComments) {
      plan.comments.push({ finding: scoped, draft: draftOf(anchor, commentBody(scoped, anchor, links)) });
    } else if (listedBefore.has(scoped.key)) {
      plan.alreadyReported.push(scoped);
    } else {
      plan.listed.push(scoped);
    }
  }
  if (plan.comments.length > 0 || plan.listed.length > 0) {
    const { body, listedKeys } = reviewBody(input.findings, plan.comments.length, plan.listed, links);
    plan.body = body;
    plan.listedInBody = listedKeys.length;
  }
  return plan;
}

function sameAnchor(comment: ExistingComment, anchor: CommentAnchor): boolean {
  return (
    comment.path === anchor.path &&
    comment.line === anchor.line &&
    (comment.side ?? 'RIGHT') === anchor.side &&
    (comment.startLine ?? comment.line) === (anchor.startLine ?? anchor.line)
  );
}

/** What a comment says, hashed: an earlier comment is updated only when this changes. */
export function contentHash(finding: Finding, suggestion: boolean): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        finding.rule,
        finding.severity,
        finding.message,
        finding.fix?.replacement ?? null,
        suggestion,
      ]),
    )
    .digest('hex')
    .slice(0, 12);
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' };

/** An inline comment: severity, rule (linked to its page), message, suggestion or fix, related places. */
export function commentBody(scoped: ScopedFinding, anchor: CommentAnchor, links: LinkContext): string {
  const { finding } = scoped;
  const parts: string[] = [
    `**${SEVERITY_LABEL[finding.severity]}** · [\`${finding.rule}\`](${ruleDocsUrl(finding.rule)}) · kube-pairing`,
    markdownText(finding.message),
  ];
  if (!anchor.own) {
    parts.push(
      `Found at [${markdownText(`${finding.file}:${finding.line}`)}](${blobUrl(links, finding.file, finding.line, finding.endLine)}); commented here because this change causes it.`,
    );
  }
  if (finding.fix) {
    const fence = fenceFor(finding.fix.replacement);
    if (anchor.suggestion) {
      parts.push(`${fence}suggestion\n${finding.fix.replacement}\n${fence}`);
    } else {
      const where =
        finding.fix.endLine > finding.fix.line
          ? `lines ${finding.fix.line}–${finding.fix.endLine}`
          : `line ${finding.fix.line}`;
      parts.push(
        `Fix: replace ${where} of ${codeSpan(finding.file)} with:\n\n${fence}yaml\n${finding.fix.replacement}\n${fence}`,
      );
    }
  }
  if (finding.related.length > 0) {
    const items = finding.related.map(
      (r) =>
        `- [${markdownText(r.message)}](${blobUrl(links, r.file, r.line, r.endLine)}) at ${codeSpan(`${r.file}:${r.line}`)}`,
    );
    parts.push(`Related:\n${items.join('\n')}`);
  }
  parts.push(
    commentMarker({ key: scoped.key, content: contentHash(finding, anchor.suggestion), resolved: false }),
  );
  return parts.join('\n\n');
}

/** An earlier comment whose finding is gone: kept (with its replies), marked fixed, suggestion disarmed. */
export function resolvedBody(original: string, sha: string): string {
  const marker = parseCommentMarker(original);
  const inner = original
    .replace(/<!-- kube-pairing:comment [^>]*-->/g, '')
    // Blanks only (`\s` would span the line break and drop the blank lines the fix begins with).
    .replace(/^(`{3,})suggestion[ \t]*$/gm, '$1yaml')
    .trim();
  return [
    `**Fixed** · this kube-pairing finding is gone as of commit ${sha.slice(0, 12)}.`,
    `<details><summary>Original comment</summary>\n\n${inner}\n\n</details>`,
    marker ? commentMarker({ ...marker, resolved: true }) : '',
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function countsText(findings: readonly ScopedFinding[]): string {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.finding.severity]++;
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.notice, 'notice'),
  ];
  return parts.join(', ');
}

/** One line of the review body for a finding that is not commented inline. */
export function listItem(scoped: ScopedFinding, links: LinkContext): string {
  const f = scoped.finding;
  const place = `${f.file}:${f.line}`;
  return `- **${SEVERITY_LABEL[f.severity]}** [\`${f.rule}\`](${ruleDocsUrl(f.rule)}) at [${markdownText(place)}](${blobUrl(links, f.file, f.line, f.endLine)}): ${markdownText(f.message)}`;
}

/**
 * The review body: counts, how many inline comments, and the findings listed here; under GitHub's
 * size limit (what does not fit is counted and left to the job summary). Returns the keys it lists.
 */
export function reviewBody(
  reported: readonly ScopedFinding[],
  inlineCount: number,
  listed: readonly ScopedFinding[],
  links: LinkContext,
): { body: string; listedKeys: string[] } {
  const head = [`### kube-pairing: ${countsText(reported)} in this change`];
  const summaryLink = links.runUrl ? ` See the [job summary](${links.runUrl}) for the full report.` : '';
  if (inlineCount > 0)
    head.push(
      `${plural(inlineCount, 'new finding')} commented inline below.${listed.length === 0 ? summaryLink : ''}`,
    );
  if (listed.length > 0)
    head.push(
      `${inlineCount > 0 ? 'These' : 'These findings'} could not be commented on a line of the diff:`,
    );
  let body = head.join('\n\n');
  const keys: string[] = [];
  let omitted = 0;
  let markerLength = reviewMarker([]).length;
  for (const scoped of listed) {
    const item = listItem(scoped, links);
    // Room for the item, its key in the hidden marker, and the closing lines.
    if (body.length + item.length + markerLength + scoped.key.length + 400 > MAX_BODY_CHARS) {
      omitted++;
      continue;
    }
    body += `${keys.length === 0 ? '\n\n' : '\n'}${item}`;
    keys.push(scoped.key);
    markerLength += scoped.key.length + 1;
  }
  if (omitted > 0) body += `\n\n…and ${plural(omitted, 'more finding')} not shown here.${summaryLink}`;
  else if (listed.length > 0 && summaryLink) body += `\n\n${summaryLink.trim()}`;
  body += `\n\n${reviewMarker(keys)}`;
  return { body, listedKeys: keys };
}

/** When GitHub refuses the inline comments: one review whose body lists every new finding. */
export function fallbackReviewBody(
  reported: readonly ScopedFinding[],
  plan: ReviewPlan,
  links: LinkContext,
): { body: string; listedKeys: string[] } {
  return reviewBody(reported, 0, [...plan.comments.map((c) => c.finding), ...plan.listed], links);
}
