import type { AnalysisResult, AnalyzeOptions, ManifestText, SkippedFile } from './engine/analyze.js';
import { analyzeParsed } from './engine/analyze.js';
import type { LoadOptions, LoadResult } from './engine/load.js';
import { loadManifests } from './engine/load.js';
import { parseManifestFile } from './engine/parse.js';
import { nameTemplates } from './engine/rendered.js';
import { helmChartOf } from './engine/template.js';
import { ALL_RULES } from './rules/index.js';

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
  const prescan = options.prescan ?? process.env.KUBE_PAIRING_PRESCAN !== '0';
  const paths = new Set(loaded.texts.map((t) => t.path));
  const parsed = loaded.texts.map((t) =>
    parseManifestFile(t.path, t.text, { prescan, helmChart: helmChartOf(t.path, paths) }),
  );
  const result = analyzeParsed(parsed, {
    ...options,
    rules: options.rules ?? ALL_RULES,
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
  const texts = new Map(loaded.texts.map((t) => [t.path, t.text]));
  result.findings = nameTemplates(result.findings, (file) => texts.get(file));
  return { ...result, unmatched: loaded.unmatched, unreadable: loaded.unreadable };
}
