/**
 * The GitHub Action, in one pipeline:
 *   inputs -> analysis (every manifest, for context) -> what changed -> scope (+ findings caused by
 *   deleted Services) -> channels: review | check run | annotations | findings-file | SARIF | summary
 *   -> outputs and the pass/fail verdict, which never depends on whether posting worked.
 */
import { constants } from 'node:fs';
import { mkdir, open, readFile, appendFile, realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { selectAnnotations, RUNNER_ANNOTATIONS_PER_LEVEL } from './action/annotations.js';
import type { ChangeSet } from './action/changes.js';
import { patchMatchesNewText } from './action/diff.js';
import type { ChangeRequest, PullRequestInfo } from './action/event.js';
import { changeRequestOf, isReadOnlyPullRequest } from './action/event.js';
import { logLine } from './action/escape.js';
import type { ActionInputs } from './action/inputs.js';
import { envInputReader, InputError, parseInputs } from './action/inputs.js';
import type { LinkContext } from './action/links.js';
import { findOrphans } from './action/orphans.js';
import { countsText } from './action/review.js';
import type { ScopedFinding } from './action/scope.js';
import { keyFindings, selectReported } from './action/scope.js';
import type { ChannelStatus } from './action/summary.js';
import { renderSummary } from './action/summary.js';
import { checkManifests } from './check.js';
import { ConfigError, configCheckOptions, loadConfig } from './config/load.js';
import type { AnalysisResult } from './engine/analyze.js';
import { countBySeverity, reachesThreshold } from './engine/analyze.js';
import type { Finding } from './engine/finding.js';
import { UsageError } from './engine/load.js';
import { isRecord } from './engine/parse.js';
import { baseTextsOf } from './github/base-texts.js';
import { changesOf, completePullRequest } from './github/changes.js';
import type { Repo } from './github/changes.js';
import { publishCheckRun } from './github/check-run.js';
import type { GitHubClient } from './github/client.js';
import { apiTimingFromEnv, createClient, describeError, isForbidden } from './github/client.js';
import { Git } from './github/git.js';
import { postReview } from './github/review.js';
import { formatJson, jsonReport } from './report/json.js';
import { formatSarif } from './report/sarif.js';

const DEFAULT_CONFIG = '.kube-pairing.yaml';

/** Log lines, counted where they become annotations (the runner shows 10 per level per step). */
class RunLog {
  readonly used = { error: 0, warning: 0, notice: 0 };
  private readOnlySaid = false;

  info(line: string): void {
    core.info(logLine(`kube-pairing: ${line}`));
  }

  /** One warning line (also an annotation) for a problem the user should act on. */
  warn(line: string): void {
    core.warning(logLine(`kube-pairing: ${line}`));
    this.used.warning++;
  }

  channelFailed(channel: string, why: string): void {
    this.warn(`${channel} failed: ${why}`);
  }

  readOnly(why: string): void {
    if (this.readOnlySaid) return;
    this.readOnlySaid = true;
    this.info(
      `${why}: no review comments or check run; the findings are in the annotations and the job summary.`,
    );
  }
}

interface RunContext {
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  workspace: string;
  repo?: Repo;
  links: LinkContext;
  client?: GitHubClient;
  log: RunLog;
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = new RunLog();
  try {
    await runChecked(env, log);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      core.setFailed(`kube-pairing: ${error.message}`);
    } else if (error instanceof ConfigError) {
      for (const p of error.problems) {
        core.error(logLine(p.message), {
          title: 'kube-pairing: config',
          file: p.file,
          startLine: p.line,
          startColumn: p.column,
        });
      }
      core.setFailed(
        `kube-pairing: the config file is not valid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} above)`,
      );
    } else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
      core.setFailed(`kube-pairing: ${logLine(error instanceof Error ? error.message : String(error))}`);
    }
  }
}

