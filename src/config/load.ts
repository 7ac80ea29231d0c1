import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { SeverityOrOff } from '../engine/finding.js';
import { DEFAULT_IGNORE } from '../engine/load.js';
import type { ChartSettings } from '../helm/charts.js';
import { ALL_RULES } from '../rules/index.js';
import type { KubePairingConfig } from './config.js';
import { CONFIG_FILE, ConfigError, parseConfig } from './config.js';

export { CONFIG_FILE, ConfigError } from './config.js';
export type { ConfigProblem, KubePairingConfig } from './config.js';

export interface LoadedConfig extends KubePairingConfig {
  /** Absolute path of the file that was read. */
  file: string;
}

export interface LoadConfigOptions {
  /** Directory that relative paths (and the paths in messages) are relative to. Default: process.cwd(). */
  cwd?: string;
  /** A missing file is an error (an explicit `--config`); otherwise a missing file means "no config". */
  required?: boolean;
}

/**
 * Loads and validates a config file (`.kube-pairing.yaml` when `file` is undefined).
 * Returns undefined when the file does not exist and is not required. Throws ConfigError (the CLI exits 2)
 * when it is required and missing, unreadable, or invalid; the message names the file, line and column.
 */
export async function loadConfig(
  file: string | undefined,
  options: LoadConfigOptions = {},
): Promise<LoadedConfig | undefined> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const absolute = path.resolve(cwd, file ?? CONFIG_FILE);
  const shown = path.relative(cwd, absolute).split(path.sep).join('/') || absolute;
  let text: string;
  try {
    text = await readConfined(absolute, cwd);
  } catch (error) {
    if (error instanceof ConfigError)
      throw new ConfigError(error.problems.map((p) => ({ ...p, file: shown })));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !options.required) return undefined;
    const why =
      code === 'ENOENT'
        ? 'config file not found'
        : code === 'EISDIR'
          ? 'config path is a directory, not a file'
          : `config file cannot be read (${code ?? String(error)})`;
    throw new ConfigError([{ file: shown, message: why }]);
  }
  const ruleIds = ALL_RULES.map((r) => r.meta.id);
  return { ...parseConfig(text, shown, ruleIds), file: absolute };
}

/** A config file is small; anything bigger is not one (and /dev/zero must not fill the memory). */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads the config as the loader reads manifests: a symbolic link may not lead out of the working
 * directory (a pull request could point it at any file of the runner), and only a regular file is read.
 */
async function readConfined(file: string, cwd: string): Promise<string> {
  const real = await realpath(file);
  const inside = (p: string, dir: string) =>
    p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  if (inside(file, cwd) && !inside(real, await realpath(cwd).catch(() => cwd)))
    throw new ConfigError([
      {
        file,
        message: 'the config file is a symbolic link that leads outside the working directory (not followed)',
      },
    ]);
  // Non-blocking: a named pipe must not hang the run (it is then refused as not a regular file).
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw new ConfigError([{ file, message: 'the config path is not a regular file' }]);
    if (info.size > MAX_CONFIG_BYTES)
      throw new ConfigError([
        { file, message: 'the config file is larger than 1 MiB: not a kube-pairing config' },
      ]);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** What a config contributes to `checkManifests` options; explicit values (CLI flags) win over the file. */
export interface ConfigCheckOptions {
  severities: Record<string, SeverityOrOff>;
  /**
   * Globs for LoadOptions.ignore, in order: the config's globs anchored at its directory (a negated
   * default, `!` + a DEFAULT_IGNORE glob, as written), and last the config file itself.
   */
  ignore: string[];
  defaultNamespace?: string;
  /** The config's `charts:` entries, anchored: `path` an absolute glob, `values` absolute paths. */
  charts: ChartSettings[];
}

export function configCheckOptions(
  config: LoadedConfig | undefined,
  overrides: { defaultNamespace?: string } = {},
): ConfigCheckOptions {
  const defaultNamespace = overrides.defaultNamespace ?? config?.defaultNamespace;
  if (!config)
    return defaultNamespace === undefined
      ? { severities: {}, ignore: [], charts: [] }
      : { severities: {}, ignore: [], charts: [], defaultNamespace };
  const base = fg.convertPathToPattern(path.dirname(config.file));
  const anchor = (glob: string): string =>
    path.isAbsolute(glob) ? glob : `${base}/${glob.replace(/^(\.\/|\/)+/, '')}`;
  const anchored = config.ignore.map((entry) => {
    if (!entry.startsWith('!')) return anchor(entry);
    const glob = entry.slice(1);
    // The negation of a default (`!**/testdata/**`) is not anchored, so that it removes the default,
    // which applies relative to every directory searched.
    const relative = glob.replace(/^(\.\/)+/, '');
    return DEFAULT_IGNORE.includes(relative) ? `!${relative}` : `!${anchor(glob)}`;
  });
  const dir = path.dirname(config.file);
  const result: ConfigCheckOptions = {
    severities: { ...config.rules },
    ignore: [...anchored, fg.convertPathToPattern(config.file)],
    charts: config.charts.map((c) => ({
      ...c,
      path: anchor(c.path),
      ...(c.values ? { values: c.values.map((v) => path.resolve(dir, v)) } : {}),
    })),
  };
  if (defaultNamespace !== undefined) result.defaultNamespace = defaultNamespace;
  return result;
}
