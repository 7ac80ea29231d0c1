// The REST endpoints the fake serves, keyed by GitHub's own method + path template. Each handler gets
// a request whose body already passed the OpenAPI check and applies GitHub's semantic rules.
import {
  COMMENT_FIELD_ERRORS,
  REVIEW_MESSAGES,
  resolveAnchor,
  type Anchor,
  type AnchorRequest,
} from './anchors.js';
import { GitHubError, notAccessible, notFound, unprocessable, validationFailed } from './errors.js';
import {
  authenticatedUserJson,
  checkRunJson,
  fileJson,
  issueCommentJson,
  fullRepoJson,
  pullJson,
  reviewCommentJson,
  reviewJson,
  type Urls,
} from './objects.js';
import type { Operation } from './openapi.js';
import { readContents } from './contents.js';
import { paginate } from './pagination.js';
import type {
  Annotation,
  CheckRun,
  FakeState,
  PullRequest,
  Repo,
  Review,
  ReviewComment,
  User,
} from './state.js';

export type Permission = 'pull_requests' | 'issues' | 'checks' | 'contents';

export interface RouteContext {
  state: FakeState;
  /** The token's user: the author of whatever this request writes. */
  actor: User;
  urls: Urls;
  operation: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** GitHub's files endpoint never lists more than this many files (3000). */
  fileListLimit: number;
  allowActionsToApprove: boolean;
  /** The request's `Accept` header (media types such as `application/vnd.github.raw`). */
  accept: string;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  /**
   * Token permission the route needs (read for GET, write otherwise). `issues` also accepts
   * `pull_requests`; `null`: any valid token (routes about the token itself, such as `GET /user`).
   */
  permission: Permission | null;
  handle(ctx: RouteContext): Reply;
}

/** GitHub's longest accepted comment body, counted in characters. */
const MAX_BODY = 65536;

function docs(ctx: RouteContext): string {
  return ctx.operation.documentationUrl;
}

function repoOf(ctx: RouteContext): Repo {
  const repo = ctx.state.findRepo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  if (!repo) throw notFound(docs(ctx));
  return repo;
}

function pullOf(ctx: RouteContext, param = 'pull_number'): PullRequest {
  const pull = ctx.state.findPull(repoOf(ctx), Number(ctx.params[param]));
  if (!pull) throw notFound(docs(ctx));
  return pull;
}

function byId<T extends { id: number }>(
  ctx: RouteContext,
  items: T[],
  param: string,
  belongs: (item: T) => boolean,
): T {
  const item = items.find((i) => i.id === Number(ctx.params[param]) && belongs(i));
  if (!item) throw notFound(docs(ctx));
  return item;
}

function page<T>(ctx: RouteContext, items: T[], suffix: string, maxItems?: number): Reply {
  const repo = repoOf(ctx);
  const linkBase = new URL(`${ctx.urls.api}/repositories/${repo.id}${suffix}`);
  const result = paginate(items, {
    linkBase,
    query: ctx.query,
    ...(maxItems !== undefined ? { maxItems } : {}),
  });
  return { body: result.items, ...(result.link ? { headers: { link: result.link } } : {}) };
}

function length(text: string): number {
  return [...text].length;
}

function removeFrom<T>(items: T[], item: T): void {
  const index = items.indexOf(item);
  if (index >= 0) items.splice(index, 1);
}

// ---- pull requests -------------------------------------------------------------------------------

function getPull(ctx: RouteContext): Reply {
  return { body: pullJson(pullOf(ctx), ctx.state, ctx.urls) };
}

function listFiles(ctx: RouteContext): Reply {
  const pull = pullOf(ctx);
  const files = pull.files.map((f) => fileJson(f, pull, ctx.urls));
  return page(ctx, files, `/pulls/${pull.number}/files`, ctx.fileListLimit);
}

// ---- reviews -------------------------------------------------------------------------------------

const EVENT_STATE = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
} as const;