async function runChecked(env: NodeJS.ProcessEnv, log: RunLog): Promise<void> {
  const { inputs, notes } = parseInputs(envInputReader(env));
  for (const note of notes) log.info(note);
  if (inputs.token !== '') core.setSecret(inputs.token);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = await readPayload(env.GITHUB_EVENT_PATH, log);
  const repo = repoOf(env, payload);
  const request = changeRequestOf(eventName, payload, env.GITHUB_SHA);

  const result = await analyze(inputs, workspace);
  const headTexts = new Map(result.index.files.map((f) => [f.file.path, f.file.text]));

  const client =
    inputs.token !== '' && repo
      ? createClient({
          token: inputs.token,
          baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
          log: (l) => log.info(l),
          ...apiTimingFromEnv(env),
        })
      : undefined;
  if (!client)
    log.info(
      inputs.token === ''
        ? 'no token: the GitHub API is not used'
        : 'GITHUB_REPOSITORY is not set: the GitHub API is not used',
    );
  const git = new Git(workspace);
  const changeContext = {
    client,
    git,
    repo: repo ?? { owner: '', repo: '' },
    log: (l: string) => log.info(l),
    isManifest: (p: string) => headTexts.has(p),
  };
  const pr =
    request.kind === 'pull-request'
      ? await completePullRequest(request.pullRequest, changeContext)
      : undefined;
  const headSha = pr?.headSha ?? (request.kind === 'commits' ? request.head : env.GITHUB_SHA) ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = repo ? `${repo.owner}/${repo.repo}` : '';
  const links: LinkContext = { serverUrl, repository, sha: headSha };
  if (env.GITHUB_RUN_ID && repository)
    links.runUrl = `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`;
  const ctx: RunContext = {
    env,
    inputs,
    workspace,
    links,
    log,
    ...(repo ? { repo } : {}),
    ...(client ? { client } : {}),
  };

  const changes = await changesOf(request, changeContext, pr);
  log.info(`findings are scoped to ${changes.description} (report: ${inputs.report})`);
  for (const warning of changes.warnings) log.warn(warning);

  const keyed = keyFindings(result.findings);
  let caused: ScopedFinding[] = [];
  if (changes.files) {
    const base = await baseTextsOf({
      changes,
      headTexts,
      baseSha: pr?.baseSha ?? (request.kind === 'commits' ? request.base : undefined),
      headSha,
      git,
      client,
      repo: changeContext.repo,
    });
    if (base.missing.length > 0) {
      log.info(
        `base versions not found for ${base.missing.join(', ')}: Services deleted there are not traced to the Endpoints they orphan`,
      );
    }
    caused = findOrphans(result, keyed, changes, base.texts, result.index.defaultNamespace).caused;
  }
  const reported = selectReported(keyed, changes, inputs.report, caused);
  const reportedKeys = new Set(reported.map((r) => r.key));
  const outOfScope = keyed.filter((k) => !reportedKeys.has(k.key)).length;
  const findings: Finding[] = reported.map((r) => r.finding);
  const failed = reachesThreshold(findings, inputs.failOn);
  log.info(
    `${countsText(reported)} reported, ${outOfScope} outside the change not reported; fail-on ${inputs.failOn}: ${failed ? 'failing' : 'passing'}`,
  );

  const unreliable = unreliableFiles(changes, headTexts);
  if (unreliable.size > 0) {
    log.info(
      `the checkout differs from the pull request's head in ${[...unreliable].join(', ')} (the base branch changed ${unreliable.size === 1 ? 'it' : 'them'} too): findings there go in the review body, not inline`,
    );
  }

  const channels: ChannelStatus[] = [];
  let readOnly = false;
  if (isReadOnlyPullRequest(request)) {
    readOnly = true;
    log.readOnly(
      `pull request #${pr?.number} comes from the fork ${pr?.headRepo ?? '(deleted)'}, so the token is read-only`,
    );
  }

  // 1. Review.
  const keys = new Set(keyed.map((k) => k.key));
  channels.push(
    await reviewChannel(ctx, request, pr, reported, keys, changes, unreliable, readOnly, (why) => {
      readOnly = true;
      log.readOnly(why);
    }),
  );

  // 2. Check run.
  channels.push(
    await checkRunChannel(ctx, reported, failed, headSha, readOnly, (why) => {
      readOnly = true;
      log.readOnly(why);
    }),
  );

  // 3. Files: findings-file (always) and SARIF (when asked).
  channels.push(await findingsFileChannel(ctx, result, findings));
  if (inputs.sarifFile !== undefined)
    channels.push(await sarifChannel(ctx, result, findings, inputs.sarifFile));

  // 4. Annotations, within what is left of the runner's caps (setFailed adds one error line).
  channels.push(annotationsChannel(ctx, reported, failed, channels));

  // 5. Job summary, last: it reports on every other channel.
  const counts = countBySeverity(findings);
  await summaryChannel(ctx, {
    reported,
    scope: scopeText(inputs, changes),
    outOfScope,
    analysis: result.summary,
    skipped: result.skippedFiles,
    failOn: inputs.failOn,
    failed,
    warnings: changes.warnings,
    channels,
    links,
  });

  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('notices', counts.notices);
  if (failed) {
    core.setFailed(
      `kube-pairing: ${countsText(reported)} reported; findings at or above fail-on (${inputs.failOn}) fail this step.`,
    );
  }
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
  });
}

/** Files whose patch does not describe the checkout's text (merge commit after the base moved). */
function unreliableFiles(changes: ChangeSet, headTexts: ReadonlyMap<string, string>): Set<string> {
  const files = new Set<string>();
  for (const file of changes.files?.values() ?? []) {
    const text = headTexts.get(file.path);
    if (file.diff && text !== undefined && file.status !== 'removed' && !patchMatchesNewText(file.diff, text))
      files.add(file.path);
  }
  return files;
}

