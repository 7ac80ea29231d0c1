import { parseArgs } from 'node:util';
import type { Severity, SeverityOrOff } from '../engine/finding.js';
import type { FormatName } from '../report/formats.js';
import { FORMAT_NAMES, FORMATS } from '../report/formats.js';

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = Severity | 'never';
const SEVERITIES: readonly SeverityOrOff[] = ['error', 'warning', 'notice', 'off'];

export interface CliOptions {
  /** Paths and globs on disk (`-`, standard input, is `stdin` instead). */
  patterns: string[];
  /** `-` was given: read manifests from standard input. */
  stdin: boolean;
  /** The path standard input's text is checked as (`--stdin-filename`), relative to the working directory. */
  stdinFilename?: string;
  format: FormatName;
  output?: string;
  config?: string;
  defaultNamespace?: string;
  failOn: FailOn;
  quiet: boolean;
  /** Text format: also print the replacement objects a finding carries (the EndpointSlice migration). */
  fixPreview: boolean;
  fix: boolean;
  color: boolean;
  /** A pattern that matches no file is an error (exit 2) unless this is false. */
  errorOnUnmatchedPattern: boolean;
  maxWarnings?: number;
  /** `--rule ID=SEVERITY`, in order (the last for an id wins); ids are checked by the caller. */
  rules: [id: string, severity: SeverityOrOff][];
  listRules: boolean;
  printConfig: boolean;
  /** The helm binary for rendering charts (default: helm on PATH). */
  helm: string;
  help: boolean;
  version: boolean;
}

export class ArgumentError extends Error {}

const pad = (flag: string): string => `  ${flag.padEnd(38)}`;
const FORMAT_LINES = FORMAT_NAMES.map((name) => `${pad('')}  ${name.padEnd(11)}${FORMATS[name].description}`);

