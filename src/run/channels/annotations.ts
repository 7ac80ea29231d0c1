/** Channel: workflow-command annotations, within what is left of the runner's caps. */
import * as core from '@actions/core';
import { RUNNER_ANNOTATIONS_PER_LEVEL, selectAnnotations } from '../../action/annotations.js';
import { logLine } from '../../action/escape.js';
import type { Channel } from '../context.js';

const name = 'annotations';

export const annotationsChannel: Channel = {
  name,
  async publish(ctx, { reported, failed }) {
    if (!ctx.inputs.annotations) return { channel: name, state: 'off', detail: 'input annotations: false' };
    // setFailed adds one error line of its own.
    const left = (level: 'error' | 'warning' | 'notice', reserved = 0): number =>
      Math.max(0, RUNNER_ANNOTATIONS_PER_LEVEL - ctx.log.used[level] - reserved);
    const done = (channel: string) => ctx.published.some((c) => c.channel === channel && c.state === 'done');
    const elsewhere = ['the job summary'];
    if (done('review comments')) elsewhere.push('the pull request review');
    if (done('check run')) elsewhere.push('the kube-pairing check run');
    elsewhere.push('the findings-file output');
    const selection = selectAnnotations(
      reported,
      { error: left('error', failed ? 1 : 0), warning: left('warning'), notice: left('notice') },
      elsewhere.join(', '),
    );
    for (const a of selection.annotations) {
      const message = logLine(a.message);
      if (a.level === 'error') core.error(message, a.properties);
      else if (a.level === 'warning') core.warning(message, a.properties);
      else core.notice(message, a.properties);
      ctx.log.used[a.level]++;
    }
    const shown = reported.length - selection.omitted;
    return {
      channel: name,
      state: 'done',
      detail: `${shown} of ${reported.length} finding${reported.length === 1 ? '' : 's'} annotated`,
    };
  },
};
