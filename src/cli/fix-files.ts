/** `--fix`: applies the certain fixes of a check to the files on disk, and checks again. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult } from '../check.js';
import type { Fix } from '../engine/finding.js';
import { applyFixes } from '../engine/fix.js';

/** ESLint's limit too: fixes that keep making new fixes stop there. */
const MAX_PASSES = 10;

export interface FixOutcome {
  result: CheckResult;
  /** Fixes applied, over all passes. */
  applied: number;
  /** Files written. */
  files: Set<string>;
}

/**
 * Applies the fixes of `first` (whole lines, Finding.fix), writes the files they change, and runs
 * `check` again, until no fix is left or MAX_PASSES. A file whose text on disk is no longer the text
 * that was checked (changed meanwhile) is left alone; fixes that overlap wait for the next pass.
 */
export async function fixFiles(
  first: CheckResult,
  cwd: string,
  check: () => Promise<CheckResult>,
): Promise<FixOutcome> {
  let result = first;
  let applied = 0;
  const files = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = new Map<string, Fix[]>();
    for (const f of result.findings) {
      if (!f.fix) continue;
      const list = byFile.get(f.file) ?? [];
      list.push(f.fix);
      byFile.set(f.file, list);
    }
    let thisPass = 0;
    for (const [file, fixes] of byFile) {
      const checked = result.index.files.find((p) => p.file.path === file)?.file.text;
      const absolute = path.resolve(cwd, file);
      const onDisk = await readFile(absolute, 'utf8').catch(() => undefined);
      if (checked === undefined || onDisk === undefined) continue;
      const bom = onDisk.startsWith('\uFEFF') ? '\uFEFF' : '';
      if (onDisk.slice(bom.length) !== checked) continue;
      const out = applyFixes(checked, fixes);
      if (out.applied.length === 0 || out.text === checked) continue;
      await writeFile(absolute, bom + out.text);
      thisPass += out.applied.length;
      files.add(file);
    }
    if (thisPass === 0) break;
    applied += thisPass;
    result = await check();
  }
  return { result, applied, files };
}
