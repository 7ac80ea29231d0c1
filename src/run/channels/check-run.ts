/** Channel: a check run with every reported finding as an annotation (batches of 50). */
import { countsText } from '../../action/review-plan.js';
import { publishCheckRun } from '../../github/check-run.js';
import { apiTimingFromEnv, describeError, isForbidden } from '../../github/client.js';
import type { Channel } from '../context.js';
import { markReadOnly } from '../context.js';

const name = 'check run';

export const checkRunChannel: Channel = {
  name,
  async publish(ctx, { reported, failed, headSha }) {
    if (!ctx.inputs.checkRun) return { channel: name, state: 'off', detail: 'input check-run: false' };
    if (ctx.access.readOnly) return { channel: name, state: 'skipped', detail: 'read-only token' };
    if (!ctx.client || !ctx.repo || !headSha)
      return { channel: name, state: 'skipped', detail: 'no token or no commit' };
    const title = `kube-pairing: ${countsText(reported)}`;
    const summary =
      `${countsText(reported)} reported; fail-on ${ctx.inputs.failOn}: ${failed ? 'failed' : 'passed'}.` +
      (ctx.links.runUrl
        ? ` The job summary of [the workflow run](${ctx.links.runUrl}) has the full table.`
        : '');
    try {
      const created = await publishCheckRun(
        {
          client: ctx.client,
          repo: ctx.repo,
          headSha,
          ...(ctx.links.runUrl ? { detailsUrl: ctx.links.runUrl } : {}),
          log: (l) => ctx.log.info(l),
          retryBaseMs: apiTimingFromEnv(ctx.env).retryBaseMs,
        },
        reported,
        title,
        summary,
        failed,
      );
      return {
        channel: name,
        state: 'done',
        detail: `check run ${created.id} with ${created.annotations} annotation${created.annotations === 1 ? '' : 's'}`,
      };
    } catch (error) {
      const why = describeError(error);
      if (isForbidden(error) && ctx.env.GITHUB_EVENT_NAME === 'pull_request')
        markReadOnly(ctx, `the token may not create check runs (${why})`);
      ctx.log.channelFailed(
        name,
        `${why}${isForbidden(error) ? ' (the job needs `permissions: checks: write`)' : ''}`,
      );
      return { channel: name, state: 'failed', detail: why };
    }
  },
};
