/**
 * The `kube-pairing` check run (input `check-run: true`): created in progress, every annotation
 * appended in batches of 50 (the Checks API limit per request), then completed with the verdict.
 */
import { checkAnnotationOf, inBatches } from '../action/annotations.js';
import { truncate } from '../action/escape.js';
import type { ScopedFinding } from '../action/scope.js';
import type { GitHubClient } from './client.js';
import type { Repo } from './changes.js';

export const CHECK_RUN_NAME = 'kube-pairing';
/** Checks API limits: output title 255 chars(ish), summary and text 65535. */
const MAX_OUTPUT = 65_000;

export interface CheckRunContext {
  client: GitHubClient;
  repo: Repo;
  headSha: string;
  detailsUrl?: string;
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
  const created = await ctx.client.rest.checks.create({
    ...ctx.repo,
    name: CHECK_RUN_NAME,
    head_sha: ctx.headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...(ctx.detailsUrl ? { details_url: ctx.detailsUrl } : {}),
  });
  const id = created.data.id;
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
  return { id, annotations: reported.length, url: created.data.html_url ?? undefined };
}