export const HELP = `Usage: kube-pairing [paths or globs...] [options]
       kube-pairing - [options] < manifests.yaml

Checks that Kubernetes Services pair up with the objects that give them backends:
Endpoints and EndpointSlices (names, namespaces, service-name labels, ports), and
the workloads, Ingresses and HTTPRoutes that select or reference them. Paths
default to the current directory, searched recursively for *.yaml, *.yml and
*.json; a path or glob that matches no file is an error.

Input:
${pad('-')}read manifests from standard input (helm template, kustomize build); also
${pad('')}/dev/stdin
${pad('--stdin-filename <path>')}the path standard input is checked as (findings, suppressions, config)
${pad('--no-error-on-unmatched-pattern')}a path or glob that matches no file is not an error
${pad('-c, --config <file>')}config file (default: .kube-pairing.yaml or .kube-pairing.yml, looked for
${pad('')}from the working directory up to the repository root)
${pad('--default-namespace <ns>')}namespace of objects that set none (default: the config's, else default)
${pad('--rule <id>=<severity>')}set one rule's severity: error | warning | notice | off (repeatable)
${pad('--helm <path>')}the helm binary that renders Helm charts (default: helm on PATH; without
${pad('')}it, a chart's templates are skipped with a notice)

Output:
${pad('-f, --format <name>')}output format (default: text):
${FORMAT_LINES.join('\n')}
${pad('-o, --output <file>')}write the report to <file> instead of standard output
${pad('-q, --quiet')}report errors only (the exit code still counts every finding)
${pad('--fix-preview')}text format: also print replacement objects, e.g. the EndpointSlices that
${pad('')}replace a deprecated Endpoints
${pad('--color, --no-color')}force or turn off colours (also FORCE_COLOR=1, NO_COLOR=1; default: on for a
${pad('')}terminal)

Result:
${pad('--fail-on <level>')}exit 1 on findings at or above: error | warning | notice | never (default: error)
${pad('--max-warnings <n>')}also exit 1 when there are more than <n> warnings
${pad('--fix')}apply the certain fixes in place (every other byte unchanged), then report
${pad('')}what is left

Information:
${pad('--list-rules')}print every rule: id, default severity, summary (--format json: a JSON list)
${pad('--print-config')}print the effective configuration (YAML) and exit
${pad('-h, --help')}show this help
${pad('-v, --version')}show the version

Examples:
  kube-pairing                                  check the manifests under the current directory
  kube-pairing deploy/ 'clusters/**/*.yaml'     check a directory and a glob (quote globs)
  helm template shop charts/shop | kube-pairing - --stdin-filename charts/shop/rendered.yaml
  kustomize build overlays/prod | kube-pairing -
  kube-pairing --format sarif -o kube-pairing.sarif   SARIF for code scanning
  kube-pairing --rule endpoints-deprecated=off --fail-on warning
  kube-pairing --fix                            apply the certain fixes (e.g. a misspelt Endpoints name)

Config file (.kube-pairing.yaml):
  rules:                        per-rule severity: error | warning | notice | off
    endpoints-deprecated: off
  ignore: ["charts/**"]         globs (relative to the config file) never loaded
  defaultNamespace: default

Suppress a finding in a manifest:
  metadata.annotations:  kube-pairing.io/ignore: "rule-a,rule-b"   (that object; "all" = every rule)
  a comment:             # kube-pairing-ignore rule-a -- reason    (its line, or the line below it)

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on (or more warnings than
--max-warnings), 2 usage, config or I/O error (a pattern that matches nothing, a file that cannot be read).
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

function ruleSetting(value: string): [string, SeverityOrOff] {
  const m = /^([^=]+)=(.*)$/.exec(value);
  if (!m)
    throw new ArgumentError(`--rule takes <id>=<severity>, e.g. endpoints-deprecated=off (got "${value}")`);
  const severity = m[2]!.trim();
  if (!(SEVERITIES as readonly string[]).includes(severity))
    throw new ArgumentError(
      `--rule ${m[1]}: the severity must be one of ${SEVERITIES.join(', ')} (got "${severity}")`,
    );
  return [m[1]!.trim(), severity as SeverityOrOff];
}

function maxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new ArgumentError(`--max-warnings takes a number of 0 or more (got "${value}")`);
  return Number(value);
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
        fix: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        rule: { type: 'string', multiple: true },
        'list-rules': { type: 'boolean', default: false },
        'print-config': { type: 'boolean', default: false },
        helm: { type: 'string' },
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
  // `/dev/stdin` is standard input too (it is a pipe, not a file the loader could list).
  const isStdin = (p: string) => p === '-' || p === '/dev/stdin';
  const stdin = positionals.some(isStdin);
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && !stdin)
    throw new ArgumentError('--stdin-filename names standard input: give - as a path too');
  if (stdinFilename === '') throw new ArgumentError('--stdin-filename must not be empty');
  if (values.fix && stdin) throw new ArgumentError('--fix writes files: it cannot fix standard input');
  const noColor = values['no-color'] === true || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  const forceColor =
    values.color === true ||
    (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false');
  const options: CliOptions = {
    patterns: positionals.filter((p) => !isStdin(p)),
    stdin,
    format: oneOf('format', values.format, FORMAT_NAMES, 'text'),
    failOn: oneOf('fail-on', values['fail-on'], FAIL_ON, 'error'),
    quiet: values.quiet === true,
    fixPreview: values['fix-preview'] === true,
    fix: values.fix === true,
    color: !noColor && (forceColor || (isTty && values.output === undefined)),
    errorOnUnmatchedPattern: values['no-error-on-unmatched-pattern'] !== true,
    rules: (values.rule ?? []).map(ruleSetting),
    listRules: values['list-rules'] === true,
    printConfig: values['print-config'] === true,
    helm: values.helm ?? 'helm',
    help: values.help === true,
    version: values.version === true,
  };
  if (stdinFilename !== undefined) options.stdinFilename = stdinFilename;
  if (values.output !== undefined) options.output = values.output;
  if (values.config !== undefined) options.config = values.config;
  if (namespace !== undefined) options.defaultNamespace = namespace;
  const warnings = maxWarnings(values['max-warnings']);
  if (warnings !== undefined) options.maxWarnings = warnings;
  return options;
}
