/** Channel: a SARIF log of the reported findings, where the `sarif-file` input asks (none without it). */
import { constants } from 'node:fs';
import { mkdir, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { AnalysisResult } from '../../engine/analyze.js';
import type { Finding } from '../../engine/finding.js';
import { describeError } from '../../github/client.js';
import { formatSarif } from '../../report/sarif.js';
import type { Channel } from '../context.js';

const name = 'sarif-file';

export const sarifFileChannel: Channel = {
  name,
  async publish(ctx, { result, findings }) {
    if (ctx.inputs.sarifFile === undefined) return undefined;
    const file = path.resolve(ctx.workspace, ctx.inputs.sarifFile);
    try {
      await writeSarifFile(file, result, findings, ctx.workspace);
      core.setOutput('sarif-file', file);
      return { channel: name, state: 'done', detail: file };
    } catch (error) {
      ctx.log.channelFailed(name, describeError(error));
      return { channel: name, state: 'failed', detail: describeError(error) };
    }
  },
};

/**
 * The only place the Action writes SARIF (the writer is src/report/sarif.ts). The path usually lies in
 * the checkout, which the pull request controls: a symbolic link there (the file, or a directory on the
 * way) must not make the Action write anywhere else.
 */
async function writeSarifFile(
  file: string,
  result: AnalysisResult,
  findings: readonly Finding[],
  cwd: string,
): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const within = (p: string, root: string) =>
    p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  if (within(file, cwd) && !within(await realpath(dir), await realpath(cwd)))
    throw new Error(
      `${path.relative(cwd, dir)} is a symbolic link that leads outside the workspace: nothing written`,
    );
  let handle;
  try {
    // O_NOFOLLOW: a symbolic link in place of the file itself is refused (ELOOP), never followed.
    handle = await open(
      file,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new Error(`${path.relative(cwd, file)} is a symbolic link: not followed, nothing written`, {
        cause: error,
      });
    throw error;
  }
  try {
    await handle.writeFile(formatSarif(result, findings, { cwd }));
  } finally {
    await handle.close();
  }
}
