import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkManifests } from '../check.js';
import { ConfigError, configCheckOptions, loadConfig } from '../config/load.js';
import { reachesThreshold } from '../engine/analyze.js';
import type { Finding } from '../engine/finding.js';
import { UsageError } from '../engine/load.js';
import { FORMATS } from '../report/formats.js';
import { VERSION } from '../version.js';
import type { CliOptions } from './args.js';
import { ArgumentError, HELP, parseCliArgs } from './args.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

/** The whole command line: returns the exit code (0 clean, 1 findings at --fail-on, 2 usage or I/O error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, io.env, io.isTty);
  } catch (error) {
    if (error instanceof ArgumentError) {
      io.stderr(`kube-pairing: ${error.message}\nRun kube-pairing --help for usage.\n`);
      return 2;
    }
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

  try {
    // An explicit --config must exist; the default .kube-pairing.yaml is optional. Flags win over the file.
    const config = await loadConfig(options.config, { cwd: io.cwd, required: options.config !== undefined });
    const result = await checkManifests({
      cwd: io.cwd,
      patterns: options.patterns,
      ...configCheckOptions(config, { defaultNamespace: options.defaultNamespace }),
    });
    const findings: Finding[] = options.quiet
      ? result.findings.filter((f) => f.severity === 'error')
      : result.findings;
    const report = FORMATS[options.format].format(result, findings, {
      cwd: io.cwd,
      color: options.color,
      fixPreview: options.fixPreview,
    });
    if (options.output !== undefined) await writeFile(path.resolve(io.cwd, options.output), report);
    else io.stdout(report);
    return reachesThreshold(findings, options.failOn) ? 1 : 0;
  } catch (error) {
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

const isIoError = (error: unknown): boolean =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
