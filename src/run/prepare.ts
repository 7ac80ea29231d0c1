/**
 * Everything the channels need, before any of them runs: the inputs, the analysis of every manifest (for
 * context), the API client, what the event changed, and which findings are reported.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { ChangeSet } from '../action/change-set.js';
import { unreliableFiles } from '../action/change-set.js';
import type { ChangeRequest, PullRequestInfo } from '../action/event.js';
import { changeRequestOf, isReadOnlyPullRequest } from '../action/event.js';
import type { ActionInputs } from '../action/inputs.js';
import { envInputReader, parseInputs } from '../action/inputs.js';
import type { LinkContext } from '../action/links.js';
import { findOrphans } from '../action/orphans.js';
import { countsText } from '../action/review-plan.js';
import type { ScopedFinding } from '../action/scope.js';
import { keyFindings, scopeText, selectReported } from '../action/scope.js';
import { checkManifests } from '../check.js';
import { configCheckOptions, loadConfig } from '../config/load.js';
import type { AnalysisResult } from '../engine/analyze.js';
import { reachesThreshold } from '../engine/analyze.js';
import { isRecord } from '../engine/parse.js';
import { baseTextsOf } from '../github/base-texts.js';
import type { Repo } from '../github/changes.js';
import { changesOf, completePullRequest } from '../github/changes.js';
import type { GitHubClient } from '../github/client.js';
import { apiTimingFromEnv, createClient, describeError } from '../github/client.js';
import { Git } from '../github/git.js';
import type { RunContext, RunReport } from './context.js';
import { markReadOnly } from './context.js';
import type { RunLog } from './log.js';

const DEFAULT_CONFIG = '.kube-pairing.yaml';

/** Reads, analyses and scopes; logs what it learns on the way. Throws on bad inputs or config. */
export async function prepare(
  env: NodeJS.ProcessEnv,
  log: RunLog,
): Promise<{ ctx: RunContext; report: RunReport }> {
  const { inputs, notes } = parseInputs(envInputReader(env));
  for (const note of notes) log.info(note);
  if (inputs.token !== '') core.setSecret(inputs.token);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const payload = await readPayload(env.GITHUB_EVENT_PATH, log);
  const repo = repoOf(env, payload);
  const request = changeRequestOf(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_SHA);

  const result = await analyze(inputs, workspace);
  const headTexts = new Map(result.index.files.map((f) => [f.file.path, f.file.text]));
  const client = connect(env, inputs, repo, log);
  const changeContext = {
    client,
    git: new Git(workspace),
    repo: repo ?? { owner: '', repo: '' },
    log: (l: string) => log.info(l),
    isManifest: (p: string) => headTexts.has(p),
  };
  const pr =
    request.kind === 'pull-request'
      ? await completePullRequest(request.pullRequest, changeContext)
      : undefined;
  const headSha = pr?.headSha ?? (request.kind === 'commits' ? request.head : env.GITHUB_SHA) ?? '';
  const ctx: RunContext = {
    env,
    inputs,
    workspace,
    links: linksOf(env, repo, headSha),
    log,
    access: { readOnly: false },
    published: [],
    ...(repo ? { repo } : {}),
    ...(client ? { client } : {}),
  };

  const changes = await changesOf(request, changeContext, pr);
  log.info(`findings are scoped to ${changes.description} (report: ${inputs.report})`);
  for (const warning of changes.warnings) log.warn(warning);
  const scoped = await scope(ctx, {
    request,
    pr,
    headSha,
    result,
    changes,
    headTexts,
    git: changeContext.git,
  });

  const unreliable = unreliableFiles(changes, headTexts);
  if (unreliable.size > 0) {
    log.info(
      `the checkout differs from the pull request's head in ${[...unreliable].join(', ')} (the base branch changed ${unreliable.size === 1 ? 'it' : 'them'} too): findings there go in the review body, not inline`,
    );
  }
  if (isReadOnlyPullRequest(request)) {
    markReadOnly(
      ctx,
      `pull request #${pr?.number} comes from the fork ${pr?.headRepo ?? '(deleted)'}, so the token is read-only`,
    );
  }
  const report: RunReport = {
    request,
    ...(pr ? { pr } : {}),
    headSha,
    result,
    changes,
    ...scoped,
    unreliable,
    scope: scopeText(inputs.report, changes),
  };
  return { ctx, report };
}

