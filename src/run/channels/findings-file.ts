/** Channel: the JSON report of the reported findings in RUNNER_TEMP, named by the `findings-file` output. */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { describeError } from '../../github/client.js';
import { formatJson, jsonReport } from '../../report/json.js';
import type { Channel } from '../context.js';

const name = 'findings-file';

export const findingsFileChannel: Channel = {
  name,
  async publish(ctx, { result, findings }) {
    const step = (ctx.env.GITHUB_ACTION || 'kube-pairing').replace(/[^A-Za-z0-9_.-]/g, '_');
    const dir = path.join(ctx.env.RUNNER_TEMP || os.tmpdir(), 'kube-pairing');
    const file = path.join(dir, `${step}-findings.json`);
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(file, formatJson(jsonReport(result, findings)));
      core.setOutput('findings-file', file);
      return { channel: name, state: 'done', detail: file };
    } catch (error) {
      ctx.log.channelFailed(name, describeError(error));
      return { channel: name, state: 'failed', detail: describeError(error) };
    }
  },
};
