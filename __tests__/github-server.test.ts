// Proves the fake GitHub behaves like api.github.com where the Action depends on it. Every test talks
// to the real local server over HTTP, through @actions/github's octokit (what the Action uses) or fetch.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, describe, expect, it } from 'vitest';
import {
  actionRun,
  commentableLines,
  createPullRequestRepo,
  faults,
  nodeId,
  runAction,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
  type FileTree,
  type PullRequestRepo,
} from './github-server/index.js';
import { git } from './github-server/git-repo.js';
import { operationFor, validateResponseBody } from './github-server/openapi.js';

const OWNER = 'acme';
const REPO = 'cluster';
const NUMBER = 7;
const R = '/repos/{owner}/{repo}';

const numbered = (count: number, word = 'line'): string =>
  Array.from({ length: count }, (_, i) => `${word} ${i + 1}`).join('\n') + '\n';

// a.yaml: line 3 replaced and line 18 deleted (two hunks); gone.yaml deleted; new.yaml added.
const BASE: FileTree = { 'a.yaml': numbered(20), 'gone.yaml': 'kind: Service\nmetadata:\n  name: old\n' };
const HEAD: FileTree = {
  'a.yaml': numbered(20).replace('line 3\n', 'LINE 3\n').replace('line 18\n', ''),
  'new.yaml': 'kind: Endpoints\n',
};

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

interface Setup {
  fake: FakeGitHub;
  repo: PullRequestRepo;
  octokit: ReturnType<typeof getOctokit>;
  pr: { owner: string; repo: string; pull_number: number };
}

async function setup(
  options: FakeGitHubOptions = {},
  trees: { base: FileTree; head: FileTree; omitPatch?: string[] } = { base: BASE, head: HEAD },
): Promise<Setup> {
  const repo = createPullRequestRepo(trees);
  const fake = await startFakeGitHub(options);
  cleanups.push(
    () => repo.cleanup(),
    () => fake.close(),
  );
  fake.addPullRequest({ owner: OWNER, repo: REPO, number: NUMBER, ...repo });
  const octokit = getOctokit('ghs_test', { baseUrl: fake.url });
  return { fake, repo, octokit, pr: { owner: OWNER, repo: REPO, pull_number: NUMBER } };
}

async function call(
  fake: FakeGitHub,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = 'ghs_test',
) {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: {
      ...(token !== null ? { authorization: `token ${token}` } : {}),
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

/** What octokit throws: status and GitHub's response body. */
async function failure(
  promise: Promise<unknown>,
): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; response?: { data: Record<string, unknown> } };
    return { status: e.status, data: e.response?.data ?? {} };
  }
  throw new Error('expected the request to fail');
}

describe('pull request files from a real git diff', () => {
  it('lists files like GitHub: status, previous_filename, counts and the patch without diff headers', async () => {
    const { octokit, pr, repo } = await setup(
      {},
      {
        base: {
          ...BASE,
          'old name.yaml': numbered(10, 'keep'),
          'logo.png': Buffer.from([137, 80, 78, 71, 0, 1]),
        },
        head: {
          ...HEAD,
          'dir/new name.yaml': numbered(10, 'keep').replace('keep 10', 'kept 10'),
          'logo.png': Buffer.from([137, 80, 78, 71, 0, 2]),
        },
      },
    );
    const { data: files } = await octokit.rest.pulls.listFiles(pr);
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions, f.changes])).toEqual([
      ['a.yaml', 'modified', 1, 2, 3],
      ['dir/new name.yaml', 'renamed', 1, 1, 2],
      ['gone.yaml', 'removed', 0, 3, 3],
      ['logo.png', 'modified', 0, 0, 0],
      ['new.yaml', 'added', 1, 0, 1],
    ]);
    const byName = Object.fromEntries(files.map((f) => [f.filename, f]));
    expect(byName['a.yaml']?.patch).toBe(
      '@@ -1,6 +1,6 @@\n line 1\n line 2\n-line 3\n+LINE 3\n line 4\n line 5\n line 6\n' +
        '@@ -15,6 +15,5 @@ line 14\n line 15\n line 16\n line 17\n-line 18\n line 19\n line 20',
    );
    expect(byName['dir/new name.yaml']?.previous_filename).toBe('old name.yaml');
    expect(byName['gone.yaml']?.patch).toBe('@@ -1,3 +0,0 @@\n-kind: Service\n-metadata:\n-  name: old');
    expect(byName['new.yaml']?.patch).toBe('@@ -0,0 +1 @@\n+kind: Endpoints');
    expect(byName['logo.png']).not.toHaveProperty('patch'); // binary: no patch, so no line comments
    expect(byName['a.yaml']?.contents_url).toMatch(
      new RegExp(`/repos/acme/cluster/contents/a.yaml\\?ref=${repo.headSha}$`),
    );
  });

  it('leaves out the patch of files marked omitPatch, as GitHub does for large diffs', async () => {
    const { octokit, pr } = await setup({}, { base: BASE, head: HEAD, omitPatch: ['a.yaml'] });
    const { data: files } = await octokit.rest.pulls.listFiles(pr);
    expect(files.find((f) => f.filename === 'a.yaml')).not.toHaveProperty('patch');
    expect(files.find((f) => f.filename === 'new.yaml')?.patch).toBe('@@ -0,0 +1 @@\n+kind: Endpoints');
  });

  it('numbers commentable lines per side from the hunk headers', () => {
    const lines = commentableLines(
      '@@ -1,6 +1,6 @@\n line 1\n line 2\n-line 3\n+LINE 3\n line 4\n line 5\n line 6',
    );
    expect([...lines.RIGHT]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...lines.LEFT]).toEqual([1, 2, 3, 4, 5, 6]);
    const deleted = commentableLines('@@ -1,3 +0,0 @@\n-a\n-b\n-c');
    expect([...deleted.RIGHT]).toEqual([]);
    expect([...deleted.LEFT]).toEqual([1, 2, 3]);
  });

  it('builds a checkout like actions/checkout on pull_request: the merge commit of base and head', async () => {
    const { repo, octokit, pr } = await setup();
    const { data } = await octokit.rest.pulls.get(pr);
    expect(data.head.sha).toBe(repo.headSha);
    expect(data.base.sha).toBe(repo.baseSha);
    expect(data.merge_commit_sha).toBe(repo.mergeSha);
    expect(repo.mergeSha).not.toBe(repo.headSha);
    expect(readFileSync(`${repo.dir}/a.yaml`, 'utf8')).toContain('LINE 3');
    expect(existsSync(`${repo.dir}/gone.yaml`)).toBe(false);
  });
});

