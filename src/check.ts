import type { AnalysisResult, AnalyzeOptions } from './engine/analyze.js';
import { analyzeTexts } from './engine/analyze.js';
import type { LoadOptions } from './engine/load.js';
import { loadManifests } from './engine/load.js';
import { ALL_RULES } from './rules/index.js';

export type CheckOptions = LoadOptions & Partial<AnalyzeOptions>;

/** Loads the manifests and runs every rule: what the CLI and the Action both do. */
export async function checkManifests(options: CheckOptions): Promise<AnalysisResult> {
  const loaded = await loadManifests(options);
  const result = analyzeTexts(loaded.texts, { ...options, rules: options.rules ?? ALL_RULES });
  if (loaded.skipped.length > 0) {
    result.skippedFiles = [...loaded.skipped, ...result.skippedFiles].sort((a, b) =>
      a.file < b.file ? -1 : 1,
    );
    result.summary.files += loaded.skipped.length;
    result.summary.skipped = result.skippedFiles.length;
  }
  return result;
}
