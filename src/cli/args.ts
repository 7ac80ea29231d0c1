import { parseArgs } from 'node:util';
import type { Severity } from '../engine/finding.js';
import type { FormatName } from '../report/formats.js';
import { FORMAT_NAMES, FORMATS } from '../report/formats.js';

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = Severity | 'never';

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  output?: string;
  config?: string;
  defaultNamespace?: string;
  failOn: FailOn;
  quiet: boolean;
  /** Text format: also print the replacement objects a finding carries (the EndpointSlice migration). */
  fixPreview: boolean;
  color: boolean;
  help: boolean;
  version: boolean;
}

export class ArgumentError extends Error {}

export const HELP = `Usage: kube-pairing [paths or globs...] [options]

Checks that Kubernetes Services pair up with their Endpoints and EndpointSlices
(names, namespaces, service-name labels, ports). Paths default to the current
directory, searched recursively for *.yaml, *.yml and *.json.

Options:
  -f, --format <name>           output format (default: text):
${FORMAT_NAMES.map((name) => `                                  ${name.padEnd(10)} ${FORMATS[name].description}`).join('\n')}
  --output <file>               write the report to <file> instead of stdout
  --config <file>               config file (default: .kube-pairing.yaml in the current directory, if present)
  --default-namespace <ns>      namespace of objects that set none (default: the config's, else default)
  --fail-on <level>             error | warning | notice | never (default: error)
  --quiet                       report errors only
  --fix-preview                 text format: also print replacement objects, e.g. the EndpointSlices that
                                replace a deprecated Endpoints
  --no-color                    plain text output (also: NO_COLOR=1)
  -h, --help                    show this help
  -v, --version                 show the version

Config file (.kube-pairing.yaml):
  rules:                        per-rule severity: error | warning | notice | off
    endpoints-deprecated: off
  ignore: ["charts/**"]         globs (relative to the config file) never loaded
  defaultNamespace: default

Suppress a finding in a manifest:
  metadata.annotations:  kube-pairing.io/ignore: "rule-a,rule-b"   (that object; "all" = every rule)
  a comment:             # kube-pairing-ignore rule-a -- reason    (its line, or the line below it)

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on, 2 usage, config or I/O error.
Docs: https://github.com/kube-pairing/kube-pairing/blob/main/docs/configuration.md`;

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ArgumentError(`--${flag} must be one of ${choices.join(', ')} (got "${value}")`);
}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv, isTty: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'default-namespace': { type: 'string' },
        'fail-on': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'fix-preview': { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const namespace = values['default-namespace'];
  if (namespace !== undefined && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
    throw new ArgumentError(`--default-namespace must be a valid namespace name (got "${namespace}")`);
  }
  const noColor = values['no-color'] === true || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  const forceColor = values.color === true || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0');
  return {
    patterns: positionals,
    format: oneOf('format', values.format, FORMAT_NAMES, 'text'),
    output: values.output,
    config: values.config,
    defaultNamespace: namespace,
    failOn: oneOf('fail-on', values['fail-on'], FAIL_ON, 'error'),
    quiet: values.quiet === true,
    fixPreview: values['fix-preview'] === true,
    color: !noColor && (forceColor || (isTty && values.output === undefined)),
    help: values.help === true,
    version: values.version === true,
  };
}
