import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult } from '../check.js';
import { checkManifests } from '../check.js';
import type { LoadedConfig } from '../config/load.js';
import { ConfigError, configCheckOptions, loadConfig } from '../config/load.js';
import { countBySeverity, reachesThreshold } from '../engine/analyze.js';
import type { Finding, SeverityOrOff } from '../engine/finding.js';
import { UsageError } from '../engine/load.js';
import { closestName } from '../engine/suggest.js';
import { FORMATS } from '../report/formats.js';
import { ALL_RULES } from '../rules/index.js';
import { VERSION } from '../version.js';
import type { CliOptions } from './args.js';
import { ArgumentError, HELP, parseCliArgs } from './args.js';
import { findConfig } from './config-file.js';
import { fixFiles } from './fix-files.js';
import { listRules, printConfig } from './info.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  /** All of standard input, as text (for `-`). */
  readStdin?: () => Promise<string>;
}

/** The whole command line: returns the exit code (0 clean, 1 findings at --fail-on, 2 usage or I/O error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, io.env, io.isTty);
  } catch (error) {
    if (error instanceof ArgumentError) return usage(io, error.message);
    throw error;
  }
  if (options.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (options.listRules) {
    io.stdout(listRules(options.format === 'json'));
    return 0;
  }
  try {
    return await check(options, io);
  } catch (error) {
    if (error instanceof ArgumentError) return usage(io, error.message);
    if (error instanceof ConfigError) {
      for (const line of error.message.split('\n')) io.stderr(`kube-pairing: ${line}\n`);
      return 2;
    }
    if (error instanceof UsageError || isIoError(error)) {
      io.stderr(`kube-pairing: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr(`kube-pairing: ${message}\nRun kube-pairing --help for usage.\n`);
  return 2;
}

async function check(options: CliOptions, io: CliIo): Promise<number> {
  const stdinPath = options.stdin ? displayPath(io.cwd, options.stdinFilename ?? '<stdin>') : undefined;
  const config = await configFor(options, io, stdinPath);
  const fromConfig = configCheckOptions(config, { defaultNamespace: options.defaultNamespace });
  const severities = withRuleFlags(fromConfig.severities, options.rules);
  if (options.printConfig) {
    io.stdout(effectiveConfig(config, severities, fromConfig.defaultNamespace, io.cwd));
    return 0;
  }
  const texts = stdinPath !== undefined ? [{ path: stdinPath, text: await readStdin(io) }] : [];
  const run = (): Promise<CheckResult> =>
    checkManifests({
      cwd: io.cwd,
      patterns: options.patterns,
      texts,
      ...fromConfig,
      severities,
      helm: options.helm,
    });
  let result = await run();
  if (options.errorOnUnmatchedPattern && result.unmatched.length > 0) {
    for (const u of result.unmatched) io.stderr(`kube-pairing: ${unmatchedMessage(u.pattern, u.ignored)}\n`);
    return 2;
  }
  if (options.fix) {
    const fixed = await fixFiles(result, io.cwd, run);
    result = fixed.result;
    if (fixed.applied > 0)
      io.stderr(
        `kube-pairing: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'} in ${fixed.files.size} file${fixed.files.size === 1 ? '' : 's'}\n`,
      );
  }
  await report(options, io, result);
  for (const u of result.unreadable) io.stderr(`kube-pairing: cannot read ${u.file} (${u.reason})\n`);
  if (result.unreadable.length > 0) return 2;
  if (reachesThreshold(result.findings, options.failOn)) return 1;
  const warnings = countBySeverity(result.findings).warnings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`kube-pairing: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** The report, on standard output or in --output. With --quiet, only errors (and a count of the rest). */
async function report(options: CliOptions, io: CliIo, result: CheckResult): Promise<void> {
  const findings: Finding[] = options.quiet
    ? result.findings.filter((f) => f.severity === 'error')
    : result.findings;
  let text = FORMATS[options.format].format(result, findings, {
    cwd: io.cwd,
    color: options.color,
    fixPreview: options.fixPreview,
  });
  const hidden = result.findings.length - findings.length;
  if (options.format === 'text' && hidden > 0) {
    const { warnings, notices } = countBySeverity(result.findings);
    text += `(${warnings} warning${warnings === 1 ? '' : 's'} and ${notices} notice${notices === 1 ? '' : 's'} not shown: --quiet)\n`;
  }
  if (options.output !== undefined) await writeFile(path.resolve(io.cwd, options.output), text);
  else io.stdout(text);
}

/** --config, else the nearest .kube-pairing.yaml / .yml from the directory checked up to the repository root. */
async function configFor(
  options: CliOptions,
  io: CliIo,
  stdinPath: string | undefined,
): Promise<LoadedConfig | undefined> {
  if (options.config !== undefined) return loadConfig(options.config, { cwd: io.cwd, required: true });
  const start = stdinPath !== undefined ? path.dirname(path.resolve(io.cwd, stdinPath)) : io.cwd;
  const found = await findConfig(start);
  if (found.ignored !== undefined && found.file !== undefined)
    io.stderr(
      `kube-pairing: ${displayPath(io.cwd, found.ignored)} is not read: ${displayPath(io.cwd, found.file)} in the same directory applies\n`,
    );
  return found.file === undefined ? undefined : loadConfig(found.file, { cwd: io.cwd, required: true });
}

/** The config's severities with the --rule flags over them; an unknown rule id is a usage error. */
function withRuleFlags(
  severities: Record<string, SeverityOrOff>,
  flags: CliOptions['rules'],
): Record<string, SeverityOrOff> {
  const ids = ALL_RULES.map((r) => r.meta.id);
  const out = { ...severities };
  for (const [id, severity] of flags) {
    if (!ids.includes(id)) {
      const guess = closestName(id, ids);
      throw new ArgumentError(
        `--rule: no rule ${id}${guess ? ` (did you mean ${guess}?)` : ''}; --list-rules lists them`,
      );
    }
    out[id] = severity;
  }
  return out;
}

function effectiveConfig(
  config: LoadedConfig | undefined,
  severities: Record<string, SeverityOrOff>,
  defaultNamespace: string | undefined,
  cwd: string,
): string {
  const rules: Record<string, SeverityOrOff> = {};
  for (const { meta } of [...ALL_RULES].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)))
    rules[meta.id] = severities[meta.id] ?? meta.severity;
  return printConfig({
    ...(config ? { file: displayPath(cwd, config.file) } : {}),
    rules,
    ignore: config?.ignore ?? [],
    defaultNamespace: defaultNamespace ?? 'default',
  });
}

async function readStdin(io: CliIo): Promise<string> {
  if (!io.readStdin) throw new UsageError('standard input cannot be read here');
  return (await io.readStdin()).replace(/^\uFEFF/, '');
}

function unmatchedMessage(pattern: string, ignored: boolean): string {
  const what = ignored
    ? `every manifest file ${pattern === '.' ? 'here' : `matched by ${pattern}`} is ignored (the default ignores and the config's ignore)`
    : pattern === '.'
      ? 'no manifest file (*.yaml, *.yml, *.json, Kustomization) in the current directory'
      : `no manifest file matches ${pattern}`;
  return `${what} (--no-error-on-unmatched-pattern makes this no error)`;
}

/** A path as findings show it: relative to the working directory, with `/`. */
function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || path.basename(file);
}

const isIoError = (error: unknown): boolean =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
