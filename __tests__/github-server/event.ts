// What the runner hands an Action: the event payload file and the environment, pointed at the fake.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pullJson, repoJson, userJson } from './objects.js';
import type { FakeGitHub } from './server.js';
import type { PullRequest } from './state.js';

export type PullRequestEventName = 'pull_request' | 'pull_request_target';

export interface ActionRun {
  /** Environment for the Action process (merge it over a minimal base such as `{ PATH }`). */
  env: Record<string, string>;
  /** Runner files the Action writes to; read them after the run. */
  eventPath: string;
  summaryPath: string;
  outputPath: string;
  runnerTemp: string;
  /** Removes the runner files (RUNNER_TEMP). */
  cleanup(): void;
}

export interface ActionRunOptions {
  pull: PullRequest;
  /** The checkout (GITHUB_WORKSPACE), e.g. `createPullRequestRepo(...).dir`. */
  workspace: string;
  eventName?: PullRequestEventName;
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited';
  token?: string;
  /** Action inputs by their action.yml name; the runner passes `INPUT_<NAME>` upper-cased, hyphens kept. */
  inputs?: Record<string, string>;
}

/** The webhook payload of a `pull_request` event, shaped from the same records the API serves. */
export function pullRequestEventPayload(
  fake: FakeGitHub,
  pull: PullRequest,
  action = 'opened',
): Record<string, unknown> {
  const urls = { api: fake.url };
  return {
    action,
    number: pull.number,
    pull_request: pullJson(pull, fake.state, urls),
    repository: repoJson(pull.base.repo, fake.state, urls),
    sender: userJson(pull.author, urls),
  };
}

/** Writes a realistic `pull_request` payload to a file and returns its path (GITHUB_EVENT_PATH). */
export function writePullRequestEvent(
  fake: FakeGitHub,
  pull: PullRequest,
  dir: string,
  action = 'opened',
): string {
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(pullRequestEventPayload(fake, pull, action), null, 2));
  return file;
}

/**
 * The variables the runner sets for a step on a pull-request event, with the API pointed at the fake.
 * On `pull_request` GITHUB_SHA is the merge commit and GITHUB_REF `refs/pull/N/merge`; on
 * `pull_request_target` they name the base branch. Review comments must use `head.sha` in both cases.
 */
export function actionRun(fake: FakeGitHub, options: ActionRunOptions): ActionRun {
  const { pull } = options;
  const eventName = options.eventName ?? 'pull_request';
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'fake-runner-'));
  const files = path.join(runnerTemp, '_runner_file_commands');
  mkdirSync(files);
  const touch = (name: string): string => {
    const file = path.join(files, name);
    writeFileSync(file, '');
    return file;
  };
  const eventPath = writePullRequestEvent(fake, pull, runnerTemp, options.action);
  const summaryPath = touch('step_summary');
  const outputPath = touch('set_output');
  const onTarget = eventName === 'pull_request_target';

  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: pull.base.repo.fullName,
    GITHUB_REPOSITORY_OWNER: pull.base.repo.owner,
    GITHUB_REPOSITORY_ID: String(pull.base.repo.id),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: onTarget ? pull.base.sha : (pull.mergeSha ?? pull.head.sha),
    GITHUB_REF: onTarget ? `refs/heads/${pull.base.ref}` : `refs/pull/${pull.number}/merge`,
    GITHUB_REF_NAME: onTarget ? pull.base.ref : `${pull.number}/merge`,
    GITHUB_HEAD_REF: pull.head.ref,
    GITHUB_BASE_REF: pull.base.ref,
    GITHUB_ACTOR: pull.author.login,
    GITHUB_WORKFLOW: 'kube-pairing',
    GITHUB_JOB: 'check',
    GITHUB_ACTION: '__run',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_ENV: touch('set_env'),
    GITHUB_PATH: touch('add_path'),
    GITHUB_STATE: touch('save_state'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    INPUT_TOKEN: options.token ?? 'ghs_fakeGitHubToken',
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const cleanup = () => rmSync(runnerTemp, { recursive: true, force: true });
  return { env, eventPath, summaryPath, outputPath, runnerTemp, cleanup };
}

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the Action's bundle as the runner would (`node <entry>` in the workspace). Asynchronous on
 * purpose: the fake answers from this same process, so a blocking `spawnSync` would deadlock.
 */
export function runAction(
  entry: string,
  run: ActionRun,
  extraEnv: Record<string, string> = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      cwd: run.env.GITHUB_WORKSPACE,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...run.env, ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