describe('pagination', () => {
  const many = (count: number): FileTree =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `manifests/svc-${String(i).padStart(4, '0')}.yaml`,
        `name: svc-${i}\n`,
      ]),
    );

  it('pages 250 files by 100 with prev/next/last/first links on /repositories/{id}, like GitHub', async () => {
    const { fake, octokit, pr } = await setup({}, { base: {}, head: many(250) });
    const id = fake.state.findRepo(OWNER, REPO)?.id;
    const base = `${fake.url}/repositories/${id}/pulls/7/files?per_page=100`;

    const first = await call(fake, 'GET', '/repos/acme/cluster/pulls/7/files?per_page=100');
    expect((first.body as unknown as unknown[]).length).toBe(100);
    expect(first.headers.get('link')).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);

    const middle = await call(fake, 'GET', `/repositories/${id}/pulls/7/files?per_page=100&page=2`);
    expect(middle.headers.get('link')).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    );
    const last = await call(fake, 'GET', `/repositories/${id}/pulls/7/files?per_page=100&page=3`);
    expect((last.body as unknown as unknown[]).length).toBe(50);
    expect(last.headers.get('link')).toBe(`<${base}&page=2>; rel="prev", <${base}&page=1>; rel="first"`);

    const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...pr, per_page: 100 });
    expect(all.length).toBe(250);
    expect(new Set(all.map((f) => f.filename)).size).toBe(250);
    expect(
      fake.requests.slice(-3).map((r) => `${r.path}?${new URLSearchParams(r.query).toString()}`),
    ).toEqual([
      '/repos/acme/cluster/pulls/7/files?per_page=100',
      `/repositories/${id}/pulls/7/files?per_page=100&page=2`,
      `/repositories/${id}/pulls/7/files?per_page=100&page=3`,
    ]);
  });

  it('defaults to 30 per page, caps per_page at 100 and sends no link when one page holds everything', async () => {
    const { fake } = await setup({}, { base: {}, head: many(250) });
    const defaults = await call(fake, 'GET', '/repos/acme/cluster/pulls/7/files');
    expect((defaults.body as unknown as unknown[]).length).toBe(30);
    expect(defaults.headers.get('link')).toMatch(/page=9>; rel="last"$/);
    const capped = await call(fake, 'GET', '/repos/acme/cluster/pulls/7/files?per_page=500');
    expect((capped.body as unknown as unknown[]).length).toBe(100);
    const small = await setup();
    const single = await call(small.fake, 'GET', '/repos/acme/cluster/pulls/7/files');
    expect(single.headers.get('link')).toBeNull();
  });

  it('lists at most 3000 files while the pull request counts them all', async () => {
    const { fake, octokit, pr } = await setup({}, { base: {}, head: many(3001) });
    const { data } = await octokit.rest.pulls.get(pr);
    expect(data.changed_files).toBe(3001);
    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, { ...pr, per_page: 100 });
    expect(listed.length).toBe(3000);
    expect(fake.requestsTo(`GET ${R}/pulls/{pull_number}/files`).length).toBe(30);
  }, 60_000);
});

describe('reviews', () => {
  it('rejects a whole review with 422 when one comment is outside the diff, and stores nothing', async () => {
    const { fake, octokit, pr } = await setup();
    const result = await failure(
      octokit.rest.pulls.createReview({
        ...pr,
        event: 'COMMENT',
        body: 'kube-pairing found 2 problems',
        comments: [
          { path: 'a.yaml', line: 3, side: 'RIGHT', body: 'in the diff' },
          { path: 'a.yaml', line: 10, side: 'RIGHT', body: 'line 10 is not in any hunk' },
        ],
      }),
    );
    expect(result).toEqual({
      status: 422,
      data: {
        message: 'Unprocessable Entity',
        errors: ['Line could not be resolved'],
        documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
        status: '422',
      },
    });
    expect(fake.state.reviews).toEqual([]);
    expect(fake.state.reviewComments).toEqual([]);
    expect((await octokit.rest.pulls.listReviewComments(pr)).data).toEqual([]);
    expect((await octokit.rest.pulls.listReviews(pr)).data).toEqual([]);
    expect(fake.violations).toEqual([]); // a semantic refusal, not a protocol violation
  });

  it('refuses a file the pull request does not touch with "Path could not be resolved"', async () => {
    const { octokit, pr } = await setup();
    const result = await failure(
      octokit.rest.pulls.createReview({
        ...pr,
        event: 'COMMENT',
        comments: [{ path: 'untouched.yaml', line: 1, body: 'x' }],
      }),
    );
    expect(result.data.errors).toEqual(['Path could not be resolved']);
  });

  it('accepts LEFT-side comments on deleted lines, including a deleted file, and RIGHT on added ones', async () => {
    const { fake, octokit, pr, repo } = await setup();
    const { data: review } = await octokit.rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      body: 'findings',
      comments: [
        { path: 'a.yaml', line: 18, side: 'LEFT', body: 'deleted line 18' },
        { path: 'gone.yaml', line: 2, side: 'LEFT', body: 'the Service was deleted' },
        { path: 'new.yaml', line: 1, body: 'added line (side defaults to RIGHT)' },
        { path: 'a.yaml', line: 2, side: 'RIGHT', body: 'context line' },
      ],
    });
    expect(review).toMatchObject({ state: 'COMMENTED', commit_id: repo.headSha, body: 'findings' });
    const { data: comments } = await octokit.rest.pulls.listReviewComments(pr);
    expect(comments.map((c) => [c.path, c.line, c.side, c.commit_id, c.pull_request_review_id])).toEqual([
      ['a.yaml', 18, 'LEFT', repo.headSha, review.id],
      ['gone.yaml', 2, 'LEFT', repo.headSha, review.id],
      ['new.yaml', 1, 'RIGHT', repo.headSha, review.id],
      ['a.yaml', 2, 'RIGHT', repo.headSha, review.id],
    ]);
    expect(comments[0]).toMatchObject({
      diff_hunk: '@@ -15,6 +15,5 @@ line 14\n line 15\n line 16\n line 17\n-line 18',
      position: 12,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      subject_type: 'line',
      start_line: null,
    });
    expect(fake.violations).toEqual([]);
  });

  it('refuses LEFT on an added line and RIGHT on a deleted line', async () => {
    const { octokit, pr } = await setup();
    for (const comment of [
      { path: 'new.yaml', line: 1, side: 'LEFT', body: 'x' },
      { path: 'gone.yaml', line: 1, side: 'RIGHT', body: 'x' },
      { path: 'a.yaml', line: 20, side: 'RIGHT', body: 'right side has only 19 lines' },
    ]) {
      const result = await failure(
        octokit.rest.pulls.createReview({ ...pr, event: 'COMMENT', comments: [comment] }),
      );
      expect(result.data.errors).toEqual(['Line could not be resolved']);
    }
  });

  it('takes a multi-line range inside one hunk, and refuses start_line == line and ranges across hunks', async () => {
    const { fake, octokit, pr } = await setup();
    await octokit.rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      comments: [{ path: 'a.yaml', start_line: 2, line: 4, side: 'RIGHT', body: 'lines 2-4' }],
    });
    expect(fake.state.reviewComments.map((c) => [c.startLine, c.startSide, c.line, c.side])).toEqual([
      [2, 'RIGHT', 4, 'RIGHT'],
    ]);

    const same = await failure(
      octokit.rest.pulls.createReview({
        ...pr,
        event: 'COMMENT',
        comments: [{ path: 'a.yaml', start_line: 4, line: 4, body: 'x' }],
      }),
    );
    expect(same.data.errors).toEqual(['Pull request review thread start line must precede the end line.']);
    const across = await failure(
      octokit.rest.pulls.createReview({
        ...pr,
        event: 'COMMENT',
        comments: [{ path: 'a.yaml', start_line: 5, line: 16, body: 'x' }],
      }),
    );
    expect(across.data.errors).toEqual([
      'Pull request review thread start line must be part of the same hunk as the line.',
    ]);
    expect(fake.state.reviewComments.length).toBe(1);
  });

  it('anchors the deprecated position parameter to the patch line it counts', async () => {
    const { fake, octokit, pr } = await setup();
    // position 1 is the first line below the first @@; the second @@ header is position 8.
    await octokit.rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      comments: [
        { path: 'a.yaml', position: 4, body: 'x' },
        { path: 'a.yaml', position: 12, body: 'y' },
      ],
    });
    expect(fake.state.reviewComments.map((c) => [c.line, c.side])).toEqual([
      [3, 'RIGHT'],
      [18, 'LEFT'],
    ]);
  });

  it('refuses APPROVE from GITHUB_TOKEN, and COMMENT without body or comments', async () => {
    const { octokit, pr } = await setup();
    const approve = await failure(octokit.rest.pulls.createReview({ ...pr, event: 'APPROVE' }));
    expect(approve.data.errors).toEqual(['GitHub Actions is not permitted to approve pull requests.']);
    const empty = await failure(octokit.rest.pulls.createReview({ ...pr, event: 'COMMENT' }));
    expect(empty.status).toBe(422);
  });

  it('refuses a commit_id that is not the head, e.g. GITHUB_SHA (the merge commit)', async () => {
    const { octokit, pr, repo } = await setup();
    const result = await failure(
      octokit.rest.pulls.createReview({
        ...pr,
        commit_id: repo.mergeSha,
        event: 'COMMENT',
        comments: [{ path: 'a.yaml', line: 3, body: 'x' }],
      }),
    );
    expect(result.data.errors).toEqual(['commit_id is not part of the pull request']);
  });

  it('lists reviews and updates a review body with PUT', async () => {
    const { octokit, pr } = await setup();
    const { data: review } = await octokit.rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      body: 'first',
    });
    const { data: updated } = await octokit.rest.pulls.updateReview({
      ...pr,
      review_id: review.id,
      body: 'second',
    });
    expect(updated.body).toBe('second');
    expect((await octokit.rest.pulls.listReviews(pr)).data.map((r) => [r.id, r.body, r.state])).toEqual([
      [review.id, 'second', 'COMMENTED'],
    ]);
    const missing = await failure(octokit.rest.pulls.updateReview({ ...pr, review_id: 999999, body: 'x' }));
    expect(missing).toMatchObject({ status: 404, data: { message: 'Not Found' } });
  });
});

