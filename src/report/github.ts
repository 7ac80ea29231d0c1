import type { Finding } from '../engine/finding.js';

/** Workflow-command escaping (actions/toolkit command.ts): data and property values differ. */
export const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The runner reads every line a step prints (stdout and stderr, split at CR or LF) as a possible
 * workflow command: `::name::` at its start after any blanks, and the older `##[name]` anywhere in it
 * (actions/runner ActionCommand.TryParseV2 and TryParse). Text from manifests that is printed must
 * form neither: this writes the first `:` and the second `#` as `\u003a` and `\u0023` (JSON reads
 * them back as the same characters; people read them as escapes).
 */
export function neutralizeWorkflowCommands(text: string): string {
  return neutralizeWith(text, '\\u003a', '\\u0023');
}

/** Writes the `:` that would start `::name::` as `colon`, and the second `#` of `##[` as `hash`. */
export function neutralizeWith(text: string, colon: string, hash: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/^([\s\u0085]*):(?=:)/, `$1${colon}`)))
    .join('')
    .replace(/##\[/g, `#${hash}[`);
}

const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' } as const;

/** One `::error file=…,line=…::message` line per finding (the `github` format). */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
      // The runner only honours columns on single-line annotations.
      if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
      props.push(`title=${escapeProperty(`kube-pairing: ${f.rule}`)}`);
      return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
    })
    .join('');
}
