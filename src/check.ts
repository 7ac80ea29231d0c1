import type { AnalysisResult, AnalyzeOptions, ManifestText, SkippedFile } from './engine/analyze.js';
import { analyzeParsed } from './engine/analyze.js';
import { compareFindings } from './engine/finding.js';
import { SourceFile, stripBom } from './engine/source.js';
import type { LoadOptions, LoadResult } from './engine/load.js';
import { loadManifests } from './engine/load.js';
import { parseManifestFile } from './engine/parse.js';
import { nameTemplates } from './engine/rendered.js';
import { prescanKinds } from './engine/rule.js';
import { helmChartOf } from './engine/template.js';
import type { ChartSettings } from './helm/charts.js';
import { renderCharts, withRendered } from './helm/charts.js';
import { mapRenderedFindings } from './helm/map-findings.js';
import { ALL_RULES } from './rules/index.js';
import { CHART_FILE, dirOf } from './engine/units.js';

export type CheckOptions = LoadOptions &
  Partial<AnalyzeOptions> & {
    /**
     * Pre-scan files and parse up front only the documents a rule reads (src/engine/prescan.ts). Same
     * findings either way. Default: on, unless the environment sets KUBE_PAIRING_PRESCAN=0.
     */
    prescan?: boolean;
    /**
     * Files given as text (standard input): checked with the files on disk, in place of a file of the
     * same path there. With no `patterns`, only these are checked.
     */
    texts?: readonly ManifestText[];
    /**
     * Render the scan's Helm charts with this helm binary (a path, or `helm` on PATH) and check what they
     * make (docs/helm.md). Undefined: charts are not rendered (their templates are skipped, with a notice).
     */
    helm?: string;
    /** The config's `charts:` entries (ConfigCheckOptions.charts). */
    charts?: readonly ChartSettings[];
  };

export interface CheckResult extends AnalysisResult {
  /** Patterns that reached no file (LoadResult.unmatched). */
  unmatched: LoadResult['unmatched'];
  /** Files and directories that could not be read (also in `skippedFiles`). */
  unreadable: SkippedFile[];
}

/** Loads the manifests and runs every rule: what the CLI and the Action both do. */
export async function checkManifests(options: CheckOptions): Promise<CheckResult> {
  const given = options.texts ?? [];
  const fromDisk =
    given.length > 0 && options.patterns.length === 0
      ? { texts: [], skipped: [], unmatched: [], unreadable: [] }
      : await loadManifests(options);
  const replaced = new Set(given.map((t) => t.path));
  const loaded = {
    ...fromDisk,
    texts: [...fromDisk.texts.filter((t) => !replaced.has(t.path)), ...given].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    ),
  };
  const charts =
    options.helm === undefined
      ? []
      : await renderCharts(loaded.texts, {
          helm: options.helm,
          cwd: options.cwd,
          ...(options.charts ? { charts: options.charts } : {}),
          ...(options.defaultNamespace !== undefined ? { defaultNamespace: options.defaultNamespace } : {}),
        });
  const analysed = withRendered(loaded.texts, charts);
  const prescan = options.prescan ?? process.env.KUBE_PAIRING_PRESCAN !== '0';
  const rules = options.rules ?? ALL_RULES;
  // The pre-scan parses up front what the rules that run read (RuleMeta.reads).
  const kinds = prescanKinds(rules.filter((r) => options.severities?.[r.meta.id] !== 'off'));
  const paths = new Set(analysed.map((t) => t.path));
  const parsed = analysed.map((t) =>
    parseManifestFile(t.path, t.text, { prescan, kinds, helmChart: helmChartOf(t.path, paths) }),
  );
  for (const chart of charts) {
    const file = parsed.find((p) => CHART_FILE.test(p.file.path) && dirOf(p.file.path) === chart.dir);
    if (file)
      file.helmRender =
        chart.outcome.status === 'rendered'
          ? { status: 'rendered' }
          : { status: chart.outcome.status, message: chart.outcome.message };
  }
  const result = analyzeParsed(parsed, {
    ...options,
    rules,
    namedDirectories: options.patterns.map(literalDirectory),
    // Suppressions may name any rule, even when only some run (rule tests run one).
    knownRuleIds: options.knownRuleIds ?? ALL_RULES.map((r) => r.meta.id),
  });
  if (loaded.skipped.length > 0) {
    result.skippedFiles = [...loaded.skipped, ...result.skippedFiles].sort((a, b) =>
      a.file < b.file ? -1 : 1,
    );
    result.summary.files += loaded.skipped.length;
    result.summary.skipped = result.skippedFiles.length;
  }
  const texts = new Map([...loaded.texts, ...analysed].map((t) => [t.path, t.text]));
  // A rendered chart's findings move to their template lines; other rendered streams (stdin, a saved
  // `helm template` output) name the template in the message.
  const charted = new Set(charts.map((c) => c.renderedPath));
  result.findings = mapRenderedFindings(
    nameTemplates(result.findings, (file) => (charted.has(file) ? undefined : texts.get(file))),
    charts,
    (file) => texts.get(file),
  );
  if (charts.some((c) => c.renderedPath !== undefined)) {
    result.findings.sort(compareFindings);
    // The files findings may now point at that were not analysed as such: templates, and the helpers and
    // values files a chart's findings were followed into (never loaded, as `.tpl` files are not manifests).
    const analysedPaths = new Set(analysed.map((t) => t.path));
    const other = new Map(loaded.texts.map((t) => [t.path, t.text]));
    for (const chart of charts)
      for (const [file, text] of chart.sources ?? []) if (!other.has(file)) other.set(file, text);
    result.otherSources = [...other]
      .filter(([file]) => !analysedPaths.has(file))
      .map(([file, text]) => new SourceFile(file, stripBom(text)));
  }
  return { ...result, unmatched: loaded.unmatched, unreadable: loaded.unreadable };
}

/**
 * The directory part of a pattern before its first glob (`tests/case1` of `tests/case1`, of
 * `tests/case1/x.yaml` and of a glob under it; empty for a glob from the top), with `/`: what the user
 * named to check.
 */
function literalDirectory(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const literal: string[] = [];
  for (const part of parts) {
    if (/[*?{}[\]!]/.test(part)) break;
    literal.push(part);
  }
  // A file named on its own (`tests/case1/x.yaml`): its directory.
  if (literal.length === parts.length && /\.(ya?ml|json)$/i.test(literal[literal.length - 1] ?? ''))
    literal.pop();
  return literal.join('/');
}