describe('review comments', () => {
  it('creates a file-level comment (subject_type: file) on a file without a patch', async () => {
    const { octokit, pr, repo } = await setup({}, { base: BASE, head: HEAD, omitPatch: ['a.yaml'] });
    const { status, data } = await octokit.rest.pulls.createReviewComment({
      ...pr,
      commit_id: repo.headSha,
      path: 'a.yaml',
      subject_type: 'file',
      body: 'Service default/db has no Endpoints in this file',
    });
    expect(status).toBe(201);
    expect(data).toMatchObject({ subject_type: 'file', line: null, path: 'a.yaml', commit_id: repo.headSha });
    const line = await failure(
      octokit.rest.pulls.createReviewComment({
        ...pr,
        commit_id: repo.headSha,
        path: 'a.yaml',
        line: 3,
        body: 'x',
      }),
    );
    expect(line).toEqual({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'PullRequestReviewComment',
            code: 'custom',
            field: 'pull_request_review_thread.line',
            message: 'could not be resolved',
          },
        ],
        documentation_url:
          'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request',
        status: '422',
      },
    });
  });

  it('requires commit_id (OpenAPI) and refuses one outside the pull request', async () => {
    const { fake, pr, repo } = await setup();
    const missing = await call(fake, 'POST', '/repos/acme/cluster/pulls/7/comments', {
      path: 'a.yaml',
      line: 3,
      body: 'x',
    });
    expect(missing.status).toBe(422);
    expect(missing.body?.message).toBe('Invalid request.\n\n"commit_id" wasn\'t supplied.');
    expect(fake.violations.map((v) => v.kind)).toEqual(['invalid-body']);
    const merge = await call(fake, 'POST', `/repos/${pr.owner}/${pr.repo}/pulls/7/comments`, {
      commit_id: repo.mergeSha,
      path: 'a.yaml',
      line: 3,
      body: 'x',
    });
    expect(merge.body?.errors).toEqual([
      {
        resource: 'PullRequestReviewComment',
        code: 'custom',
        field: 'commit_id',
        message: 'commit_id is not part of the pull request',
      },
    ]);
  });

  it('replies with only body + in_reply_to (GitHub ignores the rest) or through /replies', async () => {
    const { fake, octokit, pr, repo } = await setup();
    const { data: root } = await octokit.rest.pulls.createReviewComment({
      ...pr,
      commit_id: repo.headSha,
      path: 'gone.yaml',
      line: 2,
      side: 'LEFT',
      body: 'root',
    });
    const reply = await call(fake, 'POST', '/repos/acme/cluster/pulls/7/comments', {
      body: 'reply',
      in_reply_to: root.id,
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ in_reply_to_id: root.id, path: 'gone.yaml', line: 2, side: 'LEFT' });
    const { data: second } = await octokit.rest.pulls.createReplyForReviewComment({
      ...pr,
      comment_id: root.id,
      body: 'again',
    });
    expect(second).toMatchObject({ in_reply_to_id: root.id, path: 'gone.yaml', line: 2 });
    expect(new Set(fake.state.reviewComments.map((c) => c.threadId)).size).toBe(1);
    const asString = await call(fake, 'POST', '/repos/acme/cluster/pulls/7/comments', {
      body: 'x',
      in_reply_to: String(root.id),
    });
    expect(asString.status).toBe(422);
    expect(fake.violations.map((v) => v.kind)).toEqual(['invalid-body']);
  });

  it('edits and deletes comments; a reply joins the thread', async () => {
    const { fake, octokit, pr, repo } = await setup();
    const { data: root } = await octokit.rest.pulls.createReviewComment({
      ...pr,
      commit_id: repo.headSha,
      path: 'a.yaml',
      line: 3,
      side: 'RIGHT',
      body: 'v1',
    });
    const { data: reply } = await octokit.rest.pulls.createReviewComment({
      ...pr,
      commit_id: repo.headSha,
      path: 'a.yaml',
      in_reply_to: root.id,
      body: 'reply',
    });
    expect(reply).toMatchObject({ in_reply_to_id: root.id, line: 3, side: 'RIGHT' });
    const { data: edited } = await octokit.rest.pulls.updateReviewComment({
      owner: OWNER,
      repo: REPO,
      comment_id: root.id,
      body: 'v2',
    });
    expect(edited.body).toBe('v2');
    expect(edited.updated_at > edited.created_at).toBe(true);
    const deleted = await octokit.rest.pulls.deleteReviewComment({
      owner: OWNER,
      repo: REPO,
      comment_id: reply.id,
    });
    expect(deleted.status).toBe(204);
    expect((await octokit.rest.pulls.listReviewComments(pr)).data.map((c) => [c.id, c.body])).toEqual([
      [root.id, 'v2'],
    ]);
    const gone = await failure(
      octokit.rest.pulls.deleteReviewComment({ owner: OWNER, repo: REPO, comment_id: reply.id }),
    );
    expect(gone.status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it('pages review comments with GitHub links', async () => {
    const { fake, octokit, pr } = await setup();
    const comments = Array.from({ length: 45 }, (_, i) => ({
      path: 'a.yaml',
      line: (i % 6) + 1,
      body: `finding ${i}`,
    }));
    await octokit.rest.pulls.createReview({ ...pr, event: 'COMMENT', comments });
    const firstPage = await call(fake, 'GET', '/repos/acme/cluster/pulls/7/comments');
    expect((firstPage.body as unknown as unknown[]).length).toBe(30);
    expect(firstPage.headers.get('link')).toMatch(
      /\/repositories\/\d+\/pulls\/7\/comments\?page=2>; rel="next"/,
    );
    const all = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...pr, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(comments.map((c) => c.body));
  });
});

describe('issue comments and check runs', () => {
  it('creates, lists, edits and deletes issue comments on the pull request', async () => {
    const { octokit } = await setup();
    const issue = { owner: OWNER, repo: REPO, issue_number: NUMBER };
    const { status, data } = await octokit.rest.issues.createComment({
      ...issue,
      body: '<!-- kube-pairing:summary --> 2 errors',
    });
    expect(status).toBe(201);
    await octokit.rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: data.id,
      body: 'updated',
    });
    expect((await octokit.rest.issues.listComments(issue)).data.map((c) => c.body)).toEqual(['updated']);
    const blank = await failure(octokit.rest.issues.createComment({ ...issue, body: '' }));
    expect(blank.data.errors).toEqual([
      { resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body cannot be blank' },
    ]);
    await octokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: data.id });
    expect((await octokit.rest.issues.listComments(issue)).data).toEqual([]);
  });

  it('refuses more than 50 annotations per request and appends batches of 50', async () => {
    const { fake, octokit, repo } = await setup();
    const annotation = (i: number) => ({
      path: 'a.yaml',
      start_line: 3,
      end_line: 3,
      annotation_level: 'failure' as const,
      message: `problem ${i}`,
    });
    const annotations = Array.from({ length: 120 }, (_, i) => annotation(i));
    const tooMany = await failure(
      octokit.rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: 'kube-pairing',
        head_sha: repo.headSha,
        output: { title: 't', summary: 's', annotations },
      }),
    );
    expect(tooMany.data.message).toBe(
      'Invalid request.\n\nNo more than 50 items are allowed; 120 were supplied.',
    );
    expect(fake.violations.map((v) => v.kind)).toEqual(['invalid-body']);
    expect(fake.state.checkRuns).toEqual([]);

    const { data: run } = await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'kube-pairing',
      head_sha: repo.headSha,
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: annotations.slice(0, 50) },
    });
    expect(run.status).toBe('in_progress');
    await octokit.rest.checks.update({
      owner: OWNER,
      repo: REPO,
      check_run_id: run.id,
      output: { title: 't', summary: 's', annotations: annotations.slice(50, 100) },
    });
    const { data: done } = await octokit.rest.checks.update({
      owner: OWNER,
      repo: REPO,
      check_run_id: run.id,
      conclusion: 'failure',
      output: { title: 't', summary: 's', annotations: annotations.slice(100) },
    });
    expect(done).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { annotations_count: 120 },
    });
    expect(fake.state.checkRuns[0]?.annotationBatches).toEqual([50, 50, 20]);
    expect(fake.state.checkRuns[0]?.annotations.map((a) => a.message)).toEqual(
      annotations.map((a) => a.message),
    );
  });

  it('lists check runs for the head commit, newest per name, as a re-run would look them up', async () => {
    const { fake, octokit, repo } = await setup();
    const create = (name: string) =>
      octokit.rest.checks.create({ owner: OWNER, repo: REPO, name, head_sha: repo.headSha });
    await create('kube-pairing');
    const { data: newest } = await create('kube-pairing');
    await create('other');
    const { data } = await octokit.rest.checks.listForRef({
      owner: OWNER,
      repo: REPO,
      ref: repo.headSha,
      check_name: 'kube-pairing',
    });
    expect([data.total_count, data.check_runs.map((r) => r.id)]).toEqual([1, [newest.id]]);
    const all = await octokit.rest.checks.listForRef({
      owner: OWNER,
      repo: REPO,
      ref: 'feature',
      filter: 'all',
    });
    expect(all.data.total_count).toBe(3);
    expect((await octokit.rest.repos.get({ owner: OWNER, repo: REPO })).data.full_name).toBe('acme/cluster');
    expect(fake.violations).toEqual([]);
  });

  it('refuses a check run on a commit the repository does not have', async () => {
    const { octokit } = await setup();
    const result = await failure(
      octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'x', head_sha: 'f'.repeat(40) }),
    );
    expect(result.data.message).toBe(`No commit found for SHA: ${'f'.repeat(40)}`);
  });

  it('refuses column ranges on multi-line annotations (GitHub only shows columns on one line)', async () => {
    const { octokit, repo } = await setup();
    const result = await failure(
      octokit.rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: 'x',
        head_sha: repo.headSha,
        output: {
          title: 't',
          summary: 's',
          annotations: [
            {
              path: 'a.yaml',
              start_line: 2,
              end_line: 4,
              start_column: 1,
              end_column: 3,
              annotation_level: 'warning',
              message: 'm',
            },
          ],
        },
      }),
    );
    expect(result.status).toBe(422);
  });
});

