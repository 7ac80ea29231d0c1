/**
 * The built Action (dist/index.js) against a fake GitHub that fails: 401, 403, 404, 422, 500, 502,
 * timeouts, secondary rate limits, a truncated file list, a missing patch. Whatever fails, the run
 * either succeeds after retries or falls back to annotations and the job summary, exits by the
 * findings alone, and logs one line that says what failed.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  Fault,
  FakeGitHub,
  FakeGitHubOptions,
  FileTree,
  PullRequestRepo,
} from './github-server/index.js';
import {
  actionRun,
  createPullRequestRepo,
  faults,
  runAction,
  startFakeGitHub,
} from './github-server/index.js';

let ACTION = path.resolve('dist/index.js');
beforeAll(() => {
  // A private copy: other test files may rebuild dist/ meanwhile.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kp-faults-bundle-'));
  copyFileSync(ACTION, path.join(dir, 'index.mjs'));
  ACTION = path.join(dir, 'index.mjs');
  return () => rmSync(dir, { recursive: true, force: true });
});

const R = '/repos/{owner}/{repo}';
const GET_PULL = `GET ${R}/pulls/{pull_number}`;
const LIST_FILES = `GET ${R}/pulls/{pull_number}/files`;
const LIST_COMMENTS = `GET ${R}/pulls/{pull_number}/comments`;
const CREATE_REVIEW = `POST ${R}/pulls/{pull_number}/reviews`;
const CREATE_CHECK = `POST ${R}/check-runs`;
const LIST_CHECKS = `GET ${R}/commits/{ref}/check-runs`;
const UPDATE_CHECK = `PATCH ${R}/check-runs/{check_run_id}`;

const service = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: default\nspec:\n  ports:\n    - name: client\n      port: 2379\n`;
const endpoints = (name: string) =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\n  namespace: default\nsubsets:\n  - addresses:\n      - ip: 10.20.30.40\n    ports:\n      - name: client\n        port: 2379\n`;
const slice = (name: string) =>
  `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${name}-1\n  namespace: default\n  labels:\n    kubernetes.io/service-name: ${name}\n    endpointslice.kubernetes.io/managed-by: cluster-admins\naddressType: IPv4\nendpoints:\n  - addresses: ["10.20.30.40"]\nports:\n  - name: client\n    port: 2379\n    protocol: TCP\n`;

/** The change: an Endpoints whose name misses its Service (an error on ep.yaml line 4). */
const BROKEN = {
  base: { 'svc.yaml': service('db') },
  head: { 'svc.yaml': service('db'), 'ep.yaml': endpoints('dbb') },
};
/** A change no rule objects to. */
const CLEAN = {
  base: { 'svc.yaml': service('db') },
  head: { 'svc.yaml': service('db'), 'slice.yaml': slice('db') },
};

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Outcome {
  code: number | null;
  stdout: string;
  summary: string;
  fake: FakeGitHub;
  repo: PullRequestRepo;
  /** Annotations printed as workflow commands: `level file:line` (plus the run's own failure line). */
  annotations: string[];
  /** Lines of the log that say something failed or was retried (info lines and warnings). */
  logLines: string[];
}

interface Scenario {
  change?: { base: FileTree; head: FileTree };
  server?: FakeGitHubOptions;
  faults?: [route: string, ...faults: Fault[]][];
  inputs?: Record<string, string>;
  token?: string;
  omitPatch?: string[];
}

