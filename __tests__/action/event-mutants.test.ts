/**
 * src/action/event.ts, field by field (mutation testing, docs/testing.md): what each event payload asks to
 * compare, with payloads that lack or garble each field.
 */
import { describe, expect, it } from 'vitest';
import type { ChangeRequest, PullRequestInfo } from '../../src/action/event.js';
import {
  changeRequestOf,
  isIncomplete,
  isReadOnlyPullRequest,
  pullRequestInfo,
} from '../../src/action/event.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const GITHUB_SHA = 'c'.repeat(40);
const ZERO = '0'.repeat(40);

const full = {
  number: 7,
  changed_files: 3,
  head: { sha: HEAD, repo: { full_name: 'fork/app' } },
  base: { sha: BASE, repo: { full_name: 'octo/app' } },
};

describe('changeRequestOf: pull requests', () => {
  it('pull_request and pull_request_target: every field of the payload', () => {
    for (const event of ['pull_request', 'pull_request_target'] as const)
      expect(changeRequestOf(event, { number: 7, pull_request: full }, GITHUB_SHA)).toStrictEqual({
        kind: 'pull-request',
        event,
        pullRequest: {
          number: 7,
          headSha: HEAD,
          baseSha: BASE,
          headRepo: 'fork/app',
          baseRepo: 'octo/app',
          changedFiles: 3,
        },
      });
  });

  it("the number: the pull request's, else the payload's, else none", () => {
    const number = (payload: unknown) => {
      const request = changeRequestOf('pull_request', payload, undefined);
      return request.kind === 'pull-request' ? request.pullRequest.number : request;
    };
    expect(number({ number: 8, pull_request: { number: 9 } })).toBe(9);
    expect(number({ number: 8, pull_request: { number: '9' } })).toBe(8);
    expect(number({ number: 8 })).toBe(8);
    expect(number({ number: 8, pull_request: 'x' })).toBe(8);
    const none = {
      kind: 'everything',
      event: 'pull_request',
      reason: 'the event payload names no pull request',
    };
    expect(number({ number: '8' })).toStrictEqual(none);
    expect(number({ pull_request: { number: 1.5 } })).toStrictEqual(none);
    expect(number(null)).toStrictEqual(none);
    expect(number([{ number: 8 }])).toStrictEqual(none);
    expect(changeRequestOf('pull_request_target', {}, undefined)).toStrictEqual({
      ...none,
      event: 'pull_request_target',
    });
  });

  it('a pull request without head or base: the number only', () => {
    expect(changeRequestOf('pull_request', { pull_request: { number: 3 } }, GITHUB_SHA)).toStrictEqual({
      kind: 'pull-request',
      event: 'pull_request',
      pullRequest: { number: 3 },
    });
  });
});

describe('changeRequestOf: push', () => {
  it('before..after', () => {
    expect(changeRequestOf('push', { before: BASE, after: HEAD }, GITHUB_SHA)).toStrictEqual({
      kind: 'commits',
      event: 'push',
      base: BASE,
      head: HEAD,
    });
  });

  it('no usable after: GITHUB_SHA', () => {
    for (const after of [undefined, 'not-a-sha', 42])
      expect(changeRequestOf('push', { before: BASE, after }, GITHUB_SHA)).toStrictEqual({
        kind: 'commits',
        event: 'push',
        base: BASE,
        head: GITHUB_SHA,
      });
  });

  it('a new branch (before all zeros, or missing): no base', () => {
    for (const before of [ZERO, undefined, 'zz'])
      expect(changeRequestOf('push', { before, after: HEAD }, GITHUB_SHA)).toStrictEqual({
        kind: 'commits',
        event: 'push',
        base: undefined,
        head: HEAD,
      });
  });

  it('only a sha of zeros only is the null sha: leading or trailing zeros are a commit', () => {
    const leading = `0${'a'.repeat(39)}`;
    const trailing = `${'a'.repeat(39)}0`;
    expect(changeRequestOf('push', { before: trailing, after: leading }, GITHUB_SHA)).toStrictEqual({
      kind: 'commits',
      event: 'push',
      base: trailing,
      head: leading,
    });
    expect(changeRequestOf('push', { before: leading, after: trailing }, GITHUB_SHA)).toStrictEqual({
      kind: 'commits',
      event: 'push',
      base: leading,
      head: trailing,
    });
  });

  it('a deleted branch (after all zeros), or no head at all: everything', () => {
    const deleted = { kind: 'everything', event: 'push', reason: 'the push deleted the branch' };
    expect(changeRequestOf('push', { before: BASE, after: ZERO }, GITHUB_SHA)).toStrictEqual(deleted);
    expect(changeRequestOf('push', { before: BASE }, undefined)).toStrictEqual(deleted);
    expect(changeRequestOf('push', 'not an object', ZERO)).toStrictEqual(deleted);
  });
});

