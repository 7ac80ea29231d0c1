/**
 * The built Action (dist/index.js, built by the test setup) run as a child process with the
 * environment a runner sets, against a local server that plays GitHub's REST API (and validates
 * every request body against GitHub's OpenAPI description), on real git checkouts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  FakeGitHub,
  FakeGitHubOptions,
  FileTree,
  PullRequest,
  PullRequestRepo,
} from './github-server/index.js';
import { actionRun, createPullRequestRepo, faults, startFakeGitHub } from './github-server/index.js';

// A private copy of the bundle the setup built: other test runs may rebuild dist/ meanwhile.
let ACTION = path.resolve('dist/index.js');
beforeAll(() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kp-action-bundle-'));
  copyFileSync(ACTION, path.join(dir, 'index.mjs')); // ESM outside the package
  ACTION = path.join(dir, 'index.mjs');
  return () => rmSync(dir, { recursive: true, force: true });
});

const R = '/repos/{owner}/{repo}';
const CREATE_REVIEW = `POST ${R}/pulls/{pull_number}/reviews`;
const LIST_FILES = `GET ${R}/pulls/{pull_number}/files`;
const UPDATE_COMMENT = `PATCH ${R}/pulls/comments/{comment_id}`;

const service = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: default\nspec:\n  ports:\n    - name: client\n      port: 2379\n`;
const endpoints = (name: string) =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\n  namespace: default\nsubsets:\n  - addresses:\n      - ip: 10.20.30.40\n    ports:\n      - name: client\n        port: 2379\n`;
const pair = (name: string) => `${service(name)}---\n${endpoints(name)}`;
/** A pair no rule objects to: a Service and a hand-written EndpointSlice with its managed-by label. */
const cleanPair = (name: string) =>
  `${service(name)}---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${name}-1\n  namespace: default\n  labels:\n    kubernetes.io/service-name: ${name}\n    endpointslice.kubernetes.io/managed-by: cluster-admins\naddressType: IPv4\nendpoints:\n  - addresses: ["10.20.30.40"]\nports:\n  - name: client\n    port: 2379\n    protocol: TCP\n`;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow-command annotations printed on stdout. */
  annotations: { level: string; properties: string; message: string }[];
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(options);
  cleanups.push(() => fake.close());
  return fake;
}

function repository(base: FileTree, head: FileTree, omitPatch: string[] = []): PullRequestRepo {
  const repo = createPullRequestRepo({ base, head, omitPatch });
  cleanups.push(() => repo.cleanup());
  return repo;
}

function pullRequest(fake: FakeGitHub, repo: PullRequestRepo, headRepoFullName?: string): PullRequest {
  return fake.addPullRequest({
    owner: 'octo',
    repo: 'app',
    number: 12,
    baseSha: repo.baseSha,
    headSha: repo.headSha,
    mergeSha: repo.mergeSha,
    files: repo.files,
    ...(headRepoFullName ? { headRepoFullName } : {}),
  });
}

