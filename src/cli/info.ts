/** `--list-rules` and `--print-config`: what the command line would check, without checking. */
import { stringify } from 'yaml';
import type { SeverityOrOff } from '../engine/finding.js';
import { DEFAULT_IGNORE } from '../engine/load.js';
import { ALL_RULES } from '../rules/index.js';
import { ruleDocsUrl } from '../version.js';

/**
 * One line a rule (id, default severity, summary), or a JSON list with the family, fixability, why it matters,
 * its message templates by id and its docs.
 */
export function listRules(json: boolean): string {
  const rules = [...ALL_RULES].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  if (json) {
    const list = rules.map(({ meta }) => ({
      id: meta.id,
      severity: meta.severity,
      family: meta.family,
      fixable: meta.fixable === true,
      summary: meta.summary,
      why: meta.why,
      messages: meta.messages,
      docs: ruleDocsUrl(meta.id),
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules
    .map(({ meta }) => `${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${meta.summary}\n`)
    .join('');
}

export interface EffectiveConfig {
  /** The config file read (relative to the working directory), if any. */
  file?: string;
  /** Every rule's severity: defaults, then the file, then --rule. */
  rules: Record<string, SeverityOrOff>;
  /** The file's ignore globs as written. */
  ignore: readonly string[];
  defaultNamespace: string;
}

export function printConfig(config: EffectiveConfig): string {
  const header = [
    `# The configuration kube-pairing uses here: every rule's default severity, then ${config.file ?? 'no config file'},`,
    '# then --rule and --default-namespace.',
    `# Always ignored (unless the config negates one: "!**/testdata/**"): ${DEFAULT_IGNORE.join(', ')}`,
  ];
  const body = stringify({
    rules: config.rules,
    ignore: [...config.ignore],
    defaultNamespace: config.defaultNamespace,
  });
  return `${header.join('\n')}\n${body}`;
}
