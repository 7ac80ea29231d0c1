/**
 * Which Helm charts of a scan are rendered, with what (the config's `charts:` entries), and the rendered
 * streams as files of the analysis: each chart's stream is one file inside the chart's directory (so it
 * forms the chart's deployment unit), in place of the chart's templates.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { parse as parseYaml } from 'yaml';
import type { ManifestText } from '../engine/analyze.js';
import type { ChartRender, RenderOutcome } from './render.js';
import { renderChart } from './render.js';
import { CHART_FILE, dirOf } from '../engine/units.js';

/** A `charts:` entry of the config, anchored: `path` an absolute glob, `values` absolute paths. */
export interface ChartSettings {
  path: string;
  release?: string;
  namespace?: string;
  values?: string[];
}

export interface HelmOptions {
  /** The helm binary: a path, or a name looked up on PATH. */
  helm: string;
  cwd: string;
  charts?: readonly ChartSettings[];
  defaultNamespace?: string;
  timeoutMs?: number;
}

export interface ChartOutcome {
  dir: string;
  /** The chart's name (Chart.yaml `name`): the first segment of its `# Source:` paths. */
  name: string;
  outcome: RenderOutcome;
  /** The rendered stream's path in the analysis, when it rendered. */
  renderedPath?: string;
  /** The values files helm read, in the order it merges them (the chart's values.yaml first). */
  valuesFiles: string[];
  /**
   * When it rendered: the texts of the chart's template files (its and its subcharts' `templates/`,
   * helpers such as `_helpers.tpl` among them) and values files, by path relative to the working
   * directory, for mapping findings to the `define` or values line that writes a value.
   */
  sources?: ReadonlyMap<string, string>;
}

/** The most files, and the largest file, read as a rendered chart's sources. */
const MAX_SOURCE_FILES = 2000;
const MAX_SOURCE_BYTES = 1024 * 1024;

const under = (file: string, dir: string): boolean => dir === '.' || file.startsWith(`${dir}/`);
/** The path of a chart's rendered stream among the files of the analysis. */
export const renderedPathOf = (dir: string): string =>
  dir === '.' ? '[helm template].yaml' : `${dir}/[helm template].yaml`;

/** The charts to render: directories with a Chart.yaml and templates, not inside another chart's `charts/`. */
export function chartsToRender(texts: readonly ManifestText[]): string[] {
  const charts = texts.filter((t) => CHART_FILE.test(t.path)).map((t) => dirOf(t.path));
  const isSubchart = (dir: string) =>
    charts.some((c) => c !== dir && under(dir, c === '.' ? 'charts' : `${c}/charts`));
  return charts
    .filter((dir) => !isSubchart(dir))
    .filter((dir) => texts.some((t) => under(t.path, dir === '.' ? 'templates' : `${dir}/templates`)))
    .sort();
}

/** Renders every chart of the scan; stops trying once helm turns out to be missing. */
export async function renderCharts(
  texts: readonly ManifestText[],
  options: HelmOptions,
): Promise<ChartOutcome[]> {
  const dirs = chartsToRender(texts);
  if (dirs.length === 0) return [];
  const matched = await matchSettings(options);
  const outcomes: ChartOutcome[] = [];
  let missing: RenderOutcome | undefined;
  for (const dir of dirs) {
    const name = chartName(texts, dir, options.cwd);
    const settings = matched(path.resolve(options.cwd, dir));
    const render: ChartRender = {
      dir,
      release: settings?.release ?? name,
      namespace: settings?.namespace ?? options.defaultNamespace ?? 'default',
      values: (settings?.values ?? []).map((v) => path.relative(options.cwd, v).split(path.sep).join('/')),
    };
    const refused = missing === undefined ? unsafeToRender(options.cwd, dir, render.values) : undefined;
    const outcome =
      missing ??
      (refused !== undefined
        ? { status: 'failed' as const, message: refused }
        : await renderChart(options.helm, render, options.cwd, options.timeoutMs));
    if (outcome.status === 'no-helm') missing = outcome;
    const ownValues = dir === '.' ? 'values.yaml' : `${dir}/values.yaml`;
    outcomes.push({
      dir,
      name,
      outcome,
      ...(outcome.status === 'rendered'
        ? { renderedPath: renderedPathOf(dir), sources: await readSources(options.cwd, dir, render.values) }
        : {}),
      valuesFiles: [ownValues, ...render.values],
    });
  }
  return outcomes;
}

