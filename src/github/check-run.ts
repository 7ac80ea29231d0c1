/**
 * The `kube-pairing` check run (input `check-run: true`): created in progress, every annotation
 * appended in batches of 50 (the Checks API limit per request), then completed with the verdict.
 * Creating it is not retried blindly (a 502 may come after GitHub made the run, and a second one would
 * stay in progress for ever): the request carries an `external_id` unique to this run, by which the
 * Action finds the run among the head commit's `kube-pairing` runs after a server error.
 */
import { randomBytes } from 'node:crypto';
import { checkAnnotationOf, inBatches } from '../action/annotations.js';
import { truncate } from '../action/escape.js';
import type { ScopedFinding } from '../action/scope.js';
import type { GitHubClient } from './client.js';
import { createOnce } from './client.js';
import type { Repo } from './changes.js';

export const CHECK_RUN_NAME = 'kube-pairing';
/** Checks API limits: output title 255 chars(ish), summary and text 65535. */
const MAX_OUTPUT = 65_000;

export interface CheckRunContext {
  client: GitHubClient;
  repo: Repo;
  headSha: string;
  detailsUrl?: string;
  log: (line: string) => void;
  /** Waits before looking for a run whose creation failed are 1, 4 times this (default 1000 ms). */
  retryBaseMs?: number;
}

export interface CheckRunResult {
  id: number;
  annotations: number;
  url?: string;
}

export async function publishCheckRun(
  ctx: CheckRunContext,
  reported: readonly ScopedFinding[],
  title: string,
  summary: string,
  failed: boolean,
): Promise<CheckRunResult> {
  const output = { title: truncate(title, 255), summary: truncate(summary, MAX_OUTPUT) };
  const externalId = `${CHECK_RUN_NAME}-${randomBytes(8).toString('hex')}`;
  const created = await createOnce<{ id: number; html_url: string | null }>({
    what: 'creating the check run',
    create: async () =>
      (
        await ctx.client.rest.checks.create({
          ...ctx.repo,
          name: CHECK_RUN_NAME,
          head_sha: ctx.headSha,
          external_id: externalId,
          status: 'in_progress',
          started_at: new Date().toISOString(),
          ...(ctx.detailsUrl ? { details_url: ctx.detailsUrl } : {}),
          request: { retries: 0 },
        })
      ).data,
    find: () => findRun(ctx, externalId),
    log: ctx.log,
    ...(ctx.retryBaseMs !== undefined ? { retryBaseMs: ctx.retryBaseMs } : {}),
  });
  const id = created.id;
  const batches = inBatches(reported.map((s) => checkAnnotationOf(s.finding)));
  for (const annotations of batches) {
    await ctx.client.rest.checks.update({
      ...ctx.repo,
      check_run_id: id,
      output: { ...output, annotations },
    });
  }
  await ctx.client.rest.checks.update({
    ...ctx.repo,
    check_run_id: id,
    status: 'completed',
    conclusion: failed ? 'failure' : 'success',
    completed_at: new Date().toISOString(),
    output,
  });
  return { id, annotations: reported.length, url: created.html_url ?? undefined };
}

/** This run's check run, if GitHub made it: the head commit's `kube-pairing` runs, by external_id. */
async function findRun(
  ctx: CheckRunContext,
  externalId: string,
): Promise<{ id: number; html_url: string | null } | undefined> {
  const runs = await ctx.client.paginate(ctx.client.rest.checks.listForRef, {
    ...ctx.repo,
    ref: ctx.headSha,
    check_name: CHECK_RUN_NAME,
    filter: 'all',
    per_page: 100,
  });
  return runs.find((run) => run.external_id === externalId);
}
