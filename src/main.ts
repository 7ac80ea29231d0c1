/**
 * The GitHub Action:
 *   prepare (src/run/prepare.ts): inputs -> analysis (every manifest, for context) -> what changed ->
 *     scope (+ findings caused by deleted Services)
 *   -> channels (src/run/channels/): review | check run | findings-file | SARIF | annotations | summary
 *   -> outputs and the pass/fail verdict, which never depends on whether posting worked.
 */
import * as core from '@actions/core';
import { logLine } from './action/escape.js';
import { InputError } from './action/inputs.js';
import { countsText } from './action/review-plan.js';
import { ConfigError } from './config/load.js';
import { countBySeverity } from './engine/analyze.js';
import { UsageError } from './engine/load.js';
import { CHANNELS } from './run/channels/index.js';
import { RunLog } from './run/log.js';
import { prepare } from './run/prepare.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = new RunLog();
  try {
    await runChecked(env, log);
  } catch (error) {
    fail(error);
  }
}

async function runChecked(env: NodeJS.ProcessEnv, log: RunLog): Promise<void> {
  const { ctx, report } = await prepare(env, log);
  for (const channel of CHANNELS) {
    const status = await channel.publish(ctx, report);
    if (status) ctx.published.push(status);
  }
  const counts = countBySeverity(report.findings);
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('notices', counts.notices);
  if (report.failed) {
    core.setFailed(
      `kube-pairing: ${countsText(report.reported)} reported; findings at or above fail-on (${ctx.inputs.failOn}) fail this step.`,
    );
  }
}

/** Bad inputs, a bad config, or a crash: the step fails with the reason (config problems at their line). */
function fail(error: unknown): void {
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