/** Runs dist/index.js as the runner would, asynchronously (the fake server lives in this process). */
async function runAction(
  env: Record<string, string>,
  paths: { outputPath: string; summaryPath: string; runnerTemp: string },
): Promise<RunResult> {
  cleanups.push(() => rmSync(paths.runnerTemp, { recursive: true, force: true }));
  const child = spawn(process.execPath, [ACTION], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: os.tmpdir(),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: os.devNull,
      // Short waits: every retry and the spacing of writes still happen, in milliseconds instead of seconds.
      KUBE_PAIRING_RETRY_BASE_MS: '10',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const annotations = [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((m) => ({
    level: m[1] as string,
    properties: (m[2] ?? '').trim(),
    message: m[3] as string,
  }));
  return {
    code,
    stdout,
    stderr,
    outputs: readOutputs(paths.outputPath),
    summary: readFileSync(paths.summaryPath, 'utf8'),
    annotations,
  };
}

/** `name<<delimiter\nvalue\ndelimiter` entries of $GITHUB_OUTPUT. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1] as string] = m[3] as string;
  return outputs;
}

async function run(
  fake: FakeGitHub,
  pull: PullRequest,
  repo: PullRequestRepo,
  inputs: Record<string, string> = {},
  eventName?: 'pull_request' | 'pull_request_target',
) {
  const runner = actionRun(fake, { pull, workspace: repo.dir, inputs, ...(eventName ? { eventName } : {}) });
  return runAction(runner.env, runner);
}

const writes = (fake: FakeGitHub) =>
  fake.requests.filter(
    (r) =>
      r.method !== 'GET' &&
      !(
        r.method === 'POST' &&
        r.path === '/graphql' &&
        !String((r.body as { query?: string })?.query).includes('mutation')
      ),
  );
const commentsOf = (fake: FakeGitHub) => fake.state.reviewComments;
const bodyOf = (request: { body: unknown }) =>
  request.body as {
    body?: string;
    comments?: { path: string; line: number; side: string; start_line?: number; body: string }[];
    event?: string;
    commit_id?: string;
  };

describe('the Action on pull requests', () => {
  it('comments a renamed Endpoints on its name line with a suggestion, and fails', async () => {
    const fake = await server();
    const repo = repository(
      {
        'svc.yaml': service('etcd-supporting-kubernetes'),
        'ep.yaml': endpoints('etcd-supporting-kubernetes'),
      },
      { 'svc.yaml': service('etcd-supporting-kubernetes'), 'ep.yaml': endpoints('etcd-support-kubernetes') },
    );
    const pull = pullRequest(fake, repo);
    const result = await run(fake, pull, repo);

    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    const reviews = fake.requestsTo(CREATE_REVIEW);
    expect(reviews).toHaveLength(1);
    expect(bodyOf(reviews[0]!)).toMatchObject({ event: 'COMMENT', commit_id: repo.headSha });
    const comment = bodyOf(reviews[0]!).comments!.find((c) => c.body.includes('endpoints-without-service'));
    expect(comment).toMatchObject({ path: 'ep.yaml', line: 4, side: 'RIGHT' });
    expect(comment!.start_line).toBeUndefined();
    expect(comment!.body).toContain('```suggestion\n  name: etcd-supporting-kubernetes\n```');
    expect(comment!.body).toMatch(/<!-- kube-pairing:comment key=[0-9a-f]{16} content=[0-9a-f]{12} -->/);
    expect(commentsOf(fake).length).toBe(bodyOf(reviews[0]!).comments!.length);

    expect(result.outputs.errors).toBe('1');
    const report = JSON.parse(readFileSync(result.outputs['findings-file']!, 'utf8')) as {
      version: number;
      findings: { rule: string; file: string; line: number; column: number }[];
    };
    expect(report.version).toBe(1);
    expect(report.findings.find((f) => f.rule === 'endpoints-without-service')).toMatchObject({
      file: 'ep.yaml',
      line: 4,
      column: 9,
    });
    expect(
      result.annotations.find((a) =>
        a.message.includes('Endpoints default/etcd-support-kubernetes has no Service'),
      ),
    ).toMatchObject({
      level: 'error',
      properties:
        'title=kube-pairing%3A endpoints-without-service,file=ep.yaml,line=4,endLine=4,col=9,endColumn=32',
    });
    expect(result.summary).toContain(
      `<a href="https://github.com/octo/app/blob/${repo.headSha}/ep.yaml#L4">ep.yaml:4</a>`,
    );
    expect(result.stdout).toContain('::error::kube-pairing: 1 error');
  });

  it('reports nothing when the change only adds a correct pair while an old broken file exists elsewhere', async () => {
    const fake = await server();
    const repo = repository(
      { 'legacy/broken.yaml': endpoints('orphan-from-2019') },
      { 'legacy/broken.yaml': endpoints('orphan-from-2019'), 'apps/api.yaml': cleanPair('api') },
    );
    const pull = pullRequest(fake, repo);
    const result = await run(fake, pull, repo);

    expect(result.code).toBe(0);
    expect(fake.violations).toEqual([]);
    expect(fake.requestsTo(CREATE_REVIEW)).toEqual([]);
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(result.annotations.filter((a) => a.properties.includes('file='))).toEqual([]);
    expect(result.summary).toMatch(/other findings? outside this change (is|are) not reported/);
  });

  it('on a fork: writes nothing, reports through annotations and the summary, and still fails', async () => {
    const fake = await server({ readOnly: true });
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, repo, 'contributor/app');
    const result = await run(fake, pull, repo);

    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    expect(writes(fake)).toEqual([]);
    expect(
      result.annotations.some((a) => a.level === 'error' && a.properties.includes('file=ep.yaml,line=4')),
    ).toBe(true);
    expect(result.summary).toContain(
      '<td>review comments</td><td>⏭️ skipped</td><td>read-only token (pull request from a fork)</td>',
    );
    expect(
      result.stdout.match(/comes from the fork contributor\/app, so the token is read-only/g),
    ).toHaveLength(1);
  });

  it('with a read-only token on a same-repository pull request: detects the 403 once and keeps the verdict', async () => {
    const fake = await server({ readOnly: true });
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, repo);
    const result = await run(fake, pull, repo, { 'check-run': 'true' });

    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    expect(fake.requestsTo(CREATE_REVIEW).map((r) => r.status)).toEqual([403]);
    expect(fake.requestsTo(`POST ${R}/check-runs`)).toEqual([]); // not tried once the token is known read-only
    expect(result.stdout.match(/may not write to pull request #12/g)).toHaveLength(1);
    expect(result.annotations.some((a) => a.properties.includes('file=ep.yaml'))).toBe(true);
  });

  it('does not post duplicates on a re-run', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb'), 'other.yaml': endpoints('cache') },
    );
    const pull = pullRequest(fake, repo);
    const first = await run(fake, pull, repo);
    const commentCount = commentsOf(fake).length;
    const reviewCount = fake.state.reviews.length;
    expect(commentCount).toBeGreaterThan(0);

    const second = await run(fake, pull, repo);
    expect(first.code).toBe(1);
    expect(second.code).toBe(1);
    expect(fake.violations).toEqual([]);
    expect(commentsOf(fake)).toHaveLength(commentCount);
    expect(fake.state.reviews).toHaveLength(reviewCount);
    expect(fake.requestsTo(UPDATE_COMMENT)).toEqual([]);
    expect(second.summary).toMatch(
      /0 inline comments, 0 in the review body, \d+ already posted by an earlier run/,
    );
  });

  it('marks the old comment fixed (and resolves its thread) on a re-run after the fix', async () => {
    const fake = await server();
    const broken = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, broken);
    expect((await run(fake, pull, broken)).code).toBe(1);
    const original = commentsOf(fake).find((c) => c.body.includes('endpoints-without-service'))!;
    expect(original).toBeDefined();

    fake.pushCommit(pull, broken, { 'svc.yaml': service('db'), 'ep.yaml': endpoints('db') });
    const result = await run(fake, pull, broken);

    expect(result.code).toBe(0);
    expect(fake.violations).toEqual([]);
    const patched = fake.requestsTo(UPDATE_COMMENT).map((r) => r.path);
    expect(patched).toContain(`/repos/octo/app/pulls/comments/${original.id}`);
    const after = commentsOf(fake).find((c) => c.id === original.id)!;
    expect(after.body).toMatch(/^\*\*Fixed\*\* · this kube-pairing finding is gone as of commit /);
    expect(after.body).toContain(' resolved -->');
    expect(after.body).not.toContain('```suggestion');
    expect(fake.state.threads.find((t) => t.id === original.threadId)?.isResolved).toBe(true);
    // Whatever else the second run posts (the renamed Endpoints is a new object), the fixed finding is not re-posted.
    const later = fake
      .requestsTo(CREATE_REVIEW)
      .slice(1)
      .flatMap((r) => bodyOf(r).comments ?? []);
    expect(later.filter((c) => c.body.includes('endpoints-without-service'))).toEqual([]);
  });

  it('reads all 250 changed files through Link-header pagination', async () => {
    const fake = await server();
    const head: FileTree = {};
    for (let i = 0; i < 250; i++) head[`apps/app-${String(i).padStart(3, '0')}.yaml`] = pair(`app-${i}`);
    head['apps/app-249.yaml'] = `${service('app-249')}---\n${endpoints('app-249x')}`;
    const repo = repository({ 'README.md': '# apps\n' }, { 'README.md': '# apps\n', ...head });
    const pull = pullRequest(fake, repo);
    const result = await run(fake, pull, repo);

    expect(fake.violations).toEqual([]);
    const pages = fake.requestsTo(LIST_FILES);
    expect(pages.map((p) => p.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((p) => p.query.per_page === '100')).toBe(true);
    expect(result.code).toBe(1);
    const comments = bodyOf(fake.requestsTo(CREATE_REVIEW)[0]!).comments!;
    expect(comments.find((c) => c.body.includes('endpoints-without-service'))).toMatchObject({
      path: 'apps/app-249.yaml',
      line: 14,
    });
  }, 60_000);

  it('falls back to a body-only review when GitHub refuses the comments with 422, losing nothing', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, repo);
    fake.injectFaults(
      CREATE_REVIEW,
      faults.status(422, {
        message: 'Unprocessable Entity',
        errors: ['Line could not be resolved'],
        documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
        status: '422',
      }),
    );
    const result = await run(fake, pull, repo);

    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    const [refused, fallback] = fake.requestsTo(CREATE_REVIEW);
    expect(refused!.status).toBe(422);
    expect(bodyOf(refused!).comments!.length).toBeGreaterThan(0);
    expect(fallback!.status).toBe(200);
    expect(bodyOf(fallback!).comments).toBeUndefined();
    for (const comment of bodyOf(refused!).comments!) {
      const rule = /\[`([a-z-]+)`\]/.exec(comment.body)![1]!;
      expect(bodyOf(fallback!).body).toContain(`[\`${rule}\`]`);
    }
    expect(bodyOf(fallback!).body).toContain('ep.yaml:4');
    expect(result.stdout).toContain('GitHub refused the review');
    expect(result.summary).toContain('endpoints-without-service');
  });

  it('retries 500s and then succeeds', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, repo);
    fake.injectFaults(LIST_FILES, faults.serverError(), faults.serverError());
    fake.injectFaults(CREATE_REVIEW, faults.serverError());
    const result = await run(fake, pull, repo);

    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    expect(fake.requestsTo(LIST_FILES).map((r) => r.status)).toEqual([500, 500, 200]);
    expect(fake.requestsTo(CREATE_REVIEW).map((r) => r.status)).toEqual([500, 200]);
    expect(fake.state.reviews).toHaveLength(1);
    expect(commentsOf(fake).some((c) => c.path === 'ep.yaml' && c.line === 4)).toBe(true);
  }, 60_000);

  it('does not post the review twice when GitHub stored it but answered 502', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, repo);
    fake.injectFaults(CREATE_REVIEW, faults.badGateway({ afterApplying: true }));
    const result = await run(fake, pull, repo);

    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    expect(fake.requestsTo(CREATE_REVIEW).map((r) => r.status)).toEqual([502]);
    expect(fake.state.reviews).toHaveLength(1);
    expect(result.stdout).toContain('checking whether GitHub stored it before retrying');
    expect(result.summary).toContain('<td>review comments</td><td>✅ done</td>');
  });

  it('waits out a secondary rate limit on the check run', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, repo);
    fake.injectFaults(`POST ${R}/check-runs`, faults.secondaryRateLimit(1));
    const result = await run(fake, pull, repo, { 'check-run': 'true' });

    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    expect(fake.requestsTo(`POST ${R}/check-runs`).map((r) => r.status)).toEqual([403, 201]);
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(result.stdout).toContain('secondary rate limit');
  });

  it('comments a deleted Service that orphans its Endpoints on the deleted line (LEFT), linking the orphan', async () => {
    const fake = await server();
    const repo = repository(
      { 'services/etcd.yaml': service('etcd'), 'endpoints/etcd.yaml': endpoints('etcd') },
      { 'endpoints/etcd.yaml': endpoints('etcd') },
    );
    const pull = pullRequest(fake, repo);
    const result = await run(fake, pull, repo);

    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    const comments = bodyOf(fake.requestsTo(CREATE_REVIEW)[0]!).comments!;
    const orphan = comments.find((c) => c.body.includes('endpoints-without-service'));
    expect(orphan).toMatchObject({ path: 'services/etcd.yaml', line: 4, side: 'LEFT' });
    expect(orphan!.body).toContain(
      'This change deletes Service default/etcd (services/etcd.yaml:4 on the base commit)',
    );
    expect(orphan!.body).toContain(
      `[endpoints/etcd.yaml:4](https://github.com/octo/app/blob/${repo.headSha}/endpoints/etcd.yaml#L4)`,
    );
    expect(orphan!.body).not.toContain('suggestion');
    const report = JSON.parse(readFileSync(result.outputs['findings-file']!, 'utf8')) as {
      findings: { rule: string; file: string; line: number }[];
    };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'endpoints-without-service', file: 'endpoints/etcd.yaml', line: 4 }),
    );
  });
});

describe('the Action on large and incomplete pull requests', () => {
  it('reads files beyond the API listing cap from git diff on the checkout', async () => {
    const fake = await server({ fileListLimit: 100 });
    const head: FileTree = {};
    for (let i = 0; i < 130; i++) head[`apps/app-${String(i).padStart(3, '0')}.yaml`] = cleanPair(`app-${i}`);
    head['zz/broken.yaml'] = endpoints('nothing-pairs-with-me');
    const repo = repository({ 'README.md': '# apps\n' }, { 'README.md': '# apps\n', ...head });
    const pull = pullRequest(fake, repo);
    const result = await run(fake, pull, repo);

    expect(fake.violations).toEqual([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('findings are scoped to pull request #12 (GitHub API and git diff)');
    const comments = bodyOf(fake.requestsTo(CREATE_REVIEW)[0]!).comments!;
    expect(comments.find((c) => c.body.includes('endpoints-without-service'))).toMatchObject({
      path: 'zz/broken.yaml',
      line: 4,
    });
  });

  it('scopes a file GitHub sent no patch for with git diff, but comments it in the review body', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db'), 'legacy.yaml': endpoints('old-orphan') },
      { 'svc.yaml': service('db'), 'legacy.yaml': endpoints('old-orphan'), 'ep.yaml': endpoints('dbb') },
      ['ep.yaml'],
    );
    const pull = pullRequest(fake, repo);
    const result = await run(fake, pull, repo);

    expect(fake.violations).toEqual([]);
    expect(result.code).toBe(1);
    const [review] = fake.requestsTo(CREATE_REVIEW);
    expect(review!.status).toBe(200);
    expect(bodyOf(review!).comments ?? []).toEqual([]);
    expect(bodyOf(review!).body).toContain('ep.yaml:4');
    expect(bodyOf(review!).body).not.toContain('legacy.yaml'); // git diff kept the scope to the change
  });

  it('fills fields missing from the event payload with pulls.get', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, repo);
    const runner = actionRun(fake, { pull, workspace: repo.dir });
    writeFileSync(
      runner.eventPath,
      JSON.stringify({ action: 'opened', number: 12, pull_request: { number: 12 } }),
    );
    const result = await runAction(runner.env, runner);

    expect(fake.violations).toEqual([]);
    expect(result.code).toBe(1);
    expect(fake.requestsTo(`GET ${R}/pulls/{pull_number}`)).toHaveLength(1);
    expect(bodyOf(fake.requestsTo(CREATE_REVIEW)[0]!).commit_id).toBe(repo.headSha);
  });

  it('keeps annotations within the runner caps, most severe first, and puts every finding in a check run by batches of 50', async () => {
    const fake = await server();
    const head: FileTree = { 'svc.yaml': service('db') };
    for (let i = 0; i < 30; i++)
      head[`orphans/ep-${String(i).padStart(2, '0')}.yaml`] = endpoints(`orphan-${i}`);
    const repo = repository({ 'svc.yaml': service('db') }, head);
    const pull = pullRequest(fake, repo);
    const result = await run(fake, pull, repo, { 'check-run': 'true', 'max-comments': '5' });

    expect(fake.violations).toEqual([]);
    expect(result.code).toBe(1);
    const count = (level: string) => result.annotations.filter((a) => a.level === level).length;
    expect(count('error')).toBe(10); // 9 findings + the setFailed line
    expect(count('warning')).toBeLessThanOrEqual(10);
    expect(count('notice')).toBe(10);
    expect(
      result.annotations.filter((a) => a.level === 'error' && a.properties.includes('file=')),
    ).toHaveLength(9);
    expect(
      result.annotations.find((a) => /more kube-pairing findings not shown/.test(a.message)),
    ).toMatchObject({ level: 'notice' });

    const report = JSON.parse(readFileSync(result.outputs['findings-file']!, 'utf8')) as {
      findings: unknown[];
    };
    const [run1] = fake.state.checkRuns;
    expect(run1).toMatchObject({
      name: 'kube-pairing',
      headSha: repo.headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run1!.annotations).toHaveLength(report.findings.length);
    expect(run1!.annotationBatches.every((n) => n <= 50)).toBe(true);
    expect(run1!.annotationBatches.filter((n) => n > 0)).toEqual([50, report.findings.length - 50]);

    const [review] = fake.requestsTo(CREATE_REVIEW);
    expect(bodyOf(review!).comments).toHaveLength(5);
    expect(bodyOf(review!).body).toContain('These could not be commented on a line of the diff');
  });
});

/** A depth-1 clone of the checkout, as `actions/checkout` makes by default. */
function shallowClone(repo: PullRequestRepo): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kp-shallow-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${repo.dir}`, dir], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: os.tmpdir(),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: os.devNull,
    },
  });
  return dir;
}

describe('the Action on a shallow checkout', () => {
  it('warns clearly when a file has no patch and there is no history to diff, and reports the whole file', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db'), 'ep.yaml': `# v1\n${endpoints('old-orphan')}` },
      { 'svc.yaml': service('db'), 'ep.yaml': `# v2\n${endpoints('old-orphan')}` },
      ['ep.yaml'],
    );
    const pull = pullRequest(fake, repo);
    const runner = actionRun(fake, { pull, workspace: shallowClone(repo) });
    const result = await runAction(runner.env, runner);

    // Without history, the base version of ep.yaml comes from the contents API at the base commit,
    // a route the fake does not serve yet (it answers 404 and records it): nothing else may be wrong.
    const contents = fake.requests.filter((r) => r.path === '/repos/octo/app/contents/ep.yaml');
    expect(contents.map((r) => [r.query.ref, r.headers.accept])).toEqual([
      [repo.baseSha, 'application/vnd.github.v3.raw'],
    ]);
    expect(
      fake.violations.filter((v) => !(v.kind === 'unsupported-route' && v.path.includes('/contents/'))),
    ).toEqual([]);
    expect(result.code).toBe(1);
    const warning = result.annotations.find(
      (a) => a.level === 'warning' && a.message.includes('GitHub sent no diff for ep.yaml'),
    );
    expect(warning?.message).toContain(
      'the checkout lacks the history to diff it (check out with `actions/checkout` and `fetch-depth: 0`)',
    );
    expect(warning?.message).toContain('every line of that file counts as changed');
    expect(result.summary).toContain('⚠️ GitHub sent no diff for ep.yaml');
    expect(bodyOf(fake.requestsTo(CREATE_REVIEW)[0]!).body).toContain('ep.yaml:5');
  });

  it('on push: fetches the missing "before" commit and diffs', async () => {
    const fake = await server();
    const repo = repository(
      { 'legacy.yaml': endpoints('old-orphan') },
      { 'legacy.yaml': endpoints('old-orphan'), 'ep.yaml': endpoints('new-orphan') },
    );
    const pull = pullRequest(fake, repo);
    const workspace = shallowClone(repo);
    const runner = actionRun(fake, { pull, workspace });
    writeFileSync(runner.eventPath, JSON.stringify({ before: repo.baseSha, after: repo.mergeSha }));
    const result = await runAction(
      { ...runner.env, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: repo.mergeSha },
      runner,
    );

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('(git diff)');
    expect(result.outputs.errors).toBe('1');
  });
});

