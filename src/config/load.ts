import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { SeverityOrOff } from '../engine/finding.js';
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
    text = await readFile(absolute, 'utf8');
  } catch (error) {
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

/** What a config contributes to `checkManifests` options; explicit values (CLI flags) win over the file. */
export interface ConfigCheckOptions {
  severities: Record<string, SeverityOrOff>;
  /** Absolute globs for LoadOptions.ignore: the config's globs, anchored at its directory, and the file itself. */
  ignore: string[];
  defaultNamespace?: string;
}

export function configCheckOptions(
  config: LoadedConfig | undefined,
  overrides: { defaultNamespace?: string } = {},
): ConfigCheckOptions {
  const defaultNamespace = overrides.defaultNamespace ?? config?.defaultNamespace;
  if (!config)
    return defaultNamespace === undefined
      ? { severities: {}, ignore: [] }
      : { severities: {}, ignore: [], defaultNamespace };
  const base = fg.convertPathToPattern(path.dirname(config.file));
  const anchored = config.ignore.map((glob) =>
    path.isAbsolute(glob) ? glob : `${base}/${glob.replace(/^(\.\/|\/)+/, '')}`,
  );
  const result: ConfigCheckOptions = {
    severities: { ...config.rules },
    ignore: [...anchored, fg.convertPathToPattern(config.file)],
  };
  if (defaultNamespace !== undefined) result.defaultNamespace = defaultNamespace;
  return result;
}
