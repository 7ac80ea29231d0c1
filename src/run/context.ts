/**
 * What every channel of the Action gets: the run's context (inputs, where, who, the API client, the log)
 * and its report (what was found and what is reported). A channel is one module under channels/ with
 * one `publish(ctx, report)`; `CHANNELS` in channels/index.ts lists them in the order they run.
 */
import type { ChangeSet } from '../action/change-set.js';
import type { ChangeRequest, PullRequestInfo } from '../action/event.js';
import type { ActionInputs } from '../action/inputs.js';
import type { LinkContext } from '../action/links.js';
import type { ScopedFinding } from '../action/scope.js';
import type { ChannelStatus } from '../action/summary.js';
import type { AnalysisResult } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import type { Repo } from '../github/changes.js';
import type { GitHubClient } from '../github/client.js';
import type { RunLog } from './log.js';

export interface RunContext {
  readonly env: NodeJS.ProcessEnv;
  readonly inputs: ActionInputs;
  readonly workspace: string;
  readonly repo?: Repo;
  readonly links: LinkContext;
  /** Absent without a token or a repository: the channels that write to GitHub skip. */
  readonly client?: GitHubClient;
  readonly log: RunLog;
  /** Learnt on the way (a fork's pull request, an HTTP 403): later channels do not try to write. */
  readonly access: { readOnly: boolean };
  /** The statuses of the channels published so far, in order (the annotations and the summary name them). */
  readonly published: ChannelStatus[];
}

export interface RunReport {
  readonly request: ChangeRequest;
  readonly pr?: PullRequestInfo;
  /** The commit findings refer to ('' when unknown). */
  readonly headSha: string;
  readonly result: AnalysisResult;
  readonly changes: ChangeSet;
  /** The keys of every finding of the analysis (reported or not): a re-run marks the others fixed. */
  readonly currentKeys: ReadonlySet<string>;
  readonly reported: readonly ScopedFinding[];
  readonly findings: readonly Finding[];
  /** Findings of the analysis outside the change, not reported. */
  readonly outOfScope: number;
  /** The findings reach `fail-on`: the step fails, whatever the channels did. */
  readonly failed: boolean;
  /** Files whose patch does not describe the checkout (their findings go in the review body). */
  readonly unreliable: ReadonlySet<string>;
  /** In words, for the summary: "on the lines changed by pull request #12". */
  readonly scope: string;
}

export interface Channel {
  /** As the summary's table of channels names it. */
  readonly name: string;
  /** Never throws for a failure of its own: it logs it and returns `failed`. `undefined`: not a row. */
  publish(ctx: RunContext, report: RunReport): Promise<ChannelStatus | undefined>;
}

/** From now on the token cannot write: said once in the log, and later channels skip. */
export function markReadOnly(ctx: RunContext, why: string): void {
  ctx.access.readOnly = true;
  ctx.log.readOnly(why);
}