function createReview(ctx: RouteContext): Reply {
  const pull = pullOf(ctx);
  const { state } = ctx;
  const event = ctx.body.event as keyof typeof EVENT_STATE | undefined;
  const body = (ctx.body.body as string | undefined) ?? '';
  const requested = (ctx.body.comments as AnchorRequest[] | undefined) ?? [];
  const refuse = (message: string): GitHubError => unprocessable(docs(ctx), [message]);

  const commitId = (ctx.body.commit_id as string | undefined) ?? pull.head.sha;
  if (commitId !== pull.head.sha) throw refuse('commit_id is not part of the pull request');
  if (length(body) > MAX_BODY) throw refuse(`Body is too long (maximum is ${MAX_BODY} characters)`);

  // One bad comment rejects the whole review: resolve every anchor before storing anything.
  const anchors: Anchor[] = requested.map((comment) => {
    const anchor = resolveAnchor(pull, comment);
    if ('problem' in anchor) throw refuse(REVIEW_MESSAGES[anchor.problem]);
    const text = comment as { body?: string };
    if (!text.body) throw refuse("Pull request review comment body can't be blank");
    if (length(text.body) > MAX_BODY) throw refuse(`Body is too long (maximum is ${MAX_BODY} characters)`);
    return anchor;
  });

  const { actor } = ctx;
  const isAuthor = pull.author === actor;
  // Repository setting "Allow GitHub Actions to create and approve pull requests", off by default.
  if (event === 'APPROVE' && actor.login === 'github-actions[bot]' && !ctx.allowActionsToApprove) {
    throw refuse('GitHub Actions is not permitted to approve pull requests.');
  }
  if (event === 'APPROVE' && isAuthor) throw refuse('Can not approve your own pull request');
  if (event === 'REQUEST_CHANGES' && isAuthor) {
    throw refuse('Can not request changes on your own pull request');
  }
  if (event === 'REQUEST_CHANGES' && body === '' && anchors.length === 0) {
    throw refuse('You need to leave a comment indicating the requested changes.');
  }
  if (event === 'COMMENT' && body === '' && anchors.length === 0) throw refuse("Review body can't be blank");
  if (
    event === undefined &&
    state.reviews.some((r) => r.pull === pull && r.state === 'PENDING' && r.author === actor)
  ) {
    throw refuse('User can only have one pending review per pull request');
  }

  const review: Review = {
    id: state.newId(),
    pull,
    author: actor,
    body,
    state: event ? EVENT_STATE[event] : 'PENDING',
    commitId,
    submittedAt: event ? state.now() : null,
  };
  state.reviews.push(review);
  requested.forEach((comment, i) => {
    addComment(state, pull, review, comment as { path: string; body: string }, anchors[i] as Anchor, null);
  });
  return { body: reviewJson(review, state, ctx.urls) };
}

function addComment(
  state: FakeState,
  pull: PullRequest,
  review: Review,
  request: { path: string; body: string },
  anchor: Anchor | 'file',
  parent: ReviewComment | null,
): ReviewComment {
  const threadId = parent?.threadId ?? state.newId();
  if (!parent) state.threads.push({ id: threadId, pull, isResolved: false, resolvedBy: null });
  const now = state.now();
  const comment: ReviewComment = {
    id: state.newId(),
    pull,
    reviewId: review.id,
    author: review.author,
    body: request.body,
    path: request.path,
    commitId: review.commitId,
    subjectType: anchor === 'file' ? 'file' : 'line',
    line: anchor === 'file' ? null : anchor.line,
    side: anchor === 'file' ? 'RIGHT' : anchor.side,
    startLine: anchor === 'file' ? null : anchor.startLine,
    startSide: anchor === 'file' ? null : anchor.startSide,
    position: anchor === 'file' ? null : anchor.position,
    diffHunk: anchor === 'file' ? '' : anchor.diffHunk,
    inReplyTo: parent?.id ?? null,
    threadId,
    createdAt: now,
    updatedAt: now,
  };
  state.reviewComments.push(comment);
  return comment;
}

function listReviews(ctx: RouteContext): Reply {
  const pull = pullOf(ctx);
  const reviews = ctx.state.reviews.filter(
    (r) => r.pull === pull && (r.state !== 'PENDING' || r.author === ctx.actor),
  );
  return page(
    ctx,
    reviews.map((r) => reviewJson(r, ctx.state, ctx.urls)),
    `/pulls/${pull.number}/reviews`,
  );
}