function scopeText(inputs: ActionInputs, changes: ChangeSet): string {
  if (!changes.files) return `in ${changes.description}`;
  if (inputs.report === 'all')
    return `in all checked files (report: all; changes from ${changes.description})`;
  if (inputs.report === 'changed-files') return `in the files changed by ${changes.description}`;
  return `on the lines changed by ${changes.description}`;
}

async function reviewChannel(
  ctx: RunContext,
  request: ChangeRequest,
  pr: PullRequestInfo | undefined,
  reported: readonly ScopedFinding[],
  currentKeys: ReadonlySet<string>,
  changes: ChangeSet,
  unreliable: ReadonlySet<string>,
  readOnly: boolean,
  onForbidden: (why: string) => void,
): Promise<ChannelStatus> {
  const channel = 'review comments';
  if (ctx.inputs.comment === 'off') return { channel, state: 'off', detail: 'input comment: off' };
  if (request.kind !== 'pull-request' || !pr)
    return { channel, state: 'skipped', detail: `not a pull request (${request.event || 'no event'})` };
  if (readOnly) return { channel, state: 'skipped', detail: 'read-only token (pull request from a fork)' };
  if (!ctx.client || !ctx.repo) return { channel, state: 'skipped', detail: 'no token' };
  if (!pr.headSha) {
    ctx.log.channelFailed(channel, 'the pull request head commit is unknown');
    return { channel, state: 'failed', detail: 'the pull request head commit is unknown' };
  }
  const outcome = await postReview(
    {
      client: ctx.client,
      repo: ctx.repo,
      pullNumber: pr.number,
      headSha: pr.headSha,
      log: (l) => ctx.log.info(l),
      retryBaseMs: apiTimingFromEnv(ctx.env).retryBaseMs,
    },
    {
      findings: reported,
      currentKeys,
      changes,
      unreliableFiles: unreliable,
      maxComments: ctx.inputs.maxComments,
      links: ctx.links,
    },
  );
  const done = [
    `${outcome.inline} inline comment${outcome.inline === 1 ? '' : 's'}`,
    `${outcome.listed} in the review body`,
    `${outcome.alreadyReported} already posted by an earlier run`,
    `${outcome.updated} updated`,
    `${outcome.resolved} marked fixed`,
    ...(outcome.unposted > 0
      ? [`${outcome.unposted} not posted (they are in the annotations and this summary)`]
      : []),
  ].join(', ');
  if (outcome.forbidden) {
    onForbidden(`the token may not write to pull request #${pr.number} (HTTP 403)`);
    return { channel, state: 'skipped', detail: `read-only token (HTTP 403); ${done}` };
  }
  if (outcome.failures.length > 0) {
    for (const failure of outcome.failures) ctx.log.channelFailed(channel, failure);
    return {
      channel,
      state: outcome.fellBack && outcome.failures.length === 1 ? 'done' : 'failed',
      detail: `${outcome.failures.join('; ')}. ${done}`,
    };
  }
  return { channel, state: 'done', detail: done };
}

async function checkRunChannel(
  ctx: RunContext,
  reported: readonly ScopedFinding[],
  failed: boolean,
  headSha: string,
  readOnly: boolean,
  onForbidden: (why: string) => void,
): Promise<ChannelStatus> {
  const channel = 'check run';
  if (!ctx.inputs.checkRun) return { channel, state: 'off', detail: 'input check-run: false' };
  if (readOnly) return { channel, state: 'skipped', detail: 'read-only token' };
  if (!ctx.client || !ctx.repo || !headSha)
    return { channel, state: 'skipped', detail: 'no token or no commit' };
  const title = `kube-pairing: ${countsText(reported)}`;
  const summary =
    `${countsText(reported)} reported; fail-on ${ctx.inputs.failOn}: ${failed ? 'failed' : 'passed'}.` +
    (ctx.links.runUrl
      ? ` The job summary of [the workflow run](${ctx.links.runUrl}) has the full table.`
      : '');
  try {
    const created = await publishCheckRun(
      {
        client: ctx.client,
        repo: ctx.repo,
        headSha,
        ...(ctx.links.runUrl ? { detailsUrl: ctx.links.runUrl } : {}),
        log: (l) => ctx.log.info(l),
        retryBaseMs: apiTimingFromEnv(ctx.env).retryBaseMs,
      },
      reported,
      title,
      summary,
      failed,
    );
    return {
      channel,
      state: 'done',
      detail: `check run ${created.id} with ${created.annotations} annotation${created.annotations === 1 ? '' : 's'}`,
    };
  } catch (error) {
    const why = describeError(error);
    if (isForbidden(error) && ctx.env.GITHUB_EVENT_NAME === 'pull_request')
      onForbidden(`the token may not create check runs (${why})`);
    ctx.log.channelFailed(
      channel,
      `${why}${isForbidden(error) ? ' (the job needs `permissions: checks: write`)' : ''}`,
    );
    return { channel, state: 'failed', detail: why };
  }
}