describe('OpenAPI validation of request bodies', () => {
  it('refuses an unknown field with 422 and records the violation', async () => {
    const { fake, octokit, pr } = await setup();
    // A misspelt key built away from the call, where TypeScript's excess-property check cannot see it.
    const comment = { path: 'a.yaml', line: 3, body: 'x', startLine: 2 };
    const result = await failure(
      octokit.rest.pulls.createReview({ ...pr, event: 'COMMENT', body: 'x', comments: [comment] }),
    );
    expect(result.data.message).toBe('Invalid request.\n\n"startLine" is not a permitted key.');
    expect(fake.violations).toEqual([
      {
        kind: 'invalid-body',
        method: 'POST',
        path: '/repos/acme/cluster/pulls/7/reviews',
        route: `POST ${R}/pulls/{pull_number}/reviews`,
        problems: ['"startLine" is not a permitted key.'],
      },
    ]);
    expect(fake.state.reviews).toEqual([]);
  });

  it('refuses wrong types and enum values in GitHub wording', async () => {
    const { fake } = await setup();
    const result = await call(fake, 'POST', '/repos/acme/cluster/pulls/7/reviews', {
      event: 'COMMENTED',
      body: null,
      comments: [{ path: 'a.yaml', line: '3', body: 'x' }],
    });
    expect(result.status).toBe(422);
    expect(String(result.body?.message).split('\n')).toEqual([
      'Invalid request.',
      '',
      "For 'properties/body', nil is not a string.",
      `For 'properties/event', COMMENTED is not a member of ["APPROVE", "REQUEST_CHANGES", "COMMENT"].`,
      `For 'properties/comments/items/properties/line', "3" is not an integer.`,
    ]);
  });

  it('refuses a check run update that completes without a conclusion or sends head_sha', async () => {
    const { fake, octokit, repo } = await setup();
    const { data: run } = await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'x',
      head_sha: repo.headSha,
    });
    const result = await call(fake, 'PATCH', `/repos/acme/cluster/check-runs/${run.id}`, {
      status: 'completed',
      head_sha: repo.headSha,
    });
    expect(result.body?.message).toBe(
      'Invalid request.\n\n"conclusion" wasn\'t supplied.\n"head_sha" is not a permitted key.',
    );
  });

  it('answers malformed JSON with 400 "Problems parsing JSON"', async () => {
    const { fake } = await setup();
    const result = await call(fake, 'POST', '/repos/acme/cluster/issues/7/comments', '{"body": ');
    expect(result).toMatchObject({ status: 400, body: { message: 'Problems parsing JSON' } });
    expect(fake.violations.map((v) => v.kind)).toEqual(['invalid-json']);
  });

  it('records routes GitHub does not have, and real routes the fake does not serve', async () => {
    const { fake } = await setup();
    expect((await call(fake, 'GET', '/repos/acme/cluster/pulls/7/filez')).status).toBe(404);
    expect(
      (await call(fake, 'POST', '/repos/acme/cluster/pulls/7/requested_reviewers', { reviewers: ['a'] }))
        .status,
    ).toBe(404);
    expect(fake.violations.map((v) => [v.kind, v.route])).toEqual([
      ['unknown-route', 'GET /repos/acme/cluster/pulls/7/filez'],
      ['unsupported-route', `POST ${R}/pulls/{pull_number}/requested_reviewers`],
    ]);
  });
});