async function runScenario(scenario: Scenario): Promise<Outcome> {
  const change = scenario.change ?? BROKEN;
  const repo = createPullRequestRepo({ ...change, omitPatch: scenario.omitPatch ?? [] });
  cleanups.push(() => repo.cleanup());
  const fake = await startFakeGitHub(scenario.server ?? {});
  cleanups.push(() => fake.close());
  const pull = fake.addPullRequest({ owner: 'octo', repo: 'app', number: 12, ...repo });
  for (const [route, ...queued] of scenario.faults ?? []) fake.injectFaults(route, ...queued);
  const run = actionRun(fake, {
    pull,
    workspace: repo.dir,
    inputs: scenario.inputs ?? {},
    ...(scenario.token ? { token: scenario.token } : {}),
  });
  cleanups.push(run.cleanup);
  const result = await runAction(ACTION, run, {
    HOME: os.tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: os.devNull,
    // Short waits: every retry still happens, in milliseconds instead of seconds.
    KUBE_PAIRING_RETRY_BASE_MS: '10',
    KUBE_PAIRING_API_TIMEOUT_MS: '400',
  });
  const lines = result.stdout.split('\n');
  return {
    code: result.status,
    stdout: result.stdout,
    summary: readFileSync(run.summaryPath, 'utf8'),
    fake,
    repo,
    annotations: lines
      .map((l) => /^::(error|warning|notice) (?:[^:]*?,)?file=([^,:]+),line=(\d+)/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]} ${m[2]}:${m[3]}`),
    logLines: lines.filter((l) => /fail|could not|refused|retrying|not posted|may not|no answer/i.test(l)),
  };
}

/** What every degraded run still delivers: the finding in the annotations and in the job summary. */
function expectFindingsDelivered(outcome: Outcome): void {
  expect(outcome.annotations).toContain('error ep.yaml:4');
  expect(outcome.summary).toContain('endpoints-without-service');
  expect(outcome.summary).toContain('>ep.yaml:4</a>');
  expect(outcome.fake.violations).toEqual([]);
}

/** Exactly one log line matches: the failure is said once, clearly. */
function oneLine(outcome: Outcome, pattern: RegExp): string {
  const matching = outcome.stdout.split('\n').filter((l) => pattern.test(l));
  expect(matching, `log lines matching ${pattern}:\n${outcome.stdout}`).toHaveLength(1);
  return matching[0] as string;
}

describe('the Action when the GitHub API fails', () => {
  it('401 (a bad token): reports through annotations and the summary, scopes with git, fails on the finding', async () => {
    const outcome = await runScenario({ server: { tokens: ['ghs_theRightToken'] }, token: 'ghs_wrong' });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    expect(oneLine(outcome, /could not list the files/)).toMatch(
      /could not list the files of pull request #12 \(HTTP 401: Bad credentials[^)]*\); trying git diff on the checkout$/,
    );
    expect(oneLine(outcome, /review comments failed/)).toMatch(
      /could not list earlier review comments \(HTTP 401: Bad credentials[^)]*\), so none were posted/,
    );
    expect(outcome.summary).toContain('pull request #12 (git diff)');
    expect(outcome.fake.state.reviews).toEqual([]);
  });

  it('403 (no write permission): says once that the token is read-only, keeps the verdict', async () => {
    const outcome = await runScenario({
      server: { permissions: { pull_requests: 'read', checks: 'read' } },
      inputs: { 'check-run': 'true' },
    });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    oneLine(outcome, /may not write to pull request #12 \(HTTP 403\)/);
    expect(outcome.summary).toMatch(
      /<td>review comments<\/td><td>⏭️ skipped<\/td><td>read-only token \(HTTP 403\)/,
    );
    expect(outcome.fake.state.reviews).toEqual([]);
    expect(outcome.fake.state.checkRuns).toEqual([]);
  });

  it('404 on the pull request and its files: falls back to git diff and still comments inline', async () => {
    const outcome = await runScenario({
      faults: [[LIST_FILES, faults.notFound()]],
    });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    expect(oneLine(outcome, /could not list the files/)).toMatch(
      /\(HTTP 404: Not Found[^)]*\); trying git diff/,
    );
    expect(outcome.fake.state.reviewComments.map((c) => [c.path, c.line])).toContainEqual(['ep.yaml', 4]);
  });

  it('422 on the review, twice: the findings stay in the annotations and the summary', async () => {
    const refused = faults.status(422, {
      message: 'Unprocessable Entity',
      errors: ['Line could not be resolved'],
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      status: '422',
    });
    const outcome = await runScenario({ faults: [[CREATE_REVIEW, refused, refused]] });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    expect(outcome.fake.requestsTo(CREATE_REVIEW).map((r) => r.status)).toEqual([422, 422]);
    expect(oneLine(outcome, /review comments failed/)).toContain(
      'the review was refused, even without inline comments (HTTP 422: Unprocessable Entity: "Line could not be resolved"',
    );
    expect(outcome.summary).toContain('<td>review comments</td><td>❌ failed</td>');
  });

  it('500 that persists: retries, then fails the channel with one line; the verdict does not change', async () => {
    const outcome = await runScenario({
      faults: [
        [CREATE_REVIEW, faults.serverError(), faults.serverError(), faults.serverError()],
        [CREATE_CHECK, faults.serverError(), faults.serverError(), faults.serverError()],
      ],
      inputs: { 'check-run': 'true' },
    });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    expect(outcome.fake.requestsTo(CREATE_REVIEW).map((r) => r.status)).toEqual([500, 500, 500]);
    // Creating is not retried blindly: after each 500 the Action looks for its run first (none made).
    expect(outcome.fake.requestsTo(CREATE_CHECK).map((r) => r.status)).toEqual([500, 500, 500]);
    expect(outcome.fake.requestsTo(LIST_CHECKS).map((r) => r.status)).toEqual([200, 200]);
    expect(outcome.fake.state.checkRuns).toEqual([]);
    expect(oneLine(outcome, /review comments failed/)).toContain(
      'the review was refused (HTTP 500: Server Error)',
    );
    expect(oneLine(outcome, /check run failed/)).toContain('check run failed: HTTP 500: Server Error');
    expect(outcome.fake.state.reviews).toEqual([]);
  });

  it('500 then success: the retries make it work, nothing is reported as failed', async () => {
    const outcome = await runScenario({
      faults: [
        [LIST_FILES, faults.serverError(), faults.serverError()],
        [CREATE_REVIEW, faults.serverError()],
      ],
    });
    expect(outcome.code).toBe(1);
    expect(outcome.fake.requestsTo(LIST_FILES).map((r) => r.status)).toEqual([500, 500, 200]);
    expect(outcome.fake.requestsTo(CREATE_REVIEW).map((r) => r.status)).toEqual([500, 200]);
    expect(outcome.fake.state.reviewComments.map((c) => [c.path, c.line])).toContainEqual(['ep.yaml', 4]);
    expect(outcome.stdout).not.toMatch(/failed:/);
    expect(outcome.summary).toContain('<td>review comments</td><td>✅ done</td>');
    expect(outcome.fake.violations).toEqual([]);
  });

  it('502 on creating the check run after GitHub made it: finds that run by its external_id, one run, completed', async () => {
    const outcome = await runScenario({
      faults: [[CREATE_CHECK, faults.badGateway({ afterApplying: true })]],
      inputs: { 'check-run': 'true' },
    });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    const [create] = outcome.fake.requestsTo(CREATE_CHECK);
    expect(outcome.fake.requestsTo(CREATE_CHECK).map((r) => r.status)).toEqual([502]);
    const externalId = (create!.body as { external_id?: string }).external_id;
    expect(externalId).toMatch(/^kube-pairing-[0-9a-f]{16}$/);
    // The look-up: the head commit's kube-pairing runs, every one (not only the newest).
    expect(
      outcome.fake.requestsTo(LIST_CHECKS).map((r) => [r.path, r.query.check_name, r.query.filter, r.status]),
    ).toEqual([[`/repos/octo/app/commits/${outcome.repo.headSha}/check-runs`, 'kube-pairing', 'all', 200]]);
    expect(outcome.fake.state.checkRuns).toHaveLength(1);
    const [run] = outcome.fake.state.checkRuns;
    expect(run).toMatchObject({
      name: 'kube-pairing',
      headSha: outcome.repo.headSha,
      externalId,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run!.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toContainEqual([
      'ep.yaml',
      4,
      'failure',
    ]);
    const updates = outcome.fake.requestsTo(UPDATE_CHECK);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((r) => r.path === `/repos/octo/app/check-runs/${run!.id}` && r.status === 200)).toBe(
      true,
    );
    expect(oneLine(outcome, /creating the check run/)).toMatch(
      /creating the check run: HTTP 502: an HTML error page: Unicorn! · GitHub [^;]*; checking whether GitHub stored it before retrying$/,
    );
    expect(outcome.stdout).not.toMatch(/check run failed/);
    expect(outcome.summary).toMatch(
      /<td>check run<\/td><td>✅ done<\/td><td>check run \d+ with 3 annotations<\/td>/,
    );
  });

  it('502 on creating the check run before GitHub made it: the look-up finds nothing, the retry makes one run', async () => {
    const outcome = await runScenario({
      faults: [[CREATE_CHECK, faults.badGateway()]],
      inputs: { 'check-run': 'true' },
    });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    const creates = outcome.fake.requestsTo(CREATE_CHECK);
    expect(creates.map((r) => r.status)).toEqual([502, 201]);
    // Both attempts carry the same external_id: it marks this run, not one request.
    expect(new Set(creates.map((r) => (r.body as { external_id?: string }).external_id)).size).toBe(1);
    expect(outcome.fake.requestsTo(LIST_CHECKS).map((r) => r.status)).toEqual([200]);
    expect(outcome.fake.state.checkRuns).toHaveLength(1);
    expect(outcome.fake.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(outcome.stdout).not.toMatch(/check run failed/);
  });

  it('the account the token posts as cannot be found (GET /user refused, GraphQL down): no review, one line', async () => {
    const down = faults.badGateway();
    const outcome = await runScenario({ faults: [['POST /graphql', down, down, down, down]] });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    expect(outcome.fake.requestsTo('GET /user').map((r) => r.status)).toEqual([403]);
    expect(outcome.fake.requestsTo('POST /graphql').map((r) => r.status)).toEqual([502, 502, 502, 502]);
    expect(oneLine(outcome, /review comments failed/)).toMatch(
      /could not tell which account the token posts as \(HTTP 502: an HTML error page: [^)]*\), so no comment was posted to avoid duplicates/,
    );
    expect(outcome.fake.state.reviews).toEqual([]);
    expect(outcome.summary).toContain('<td>review comments</td><td>❌ failed</td>');
  });

  it('502 with GitHub’s HTML error page: the log line quotes the page’s text, not its markup', async () => {
    const outcome = await runScenario({
      faults: [
        [LIST_FILES, faults.badGateway(), faults.badGateway(), faults.badGateway(), faults.badGateway()],
      ],
    });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    const line = oneLine(outcome, /could not list the files/);
    expect(line).toContain(
      '(HTTP 502: an HTML error page: Unicorn! · GitHub No server is currently available to service your request.); trying git diff',
    );
    expect(line).not.toContain('<');
  });

  it('timeouts: a request that never answers is abandoned and retried; when none answers, git takes over', async () => {
    const outcome = await runScenario({
      faults: [[LIST_FILES, faults.hang(), faults.hang(), faults.hang(), faults.hang()]],
    });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    expect(outcome.fake.requestsTo(LIST_FILES)).toHaveLength(4);
    expect(oneLine(outcome, /could not list the files/)).toContain(
      '(no answer from the GitHub API in time (the request timed out)); trying git diff on the checkout',
    );
    expect(outcome.fake.state.reviewComments.map((c) => [c.path, c.line])).toContainEqual(['ep.yaml', 4]);
  });

  it('a timeout, then an answer: the retry succeeds', async () => {
    const outcome = await runScenario({
      faults: [
        [GET_PULL, faults.hang()],
        [LIST_COMMENTS, faults.hang()],
      ],
    });
    expect(outcome.code).toBe(1);
    expect(outcome.fake.requestsTo(LIST_COMMENTS)).toHaveLength(2);
    expect(outcome.summary).toContain('<td>review comments</td><td>✅ done</td>');
    expect(outcome.fake.violations).toEqual([]);
  });

  it('secondary rate limits with retry-after: waited out, then the writes go through', async () => {
    const outcome = await runScenario({
      faults: [
        [CREATE_REVIEW, faults.secondaryRateLimit(2)],
        [CREATE_CHECK, faults.tooManyRequests(1)],
      ],
      inputs: { 'check-run': 'true' },
    });
    expect(outcome.code).toBe(1);
    expect(outcome.fake.requestsTo(CREATE_REVIEW).map((r) => r.status)).toEqual([403, 200]);
    expect(outcome.fake.requestsTo(CREATE_CHECK).map((r) => r.status)).toEqual([429, 201]);
    oneLine(
      outcome,
      /secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/reviews; retrying in 2s$/,
    );
    // A 429 is retried too (by the retry plugin, which logs nothing when the retry succeeds).
    expect(outcome.fake.state.reviews).toHaveLength(1);
    expect(outcome.fake.state.checkRuns).toHaveLength(1);
    expect(outcome.fake.violations).toEqual([]);
  });

  it('a secondary rate limit that does not lift: gives up after two waits, says so, keeps the verdict', async () => {
    const limit = faults.secondaryRateLimit(1);
    const outcome = await runScenario({ faults: [[CREATE_REVIEW, limit, limit, limit, limit]] });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    expect(outcome.fake.requestsTo(CREATE_REVIEW).map((r) => r.status)).toEqual([403, 403, 403]);
    expect(oneLine(outcome, /review comments failed/)).toMatch(
      /the review was refused \(HTTP 403: You have exceeded a secondary rate limit/,
    );
    // A rate limit is not a read-only token.
    expect(outcome.stdout).not.toContain('may not write');
  });

  it('a truncated file list: the files GitHub did not list come from git diff', async () => {
    const head: FileTree = {
      'svc.yaml': service('db'),
      'a.yaml': slice('db'),
      'b.yaml': slice('db').replace('db-1', 'db-2'),
    };
    head['ep.yaml'] = endpoints('dbb');
    const outcome = await runScenario({ change: { base: BROKEN.base, head }, server: { fileListLimit: 2 } });
    expect(outcome.code).toBe(1);
    expect(outcome.fake.requestsTo(LIST_FILES)).toHaveLength(1);
    expect(outcome.stdout).toContain('findings are scoped to pull request #12 (GitHub API and git diff)');
    expect(outcome.fake.state.reviewComments.map((c) => [c.path, c.line])).toContainEqual(['ep.yaml', 4]);
    expect(outcome.fake.violations).toEqual([]);
  });

  it('a missing patch: lines come from git diff, the finding goes in the review body instead of inline', async () => {
    const outcome = await runScenario({ omitPatch: ['ep.yaml'] });
    expect(outcome.code).toBe(1);
    expectFindingsDelivered(outcome);
    const review = outcome.fake.state.reviews[0];
    expect(review?.body).toContain('endpoints-without-service');
    expect(outcome.fake.state.reviewComments.filter((c) => c.path === 'ep.yaml')).toEqual([]);
  });

  it('exits 0 on a clean change even when every API call fails', async () => {
    const outcome = await runScenario({
      change: CLEAN,
      faults: [['*', ...Array.from({ length: 40 }, () => faults.serverError())]],
      inputs: { 'check-run': 'true' },
    });
    expect(outcome.code).toBe(0);
    expect(outcome.summary).toContain('No findings to report.');
    expect(outcome.fake.requests.every((r) => r.status === 500)).toBe(true);
    oneLine(outcome, /could not list the files/);
    oneLine(outcome, /check run failed/);
  });
});
