import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * `workdir(files)`: a fresh directory holding `files` (path -> text), under one temporary directory per
 * test file that is removed after its tests. Call at the top level of a test file.
 */
export function workdirs(prefix: string): (files?: Record<string, string>) => string {
  const top = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  // Readable by any user: a test may run the CLI as another one (an unreadable-file test run as root).
  chmodSync(top, 0o755);
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  let count = 0;
  return (files = {}) => {
    const dir = path.join(top, `w${++count}`);
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
}