describe('responses match GitHub’s response schemas', () => {
  it('a whole review round trip produces no schema violation', async () => {
    const { fake, octokit, pr, repo } = await setup();
    await octokit.rest.pulls.get(pr);
    await octokit.rest.pulls.listFiles(pr);
    await octokit.rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      body: 'b',
      comments: [{ path: 'a.yaml', line: 18, side: 'LEFT', body: 'x' }],
    });
    await octokit.rest.pulls.createReviewComment({
      ...pr,
      commit_id: repo.headSha,
      path: 'new.yaml',
      subject_type: 'file',
      body: 'f',
    });
    await octokit.rest.pulls.listReviewComments(pr);
    await octokit.rest.pulls.listReviews(pr);
    await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: NUMBER, body: 's' });
    await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'kube-pairing',
      head_sha: repo.headSha,
      conclusion: 'success',
      output: { title: 't', summary: 's' },
    });
    expect(fake.requests.every((r) => r.status !== undefined && r.status < 300)).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it('the response check does catch a missing required field', () => {
    const operation = operationFor('GET', `${R}/pulls/{pull_number}/files`);
    expect(operation).toBeDefined();
    const problems = validateResponseBody(operation!, 200, [{ filename: 'a.yaml', status: 'modified' }]);
    expect(problems).toEqual([
      `"additions", "blob_url", "changes", "contents_url", "deletions", "raw_url", "sha" weren't supplied.`,
    ]);
  });
});

describe('auth and permissions', () => {
  it('answers 401 without a token, or with a token it does not know', async () => {
    const { fake } = await setup({ tokens: ['ghs_test'] });
    expect(await call(fake, 'GET', '/repos/acme/cluster/pulls/7', undefined, null)).toMatchObject({
      status: 401,
      body: { message: 'Requires authentication' },
    });
    expect(await call(fake, 'GET', '/repos/acme/cluster/pulls/7', undefined, 'ghs_other')).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    });
    expect((await call(fake, 'GET', '/repos/acme/cluster/pulls/7')).status).toBe(200);
    const bearer = await fetch(`${fake.url}/repos/acme/cluster/pulls/7`, {
      headers: { authorization: 'Bearer ghs_test' },
    });
    expect(bearer.status).toBe(200);
  });

  it(`read-only (a fork's token): every write is 403 "Resource not accessible by integration", reads work`, async () => {
    const { fake, octokit, pr, repo } = await setup({ readOnly: true });
    expect((await octokit.rest.pulls.get(pr)).status).toBe(200);
    expect((await octokit.rest.pulls.listFiles(pr)).status).toBe(200);
    const writes = [
      octokit.rest.pulls.createReview({ ...pr, event: 'COMMENT', body: 'x' }),
      octokit.rest.pulls.createReviewComment({
        ...pr,
        commit_id: repo.headSha,
        path: 'a.yaml',
        line: 3,
        body: 'x',
      }),
      octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: NUMBER, body: 'x' }),
      octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'x', head_sha: repo.headSha }),
    ];
    for (const write of writes) {
      expect(await failure(write)).toEqual({
        status: 403,
        data: {
          message: 'Resource not accessible by integration',
          documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\/rest\//),
          status: '403',
        },
      });
    }
    expect(
      fake.state.reviews.length +
        fake.state.reviewComments.length +
        fake.state.issueComments.length +
        fake.state.checkRuns.length,
    ).toBe(0);
  });

  it('a token without checks: write can review but not create check runs', async () => {
    const { octokit, pr, repo } = await setup({ permissions: { checks: 'read' } });
    await octokit.rest.pulls.createReview({ ...pr, event: 'COMMENT', body: 'x' });
    const result = await failure(
      octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'x', head_sha: repo.headSha }),
    );
    expect(result.status).toBe(403);
  });
});

describe('fault injection', () => {
  const resilient = (fake: FakeGitHub) =>
    getOctokit(
      'ghs_test',
      {
        baseUrl: fake.url,
        retry: { retryAfterBaseValue: 1 },
        throttle: {
          retryAfterBaseValue: 10,
          onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
            retryCount < 2,
          onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
            retryCount < 2,
        },
      },
      retry,
      throttling,
    );

  it('two 500s then success: the retry plugin gets through on the third request', async () => {
    const { fake, pr } = await setup();
    fake.injectFaults(`GET ${R}/pulls/{pull_number}`, faults.serverError(), faults.serverError());
    const { data } = await resilient(fake).rest.pulls.get(pr);
    expect(data.number).toBe(NUMBER);
    expect(fake.requestsTo(`GET ${R}/pulls/{pull_number}`).map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it('a secondary rate limit (403 + retry-after) is waited out by the throttling plugin', async () => {
    const { fake, pr } = await setup();
    fake.injectFaults(`POST ${R}/pulls/{pull_number}/reviews`, faults.secondaryRateLimit(1));
    await resilient(fake).rest.pulls.createReview({ ...pr, event: 'COMMENT', body: 'x' });
    const attempts = fake.requestsTo(`POST ${R}/pulls/{pull_number}/reviews`);
    expect(attempts.map((r) => r.status)).toEqual([403, 200]);
    expect(fake.state.reviews.length).toBe(1);
  });

  it('serves 429, 401, 404 and 502 as queued, then the route recovers', async () => {
    const { fake } = await setup();
    const route = `GET ${R}/pulls/{pull_number}`;
    fake.injectFaults(
      route,
      faults.tooManyRequests(1),
      faults.unauthorized(),
      faults.notFound(),
      faults.badGateway(),
    );
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await fetch(`${fake.url}/repos/acme/cluster/pulls/7`, { headers: { authorization: 'token t' } }))
          .status,
      );
    expect(statuses).toEqual([429, 401, 404, 502, 200]);
    const limited = fake.requestsTo(route)[0];
    expect(limited?.fault).toBe('respond');
  });

  it('a 502 after GitHub already acted: the comment exists although the client saw an error', async () => {
    const { fake, octokit } = await setup();
    fake.injectFaults(`POST ${R}/issues/{issue_number}/comments`, faults.badGateway({ afterApplying: true }));
    const result = await failure(
      octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: NUMBER, body: 'summary' }),
    );
    expect(result.status).toBe(502);
    expect(fake.state.issueComments.map((c) => c.body)).toEqual(['summary']);
  });

  it('a hanging request times out on the client; a delayed one answers late; the server still closes', async () => {
    const { fake, octokit, pr } = await setup();
    fake.injectFaults(`GET ${R}/pulls/{pull_number}`, faults.hang(), faults.delay(150));
    const hung = await failure(
      octokit.rest.pulls.get({ ...pr, request: { signal: AbortSignal.timeout(200) } }),
    );
    expect(hung.status).toBe(500); // octokit reports an aborted fetch as status 500
    const started = Date.now();
    await octokit.rest.pulls.get(pr);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(fake.requestsTo(`GET ${R}/pulls/{pull_number}`).map((r) => r.fault)).toEqual(['hang', 'delay']);
  });

  it('a dropped connection is retried', async () => {
    const { fake, pr } = await setup();
    fake.injectFaults(`GET ${R}/pulls/{pull_number}/files`, faults.reset());
    const { data } = await resilient(fake).rest.pulls.listFiles(pr);
    expect(data.length).toBe(3);
  });

  it('refuses to queue faults on a route GitHub does not have', async () => {
    const { fake } = await setup();
    expect(() =>
      fake.injectFaults('GET /repos/{owner}/{repo}/pulls/{pull_number}/filez', faults.serverError()),
    ).toThrow(/documents no route/);
  });
});