function updateReview(ctx: RouteContext): Reply {
  const pull = pullOf(ctx);
  const review = byId(ctx, ctx.state.reviews, 'review_id', (r) => r.pull === pull);
  review.body = ctx.body.body as string;
  return { body: reviewJson(review, ctx.state, ctx.urls) };
}

// ---- review comments -----------------------------------------------------------------------------

function listReviewComments(ctx: RouteContext): Reply {
  const pull = pullOf(ctx);
  const comments = ctx.state.visibleComments(pull).sort((a, b) => a.id - b.id);
  if (ctx.query.get('direction') === 'desc') comments.reverse();
  return page(
    ctx,
    comments.map((c) => reviewCommentJson(c, ctx.state, ctx.urls)),
    `/pulls/${pull.number}/comments`,
  );
}

function createReviewComment(ctx: RouteContext): Reply {
  const pull = pullOf(ctx);
  const { state, body } = ctx;
  const fail = (field: string, code: string, message?: string): GitHubError =>
    validationFailed(docs(ctx), [
      { resource: 'PullRequestReviewComment', code, field, ...(message ? { message } : {}) },
    ]);

  const isReply = body.in_reply_to !== undefined; // a reply ignores everything but its body
  if (!isReply && body.commit_id !== pull.head.sha) {
    throw fail('commit_id', 'custom', 'commit_id is not part of the pull request');
  }
  const text = body.body as string;
  if (text === '') throw fail('body', 'missing_field');
  if (length(text) > MAX_BODY)
    throw fail('body', 'custom', `Body is too long (maximum is ${MAX_BODY} characters)`);

  let anchor: Anchor | 'file';
  let parent: ReviewComment | null = null;
  if (isReply) {
    parent = state.reviewComments.find((c) => c.id === body.in_reply_to && c.pull === pull) ?? null;
    if (!parent) throw fail('in_reply_to', 'invalid', 'in_reply_to is not a comment on this pull request');
    anchor = placeOf(parent); // a reply sits where its thread sits, whatever else the body says
  } else if (body.subject_type === 'file') {
    if (!pull.files.some((f) => f.filename === body.path)) {
      const { field, code, message } = COMMENT_FIELD_ERRORS['path-not-in-diff'];
      throw fail(field, code, message);
    }
    const stray = ['line', 'side', 'start_line', 'start_side', 'position'].find((key) => key in body);
    if (stray) throw fail(stray, 'invalid', 'is not allowed on a file-level comment (subject_type: file)');
    anchor = 'file';
  } else {
    const resolved = resolveAnchor(pull, body);
    if ('problem' in resolved) {
      const { field, code, message } = COMMENT_FIELD_ERRORS[resolved.problem];
      throw fail(field, code, message);
    }
    anchor = resolved;
  }

  // Every lone comment is filed under a review of its own, as on GitHub.
  const review: Review = {
    id: state.newId(),
    pull,
    author: ctx.actor,
    body: '',
    state: 'COMMENTED',
    commitId: pull.head.sha,
    submittedAt: state.now(),
  };
  state.reviews.push(review);
  const path = parent?.path ?? (body.path as string);
  const comment = addComment(state, pull, review, { path, body: text }, anchor, parent);
  return { body: reviewCommentJson(comment, state, ctx.urls) };
}

function createReply(ctx: RouteContext): Reply {
  const pull = pullOf(ctx);
  const parent = byId(ctx, ctx.state.reviewComments, 'comment_id', (c) => c.pull === pull);
  const text = ctx.body.body as string;
  if (text === '' || length(text) > MAX_BODY) {
    throw validationFailed(docs(ctx), [
      {
        resource: 'PullRequestReviewComment',
        code: 'custom',
        field: 'body',
        message: text === '' ? "can't be blank" : `is too long (maximum is ${MAX_BODY} characters)`,
      },
    ]);
  }
  const { state } = ctx;
  const review: Review = {
    id: state.newId(),
    pull,
    author: ctx.actor,
    body: '',
    state: 'COMMENTED',
    commitId: pull.head.sha,
    submittedAt: state.now(),
  };
  state.reviews.push(review);
  const comment = addComment(state, pull, review, { path: parent.path, body: text }, placeOf(parent), parent);
  return { body: reviewCommentJson(comment, state, ctx.urls) };
}

