import { isRecord } from '../engine/parse.js';

/** The parts of a pull request the Action uses; filled from the event payload, else from `pulls.get`. */
export interface PullRequestInfo {
  number: number;
  headSha?: string;
  baseSha?: string;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepo?: string | null;
  baseRepo?: string;
  /** How many files the pull request changes (to detect the 3000-file listing cap). */
  changedFiles?: number;
}

/** What the triggering event asks to compare. */
export type ChangeRequest =
  | { kind: 'pull-request'; event: 'pull_request' | 'pull_request_target'; pullRequest: PullRequestInfo }
  /** push / merge_group: the commits to diff. `base` undefined = new branch, nothing to compare with. */
  | { kind: 'commits'; event: string; base?: string; head: string }
  | { kind: 'everything'; event: string; reason: string };

const ZERO_SHA = /^0+$/;

/** Reads the event payload (`GITHUB_EVENT_PATH`) for the event `GITHUB_EVENT_NAME`. Pure. */
export function changeRequestOf(
  eventName: string,
  payload: unknown,
  githubSha: string | undefined,
): ChangeRequest {
  const data = isRecord(payload) ? payload : {};
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = isRecord(data.pull_request) ? data.pull_request : {};
    const number =
      typeof pr.number === 'number' ? pr.number : typeof data.number === 'number' ? data.number : NaN;
    if (!Number.isInteger(number)) {
      return { kind: 'everything', event: eventName, reason: 'the event payload names no pull request' };
    }
    return { kind: 'pull-request', event: eventName, pullRequest: pullRequestInfo(pr, number) };
  }
  if (eventName === 'push') {
    const head = sha(data.after) ?? githubSha;
    if (head === undefined || ZERO_SHA.test(head)) {
      return { kind: 'everything', event: eventName, reason: 'the push deleted the branch' };
    }
    const before = sha(data.before);
    return {
      kind: 'commits',
      event: eventName,
      base: before && !ZERO_SHA.test(before) ? before : undefined,
      head,
    };
  }
  if (eventName === 'merge_group') {
    const group = isRecord(data.merge_group) ? data.merge_group : {};
    const head = sha(group.head_sha) ?? githubSha;
    const base = sha(group.base_sha);
    if (head === undefined)
      return { kind: 'everything', event: eventName, reason: 'the merge group has no head commit' };
    return { kind: 'commits', event: eventName, base, head };
  }
  const reason =
    eventName === 'workflow_dispatch' || eventName === 'schedule'
      ? `a ${eventName} run checks the whole repository`
      : `the ${eventName || 'unknown'} event has no diff to scope findings to`;
  return { kind: 'everything', event: eventName, reason };
}

export function pullRequestInfo(pr: Record<string, unknown>, number: number): PullRequestInfo {
  const head = isRecord(pr.head) ? pr.head : {};
  const base = isRecord(pr.base) ? pr.base : {};
  const info: PullRequestInfo = { number };
  const headSha = sha(head.sha);
  const baseSha = sha(base.sha);
  if (headSha) info.headSha = headSha;
  if (baseSha) info.baseSha = baseSha;
  if ('repo' in head)
    info.headRepo =
      isRecord(head.repo) && typeof head.repo.full_name === 'string' ? head.repo.full_name : null;
  if (isRecord(base.repo) && typeof base.repo.full_name === 'string') info.baseRepo = base.repo.full_name;
  if (typeof pr.changed_files === 'number') info.changedFiles = pr.changed_files;
  return info;
}

/** Whether fields the Action needs are missing from the payload (then `pulls.get` fills them). */
export function isIncomplete(pr: PullRequestInfo): boolean {
  return (
    pr.headSha === undefined ||
    pr.baseSha === undefined ||
    pr.changedFiles === undefined ||
    pr.headRepo === undefined ||
    pr.baseRepo === undefined
  );
}

/**
 * A `pull_request` run from a fork (or a deleted fork) gets a read-only token; `pull_request_target`
 * runs with the base repository's token and can write.
 */
export function isReadOnlyPullRequest(request: ChangeRequest): boolean {
  if (request.kind !== 'pull-request' || request.event !== 'pull_request') return false;
  const { headRepo, baseRepo } = request.pullRequest;
  if (headRepo === undefined || baseRepo === undefined) return false;
  return headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase();
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) ? value : undefined;
}