describe('GraphQL review threads', () => {
  const THREADS = `query($owner: String!, $name: String!, $number: Int!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        reviewThreads(first: 100, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { id isResolved path line diffSide comments(first: 1) { nodes { databaseId body author { login } } } }
        }
      }
    }
  }`;
  const RESOLVE = `mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }`;

  interface Threads {
    repository: {
      pullRequest: {
        reviewThreads: {
          nodes: {
            id: string;
            isResolved: boolean;
            path: string;
            line: number;
            diffSide: string;
            comments: { nodes: { databaseId: number; body: string; author: { login: string } }[] };
          }[];
        };
      };
    };
  }

  it('lists threads with their first comment and resolves one', async () => {
    const { fake, octokit, pr } = await setup();
    await octokit.rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      comments: [
        { path: 'a.yaml', line: 3, body: 'one' },
        { path: 'gone.yaml', line: 1, side: 'LEFT', body: 'two' },
      ],
    });
    const vars = { owner: OWNER, name: REPO, number: NUMBER };
    const listed = await octokit.graphql<Threads>(THREADS, vars);
    const nodes = listed.repository.pullRequest.reviewThreads.nodes;
    const restIds = fake.state.reviewComments.map((c) => c.id);
    expect(
      nodes.map((n) => [n.path, n.line, n.diffSide, n.isResolved, n.comments.nodes[0]?.databaseId]),
    ).toEqual([
      ['a.yaml', 3, 'RIGHT', false, restIds[0]],
      ['gone.yaml', 1, 'LEFT', false, restIds[1]],
    ]);
    expect(nodes[0]?.id).toBe(nodeId('PRRT', fake.state.threads[0]?.id ?? 0));
    await octokit.graphql(RESOLVE, { id: nodes[0]?.id });
    const after = await octokit.graphql<Threads>(THREADS, vars);
    expect(after.repository.pullRequest.reviewThreads.nodes.map((n) => n.isResolved)).toEqual([true, false]);
    expect(fake.violations).toEqual([]);
  });

  it('validates queries like GitHub: unknown fields and missing pagination bounds are errors', async () => {
    const { fake } = await setup();
    const unknown = await call(fake, 'POST', '/graphql', {
      query: '{ repository(owner: "acme", name: "cluster") { pullRequest(number: 7) { threads { id } } } }',
    });
    expect(unknown.status).toBe(200);
    expect(unknown.body?.errors).toEqual([
      {
        message: "Field 'threads' doesn't exist on type 'PullRequest'",
        locations: [{ line: 1, column: 73 }],
        path: ['query', 'repository', 'pullRequest', 'threads'],
        extensions: { code: 'undefinedField', typeName: 'PullRequest', fieldName: 'threads' },
      },
    ]);
    const unbounded = await call(fake, 'POST', '/graphql', {
      query:
        '{ repository(owner: "acme", name: "cluster") { pullRequest(number: 7) { reviewThreads { totalCount } } } }',
    });
    expect(unbounded.body).toMatchObject({
      data: { repository: { pullRequest: { reviewThreads: null } } },
      errors: [
        { type: 'MISSING_PAGINATION_BOUNDARIES', path: ['repository', 'pullRequest', 'reviewThreads'] },
      ],
    });
    expect(fake.violations.map((v) => v.kind)).toEqual(['graphql']);
  });

  it('read-only: resolving is FORBIDDEN in the GraphQL response', async () => {
    const { fake, octokit, pr } = await setup();
    await octokit.rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      comments: [{ path: 'a.yaml', line: 3, body: 'one' }],
    });
    fake.setReadOnly(true);
    const id = nodeId('PRRT', fake.state.threads[0]?.id ?? 0);
    const result = await call(fake, 'POST', '/graphql', { query: RESOLVE, variables: { id } });
    expect(result.body).toMatchObject({
      data: { resolveReviewThread: null },
      errors: [
        {
          type: 'FORBIDDEN',
          path: ['resolveReviewThread'],
          message: 'Resource not accessible by integration',
        },
      ],
    });
    expect(fake.state.threads[0]?.isResolved).toBe(false);
  });
});