function placeOf(comment: ReviewComment): Anchor | 'file' {
  if (comment.line === null) return 'file';
  return {
    line: comment.line,
    side: comment.side ?? 'RIGHT',
    startLine: comment.startLine,
    startSide: comment.startSide,
    position: comment.position ?? 0,
    diffHunk: comment.diffHunk,
  };
}

function reviewCommentOf(ctx: RouteContext): ReviewComment {
  const repo = repoOf(ctx);
  return byId(ctx, ctx.state.reviewComments, 'comment_id', (c) => c.pull.base.repo === repo);
}

function getReviewComment(ctx: RouteContext): Reply {
  return { body: reviewCommentJson(reviewCommentOf(ctx), ctx.state, ctx.urls) };
}

function updateReviewComment(ctx: RouteContext): Reply {
  const comment = reviewCommentOf(ctx);
  comment.body = ctx.body.body as string;
  comment.updatedAt = ctx.state.now();
  return { body: reviewCommentJson(comment, ctx.state, ctx.urls) };
}

function deleteReviewComment(ctx: RouteContext): Reply {
  const comment = reviewCommentOf(ctx);
  removeFrom(ctx.state.reviewComments, comment);
  if (!ctx.state.reviewComments.some((c) => c.threadId === comment.threadId)) {
    const thread = ctx.state.threads.find((t) => t.id === comment.threadId);
    if (thread) removeFrom(ctx.state.threads, thread);
  }
  return { status: 204 };
}

// ---- issue comments ------------------------------------------------------------------------------

function checkIssueCommentBody(ctx: RouteContext): string {
  const text = ctx.body.body as string;
  const fail = (message: string) =>
    validationFailed(docs(ctx), [
      { resource: 'IssueComment', code: 'unprocessable', field: 'data', message },
    ]);
  if (text.trim() === '') throw fail('Body cannot be blank');
  if (length(text) > MAX_BODY) throw fail(`Body is too long (maximum is ${MAX_BODY} characters)`);
  return text;
}

function createIssueComment(ctx: RouteContext): Reply {
  const pull = pullOf(ctx, 'issue_number');
  const text = checkIssueCommentBody(ctx);
  const now = ctx.state.now();
  const comment = {
    id: ctx.state.newId(),
    repo: pull.base.repo,
    issueNumber: pull.number,
    author: ctx.actor,
    body: text,
    createdAt: now,
    updatedAt: now,
  };
  ctx.state.issueComments.push(comment);
  return { body: issueCommentJson(comment, ctx.state, ctx.urls) };
}

function listIssueComments(ctx: RouteContext): Reply {
  const pull = pullOf(ctx, 'issue_number');
  const comments = ctx.state.issueComments.filter(
    (c) => c.repo === pull.base.repo && c.issueNumber === pull.number,
  );
  return page(
    ctx,
    comments.map((c) => issueCommentJson(c, ctx.state, ctx.urls)),
    `/issues/${pull.number}/comments`,
  );
}

function issueCommentOf(ctx: RouteContext) {
  const repo = repoOf(ctx);
  return byId(ctx, ctx.state.issueComments, 'comment_id', (c) => c.repo === repo);
}

function updateIssueComment(ctx: RouteContext): Reply {
  const comment = issueCommentOf(ctx);
  comment.body = checkIssueCommentBody(ctx);
  comment.updatedAt = ctx.state.now();
  return { body: issueCommentJson(comment, ctx.state, ctx.urls) };
}

function deleteIssueComment(ctx: RouteContext): Reply {
  removeFrom(ctx.state.issueComments, issueCommentOf(ctx));
  return { status: 204 };
}

// ---- check runs ----------------------------------------------------------------------------------

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  external_id?: string;
  details_url?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: Annotation[] };
}

