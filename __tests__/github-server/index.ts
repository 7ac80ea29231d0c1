// A local stand-in for api.github.com for end-to-end tests of the Action. See README.md.
export { startFakeGitHub } from './server.js';
export type {
  Access,
  FakeGitHub,
  FakeGitHubOptions,
  RecordedRequest,
  Violation,
  ViolationKind,
} from './server.js';
export { faults, type Fault } from './faults.js';
export { createPullRequestRepo, diffFiles, pushCommit } from './git-repo.js';
export type { FileTree, PullRequestFile, PullRequestRepo, PullRequestRepoOptions } from './git-repo.js';
export { commentableLines, parsePatch } from './hunks.js';
export { actionRun, pullRequestEventPayload, runAction, writePullRequestEvent } from './event.js';
export type { ActionRun, ActionRunOptions, ProcessResult } from './event.js';
export { nodeId } from './objects.js';
export type {
  CheckRun,
  IssueComment,
  PullRequest,
  PullRequestSeed,
  Review,
  ReviewComment,
  ReviewThread,
} from './state.js';