async function findingsFileChannel(
  ctx: RunContext,
  result: AnalysisResult,
  findings: readonly Finding[],
): Promise<ChannelStatus> {
  const channel = 'findings-file';
  const step = (ctx.env.GITHUB_ACTION || 'kube-pairing').replace(/[^A-Za-z0-9_.-]/g, '_');
  const dir = path.join(ctx.env.RUNNER_TEMP || os.tmpdir(), 'kube-pairing');
  const file = path.join(dir, `${step}-findings.json`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(file, formatJson(jsonReport(result, findings)));
    core.setOutput('findings-file', file);
    return { channel, state: 'done', detail: file };
  } catch (error) {
    ctx.log.channelFailed(channel, describeError(error));
    return { channel, state: 'failed', detail: describeError(error) };
  }
}

async function sarifChannel(
  ctx: RunContext,
  result: AnalysisResult,
  findings: readonly Finding[],
  target: string,
): Promise<ChannelStatus> {
  const channel = 'sarif-file';
  const file = path.resolve(ctx.workspace, target);
  try {
    await writeSarifFile(file, result, findings, ctx.workspace);
    core.setOutput('sarif-file', file);
    return { channel, state: 'done', detail: file };
  } catch (error) {
    ctx.log.channelFailed(channel, describeError(error));
    return { channel, state: 'failed', detail: describeError(error) };
  }
}

/**
 * The only place the Action writes SARIF (the writer is src/report/sarif.ts). The path usually lies in
 * the checkout, which the pull request controls: a symbolic link there (the file, or a directory on the
 * way) must not make the Action write anywhere else.
 */
async function writeSarifFile(
  file: string,
  result: AnalysisResult,
  findings: readonly Finding[],
  cwd: string,
): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const within = (p: string, root: string) =>
    p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  if (within(file, cwd) && !within(await realpath(dir), await realpath(cwd)))
    throw new Error(
      `${path.relative(cwd, dir)} is a symbolic link that leads outside the workspace: nothing written`,
    );
  let handle;
  try {
    // O_NOFOLLOW: a symbolic link in place of the file itself is refused (ELOOP), never followed.
    handle = await open(
      file,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new Error(`${path.relative(cwd, file)} is a symbolic link: not followed, nothing written`, {
        cause: error,
      });
    throw error;
  }
  try {
    await handle.writeFile(formatSarif(result, findings, { cwd }));
  } finally {
    await handle.close();
  }
}

function annotationsChannel(
  ctx: RunContext,
  reported: readonly ScopedFinding[],
  failed: boolean,
  channels: readonly ChannelStatus[],
): ChannelStatus {
  const channel = 'annotations';
  if (!ctx.inputs.annotations) return { channel, state: 'off', detail: 'input annotations: false' };
  const left = (level: 'error' | 'warning' | 'notice', reserved = 0): number =>
    Math.max(0, RUNNER_ANNOTATIONS_PER_LEVEL - ctx.log.used[level] - reserved);
  const elsewhere = ['the job summary'];
  if (channels.some((c) => c.channel === 'review comments' && c.state === 'done'))
    elsewhere.push('the pull request review');
  if (channels.some((c) => c.channel === 'check run' && c.state === 'done'))
    elsewhere.push('the kube-pairing check run');
  elsewhere.push('the findings-file output');
  const selection = selectAnnotations(
    reported,
    { error: left('error', failed ? 1 : 0), warning: left('warning'), notice: left('notice') },
    elsewhere.join(', '),
  );
  for (const a of selection.annotations) {
    const message = logLine(a.message);
    if (a.level === 'error') core.error(message, a.properties);
    else if (a.level === 'warning') core.warning(message, a.properties);
    else core.notice(message, a.properties);
    ctx.log.used[a.level]++;
  }
  const shown = reported.length - selection.omitted;
  return {
    channel,
    state: 'done',
    detail: `${shown} of ${reported.length} finding${reported.length === 1 ? '' : 's'} annotated`,
  };
}

async function summaryChannel(ctx: RunContext, input: Parameters<typeof renderSummary>[0]): Promise<void> {
  const file = ctx.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    ctx.log.info('GITHUB_STEP_SUMMARY is not set (not on a runner?): no job summary written');
    return;
  }
  try {
    await appendFile(file, renderSummary(input));
  } catch (error) {
    ctx.log.channelFailed('job summary', describeError(error));
  }
}