// Documented rules the schema cannot express; GitHub's own checks on them are not observable, so the
// fake refuses such annotations (they would be dropped or misplaced on github.com).
function checkAnnotations(ctx: RouteContext, annotations: Annotation[]): void {
  annotations.forEach((a, i) => {
    const problems: string[] = [];
    if (a.start_line < 1 || a.end_line < 1) problems.push('lines are 1-based');
    if (a.end_line < a.start_line) problems.push('end_line is before start_line');
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      problems.push('start_column/end_column are only allowed when start_line equals end_line');
    }
    if (problems.length > 0) {
      throw validationFailed(docs(ctx), [
        {
          resource: 'CheckRun',
          code: 'invalid',
          field: `output.annotations[${i}]`,
          message: problems.join('; '),
        },
      ]);
    }
  });
}

function applyCheckRun(ctx: RouteContext, run: CheckRun, body: CheckRunBody): void {
  const annotations = body.output?.annotations ?? [];
  checkAnnotations(ctx, annotations);
  if (body.name !== undefined) run.name = body.name;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.started_at !== undefined) run.startedAt = body.started_at;
  if (body.status !== undefined) run.status = body.status;
  // "Providing conclusion will automatically set the status parameter to completed."
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completedAt = body.completed_at ?? run.completedAt ?? ctx.state.now();
  if (body.output) {
    run.output = {
      title: body.output.title ?? run.output.title,
      summary: body.output.summary ?? run.output.summary,
      text: body.output.text ?? run.output.text,
    };
  }
  if (annotations.length > 0) {
    run.annotations.push(...annotations);
    run.annotationBatches.push(annotations.length);
  }
}

function createCheckRun(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const body = ctx.body as CheckRunBody;
  const headSha = body.head_sha as string;
  if (!repo.commits.has(headSha)) {
    throw new GitHubError(422, {
      message: `No commit found for SHA: ${headSha}`,
      documentation_url: docs(ctx),
      status: '422',
    });
  }
  const run: CheckRun = {
    id: ctx.state.newId(),
    repo,
    name: body.name as string,
    headSha,
    status: 'queued',
    conclusion: null,
    startedAt: ctx.state.now(),
    completedAt: null,
    externalId: null,
    detailsUrl: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
    annotationBatches: [],
  };
  applyCheckRun(ctx, run, body);
  ctx.state.checkRuns.push(run);
  return { body: checkRunJson(run, ctx.state, ctx.urls) };
}

// `filter=latest` (the default) keeps the newest run per name, as GitHub does on re-runs.
function listCheckRunsForRef(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const ref = ctx.params.ref ?? '';
  const pull = ctx.state.pulls.find(
    (p) => p.base.repo === repo && (p.head.ref === ref || p.base.ref === ref),
  );
  const sha = pull ? (pull.head.ref === ref ? pull.head.sha : pull.base.sha) : ref;
  let runs = ctx.state.checkRuns.filter((r) => r.repo === repo && r.headSha === sha);
  const name = ctx.query.get('check_name');
  const status = ctx.query.get('status');
  if (name !== null) runs = runs.filter((r) => r.name === name);
  if (status !== null) runs = runs.filter((r) => r.status === status);
  if (ctx.query.get('filter') !== 'all') {
    runs = runs.filter((r) => !runs.some((other) => other.name === r.name && other.id > r.id));
  }
  const reply = page(
    ctx,
    runs.map((r) => checkRunJson(r, ctx.state, ctx.urls)),
    `/commits/${ref}/check-runs`,
  );
  return { ...reply, body: { total_count: runs.length, check_runs: reply.body } };
}

function checkRunOf(ctx: RouteContext): CheckRun {
  const repo = repoOf(ctx);
  return byId(ctx, ctx.state.checkRuns, 'check_run_id', (r) => r.repo === repo);
}

function updateCheckRun(ctx: RouteContext): Reply {
  const run = checkRunOf(ctx);
  applyCheckRun(ctx, run, ctx.body as CheckRunBody);
  return { body: checkRunJson(run, ctx.state, ctx.urls) };
}

