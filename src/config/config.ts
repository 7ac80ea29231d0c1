import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { SeverityOrOff } from '../engine/finding.js';
import { SourceFile, stripBom } from '../engine/source.js';
import { closestName } from '../engine/suggest.js';
import type { ChartConfig } from './charts.js';
import { readCharts } from './charts.js';

/** The config file (INTERFACE.md): per-rule severities, ignore globs, default namespace. */
export interface KubePairingConfig {
  /** Rule id -> severity or `off`. */
  rules: Record<string, SeverityOrOff>;
  // Globs (relative to the config file's directory) of files that are never loaded, in order; a glob
  // starting with `!` loads what it matches after all (`!**/testdata/**` turns that default off).
  ignore: string[];
  defaultNamespace?: string;
  /** How Helm charts are rendered (src/config/charts.ts); empty: every chart with its own values. */
  charts: ChartConfig[];
}

export const CONFIG_FILE = '.kube-pairing.yaml';
export const CONFIG_KEYS = ['rules', 'ignore', 'defaultNamespace', 'charts'] as const;
export const SEVERITY_CHOICES: readonly SeverityOrOff[] = ['error', 'warning', 'notice', 'off'];
export const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export interface ConfigProblem {
  file: string;
  /** 1-based position of the offending node; absent for problems with the file as a whole. */
  line?: number;
  column?: number;
  message: string;
}

/** An invalid or unreadable config file; `message` holds every problem as `file:line:column: message`. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      problems
        .map((p) =>
          p.line === undefined
            ? `${p.file}: ${p.message}`
            : `${p.file}:${p.line}:${p.column ?? 1}: ${p.message}`,
        )
        .join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates a config file's text. `file` is the path shown in messages; `ruleIds` are the valid rule
 * ids. Throws a ConfigError naming every unknown key, unknown rule, bad severity or wrong type, with its
 * position and the valid choices. Pure.
 */
