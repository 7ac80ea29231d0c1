import type { AnalysisResult, AnalyzeOptions } from './engine/analyze.js';
import { analyzeParsed } from './engine/analyze.js';
import type { LoadOptions } from './engine/load.js';
import { loadManifests } from './engine/load.js';
import { parseManifestFile } from './engine/parse.js';
import { helmChartOf } from './engine/template.js';
import { ALL_RULES } from './rules/index.js';

export type CheckOptions = LoadOptions &
  Partial<AnalyzeOptions> & {
    /**
     * Pre-scan files and parse up front only the documents a rule reads (src/engine/prescan.ts). Same
     * findings either way. Default: on, unless the environment sets KUBE_PAIRING_PRESCAN=0.
     */
    prescan?: boolean;
  };

/** Loads the manifests and runs every rule: what the CLI and the Action both do. */
export async function checkManifests(options: CheckOptions): Promise<AnalysisResult> {
  const loaded = await loadManifests(options);
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
  return result;
}
