/**
 * Renders the Helm charts of a scan with `helm template` (the only place kube-pairing runs another
 * program). Nothing from the repository is executed: the helm binary comes from the command line or the
 * Action's input (never from the repository's config), plugins are off (HELM_NO_PLUGINS=1, so no
 * post-renderer or downloader plugin runs), no post-renderer is passed, dependencies are not fetched
 * (no network), and each rendering has a time limit.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface ChartRender {
  /** The chart directory, relative to the working directory, with `/` (`.` for the working directory). */
  dir: string;
  release: string;
  namespace: string;
  /** Values files, relative to the working directory; empty: the chart's own values.yaml. */
  values: string[];
}

export type RenderOutcome =
  | { status: 'rendered'; text: string }
  /** helm ran and refused (missing dependencies, a template error, a timeout): its message. */
  | { status: 'failed'; message: string }
  /** No helm binary there. */
  | { status: 'no-helm'; message: string };

export const RENDER_TIMEOUT_MS = 60_000;
/** A rendered chart bigger than this is not read (and the rendering is stopped). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export function helmArgs(chart: ChartRender): string[] {
  return [
    'template',
    chart.release,
    chart.dir === '.' ? '.' : `./${chart.dir}`,
    '--namespace',
    chart.namespace,
    ...chart.values.flatMap((v) => ['--values', v]),
  ];
}

/** `helm template` of one chart, run in `cwd`. Never throws: a failure is an outcome. */
export function renderChart(
  helm: string,
  chart: ChartRender,
  cwd: string,
  timeoutMs = RENDER_TIMEOUT_MS,
): Promise<RenderOutcome> {
  return new Promise((resolve) => {
    const child = spawn(helm, helmArgs(chart), {
      cwd,
      env: { ...process.env, HELM_NO_PLUGINS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let stopped: string | undefined;
    const stop = (why: string) => {
      stopped ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(
      () => stop(`helm template did not finish within ${timeoutMs / 1000} s`),
      timeoutMs,
    );
    child.stdout.on('data', (d: Buffer) => {
      size += d.length;
      if (size > MAX_OUTPUT_BYTES)
        stop(`helm template printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`);
      else out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(
        error.code === 'ENOENT'
          ? {
              status: 'no-helm',
              message: `no helm binary at ${helm === 'helm' ? 'helm (on PATH)' : path.resolve(cwd, helm)}`,
            }
          : { status: 'failed', message: `helm could not be started: ${error.message}` },
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (stopped !== undefined) return resolve({ status: 'failed', message: stopped });
      if (code === 0) return resolve({ status: 'rendered', text: Buffer.concat(out).toString('utf8') });
      const message = firstLines(Buffer.concat(err).toString('utf8')) || `helm exited with ${signal ?? code}`;
      resolve({ status: 'failed', message });
    });
  });
}

/** helm's message, short enough for one finding: its first lines, without helm's "Error: " prefix. */
function firstLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^WARNING: /.test(l));
  const shown = lines
    .slice(0, 3)
    .join(' ')
    .replace(/^Error: /, '');
  return shown.length > 500 ? `${shown.slice(0, 500)}…` : shown;
}
