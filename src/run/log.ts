/** The Action's log: lines on the runner, counted where they become annotations. */
import * as core from '@actions/core';
import { logLine } from '../action/escape.js';

/** Log lines, counted where they become annotations (the runner shows 10 per level per step). */
export class RunLog {
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

  /** Says once why nothing is written to the pull request. */
  readOnly(why: string): void {
    if (this.readOnlySaid) return;
    this.readOnlySaid = true;
    this.info(
      `${why}: no review comments or check run; the findings are in the annotations and the job summary.`,
    );
  }
}
