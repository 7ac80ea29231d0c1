import type { Finding } from '../engine/finding.js';

/** Workflow-command escaping (actions/toolkit command.ts): data and property values differ. */
export const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

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