async function readPayload(file: string | undefined, log: RunLog): Promise<Record<string, unknown>> {
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isRecord(parsed) ? parsed : {};
  } catch (error) {
    log.info(`cannot read the event payload ${file} (${describeError(error)})`);
    return {};
  }
}

function repoOf(env: NodeJS.ProcessEnv, payload: Record<string, unknown>): Repo | undefined {
  const full =
    env.GITHUB_REPOSITORY || (isRecord(payload.repository) ? payload.repository.full_name : undefined);
  if (typeof full !== 'string') return undefined;
  const [owner, repo] = full.split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/** Loads the config the way the CLI does (an explicit `config` must exist) and runs every rule. */
async function analyze(inputs: ActionInputs, workspace: string): Promise<AnalysisResult> {
  const config = await loadConfig(inputs.config, {
    cwd: workspace,
    required: inputs.config !== DEFAULT_CONFIG,
  });
  const fromConfig = configCheckOptions(
    config,
    inputs.defaultNamespace !== undefined ? { defaultNamespace: inputs.defaultNamespace } : {},
  );
  return checkManifests({
    cwd: workspace,
    patterns: inputs.files,
    ...fromConfig,
    ignore: [...inputs.exclude, ...fromConfig.ignore],
    helm: inputs.helm,
  });
}

/** The API client, or none (said in the log) without a token or a repository. */
function connect(
  env: NodeJS.ProcessEnv,
  inputs: ActionInputs,
  repo: Repo | undefined,
  log: RunLog,
): GitHubClient | undefined {
  if (inputs.token !== '' && repo) {
    return createClient({
      token: inputs.token,
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      log: (l) => log.info(l),
      ...apiTimingFromEnv(env),
    });
  }
  log.info(
    inputs.token === ''
      ? 'no token: the GitHub API is not used'
      : 'GITHUB_REPOSITORY is not set: the GitHub API is not used',
  );
  return undefined;
}

function linksOf(env: NodeJS.ProcessEnv, repo: Repo | undefined, sha: string): LinkContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = repo ? `${repo.owner}/${repo.repo}` : '';
  const links: LinkContext = { serverUrl, repository, sha };
  if (env.GITHUB_RUN_ID && repository)
    links.runUrl = `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`;
  return links;
}

interface ScopeInput {
  request: ChangeRequest;
  pr: PullRequestInfo | undefined;
  headSha: string;
  result: AnalysisResult;
  changes: ChangeSet;
  headTexts: ReadonlyMap<string, string>;
  git: Git;
}

/**
 * The findings the change is answerable for: those on its lines (or files), and those a Service it
 * deletes causes elsewhere (traced through the base versions of the changed files).
 */
async function scope(
  ctx: RunContext,
  { request, pr, headSha, result, changes, headTexts, git }: ScopeInput,
): Promise<Pick<RunReport, 'currentKeys' | 'reported' | 'findings' | 'outOfScope' | 'failed'>> {
  const keyed = keyFindings(result.findings);
  let caused: ScopedFinding[] = [];
  if (changes.files) {
    const base = await baseTextsOf({
      changes,
      headTexts,
      baseSha: pr?.baseSha ?? (request.kind === 'commits' ? request.base : undefined),
      headSha,
      git,
      client: ctx.client,
      repo: ctx.repo ?? { owner: '', repo: '' },
    });
    if (base.missing.length > 0) {
      ctx.log.info(
        `base versions not found for ${base.missing.join(', ')}: Services deleted there are not traced to the Endpoints they orphan`,
      );
    }
    caused = findOrphans(result, keyed, changes, base.texts, result.index.defaultNamespace).caused;
  }
  const reported = selectReported(keyed, changes, ctx.inputs.report, caused);
  const reportedKeys = new Set(reported.map((r) => r.key));
  const outOfScope = keyed.filter((k) => !reportedKeys.has(k.key)).length;
  const findings = reported.map((r) => r.finding);
  const failed = reachesThreshold(findings, ctx.inputs.failOn);
  ctx.log.info(
    `${countsText(reported)} reported, ${outOfScope} outside the change not reported; fail-on ${ctx.inputs.failOn}: ${failed ? 'failing' : 'passing'}`,
  );
  return { currentKeys: new Set(keyed.map((k) => k.key)), reported, findings, outOfScope, failed };
}