export function parseConfig(text: string, file: string, ruleIds: readonly string[]): KubePairingConfig {
  const source = new SourceFile(file, stripBom(text));
  const problems: ConfigProblem[] = [];
  const report = (node: Node | Pair['key'] | undefined, message: string, offset?: number): void => {
    const at = source.position(offset ?? (isNodeWithRange(node) ? node.range[0] : 0));
    problems.push({ file, line: at.line, column: at.column, message });
  };

  const doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    report(undefined, `not valid YAML: ${error.message.split('\n')[0]}`, error.pos[0]);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const config: KubePairingConfig = { rules: {}, ignore: [], charts: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) {
    report(root, `the config must be a mapping with the keys ${CONFIG_KEYS.join(', ')}`);
    throw new ConfigError(problems);
  }

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const value = (pair.value ?? undefined) as Node | undefined;
    if (key === 'rules') readRules(value, pair, ruleIds, config, report);
    else if (key === 'ignore') readIgnore(value, pair, config, report);
    else if (key === 'defaultNamespace') readNamespace(value, pair, config, report);
    else if (key === 'charts') config.charts = readCharts(value, pair, report);
    else {
      const name = key ?? '(a non-scalar key)';
      report(
        pair.key as Node,
        `unknown key "${name}"${didYouMean(name, CONFIG_KEYS)}; valid keys: ${CONFIG_KEYS.join(', ')}`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

type Report = (node: Node | Pair['key'] | undefined, message: string, offset?: number) => void;

function readRules(
  value: Node | undefined,
  pair: Pair,
  ruleIds: readonly string[],
  config: KubePairingConfig,
  report: Report,
): void {
  if (value === undefined || (isScalar(value) && value.value === null)) return;
  if (!isMap(value)) {
    report(
      value ?? pair.key,
      `"rules" must be a mapping of rule id to severity (${SEVERITY_CHOICES.join(', ')}), e.g. "rules: { endpoints-deprecated: off }"`,
    );
    return;
  }
  for (const item of value.items) {
    const id = isScalar(item.key) ? String(item.key.value) : undefined;
    if (id === undefined || !ruleIds.includes(id)) {
      const name = id ?? '(a non-scalar key)';
      report(
        item.key as Node,
        `unknown rule "${name}" in "rules"${didYouMean(name, ruleIds)}; valid rule ids: ${ruleIds.join(', ')}`,
      );
      continue;
    }
    const node = (item.value ?? undefined) as Node | undefined;
    const severity = isScalar(node) ? node.value : undefined;
    if (typeof severity === 'string' && (SEVERITY_CHOICES as readonly string[]).includes(severity)) {
      config.rules[id] = severity as SeverityOrOff;
      continue;
    }
    const shown = isScalar(node) ? JSON.stringify(node.value) : node ? 'a collection' : 'nothing';
    report(
      node ?? item.key,
      `rule "${id}" has severity ${shown}${severityHint(severity)}; valid severities: ${SEVERITY_CHOICES.join(', ')}`,
    );
  }
}

function readIgnore(value: Node | undefined, pair: Pair, config: KubePairingConfig, report: Report): void {
  if (value === undefined || (isScalar(value) && value.value === null)) return;
  if (!isSeq(value)) {
    const example =
      isScalar(value) && typeof value.value === 'string' ? JSON.stringify(value.value) : '"charts/**"';
    report(value ?? pair.key, `"ignore" must be a list of globs, e.g. "ignore: [${example}]"`);
    return;
  }
  for (const item of value.items) {
    const glob = isScalar(item) ? item.value : undefined;
    if (typeof glob !== 'string' || glob.trim() === '') {
      report(item as Node, `every "ignore" entry must be a non-empty glob string, e.g. "charts/**"`);
    } else if (glob.startsWith('!') && glob.slice(1).replace(/^!+/, '').trim() === '') {
      report(
        item as Node,
        `"${glob}" negates nothing: write the glob to load after all after the "!", e.g. "!**/testdata/**"`,
      );
    } else if (glob.startsWith('!!')) {
      report(
        item as Node,
        `"${glob}" is negated twice: write "${glob.replace(/^!+/, '!')}" to load those files after all, ` +
          `or "${glob.replace(/^!+/, '')}" to ignore them`,
      );
    } else {
      config.ignore.push(glob);
    }
  }
}

function readNamespace(value: Node | undefined, pair: Pair, config: KubePairingConfig, report: Report): void {
  const ns = isScalar(value) ? value.value : undefined;
  if (typeof ns === 'string' && NAMESPACE_NAME.test(ns)) {
    config.defaultNamespace = ns;
    return;
  }
  const lower =
    typeof ns === 'string' && NAMESPACE_NAME.test(ns.toLowerCase()) ? ns.toLowerCase() : undefined;
  report(
    value ?? pair.key,
    `"defaultNamespace" must be a namespace name (a DNS-1123 label: lower-case letters, digits and '-', ` +
      `at most 63 characters), got ${isScalar(value) ? JSON.stringify(value.value) : 'a collection'}` +
      (lower ? ` (did you mean "${lower}"?)` : ''),
  );
}

function didYouMean(name: string, choices: readonly string[]): string {
  const lower = choices.find((c) => c.toLowerCase() === name.toLowerCase());
  const guess = lower ?? closestName(name, choices);
  return guess !== undefined && guess !== name ? ` (did you mean "${guess}"?)` : '';
}

/** ESLint-style numbers, booleans and abbreviations are common: say which severity was probably meant. */
function severityHint(value: unknown): string {
  const numeric: Record<string, SeverityOrOff> = { '0': 'off', '1': 'warning', '2': 'error', false: 'off' };
  const guess =
    numeric[String(value)] ??
    (typeof value === 'string' && value !== ''
      ? (SEVERITY_CHOICES.find((c) => c.startsWith(value.toLowerCase()) || value.toLowerCase() === c) ??
        closestName(value.toLowerCase(), SEVERITY_CHOICES))
      : undefined);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

function isNodeWithRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}