describe('the Action on other events', () => {
  function eventRun(
    fake: FakeGitHub,
    repo: PullRequestRepo,
    pull: PullRequest,
    eventName: string,
    payload: unknown,
    inputs: Record<string, string> = {},
  ) {
    const runner = actionRun(fake, { pull, workspace: repo.dir, inputs });
    writeFileSync(runner.eventPath, JSON.stringify(payload));
    return runAction(
      {
        ...runner.env,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_SHA: repo.headSha,
        GITHUB_REF: 'refs/heads/main',
      },
      runner,
    );
  }

  it('on push: diffs before..after on the checkout and reports only what changed', async () => {
    const fake = await server();
    const repo = repository(
      { 'legacy.yaml': endpoints('old-orphan') },
      { 'legacy.yaml': endpoints('old-orphan'), 'ep.yaml': endpoints('new-orphan') },
    );
    const pull = pullRequest(fake, repo);
    const result = await eventRun(fake, repo, pull, 'push', {
      before: repo.baseSha,
      after: repo.headSha,
      repository: { full_name: 'octo/app' },
    });

    expect(fake.violations).toEqual([]);
    expect(result.code).toBe(1);
    expect(fake.requests.filter((r) => r.route !== undefined && r.route.includes('/pulls'))).toEqual([]);
    expect(result.stdout).toContain(
      `findings are scoped to the push ${repo.baseSha.slice(0, 12)}..${repo.headSha.slice(0, 12)} (git diff)`,
    );
    const files = result.annotations
      .filter((a) => a.properties.includes('file='))
      .map((a) => /file=([^,]+)/.exec(a.properties)![1]);
    expect(new Set(files)).toEqual(new Set(['ep.yaml']));
  });

  it('on merge_group: diffs base_sha..head_sha', async () => {
    const fake = await server();
    const repo = repository(
      { 'legacy.yaml': endpoints('old-orphan') },
      { 'legacy.yaml': endpoints('old-orphan'), 'ep.yaml': endpoints('new-orphan') },
    );
    const pull = pullRequest(fake, repo);
    const result = await eventRun(fake, repo, pull, 'merge_group', {
      merge_group: { base_sha: repo.baseSha, head_sha: repo.headSha },
    });

    expect(result.code).toBe(1);
    expect(result.outputs.errors).toBe('1');
    expect(result.stdout).toContain('(git diff)');
  });

  it('on workflow_dispatch: checks the whole repository', async () => {
    const fake = await server();
    const repo = repository(
      { 'legacy.yaml': endpoints('old-orphan') },
      { 'legacy.yaml': endpoints('old-orphan'), 'ep.yaml': endpoints('new-orphan') },
    );
    const pull = pullRequest(fake, repo);
    const result = await eventRun(fake, repo, pull, 'workflow_dispatch', { inputs: {} });

    expect(result.code).toBe(1);
    expect(result.outputs.errors).toBe('2');
    expect(fake.requests).toEqual([]);
  });

  it('fails with a message naming a bad input, and points a bad config file at its line', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'kp.yaml': 'rules:\n  endpoints-without-servic: off\n' },
    );
    const pull = pullRequest(fake, repo);
    const badInput = await run(fake, pull, repo, { 'fail-on': 'errors' });
    expect(badInput.code).toBe(1);
    expect(badInput.stdout).toContain(
      '::error::kube-pairing: input fail-on must be one of error, warning, notice, never (got "errors")',
    );

    const badConfig = await run(fake, pull, repo, { config: 'kp.yaml' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.annotations.find((a) => a.properties.includes('file=kp.yaml'))).toMatchObject({
      level: 'error',
    });
    expect(badConfig.annotations.find((a) => a.properties.includes('file=kp.yaml'))!.properties).toContain(
      'line=2',
    );
    expect(fake.requests).toEqual([]);
  });

  it('on pull_request_target from a fork: writes with the base token, on the head commit (not GITHUB_SHA)', async () => {
    const fake = await server();
    const repo = repository(
      { 'svc.yaml': service('db') },
      { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
    );
    const pull = pullRequest(fake, repo, 'contributor/app');
    const result = await run(fake, pull, repo, {}, 'pull_request_target');

    expect(fake.violations).toEqual([]);
    expect(result.code).toBe(1);
    expect(bodyOf(fake.requestsTo(CREATE_REVIEW)[0]!).commit_id).toBe(repo.headSha);
  });
});

