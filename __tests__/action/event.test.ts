import { describe, expect, it } from 'vitest';
import type { ChangeRequest, PullRequestInfo } from '../../src/action/event.js';
import { changeRequestOf, isIncomplete, isReadOnlyPullRequest } from '../../src/action/event.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

/** The pull request a change request names; fails the test when it names none. */
function pullRequestOf(request: ChangeRequest): PullRequestInfo {
  expect(request.kind).toBe('pull-request');
  return (request as Extract<ChangeRequest, { kind: 'pull-request' }>).pullRequest;
}

const prPayload = (headRepo: string | null, extra: Record<string, unknown> = {}) => ({
  number: 7,
  pull_request: {
    number: 7,
    changed_files: 3,
    head: { sha: HEAD, repo: headRepo === null ? null : { full_name: headRepo } },
    base: { sha: BASE, repo: { full_name: 'octo/app' } },
    ...extra,
  },
});

describe('changeRequestOf', () => {
  it('reads a pull_request payload: number, head/base sha and repos, changed_files', () => {
    const request = changeRequestOf('pull_request', prPayload('octo/app'), 'f'.repeat(40));
    expect(request).toEqual({
      kind: 'pull-request',
      event: 'pull_request',
      pullRequest: {
        number: 7,
        headSha: HEAD,
        baseSha: BASE,
        headRepo: 'octo/app',
        baseRepo: 'octo/app',
        changedFiles: 3,
      },
    });
    expect(isReadOnlyPullRequest(request)).toBe(false);
    expect(isIncomplete(pullRequestOf(request))).toBe(false);
  });

  it('marks fields missing from the payload so that pulls.get fills them', () => {
    const request = changeRequestOf('pull_request', { number: 9, pull_request: { number: 9 } }, undefined);
    expect(pullRequestOf(request)).toEqual({ number: 9 });
    expect(isIncomplete(pullRequestOf(request))).toBe(true);
  });

  it.each([
    ['head sha', { head: { repo: { full_name: 'octo/app' } } }],
    ['base sha', { base: { repo: { full_name: 'octo/app' } } }],
    ['changed_files', { changed_files: undefined }],
    ['head repo', { head: { sha: HEAD } }],
    ['base repo', { base: { sha: BASE } }],
  ])('one field missing makes it incomplete: %s', (_field, extra) => {
    expect(
      isIncomplete(pullRequestOf(changeRequestOf('pull_request', prPayload('octo/app', extra), undefined))),
    ).toBe(true);
  });

  it('a deleted fork (head repo null) is known, not missing', () => {
    const pr = pullRequestOf(changeRequestOf('pull_request', prPayload(null), undefined));
    expect(pr.headRepo).toBeNull();
    expect(isIncomplete(pr)).toBe(false);
  });

  it('a payload that names no pull request checks everything', () => {
    expect(changeRequestOf('pull_request', { pull_request: {} }, HEAD)).toEqual({
      kind: 'everything',
      event: 'pull_request',
      reason: 'the event payload names no pull request',
    });
  });

  it('detects a fork (or a deleted fork) under pull_request as read-only, not under pull_request_target', () => {
    expect(isReadOnlyPullRequest(changeRequestOf('pull_request', prPayload('someone/app'), undefined))).toBe(
      true,
    );
    expect(isReadOnlyPullRequest(changeRequestOf('pull_request', prPayload(null), undefined))).toBe(true);
    expect(
      isReadOnlyPullRequest(changeRequestOf('pull_request_target', prPayload('someone/app'), undefined)),
    ).toBe(false);
  });

  it('diffs a push from before to after; a new branch has nothing to compare with', () => {
    expect(changeRequestOf('push', { before: BASE, after: HEAD }, HEAD)).toEqual({
      kind: 'commits',
      event: 'push',
      base: BASE,
      head: HEAD,
    });
    expect(changeRequestOf('push', { before: '0'.repeat(40), after: HEAD }, HEAD)).toEqual({
      kind: 'commits',
      event: 'push',
      base: undefined,
      head: HEAD,
    });
    expect(
      changeRequestOf('push', { before: BASE, after: '0'.repeat(40), deleted: true }, undefined).kind,
    ).toBe('everything');
  });

  it('diffs a merge group from base_sha to head_sha', () => {
    expect(changeRequestOf('merge_group', { merge_group: { base_sha: BASE, head_sha: HEAD } }, HEAD)).toEqual(
      {
        kind: 'commits',
        event: 'merge_group',
        base: BASE,
        head: HEAD,
      },
    );
  });

  it.each(['workflow_dispatch', 'schedule', 'release'])('checks the whole repository on %s', (event) => {
    expect(changeRequestOf(event, {}, HEAD).kind).toBe('everything');
  });
});