describe('changeRequestOf: merge_group and the rest', () => {
  it('merge_group: base_sha..head_sha, GITHUB_SHA when head_sha is missing', () => {
    expect(
      changeRequestOf('merge_group', { merge_group: { head_sha: HEAD, base_sha: BASE } }, GITHUB_SHA),
    ).toStrictEqual({ kind: 'commits', event: 'merge_group', base: BASE, head: HEAD });
    expect(changeRequestOf('merge_group', { merge_group: { base_sha: BASE } }, GITHUB_SHA)).toStrictEqual({
      kind: 'commits',
      event: 'merge_group',
      base: BASE,
      head: GITHUB_SHA,
    });
    expect(changeRequestOf('merge_group', { merge_group: 'x' }, GITHUB_SHA)).toStrictEqual({
      kind: 'commits',
      event: 'merge_group',
      base: undefined,
      head: GITHUB_SHA,
    });
  });

  it('merge_group without any head: everything', () => {
    expect(changeRequestOf('merge_group', { merge_group: { base_sha: BASE } }, undefined)).toStrictEqual({
      kind: 'everything',
      event: 'merge_group',
      reason: 'the merge group has no head commit',
    });
  });

  it('workflow_dispatch and schedule check everything; other events have no diff', () => {
    const reason = (event: string) => {
      const request = changeRequestOf(event, { after: HEAD, pull_request: full }, GITHUB_SHA);
      expect(request.kind).toBe('everything');
      expect(request.event).toBe(event);
      return (request as Extract<ChangeRequest, { kind: 'everything' }>).reason;
    };
    expect(reason('workflow_dispatch')).toBe('a workflow_dispatch run checks the whole repository');
    expect(reason('schedule')).toBe('a schedule run checks the whole repository');
    expect(reason('release')).toBe('the release event has no diff to scope findings to');
    expect(reason('')).toBe('the unknown event has no diff to scope findings to');
  });
});

describe('pullRequestInfo', () => {
  it('shas: 7 to 64 hex digits, either case', () => {
    const shas = (head: unknown, base: unknown) => {
      const info = pullRequestInfo({ head: { sha: head }, base: { sha: base } }, 1);
      return [info.headSha, info.baseSha];
    };
    expect(shas('abcdef0', 'ABCDEF0123')).toEqual(['abcdef0', 'ABCDEF0123']);
    expect(shas('f'.repeat(64), 'e'.repeat(65))).toEqual(['f'.repeat(64), undefined]);
    expect(shas('abcdef', 'abcdefg')).toEqual([undefined, undefined]);
    expect(shas(1234567, ` ${HEAD}`)).toEqual([undefined, undefined]);
    expect(shas(`${HEAD}\n`, '')).toEqual([undefined, undefined]);
  });

  it('the head repo: its name; null when the payload has a repo key but no name (a deleted fork); absent without the key', () => {
    const headRepo = (head: Record<string, unknown>) => pullRequestInfo({ head }, 1);
    expect(headRepo({ repo: { full_name: 'fork/app' } })).toStrictEqual({ number: 1, headRepo: 'fork/app' });
    expect(headRepo({ repo: null })).toStrictEqual({ number: 1, headRepo: null });
    expect(headRepo({ repo: { full_name: 5 } })).toStrictEqual({ number: 1, headRepo: null });
    expect(headRepo({})).toStrictEqual({ number: 1 });
  });

  it('the base repo and changed_files only when well-formed', () => {
    expect(pullRequestInfo({ base: { repo: { full_name: 'octo/app' } }, changed_files: 0 }, 2)).toStrictEqual(
      {
        number: 2,
        baseRepo: 'octo/app',
        changedFiles: 0,
      },
    );
    expect(pullRequestInfo({ base: { repo: { full_name: null } }, changed_files: '3' }, 2)).toStrictEqual({
      number: 2,
    });
    expect(pullRequestInfo({ base: { repo: 'octo/app' }, head: 'x' }, 2)).toStrictEqual({ number: 2 });
  });
});

describe('isIncomplete', () => {
  const complete: PullRequestInfo = {
    number: 1,
    headSha: HEAD,
    baseSha: BASE,
    headRepo: 'fork/app',
    baseRepo: 'octo/app',
    changedFiles: 2,
  };
  it('complete, a deleted fork (headRepo null) included', () => {
    expect(isIncomplete(complete)).toBe(false);
    expect(isIncomplete({ ...complete, headRepo: null })).toBe(false);
  });

  it.each(['headSha', 'baseSha', 'headRepo', 'baseRepo', 'changedFiles'] as const)('without %s', (field) => {
    const info = { ...complete };
    delete info[field];
    expect(isIncomplete(info)).toBe(true);
  });
});

describe('isReadOnlyPullRequest', () => {
  const request = (
    pullRequest: Partial<PullRequestInfo>,
    event: 'pull_request' | 'pull_request_target' = 'pull_request',
  ) => isReadOnlyPullRequest({ kind: 'pull-request', event, pullRequest: { number: 1, ...pullRequest } });

  it('a pull_request from a fork, or from a deleted fork: read-only', () => {
    expect(request({ headRepo: 'fork/app', baseRepo: 'octo/app' })).toBe(true);
    expect(request({ headRepo: null, baseRepo: 'octo/app' })).toBe(true);
  });

  it('the same repository (whatever the case), or unknown repositories: not read-only', () => {
    expect(request({ headRepo: 'Octo/App', baseRepo: 'octo/app' })).toBe(false);
    expect(request({ baseRepo: 'octo/app' })).toBe(false);
    expect(request({ headRepo: 'fork/app' })).toBe(false);
    expect(request({ headRepo: null })).toBe(false);
  });

  it('pull_request_target and other events: not read-only', () => {
    expect(request({ headRepo: 'fork/app', baseRepo: 'octo/app' }, 'pull_request_target')).toBe(false);
    expect(isReadOnlyPullRequest({ kind: 'commits', event: 'pull_request', head: HEAD })).toBe(false);
    expect(isReadOnlyPullRequest({ kind: 'everything', event: 'pull_request', reason: 'r' })).toBe(false);
  });
});