/** The same change as a second pull request (#13): what one pull request's comments show can be pasted in another. */
function secondPullRequest(fake: FakeGitHub, repo: PullRequestRepo): PullRequest {
  return fake.addPullRequest({
    owner: 'octo',
    repo: 'app',
    number: 13,
    baseSha: repo.baseSha,
    headSha: repo.headSha,
    mergeSha: repo.mergeSha,
    files: repo.files,
  });
}

/** Someone else writing on the pull request, with their own token: GitHub makes them the author. */
async function postAs(fake: FakeGitHub, token: string, path: string, body: unknown) {
  const response = await fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { id: number; body: string; user: { login: string; type: string } };
  expect([response.ok, json.user?.login]).toEqual([true, 'mallory']);
  return json;
}

const viewerQueries = (fake: FakeGitHub) =>
  fake
    .requestsTo('POST /graphql')
    .filter((r) => /\bviewer\b/.test(String((r.body as { query?: string }).query)));

describe('the Action and kube-pairing markers in other people’s comments', () => {
  const BROKEN = {
    base: { 'svc.yaml': service('db') },
    head: { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
  };

  it('with GITHUB_TOKEN: a person’s comment carrying a copied marker neither stops the inline comment nor gets edited', async () => {
    const fake = await server({ users: { ghp_mallory: 'mallory' } });
    const repo = repository(BROKEN.base, BROKEN.head);
    // The marker of the Action's comment on another pull request of the same change.
    expect((await run(fake, pullRequest(fake, repo), repo)).code).toBe(1);
    const elsewhere = commentsOf(fake).find((c) => c.body.includes('endpoints-without-service'))!;
    const marker = /<!-- kube-pairing:comment key=([0-9a-f#]+) content=[0-9a-f]+ -->/.exec(elsewhere.body)!;
    const pull = secondPullRequest(fake, repo);
    const comments = '/repos/octo/app/pulls/13/comments';
    const at = (line: number) => ({ commit_id: repo.headSha, path: 'ep.yaml', line, side: 'RIGHT' });
    // Same key with other content: the old rule skipped the finding as "already commented" and edited this.
    const copied = await postAs(fake, 'ghp_mallory', comments, {
      body: `Intended, ignore.\n\n${marker[0].replace(/content=[0-9a-f]+/, 'content=000000000000')}`,
      ...at(4),
    });
    // A key no finding has: the old rule "marked it fixed", rewriting the text.
    const stale = await postAs(fake, 'ghp_mallory', comments, {
      body: 'Seen before.\n\n<!-- kube-pairing:comment key=0123456789abcdef content=000000000000 -->',
      ...at(1),
    });

    const result = await run(fake, pull, repo);
    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    // Who the Action is: GET /user is refused to GITHUB_TOKEN, GraphQL `viewer` names its bot.
    expect(fake.requestsTo('GET /user').map((r) => r.status)).toEqual([403, 403]);
    expect(viewerQueries(fake).map((r) => r.status)).toEqual([200, 200]);
    const review = fake.requestsTo(CREATE_REVIEW).find((r) => r.path === '/repos/octo/app/pulls/13/reviews');
    expect(bodyOf(review!).comments!.find((c) => c.body.includes(`key=${marker[1]} `))).toMatchObject({
      path: 'ep.yaml',
      line: 4,
      side: 'RIGHT',
    });
    expect(result.summary).toMatch(
      /\d+ inline comments?, 0 in the review body, 0 already posted by an earlier run, 0 updated, 0 marked fixed/,
    );
    expect(fake.requestsTo(UPDATE_COMMENT)).toEqual([]);
    const now = (id: number) => commentsOf(fake).find((c) => c.id === id)!;
    expect([now(copied.id).body, now(stale.id).body]).toEqual([copied.body, stale.body]);
    expect(fake.state.threads.filter((t) => t.isResolved)).toEqual([]);
    const own = commentsOf(fake).filter((c) => c.pull === pull && c.author.login !== 'mallory');
    expect(own.map((c) => c.author)).toEqual(
      own.map(() => expect.objectContaining({ login: 'github-actions[bot]', type: 'Bot' })),
    );

    // A re-run knows its own comments (no duplicate) and still leaves the copies alone.
    const reviews = fake.state.reviews.length;
    const again = await run(fake, pull, repo);
    expect(again.code).toBe(1);
    expect(fake.state.reviews).toHaveLength(reviews);
    expect(again.summary).toMatch(
      /0 inline comments, 0 in the review body, [1-9]\d* already posted by an earlier run, 0 updated, 0 marked fixed/,
    );
    expect(fake.requestsTo(UPDATE_COMMENT)).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it('a person’s review carrying a copied review marker does not keep a finding out of the Action’s review body', async () => {
    const fake = await server({ users: { ghp_mallory: 'mallory' } });
    // No patch for ep.yaml: its finding is listed in the review body, under `kube-pairing:review listed=…`.
    const repo = repository(BROKEN.base, BROKEN.head, ['ep.yaml']);
    await run(fake, pullRequest(fake, repo), repo);
    const listed = /<!-- kube-pairing:review listed=[0-9a-f#,]+ -->/.exec(fake.state.reviews[0]!.body)![0];
    const pull = secondPullRequest(fake, repo);
    const forged = await postAs(fake, 'ghp_mallory', '/repos/octo/app/pulls/13/reviews', {
      event: 'COMMENT',
      body: `Already discussed.\n\n${listed}`,
      commit_id: repo.headSha,
    });

    const result = await run(fake, pull, repo);
    expect(result.code).toBe(1);
    expect(fake.violations).toEqual([]);
    const review = fake
      .requestsTo(CREATE_REVIEW)
      .filter((r) => r.path === '/repos/octo/app/pulls/13/reviews')
      .at(-1);
    expect(review?.headers.authorization).toBe('token ghs_fakeGitHubToken');
    expect(review?.status).toBe(200);
    expect(bodyOf(review!).body).toContain('ep.yaml:4');
    expect(bodyOf(review!).body).toContain(listed);
    expect(fake.state.reviews.find((r) => r.id === forged.id)?.body).toBe(forged.body);
  });

  it('with a personal access token: knows its own comments across runs, and marks only those fixed', async () => {
    const fake = await server({ users: { ghp_kubeCi: 'kube-ci', ghp_mallory: 'mallory' } });
    const repo = repository(BROKEN.base, BROKEN.head);
    const pull = pullRequest(fake, repo);
    const asCi = () => {
      const runner = actionRun(fake, { pull, workspace: repo.dir, token: 'ghp_kubeCi' });
      return runAction(runner.env, runner);
    };
    expect((await asCi()).code).toBe(1);
    // A person's token: GET /user answers, GraphQL is not asked.
    expect(fake.requestsTo('GET /user').map((r) => r.status)).toEqual([200]);
    expect(viewerQueries(fake)).toEqual([]);
    const own = commentsOf(fake).find((c) => c.body.includes('endpoints-without-service'))!;
    expect(own.author).toMatchObject({ login: 'kube-ci', type: 'User' });
    // Another person pastes the whole comment, marker included.
    const copy = await postAs(fake, 'ghp_mallory', '/repos/octo/app/pulls/12/comments', {
      body: own.body,
      commit_id: repo.headSha,
      path: 'ep.yaml',
      line: 4,
      side: 'RIGHT',
    });

    const reviews = fake.state.reviews.length;
    const again = await asCi();
    expect(again.code).toBe(1);
    expect(fake.state.reviews).toHaveLength(reviews); // no duplicate: its own comments are recognised
    expect(again.summary).toMatch(/0 inline comments, 0 in the review body, [1-9]\d* already posted/);

    fake.pushCommit(pull, repo, { 'svc.yaml': service('db'), 'ep.yaml': endpoints('db') });
    const fixed = await asCi();
    expect(fixed.code).toBe(0);
    expect(fake.violations).toEqual([]);
    // Its own comments whose findings are gone are marked fixed; the copy is not touched.
    const patched = fake.requestsTo(UPDATE_COMMENT).map((r) => Number(r.path.split('/').pop()));
    expect(patched).toContain(own.id);
    expect(patched).not.toContain(copy.id);
    expect(new Set(patched.map((id) => commentsOf(fake).find((c) => c.id === id)!.author.login))).toEqual(
      new Set(['kube-ci']),
    );
    expect(commentsOf(fake).find((c) => c.id === own.id)!.body).toMatch(/^\*\*Fixed\*\* · /);
    expect(commentsOf(fake).find((c) => c.id === copy.id)!.body).toBe(copy.body);
    const threadOf = (id: number) =>
      fake.state.threads.find((t) => t.id === commentsOf(fake).find((c) => c.id === id)!.threadId);
    expect([threadOf(own.id)?.isResolved, threadOf(copy.id)?.isResolved]).toEqual([true, false]);
  });

  it('with a GitHub App’s installation token: GraphQL `viewer` names the app’s bot, whose comments re-runs recognise', async () => {
    const fake = await server({ users: { ghs_appInstallation: 'kube-pairing-app[bot]' } });
    const repo = repository(BROKEN.base, BROKEN.head);
    const pull = pullRequest(fake, repo);
    const asApp = () => {
      const runner = actionRun(fake, { pull, workspace: repo.dir, token: 'ghs_appInstallation' });
      return runAction(runner.env, runner);
    };
    expect((await asApp()).code).toBe(1);
    const reviews = fake.state.reviews.length;
    expect(commentsOf(fake).map((c) => c.author.login)).toContain('kube-pairing-app[bot]');
    const again = await asApp();
    expect(again.code).toBe(1);
    expect(fake.state.reviews).toHaveLength(reviews);
    expect(again.summary).toMatch(/0 inline comments, 0 in the review body, [1-9]\d* already posted/);
    expect(fake.requestsTo('GET /user').map((r) => r.status)).toEqual([403, 403]);
    expect(viewerQueries(fake).map((r) => r.status)).toEqual([200, 200]);
    expect(fake.violations).toEqual([]);
  });
});
