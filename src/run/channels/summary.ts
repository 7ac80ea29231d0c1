/** Channel: the job summary, last: it reports on every other channel (not a row of its own table). */
import { appendFile } from 'node:fs/promises';
import { renderSummary } from '../../action/summary.js';
import { describeError } from '../../github/client.js';
import type { Channel } from '../context.js';

export const summaryChannel: Channel = {
  name: 'job summary',
  async publish(ctx, report) {
    const file = ctx.env.GITHUB_STEP_SUMMARY;
    if (!file) {
      ctx.log.info('GITHUB_STEP_SUMMARY is not set (not on a runner?): no job summary written');
      return undefined;
    }
    try {
      await appendFile(
        file,
        renderSummary({
          reported: report.reported,
          scope: report.scope,
          outOfScope: report.outOfScope,
          analysis: report.result.summary,
          skipped: report.result.skippedFiles,
          failOn: ctx.inputs.failOn,
          failed: report.failed,
          warnings: report.changes.warnings,
          channels: ctx.published,
          links: ctx.links,
        }),
      );
    } catch (error) {
      ctx.log.channelFailed('job summary', describeError(error));
    }
    return undefined;
  },
};
