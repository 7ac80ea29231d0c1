/**
 * What the event changed, from the REST API (pull requests) or `git diff` on the checkout (push,
 * merge_group, and the pull-request fallbacks), as a ChangeSet with the limits it has.
 */
import type { ChangeSet } from '../action/change-set.js';
import { changeSetOf } from '../action/change-set.js';
import type { ChangedFile, FileStatus } from '../action/diff.js';
import { parsePatch, PatchError } from '../action/diff.js';
import type { ChangeRequest, PullRequestInfo } from '../action/event.js';
import { isIncomplete, pullRequestInfo } from '../action/event.js';
import type { GitHubClient } from './client.js';
import { describeError } from './client.js';
import type { Git } from './git.js';

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000;

export interface Repo {
  owner: string;
  repo: string;
}

export interface ChangeContext {
  /** undefined when there is no token: only git can tell what changed. */
  client?: GitHubClient;
  git: Git;
  repo: Repo;
  log: (line: string) => void;
  /** Whether a path is a manifest the analysis loaded (only those need line information). */
  isManifest: (path: string) => boolean;
}

const FETCH_DEPTH_HINT = 'check out with `actions/checkout` and `fetch-depth: 0`';

/** Fills what the payload lacks (head/base sha, changed_files, repositories) with `pulls.get`. */
export async function completePullRequest(pr: PullRequestInfo, ctx: ChangeContext): Promise<PullRequestInfo> {
  if (!isIncomplete(pr) || !ctx.client) return pr;
  try {
    const { data } = await ctx.client.rest.pulls.get({ ...ctx.repo, pull_number: pr.number });
    const fetched = pullRequestInfo(data as unknown as Record<string, unknown>, pr.number);
    return { ...fetched, ...definedOnly(pr) };
  } catch (error) {
    ctx.log(
      `could not read pull request #${pr.number} (${describeError(error)}); using the event payload as it is`,
    );
    return pr;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function changesOf(
  request: ChangeRequest,
  ctx: ChangeContext,
  pr?: PullRequestInfo,
): Promise<ChangeSet> {
  if (request.kind === 'everything')
    return changeSetOf(undefined, `the whole repository (${request.reason})`);
  if (request.kind === 'commits') return commitChanges(request.event, request.base, request.head, ctx);
  return pullRequestChanges(pr ?? request.pullRequest, ctx);
}

async function commitChanges(
  event: string,
  base: string | undefined,
  head: string,
  ctx: ChangeContext,
): Promise<ChangeSet> {
  const what = event === 'merge_group' ? 'merge group' : event;
  if (base === undefined) {
    return changeSetOf(
      undefined,
      `the whole repository (${what} to a new branch: no earlier commit to compare with)`,
    );
  }
  const range = `${base.slice(0, 12)}..${head.slice(0, 12)}`;
  try {
    const [hasBase, hasHead] = await Promise.all([ctx.git.ensureCommit(base), ctx.git.ensureCommit(head)]);
    if (!hasBase || !hasHead)
      throw new Error(`commit ${hasBase ? head : base} is not in the checkout and could not be fetched`);
    return changeSetOf(await ctx.git.diff(base, head), `the ${what} ${range} (git diff)`);
  } catch (error) {
    const warning = `Could not diff ${range} on the checkout (${describeError(error)}), so every finding in the repository is reported; ${FETCH_DEPTH_HINT} to scope them to the change.`;
    return changeSetOf(undefined, `the whole repository (the ${what} could not be diffed)`, [warning]);
  }
}

interface ListedFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

async function pullRequestChanges(pr: PullRequestInfo, ctx: ChangeContext): Promise<ChangeSet> {
  const description = `pull request #${pr.number}`;
  const warnings: string[] = [];
  let listed: ChangedFile[] | undefined;
  if (ctx.client) {
    try {
      const files = (await ctx.client.paginate(ctx.client.rest.pulls.listFiles, {
        ...ctx.repo,
        pull_number: pr.number,
        per_page: 100,
      })) as ListedFile[];
      listed = files.map((f) => changedFileOf(f, warnings));
    } catch (error) {
      ctx.log(
        `could not list the files of ${description} (${describeError(error)}); trying git diff on the checkout`,
      );
    }
  }

  const truncated =
    listed !== undefined &&
    (listed.length >= MAX_LISTED_FILES || (pr.changedFiles !== undefined && listed.length < pr.changedFiles));
  const withoutPatch = (listed ?? []).filter(
    (f) => f.diff === undefined && f.status !== 'removed' && ctx.isManifest(f.path),
  );
  if (listed !== undefined && !truncated && withoutPatch.length === 0)
    return changeSetOf(listed, `${description} (GitHub API)`, warnings);

  const fromGit = await gitPullRequestDiff(pr, ctx);
  if (fromGit.files) {
    if (listed === undefined) return changeSetOf(fromGit.files, `${description} (git diff)`, warnings);
    return changeSetOf(merge(listed, fromGit.files), `${description} (GitHub API and git diff)`, warnings);
  }
  if (listed === undefined) {
    warnings.push(
      `Could not learn what ${description} changes (no file list from the API, and ${fromGit.reason}), so every finding in the repository is reported.`,
    );
    return changeSetOf(
      undefined,
      `the whole repository (the changes of ${description} are unknown)`,
      warnings,
    );
  }
  if (truncated) {
    warnings.push(
      `GitHub lists only the first ${listed.length} of ${pr.changedFiles ?? 'the'} files changed by ${description}, and ${fromGit.reason}: findings in the files not listed are not reported; ${FETCH_DEPTH_HINT}.`,
    );
  }
  if (withoutPatch.length > 0) {
    const names = withoutPatch
      .slice(0, 5)
      .map((f) => f.path)
      .join(', ');
    const more = withoutPatch.length > 5 ? ` and ${withoutPatch.length - 5} more` : '';
    warnings.push(
      `GitHub sent no diff for ${names}${more} (too large or binary) and ${fromGit.reason}: every line of ${withoutPatch.length === 1 ? 'that file' : 'those files'} counts as changed, and no inline comment can be placed there.`,
    );
  }
  return changeSetOf(listed, `${description} (GitHub API)`, warnings);
}

function changedFileOf(file: ListedFile, warnings: string[]): ChangedFile {
  const status = (STATUSES.has(file.status) ? file.status : 'modified') as FileStatus;
  const entry: ChangedFile = { path: file.filename, status };
  if (file.previous_filename !== undefined) entry.previousPath = file.previous_filename;
  if (file.patch !== undefined) {
    try {
      entry.diff = parsePatch(file.patch);
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      warnings.push(`The diff GitHub sent for ${file.filename} could not be read (${error.message}).`);
    }
  } else if (status === 'renamed' || status === 'unchanged') {
    // A pure rename has no patch: no line changed.
    entry.diff = parsePatch('');
  }
  return entry;
}

const STATUSES = new Set(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']);

/** `git diff base...head` (from their merge base), as GitHub diffs a pull request. */
async function gitPullRequestDiff(
  pr: PullRequestInfo,
  ctx: ChangeContext,
): Promise<{ files: ChangedFile[]; reason?: undefined } | { files?: undefined; reason: string }> {
  if (!pr.baseSha || !pr.headSha) return { reason: 'the event does not give the base and head commits' };
  if (!(await ctx.git.isRepository())) return { reason: 'the workspace is not a git checkout' };
  const [hasBase, hasHead] = await Promise.all([
    ctx.git.hasCommit(pr.baseSha),
    ctx.git.hasCommit(pr.headSha),
  ]);
  if (!hasBase || !hasHead)
    return { reason: `the checkout lacks the history to diff it (${FETCH_DEPTH_HINT})` };
  const base = await ctx.git.mergeBase(pr.baseSha, pr.headSha);
  if (!base)
    return { reason: `the checkout lacks the history to find where the branches meet (${FETCH_DEPTH_HINT})` };
  try {
    return { files: await ctx.git.diff(base, pr.headSha) };
  } catch (error) {
    return { reason: `git diff failed (${describeError(error)})` };
  }
}

/** The API's entries, with line information and missing files taken from git. */
function merge(listed: ChangedFile[], fromGit: ChangedFile[]): ChangedFile[] {
  const byPath = new Map(fromGit.map((f) => [f.path, f]));
  const result = listed.map((f) => {
    const diff = f.diff === undefined ? byPath.get(f.path)?.diff : undefined;
    // Lines from git scope the findings, but GitHub anchors no comment in a file it sent no patch for.
    return diff ? { ...f, diff, commentable: false } : f;
  });
  const known = new Set(listed.map((f) => f.path));
  for (const f of fromGit) if (!known.has(f.path)) result.push(f);
  return result;
}