function getCheckRun(ctx: RouteContext): Reply {
  return { body: checkRunJson(checkRunOf(ctx), ctx.state, ctx.urls) };
}

// ---- repository contents -------------------------------------------------------------------------

function getContent(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const found = readContents(repo, ctx.params.path ?? '', ctx.query.get('ref'), ctx.urls);
  if (found.kind === 'missing') throw notFound(docs(ctx));
  // `application/vnd.github.raw` (octokit's `mediaType: { format: 'raw' }`): the file itself, as text/plain.
  if (found.kind === 'file' && /\.raw\b/.test(ctx.accept)) {
    return { body: found.bytes.toString('utf8'), headers: { 'content-type': 'text/plain; charset=utf-8' } };
  }
  return { body: found.json };
}

// ---- the token's own user ----------------------------------------------------------------------

// An installation token (GITHUB_TOKEN, a GitHub App's) has a bot, not a user: GitHub refuses it
// `GET /user` with 403 "Resource not accessible by integration"; a person's token gets the profile.
function getAuthenticatedUser(ctx: RouteContext): Reply {
  if (ctx.actor.type === 'Bot') throw notAccessible(docs(ctx));
  return { body: authenticatedUserJson(ctx.actor, ctx.urls) };
}

// ---- table ---------------------------------------------------------------------------------------

const R = '/repos/{owner}/{repo}';

export const routes: Record<string, Route> = {
  'GET /user': { permission: null, handle: getAuthenticatedUser },
  [`GET ${R}`]: {
    permission: 'contents',
    handle: (ctx) => ({ body: fullRepoJson(repoOf(ctx), ctx.state, ctx.urls) }),
  },
  [`GET ${R}/contents/{path}`]: { permission: 'contents', handle: getContent },
  [`GET ${R}/pulls/{pull_number}`]: { permission: 'pull_requests', handle: getPull },
  [`GET ${R}/pulls/{pull_number}/files`]: { permission: 'pull_requests', handle: listFiles },
  [`POST ${R}/pulls/{pull_number}/reviews`]: { permission: 'pull_requests', handle: createReview },
  [`GET ${R}/pulls/{pull_number}/reviews`]: { permission: 'pull_requests', handle: listReviews },
  [`PUT ${R}/pulls/{pull_number}/reviews/{review_id}`]: { permission: 'pull_requests', handle: updateReview },
  [`GET ${R}/pulls/{pull_number}/comments`]: { permission: 'pull_requests', handle: listReviewComments },
  [`POST ${R}/pulls/{pull_number}/comments`]: { permission: 'pull_requests', handle: createReviewComment },
  [`POST ${R}/pulls/{pull_number}/comments/{comment_id}/replies`]: {
    permission: 'pull_requests',
    handle: createReply,
  },
  [`GET ${R}/pulls/comments/{comment_id}`]: { permission: 'pull_requests', handle: getReviewComment },
  [`PATCH ${R}/pulls/comments/{comment_id}`]: { permission: 'pull_requests', handle: updateReviewComment },
  [`DELETE ${R}/pulls/comments/{comment_id}`]: { permission: 'pull_requests', handle: deleteReviewComment },
  [`POST ${R}/issues/{issue_number}/comments`]: { permission: 'issues', handle: createIssueComment },
  [`GET ${R}/issues/{issue_number}/comments`]: { permission: 'issues', handle: listIssueComments },
  [`PATCH ${R}/issues/comments/{comment_id}`]: { permission: 'issues', handle: updateIssueComment },
  [`DELETE ${R}/issues/comments/{comment_id}`]: { permission: 'issues', handle: deleteIssueComment },
  [`POST ${R}/check-runs`]: { permission: 'checks', handle: createCheckRun },
  [`GET ${R}/commits/{ref}/check-runs`]: { permission: 'checks', handle: listCheckRunsForRef },
  [`GET ${R}/check-runs/{check_run_id}`]: { permission: 'checks', handle: getCheckRun },
  [`PATCH ${R}/check-runs/{check_run_id}`]: { permission: 'checks', handle: updateCheckRun },
};