describe('runner environment', () => {
  it('writes a pull_request payload and the variables the Action reads', async () => {
    const { fake, repo } = await setup();
    const pull = fake.state.pulls[0]!;
    const run = actionRun(fake, { pull, workspace: repo.dir, inputs: { 'fail-on': 'error' } });
    cleanups.push(run.cleanup);
    const payload = JSON.parse(readFileSync(run.eventPath, 'utf8')) as {
      action: string;
      number: number;
      pull_request: {
        head: { sha: string; repo: { full_name: string } };
        base: { repo: { full_name: string } };
      };
    };
    expect(payload).toMatchObject({ action: 'opened', number: NUMBER });
    expect(payload.pull_request.head.sha).toBe(repo.headSha);
    expect(payload.pull_request.head.repo.full_name).toBe('acme/cluster');
    expect(run.env).toMatchObject({
      GITHUB_API_URL: fake.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/cluster',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_SHA: repo.mergeSha,
      GITHUB_REF: 'refs/pull/7/merge',
      INPUT_TOKEN: 'ghs_fakeGitHubToken',
      'INPUT_FAIL-ON': 'error',
    });
    expect(readFileSync(run.env.GITHUB_STEP_SUMMARY ?? '', 'utf8')).toBe('');
  });

  it('an Action process reads that environment and reaches the fake (runAction)', async () => {
    const { fake, repo } = await setup();
    const run = actionRun(fake, {
      pull: fake.state.pulls[0]!,
      workspace: repo.dir,
      inputs: { message: 'Service default/db: no Endpoints' },
    });
    cleanups.push(run.cleanup);
    const result = await runAction(path.join(import.meta.dirname, 'github-server/probe-action.mjs'), run);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(fake.state.reviews.map((r) => [r.body, r.commitId])).toEqual([
      [`probe ran for pull_request at ${repo.mergeSha}`, repo.headSha],
    ]);
    expect(fake.state.reviewComments.map((c) => [c.path, c.line, c.body])).toEqual([
      ['a.yaml', 1, 'Service default/db: no Endpoints'],
    ]);
    expect(readFileSync(run.summaryPath, 'utf8')).toBe('reviewed 3 files');
    expect(readFileSync(run.outputPath, 'utf8')).toMatch(/^files<<ghadelimiter_[\w-]+\n3\n/);
    expect(fake.requests.every((r) => r.headers.authorization === 'token ghs_fakeGitHubToken')).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it('a fork pull request carries the fork as head repository', async () => {
    const repo = createPullRequestRepo({ base: BASE, head: HEAD });
    const fake = await startFakeGitHub({ readOnly: true });
    cleanups.push(
      () => repo.cleanup(),
      () => fake.close(),
    );
    const pull = fake.addPullRequest({
      owner: OWNER,
      repo: REPO,
      number: 9,
      headRepoFullName: 'contributor/cluster',
      ...repo,
    });
    const { data } = await getOctokit('t', { baseUrl: fake.url }).rest.pulls.get({
      owner: OWNER,
      repo: REPO,
      pull_number: 9,
    });
    expect([data.head.repo?.full_name, data.base.repo.full_name, data.head.repo?.fork]).toEqual([
      'contributor/cluster',
      'acme/cluster',
      true,
    ]);
    expect(pull.head.repo.fork).toBe(true);
  });
});

describe('repository contents', () => {
  const CONTENTS = `GET ${R}/contents/{path}`;

  it('serves a file at a ref as GitHub does: base64 wrapped at 60 characters, blob sha, links', async () => {
    const big = Array.from({ length: 40 }, (_, i) => `line ${i + 1}: ${'x'.repeat(i)}`).join('\n');
    const { fake, octokit, repo } = await setup(
      {},
      { base: { ...BASE, 'dir/with space.yaml': big }, head: HEAD },
    );
    const params = { owner: OWNER, repo: REPO, path: 'dir/with space.yaml', ref: repo.baseSha };
    const { data } = await octokit.rest.repos.getContent(params);
    const file = data as {
      type: string;
      encoding: string;
      content: string;
      sha: string;
      size: number;
      path: string;
      name: string;
    };
    expect([file.type, file.encoding, file.path, file.name, file.size]).toEqual([
      'file',
      'base64',
      'dir/with space.yaml',
      'with space.yaml',
      Buffer.byteLength(big),
    ]);
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(big);
    const lines = file.content.split('\n');
    expect(lines.at(-1)).toBe(''); // ends with a newline, like Ruby's Base64.encode64
    expect(lines.slice(0, -2).every((l) => l.length === 60)).toBe(true);
    expect(file.sha).toBe(git(repo.dir, ['rev-parse', `${repo.baseSha}:dir/with space.yaml`]).trim());

    // octokit's mediaType raw: the text itself.
    const raw = await octokit.rest.repos.getContent({ ...params, mediaType: { format: 'raw' } });
    expect(raw.data as unknown).toBe(big);
    expect(fake.requestsTo(CONTENTS).map((r) => [r.status, r.query.ref])).toEqual([
      [200, repo.baseSha],
      [200, repo.baseSha],
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('reads each commit and branch as it is: the head has no deleted file, the base has it', async () => {
    const { fake, octokit, repo } = await setup();
    const at = (ref: string, path: string) =>
      failure(octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path, ref })).catch(() => ({
        status: 200,
        data: {},
      }));
    expect((await at(repo.headSha, 'gone.yaml')).status).toBe(404);
    expect((await at(repo.baseSha, 'gone.yaml')).status).toBe(200);
    expect((await at('feature', 'new.yaml')).status).toBe(200);
    expect((await at('main', 'new.yaml')).status).toBe(404);
    expect((await at('0123456789abcdef0123456789abcdef01234567', 'a.yaml')).status).toBe(404);
    // No ref: the default branch (main, the base).
    const { data } = await octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'gone.yaml' });
    expect((data as { type: string }).type).toBe('file');
    expect(fake.violations).toEqual([]);
  });

  it('lists a directory (and the root) as an array of entries', async () => {
    const { fake, octokit, repo } = await setup(
      {},
      { base: BASE, head: { ...HEAD, 'k8s/a.yaml': 'a: 1\n', 'k8s/sub/b.yaml': 'b: 2\n' } },
    );
    const { data } = await octokit.rest.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'k8s',
      ref: repo.headSha,
    });
    expect(
      (data as { name: string; type: string; path: string }[]).map((e) => [e.name, e.type, e.path]),
    ).toEqual([
      ['a.yaml', 'file', 'k8s/a.yaml'],
      ['sub', 'dir', 'k8s/sub'],
    ]);
    const root = await call(fake, 'GET', `/repos/acme/cluster/contents/?ref=${repo.headSha}`);
    expect((root.body as unknown as { name: string }[]).map((e) => e.name)).toEqual([
      'a.yaml',
      'k8s',
      'new.yaml',
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('needs contents read access', async () => {
    const { octokit, repo } = await setup({ permissions: { contents: 'none' } });
    const refused = await failure(
      octokit.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'a.yaml', ref: repo.baseSha }),
    );
    expect([refused.status, refused.data.message]).toEqual([403, 'Resource not accessible by integration']);
  });
});

describe('GraphQL null cursors', () => {
  const PAGE = `query($owner: String!, $name: String!, $number: Int!, $cursor: String) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        reviewThreads(first: 1, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { path } }
      }
    }
  }`;
  interface Page {
    repository: {
      pullRequest: {
        reviewThreads: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: { path: string }[];
        };
      };
    };
  }

  it('reads `after: null` (a null or missing cursor variable, or a literal null) as the first page', async () => {
    const { fake, octokit, pr } = await setup();
    await octokit.rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      comments: [
        { path: 'a.yaml', line: 3, body: 'one' },
        { path: 'new.yaml', line: 1, body: 'two' },
      ],
    });
    const vars = { owner: OWNER, name: REPO, number: NUMBER };
    const withNull = await octokit.graphql<Page>(PAGE, { ...vars, cursor: null });
    const without = await octokit.graphql<Page>(PAGE, vars);
    const literal = await call(fake, 'POST', '/graphql', {
      query: PAGE.replace('after: $cursor', 'after: null').replace(', $cursor: String', ''),
      variables: vars,
    });
    for (const page of [withNull, without, (literal.body as { data: Page }).data]) {
      expect(page.repository.pullRequest.reviewThreads.nodes.map((n) => n.path)).toEqual(['a.yaml']);
      expect(page.repository.pullRequest.reviewThreads.pageInfo.hasNextPage).toBe(true);
    }
    const second = await octokit.graphql<Page>(PAGE, {
      ...vars,
      cursor: withNull.repository.pullRequest.reviewThreads.pageInfo.endCursor,
    });
    expect(second.repository.pullRequest.reviewThreads.nodes.map((n) => n.path)).toEqual(['new.yaml']);
    expect(second.repository.pullRequest.reviewThreads.pageInfo.hasNextPage).toBe(false);
    expect(fake.requestsTo('POST /graphql').map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(fake.violations).toEqual([]);
  });
});

describe('pushes to an open pull request', () => {
  it('moves head, merge commit, files and patches to the new commit, from a real git diff', async () => {
    const { fake, octokit, pr, repo } = await setup();
    const pull = fake.state.pulls[0]!;
    const oldHead = repo.headSha;
    fake.pushCommit(pull, repo, {
      ...HEAD,
      'a.yaml': numbered(20).replace('line 7\n', 'LINE 7\n'),
      'more.yaml': 'x: 1\n',
    });

    expect(repo.headSha).not.toBe(oldHead);
    expect(git(repo.dir, ['rev-parse', `${repo.headSha}^`]).trim()).toBe(oldHead);
    expect(
      git(repo.dir, ['rev-list', '--parents', '-n', '1', repo.mergeSha]).trim().split(' ').slice(1),
    ).toEqual([repo.baseSha, repo.headSha]);
    expect(git(repo.dir, ['rev-parse', 'HEAD']).trim()).toBe(repo.mergeSha); // checked out as before
    expect(readFileSync(`${repo.dir}/a.yaml`, 'utf8')).toContain('LINE 7');

    const { data } = await octokit.rest.pulls.get(pr);
    expect([data.head.sha, data.merge_commit_sha, data.changed_files]).toEqual([
      repo.headSha,
      repo.mergeSha,
      4,
    ]);
    const { data: files } = await octokit.rest.pulls.listFiles(pr);
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ['a.yaml', 'modified'],
      ['gone.yaml', 'removed'],
      ['more.yaml', 'added'],
      ['new.yaml', 'added'],
    ]);
    expect(files[0]?.patch).toBe(
      '@@ -4,7 +4,7 @@ line 3\n line 4\n line 5\n line 6\n-line 7\n+LINE 7\n line 8\n line 9\n line 10',
    );

    // Anchors follow the new patches: line 7 is commentable now, line 3 (changed only before) is not.
    await octokit.rest.pulls.createReview({
      ...pr,
      commit_id: repo.headSha,
      event: 'COMMENT',
      comments: [{ path: 'a.yaml', line: 7, body: 'ok' }],
    });
    const stale = await failure(
      octokit.rest.pulls.createReview({
        ...pr,
        event: 'COMMENT',
        comments: [{ path: 'a.yaml', line: 3, body: 'no' }],
      }),
    );
    expect([stale.status, stale.data.errors]).toEqual([422, ['Line could not be resolved']]);
    const old = await failure(
      octokit.rest.pulls.createReview({ ...pr, commit_id: oldHead, event: 'COMMENT', body: 'x' }),
    );
    expect(old.status).toBe(422);
    // The payload a re-run gets (action: synchronize) carries the new head.
    const run = actionRun(fake, { pull, workspace: repo.dir, action: 'synchronize' });
    cleanups.push(run.cleanup);
    const payload = JSON.parse(readFileSync(run.eventPath, 'utf8')) as {
      action: string;
      pull_request: { head: { sha: string } };
    };
    expect([payload.action, payload.pull_request.head.sha]).toEqual(['synchronize', repo.headSha]);
    expect(run.env.GITHUB_SHA).toBe(repo.mergeSha);
    // Check runs on the new head are accepted.
    await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'kube-pairing',
      head_sha: repo.headSha,
    });
    expect(fake.violations).toEqual([]);
  });
});

