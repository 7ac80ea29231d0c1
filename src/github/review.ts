/**
 * Posts the pull request review planned by `src/action/review-plan.ts`: at most one review per run
 * (`event: COMMENT`), then updates of earlier comments and the "fixed" marks of stale ones.
 * A 422 on the inline comments falls back to one review whose body lists every new finding.
 */
import { randomBytes } from 'node:crypto';
import { postMarker } from '../action/markers.js';
import type {
  ExistingComment,
  ExistingReview,
  ReviewCommentDraft,
  ReviewInput,
  ReviewPlan,
} from '../action/review-plan.js';
import { fallbackReviewBody, planReview } from '../action/review-plan.js';
import type { ScopedFinding } from '../action/scope.js';
import type { GitHubClient } from './client.js';
import { apiError, createOnce, describeError, isForbidden } from './client.js';
import type { Repo } from './changes.js';
import type { Author, Identity } from './identity.js';
import { isOwn, ownIdentity } from './identity.js';

export interface ReviewContext {
  client: GitHubClient;
  repo: Repo;
  pullNumber: number;
  /** The pull request's head commit: the one the comments are made on. */
  headSha: string;
  log: (line: string) => void;
  /** Waits between attempts to post the review are 1, 4 times this (default 1000 ms). */
  retryBaseMs?: number;
}

export interface ReviewOutcome {
  /** Inline comments posted. */
  inline: number;
  /** Findings listed in the posted review's body. */
  listed: number;
  /** Findings already commented or listed by an earlier run. */
  alreadyReported: number;
  updated: number;
  resolved: number;
  /** Threads of those comments collapsed as resolved. */
  threadsResolved: number;
  /** Whether GitHub refused the inline comments and the body-only fallback was used. */
  fellBack: boolean;
  /** A write was refused with 403: the token is read-only for this pull request. */
  forbidden: boolean;
  /** Failures, one line each (empty when all went well). */
  failures: string[];
  /** Findings that reached neither an inline comment nor a review body (they stay in the other channels). */
  unposted: number;
}

interface Earlier {
  comments: (ExistingComment & { author: Author | null })[];
  reviews: (ExistingReview & { author: Author | null })[];
}

/** Every review comment and review of the pull request, with its author. */
export async function listExisting(ctx: ReviewContext): Promise<Earlier> {
  const params = { ...ctx.repo, pull_number: ctx.pullNumber, per_page: 100 };
  const [comments, reviews] = await Promise.all([
    ctx.client.paginate(ctx.client.rest.pulls.listReviewComments, params),
    ctx.client.paginate(ctx.client.rest.pulls.listReviews, params),
  ]);
  return {
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      path: c.path,
      line: c.line ?? null,
      startLine: c.start_line ?? null,
      side: (c.side as 'LEFT' | 'RIGHT' | undefined) ?? null,
      author: c.user ?? null,
    })),
    reviews: reviews.map((r) => ({ id: r.id, body: r.body ?? null, author: r.user ?? null })),
  };
}

/**
 * The earlier runs' comments and reviews: those written by the Action's own account (see
 * `identity.ts`). Anyone else's, even carrying a kube-pairing marker, is neither deduplicated against,
 * nor updated, nor marked fixed.
 */
export function ownOnly(
  earlier: Earlier,
  identity: Identity,
): { comments: ExistingComment[]; reviews: ExistingReview[] } {
  return {
    comments: earlier.comments.filter((c) => isOwn(identity, c.author)),
    reviews: earlier.reviews.filter((r) => isOwn(identity, r.author)),
  };
}

export async function postReview(
  ctx: ReviewContext,
  input: Omit<ReviewInput, 'existingComments' | 'existingReviews'>,
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = {
    inline: 0,
    listed: 0,
    alreadyReported: 0,
    updated: 0,
    resolved: 0,
    threadsResolved: 0,
    fellBack: false,
    forbidden: false,
    failures: [],
    unposted: 0,
  };
  // Who the Action posts as, asked alongside the listing (settled: a failed listing is said first).
  const whoAmI = ownIdentity(ctx.client).then(
    (identity) => ({ identity }),
    (error: unknown) => ({ error }),
  );
  let earlier: Earlier;
  try {
    earlier = await listExisting(ctx);
  } catch (error) {
    await whoAmI;
    // Without the earlier comments a re-run would duplicate them: post nothing, report elsewhere.
    outcome.failures.push(
      `could not list earlier review comments (${describeError(error)}), so none were posted to avoid duplicates`,
    );
    outcome.forbidden = isForbidden(error);
    outcome.unposted = input.findings.length;
    return outcome;
  }
  const found = await whoAmI;
  if ('error' in found) {
    // Earlier comments could not be told from pasted copies: post nothing rather than duplicates.
    outcome.failures.push(
      `could not tell which account the token posts as (${describeError(found.error)}), so no comment was posted to avoid duplicates`,
    );
    outcome.unposted = input.findings.length;
    return outcome;
  }
  const existing = ownOnly(earlier, found.identity);
  const plan = planReview({
    ...input,
    existingComments: existing.comments,
    existingReviews: existing.reviews,
  });
  outcome.alreadyReported = plan.alreadyReported.length;

  if (plan.body !== undefined) {
    const posted = await submit(ctx, found.identity, plan, input.findings, input.links, outcome);
    if (!posted) outcome.unposted = plan.comments.length + plan.listed.length;
  }
  if (outcome.forbidden) return outcome;

  for (const update of plan.updates) {
    if (!(await editComment(ctx, update.id, update.body, 'update', outcome))) break;
    outcome.updated++;
  }
  const marked: number[] = [];
  for (const resolution of plan.resolutions) {
    if (!(await editComment(ctx, resolution.id, resolution.body, 'mark as fixed', outcome))) break;
    outcome.resolved++;
    marked.push(resolution.id);
  }
  if (marked.length > 0) await resolveThreads(ctx, marked, outcome);
  return outcome;
}

