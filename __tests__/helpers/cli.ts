import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { JsonReport } from '../../src/report/json.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(REPO, 'dist/cli.js');
export const FIXTURES = path.join(REPO, '__tests__/fixtures');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bundle as a user would, with no colour and a clean environment. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runJson(
  args: string[],
  cwd: string,
): { status: number | null; report: JsonReport; stderr: string } {
  const run = runCli(['--format', 'json', ...args], cwd);
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}
