/** Where the command line finds its config file when `--config` does not name one (INTERFACE.md). */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../engine/load.js';

export interface FoundConfig {
  /** The config file, absolute; undefined when there is none. */
  file?: string;
  /** A second config file in the same directory, not read (said on standard error). */
  ignored?: string;
}

const exists = async (p: string): Promise<boolean> =>
  stat(p).then(
    () => true,
    () => false,
  );

/**
 * `.kube-pairing.yaml` (else `.kube-pairing.yml`) in `start`, else in its parent, and so on up to the
 * repository root (the directory holding `.git`) or the file system's root: the nearest one applies, as
 * one `.eslintrc` or `.prettierrc` does.
 */
export async function findConfig(start: string): Promise<FoundConfig> {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const present: string[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      if (await exists(file)) present.push(file);
    }
    if (present.length > 0)
      return present[1] ? { file: present[0], ignored: present[1] } : { file: present[0] };
    if ((await exists(path.join(dir, '.git'))) || path.dirname(dir) === dir) return {};
  }
}
