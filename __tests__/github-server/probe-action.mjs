// A minimal stand-in for the Action, run as a real process by the fake's own tests: it reads the
// runner environment through @actions/core / @actions/github exactly as the Action does and posts one
// review comment on the first added line of the first changed file.
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';

const octokit = getOctokit(core.getInput('token', { required: true }));
const pull = context.payload.pull_request;
const { data: files } = await octokit.rest.pulls.listFiles({ ...context.repo, pull_number: pull.number });
const file = files.find((f) => f.patch);
const line = Number(/^@@ -\d+(?:,\d+)? \+(\d+)/.exec(file.patch)[1]);
await octokit.rest.pulls.createReview({
  ...context.repo,
  pull_number: pull.number,
  commit_id: pull.head.sha,
  event: 'COMMENT',
  body: `probe ran for ${context.eventName} at ${context.sha}`,
  comments: [{ path: file.filename, line, side: 'RIGHT', body: core.getInput('message') }],
});
await core.summary.addRaw(`reviewed ${files.length} files`).write();
core.setOutput('files', String(files.length));
