/** Channel: the pull request review (inline comments, suggestions, the review body). */
import { apiTimingFromEnv } from '../../github/client.js';
import { postReview } from '../../github/review.js';
import type { Channel } from '../context.js';
import { markReadOnly } from '../context.js';

const name = 'review comments';

export const reviewChannel: Channel = {
  name,
  async publish(ctx, report) {
    const { pr } = report;
    if (ctx.inputs.comment === 'off') return { channel: name, state: 'off', detail: 'input comment: off' };
    if (report.request.kind !== 'pull-request' || !pr)
      return {
        channel: name,
        state: 'skipped',
        detail: `not a pull request (${report.request.event || 'no event'})`,
      };
    if (ctx.access.readOnly)
      return { channel: name, state: 'skipped', detail: 'read-only token (pull request from a fork)' };
    if (!ctx.client || !ctx.repo) return { channel: name, state: 'skipped', detail: 'no token' };
    if (!pr.headSha) {
      ctx.log.channelFailed(name, 'the pull request head commit is unknown');
      return { channel: name, state: 'failed', detail: 'the pull request head commit is unknown' };
    }
    const outcome = await postReview(
      {
        client: ctx.client,
        repo: ctx.repo,
        pullNumber: pr.number,
        headSha: pr.headSha,
        log: (l) => ctx.log.info(l),
        retryBaseMs: apiTimingFromEnv(ctx.env).retryBaseMs,
      },
      {
        findings: report.reported,
        currentKeys: report.currentKeys,
        changes: report.changes,
        unreliableFiles: report.unreliable,
        maxComments: ctx.inputs.maxComments,
        links: ctx.links,
      },
    );
    const done = [
      `${outcome.inline} inline comment${outcome.inline === 1 ? '' : 's'}`,
      `${outcome.listed} in the review body`,
      `${outcome.alreadyReported} already posted by an earlier run`,
      `${outcome.updated} updated`,
      `${outcome.resolved} marked fixed`,
      ...(outcome.unposted > 0
        ? [`${outcome.unposted} not posted (they are in the annotations and this summary)`]
        : []),
    ].join(', ');
    if (outcome.forbidden) {
      markReadOnly(ctx, `the token may not write to pull request #${pr.number} (HTTP 403)`);
      return { channel: name, state: 'skipped', detail: `read-only token (HTTP 403); ${done}` };
    }
    if (outcome.failures.length > 0) {
      for (const failure of outcome.failures) ctx.log.channelFailed(name, failure);
      return {
        channel: name,
        state: outcome.fellBack && outcome.failures.length === 1 ? 'done' : 'failed',
        detail: `${outcome.failures.join('; ')}. ${done}`,
      };
    }
    return { channel: name, state: 'done', detail: done };
  },
};