/**
 * The texts of a rendered chart's template and values files (and of the `charts:` values files), by path
 * relative to `cwd`. Only after the chart was found safe to render: no symbolic link in it, values files
 * regular files inside the working directory. A file too large or unreadable is left out.
 */
async function readSources(
  cwd: string,
  dir: string,
  values: readonly string[],
): Promise<Map<string, string>> {
  const base = dir === '.' ? '' : `${dir}/`;
  const found = await fg(['templates/**', 'values.yaml', 'charts/**/templates/**', 'charts/**/values.yaml'], {
    cwd: path.resolve(cwd, dir),
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
    suppressErrors: true,
  });
  const sources = new Map<string, string>();
  for (const file of [...found.sort().map((f) => `${base}${f}`), ...values].slice(0, MAX_SOURCE_FILES)) {
    try {
      const absolute = path.resolve(cwd, file);
      const stat = lstatSync(absolute);
      if (stat.isFile() && stat.size <= MAX_SOURCE_BYTES) sources.set(file, readFileSync(absolute, 'utf8'));
    } catch {
      // unreadable: the mapping stops at the template line for what this file would have told
    }
  }
  return sources;
}

/**
 * Why a chart must not be given to helm, if it must not. The repository (a pull request, under
 * `pull_request_target`) controls the chart and the config: helm follows symbolic links in a chart
 * directory and reads values files from anywhere, and what it reads can end up in a rendered name that a
 * finding quotes in a comment. So a chart with a symbolic link anywhere in it, and a values file that is
 * not a regular file inside the working directory, are refused (the chart gets the not-rendered notice).
 */
export function unsafeToRender(cwd: string, dir: string, values: readonly string[]): string | undefined {
  const root = realpathSync(cwd);
  const link = firstLink(path.resolve(cwd, dir));
  if (link !== undefined)
    return `the chart holds a symbolic link (${path.relative(cwd, link).split(path.sep).join('/')}), which helm would follow: not rendered`;
  for (const file of values) {
    const absolute = path.resolve(cwd, file);
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return `the values file ${file} does not exist`;
    }
    const inside = real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
    if (!inside || real !== path.resolve(root, path.relative(cwd, absolute)) || !lstatSync(real).isFile())
      return `the values file ${file} is not a regular file inside the working directory (or is reached through a symbolic link): not rendered`;
  }
  return undefined;
}

/** The first symbolic link under `dir` (depth first), if any. */
function firstLink(dir: string): string | undefined {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    const p = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) return p;
    if (entry.isDirectory()) {
      const found = firstLink(p);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The files of the analysis: a rendered chart's stream in place of its templates (and its subcharts'). */
export function withRendered(
  texts: readonly ManifestText[],
  charts: readonly ChartOutcome[],
): ManifestText[] {
  const rendered = charts.filter((c) => c.outcome.status === 'rendered');
  const replaced = (file: string) =>
    rendered.some((c) => {
      const base = c.dir === '.' ? '' : `${c.dir}/`;
      return file.startsWith(`${base}templates/`) || file.startsWith(`${base}charts/`);
    });
  const out = texts.filter((t) => !replaced(t.path));
  for (const c of rendered)
    if (c.outcome.status === 'rendered') out.push({ path: c.renderedPath!, text: c.outcome.text });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function chartName(texts: readonly ManifestText[], dir: string, cwd: string): string {
  const file = texts.find((t) => CHART_FILE.test(t.path) && dirOf(t.path) === dir);
  try {
    const value = parseYaml(file?.text ?? '') as unknown;
    const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name !== '') return name;
  } catch {
    // An unreadable Chart.yaml: helm will say so; name the chart by its directory meanwhile.
  }
  return path.basename(path.resolve(cwd, dir));
}

/** The settings of the first `charts:` entry whose glob matches a chart directory (absolute). */
async function matchSettings(options: HelmOptions): Promise<(dir: string) => ChartSettings | undefined> {
  const entries = await Promise.all(
    (options.charts ?? []).map(async (entry) => ({
      entry,
      dirs: new Set(
        (
          await fg(entry.path, { onlyDirectories: true, absolute: true, dot: true, suppressErrors: true })
        ).map((d) => path.resolve(d)),
      ),
    })),
  );
  return (dir) => entries.find((e) => e.dirs.has(dir))?.entry;
}
