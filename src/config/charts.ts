/** The `charts:` key of the config file: how the Helm charts of the repository are rendered (docs/helm.md). */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';

/** One entry of `charts:`: the charts its glob matches render with these settings. */
export interface ChartConfig {
  /** Glob of chart directories, relative to the config file's directory (e.g. `charts/*`). */
  path: string;
  /** `helm template <release>`; default: the chart's name. */
  release?: string;
  /** `--namespace`; default: the default namespace. */
  namespace?: string;
  /** Values files (relative to the config file's directory), in order; default: the chart's values.yaml. */
  values?: string[];
}

const CHART_KEYS = ['path', 'release', 'namespace', 'values'] as const;
const NAME = /^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$/;

type Report = (node: Node | Pair['key'] | undefined, message: string) => void;

const text = (node: unknown): string | undefined =>
  isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' ? node.value : undefined;

/** Reads `charts:`, reporting each wrong entry with its position. */
export function readCharts(value: Node | undefined, pair: Pair, report: Report): ChartConfig[] {
  if (value === undefined || (isScalar(value) && value.value === null)) return [];
  if (!isSeq(value)) {
    report(value ?? pair.key, '"charts" must be a list of entries like "- path: charts/*"');
    return [];
  }
  const charts: ChartConfig[] = [];
  for (const item of value.items) {
    if (!isMap(item)) {
      report(
        item as Node,
        'each "charts" entry must be a mapping with "path" (and release, namespace, values)',
      );
      continue;
    }
    const entry: Partial<ChartConfig> = {};
    for (const field of item.items) {
      const key = isScalar(field.key) ? String(field.key.value) : '';
      const node = (field.value ?? undefined) as Node | undefined;
      if (key === 'path' || key === 'release' || key === 'namespace') {
        const v = text(node);
        if (v === undefined) report(node ?? (field.key as Node), `"${key}" must be a non-empty string`);
        else if (key !== 'path' && !NAME.test(v))
          report(
            node,
            `"${key}" must be a ${key === 'release' ? 'release' : 'namespace'} name (lower-case letters, digits and '-'), got ${JSON.stringify(v)}`,
          );
        else entry[key] = v;
      } else if (key === 'values') {
        const files = isSeq(node) ? node.items.map(text) : [text(node)];
        if (files.some((f) => f === undefined))
          report(
            node ?? (field.key as Node),
            '"values" must be a list of values files, e.g. "values: [charts/values-prod.yaml]"',
          );
        else entry.values = files as string[];
      } else {
        report(
          field.key as Node,
          `unknown key "${key}" in a "charts" entry; valid keys: ${CHART_KEYS.join(', ')}`,
        );
      }
    }
    if (entry.path === undefined) report(item, 'a "charts" entry needs "path": a glob of chart directories');
    else charts.push(entry as ChartConfig);
  }
  return charts;
}