interface ThreadPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: {
          id: string;
          isResolved: boolean;
          viewerCanResolve: boolean;
          comments: { nodes: { databaseId: number | null }[] };
        }[];
      };
    } | null;
  } | null;
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved viewerCanResolve comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

/**
 * Collapses the threads of comments just marked fixed (GraphQL `resolveReviewThread`). Best effort:
 * the edited body already says the finding is fixed; some tokens may edit comments but not resolve.
 */
async function resolveThreads(
  ctx: ReviewContext,
  commentIds: readonly number[],
  outcome: ReviewOutcome,
): Promise<void> {
  const wanted = new Set(commentIds);
  try {
    const threads: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ThreadPage = await ctx.client.graphql<ThreadPage>(THREADS_QUERY, {
        owner: ctx.repo.owner,
        repo: ctx.repo.repo,
        number: ctx.pullNumber,
        ...(cursor ? { cursor } : {}),
      });
      const connection = page.repository?.pullRequest?.reviewThreads;
      if (!connection) break;
      for (const thread of connection.nodes) {
        const root = thread.comments.nodes[0]?.databaseId;
        if (root != null && wanted.has(root) && !thread.isResolved && thread.viewerCanResolve)
          threads.push(thread.id);
      }
      cursor = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (cursor);
    for (const threadId of threads) {
      await ctx.client.graphql(RESOLVE_MUTATION, { threadId });
      outcome.threadsResolved++;
    }
  } catch (error) {
    ctx.log(
      `could not resolve the threads of fixed comments (${describeError(error)}); their text says they are fixed`,
    );
  }
}

/**
 * Creating a review is not idempotent (see `createOnce`): each attempt carries a one-time marker, by
 * which the Action finds its review among its own after a server error.
 */
async function createReviewOnce(
  ctx: ReviewContext,
  identity: Identity,
  body: string,
  comments?: ReviewCommentDraft[],
): Promise<void> {
  const nonce = randomBytes(8).toString('hex');
  const params = {
    ...ctx.repo,
    pull_number: ctx.pullNumber,
    commit_id: ctx.headSha,
    event: 'COMMENT' as const,
    body: `${body}\n${postMarker(nonce)}`,
    ...(comments && comments.length > 0 ? { comments } : {}),
    request: { retries: 0 },
  };
  await createOnce({
    what: 'creating the review',
    create: async () => {
      await ctx.client.rest.pulls.createReview(params);
      return true;
    },
    find: async () => ((await reviewExists(ctx, identity, nonce)) ? true : undefined),
    log: ctx.log,
    ...(ctx.retryBaseMs !== undefined ? { retryBaseMs: ctx.retryBaseMs } : {}),
  });
}

async function reviewExists(ctx: ReviewContext, identity: Identity, nonce: string): Promise<boolean> {
  const reviews = await ctx.client.paginate(ctx.client.rest.pulls.listReviews, {
    ...ctx.repo,
    pull_number: ctx.pullNumber,
    per_page: 100,
  });
  return reviews.some((r) => isOwn(identity, r.user) && (r.body ?? '').includes(postMarker(nonce)));
}

async function submit(
  ctx: ReviewContext,
  identity: Identity,
  plan: ReviewPlan,
  reported: readonly ScopedFinding[],
  links: ReviewInput['links'],
  outcome: ReviewOutcome,
): Promise<boolean> {
  try {
    await createReviewOnce(
      ctx,
      identity,
      plan.body as string,
      plan.comments.map((c) => c.draft),
    );
    outcome.inline = plan.comments.length;
    outcome.listed = plan.listedInBody ?? plan.listed.length;
    return true;
  } catch (error) {
    if (isForbidden(error)) {
      outcome.forbidden = true;
      outcome.failures.push(`the token may not review this pull request (${describeError(error)})`);
      return false;
    }
    if (apiError(error)?.status !== 422 || plan.comments.length === 0) {
      outcome.failures.push(`the review was refused (${describeError(error)})`);
      return false;
    }
    ctx.log(
      `GitHub refused the review's inline comments (${describeError(error)}); posting the findings in the review body instead`,
    );
  }
  // Fallback: the same findings, all in the body (a body-only review cannot hit "line could not be resolved").
  const fallback = fallbackReviewBody(reported, plan, links);
  try {
    await createReviewOnce(ctx, identity, fallback.body);
    outcome.fellBack = true;
    outcome.listed = fallback.listedKeys.length;
    outcome.failures.push(
      'inline comments were refused with HTTP 422; the findings were posted in the review body instead',
    );
    return true;
  } catch (error) {
    outcome.forbidden = isForbidden(error);
    outcome.failures.push(`the review was refused, even without inline comments (${describeError(error)})`);
    return false;
  }
}

async function editComment(
  ctx: ReviewContext,
  id: number,
  body: string,
  what: string,
  outcome: ReviewOutcome,
): Promise<boolean> {
  try {
    await ctx.client.rest.pulls.updateReviewComment({ ...ctx.repo, comment_id: id, body });
    return true;
  } catch (error) {
    if (isForbidden(error)) outcome.forbidden = true;
    outcome.failures.push(`could not ${what} earlier comment ${id} (${describeError(error)})`);
    return !outcome.forbidden;
  }
}