describe('the token’s own account', () => {
  // GITHUB_TOKEN (the default token), another app's installation token, and two people's tokens.
  const USERS = { ghs_app: 'kube-pairing-app[bot]', ghp_ci: 'kube-ci', ghp_mallory: 'mallory' };
  const as = (fake: FakeGitHub, token: string) => getOctokit(token, { baseUrl: fake.url });

  it('GET /user: 403 "Resource not accessible by integration" for installation tokens, the profile for a person', async () => {
    const { fake } = await setup({ users: USERS });
    for (const token of ['ghs_test', 'ghs_app']) {
      expect(await failure(as(fake, token).rest.users.getAuthenticated())).toEqual({
        status: 403,
        data: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403',
        },
      });
    }
    const { data } = await as(fake, 'ghp_ci').rest.users.getAuthenticated();
    expect(data).toMatchObject({ login: 'kube-ci', type: 'User', user_view_type: 'public' });
    expect((await as(fake, 'ghp_ci').rest.users.getAuthenticated()).data.id).toBe(data.id); // a stable account
    expect(fake.violations).toEqual([]); // the profile passed GitHub's response schema
  });

  it('GraphQL `viewer` answers every token: the bot of an installation token, the person of a PAT', async () => {
    const { fake } = await setup({ users: USERS });
    const viewer = async (token: string) =>
      (await as(fake, token).graphql<{ viewer: { login: string } }>('query { viewer { login } }')).viewer
        .login;
    expect([await viewer('ghs_test'), await viewer('ghs_app'), await viewer('ghp_ci')]).toEqual([
      'github-actions[bot]',
      'kube-pairing-app[bot]',
      'kube-ci',
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('what a token writes is authored by its account: user.login and user.type on comments, reviews and in GraphQL', async () => {
    const { fake, pr, repo } = await setup({ users: USERS });
    await as(fake, 'ghs_test').rest.pulls.createReview({
      ...pr,
      event: 'COMMENT',
      body: 'bot review',
      comments: [{ path: 'a.yaml', line: 3, body: 'bot comment' }],
    });
    await as(fake, 'ghp_mallory').rest.pulls.createReviewComment({
      ...pr,
      commit_id: repo.headSha,
      path: 'a.yaml',
      line: 3,
      body: 'person comment <!-- kube-pairing:comment key=0123456789abcdef content=000000000000 -->',
    });
    await as(fake, 'ghs_app').rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: NUMBER,
      body: 'app comment',
    });
    const reader = as(fake, 'ghs_test');
    const comments = await reader.rest.pulls.listReviewComments(pr);
    expect(
      comments.data.map((c) => [c.body.split(' ')[0], c.user.login, c.user.type, c.author_association]),
    ).toEqual([
      ['bot', 'github-actions[bot]', 'Bot', 'NONE'],
      ['person', 'mallory', 'User', 'CONTRIBUTOR'],
    ]);
    const reviews = await reader.rest.pulls.listReviews(pr);
    expect(reviews.data.map((r) => [r.body, r.user?.login])).toEqual([
      ['bot review', 'github-actions[bot]'],
      ['', 'mallory'], // a lone comment is filed under a review of its own
    ]);
    const issueComments = await reader.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: NUMBER,
    });
    expect(issueComments.data.map((c) => [c.user?.login, c.user?.type])).toEqual([
      ['kube-pairing-app[bot]', 'Bot'],
    ]);
    const threads = await reader.graphql<{
      repository: {
        pullRequest: { reviewThreads: { nodes: { comments: { nodes: { author: { login: string } }[] } }[] } };
      };
    }>(
      `query { repository(owner: "${OWNER}", name: "${REPO}") { pullRequest(number: ${NUMBER}) {
        reviewThreads(first: 10) { nodes { comments(first: 1) { nodes { author { login } } } } } } } }`,
    );
    expect(
      threads.repository.pullRequest.reviewThreads.nodes.map((t) => t.comments.nodes[0]?.author.login),
    ).toEqual(['github-actions[bot]', 'mallory']);
    expect(fake.violations).toEqual([]);
  });

  it('a token listed in `users` must also be in `tokens` when tokens are restricted', async () => {
    const { fake } = await setup({ tokens: ['ghs_test'], users: USERS });
    expect((await call(fake, 'GET', '/user', undefined, 'ghp_ci')).status).toBe(401);
    expect((await call(fake, 'GET', '/user', undefined, 'ghs_test')).status).toBe(403);
  });
});

describe('check runs found again by external_id', () => {
  it('stores external_id, and after a 502 that GitHub applied the run is listed by check_name with it', async () => {
    const { fake, octokit, repo } = await setup();
    fake.injectFaults(`POST ${R}/check-runs`, faults.badGateway({ afterApplying: true }));
    const result = await failure(
      octokit.rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: 'kube-pairing',
        head_sha: repo.headSha,
        external_id: 'kube-pairing-0123456789abcdef',
        status: 'in_progress',
        request: { retries: 0 },
      }),
    );
    expect(result.status).toBe(502);
    await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'kube-pairing',
      head_sha: repo.headSha,
    });
    await octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'other', head_sha: repo.headSha });
    const list = (filter?: 'all' | 'latest') =>
      octokit.rest.checks.listForRef({
        owner: OWNER,
        repo: REPO,
        ref: repo.headSha,
        check_name: 'kube-pairing',
        ...(filter ? { filter } : {}),
      });
    const all = (await list('all')).data;
    expect(all.check_runs.map((r) => [r.name, r.external_id, r.status])).toEqual([
      ['kube-pairing', 'kube-pairing-0123456789abcdef', 'in_progress'],
      ['kube-pairing', '', 'queued'],
    ]);
    // The default (`latest`) keeps only the newest run of the name: a look-up must ask for all.
    expect((await list()).data.check_runs.map((r) => r.external_id)).toEqual(['']);
    expect(fake.state.checkRuns[0]?.externalId).toBe('kube-pairing-0123456789abcdef');
    expect(fake.violations).toEqual([]);
  });
});
