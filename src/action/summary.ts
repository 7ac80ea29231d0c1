/**
 * The job summary ($GITHUB_STEP_SUMMARY): counts, a table of the reported findings, skipped files and
 * what each reporting channel did. HTML-escaped (core.summary escapes nothing) and kept under the
 * runner's 1 MiB per step, measured in bytes, whatever the number of findings.
 */
import type { SkippedFile, Summary } from '../engine/analyze.js';
import type { Severity } from '../engine/finding.js';
import { ruleDocsUrl } from '../version.js';
import { escapeHtml, htmlInline, htmlText } from './escape.js';
import type { LinkContext } from './links.js';
import { blobUrl } from './links.js';
import { nothingChecked } from '../report/text.js';
import type { ScopedFinding } from './scope.js';

/** The runner refuses a step summary over 1 MiB; stay well below it. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;
const MAX_SKIPPED_BYTES = 64 * 1024;

export type ChannelState = 'done' | 'skipped' | 'failed' | 'off';

export interface ChannelStatus {
  channel: string;
  state: ChannelState;
  detail: string;
}

export interface SummaryInput {
  reported: readonly ScopedFinding[];
  /** e.g. "on the changed lines of pull request #12" */
  scope: string;
  /** Findings of the analysis not reported because they are outside the scope. */
  outOfScope: number;
  analysis: Summary;
  skipped: readonly SkippedFile[];
  failOn: Severity | 'never';
  failed: boolean;
  warnings: readonly string[];
  channels: readonly ChannelStatus[];
  links: LinkContext;
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const STATE_LABEL: Record<ChannelState, string> = {
  done: '✅ done',
  skipped: '⏭️ skipped',
  failed: '❌ failed',
  off: 'off',
};

export function renderSummary(input: SummaryInput, maxBytes = SUMMARY_MAX_BYTES): string {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of input.reported) counts[f.finding.severity]++;
  const verdict =
    input.failOn === 'never'
      ? 'fail-on: never'
      : `fail-on: ${input.failOn} → <strong>${input.failed ? 'failed' : 'passed'}</strong>`;
  const head: string[] = [
    '## kube-pairing',
    `<p><strong>${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}</strong> ${escapeHtml(input.scope)} · ${plural(input.analysis.files, 'file')} and ${plural(input.analysis.resources, 'resource')} checked · ${verdict}</p>`,
  ];
  if (input.outOfScope > 0) {
    head.push(
      `<p>${plural(input.outOfScope, 'other finding')} outside this change ${input.outOfScope === 1 ? 'is' : 'are'} not reported (input <code>report</code>).</p>`,
    );
  }
  const warnings =
    input.analysis.resources === 0
      ? [
          `Nothing was checked: ${nothingChecked(input.analysis.files, input.skipped.length)}`,
          ...input.warnings,
        ]
      : input.warnings;
  if (warnings.length > 0) {
    head.push(`<ul>\n${warnings.map((w) => `<li>⚠️ ${htmlText(w)}</li>`).join('\n')}\n</ul>`);
  }

  const tail = [skippedSection(input.skipped), channelsSection(input.channels)]
    .filter((p) => p !== '')
    .join('\n\n');
  const rows = input.reported.map((s) => findingRow(s, input.links));
  const tableOpen =
    '<table>\n<thead><tr><th>Severity</th><th>Where</th><th>Rule</th><th>Message</th></tr></thead>\n<tbody>';
  const tableClose = '</tbody>\n</table>';
  const fixed = `${head.join('\n\n')}\n\n${tableOpen}\n${tableClose}\n\n<p>…and 0000000 more findings not shown: the job summary is limited to 1 MiB; the <code>findings-file</code> output holds them all.</p>\n\n${tail}\n`;
  let budget = maxBytes - bytes(fixed);
  const shown: string[] = [];
  for (const row of rows) {
    const size = bytes(row) + 1;
    if (size > budget) break;
    budget -= size;
    shown.push(row);
  }
  const omitted = rows.length - shown.length;
  const parts = [head.join('\n\n')];
  if (rows.length > 0) parts.push(`${tableOpen}\n${shown.join('\n')}\n${tableClose}`);
  else parts.push('<p>No findings to report.</p>');
  if (omitted > 0) {
    parts.push(
      `<p>…and ${plural(omitted, 'more finding')} not shown: the job summary is limited to 1 MiB; the <code>findings-file</code> output holds them all.</p>`,
    );
  }
  parts.push(tail);
  return `${parts.join('\n\n')}\n`;
}

function findingRow(scoped: ScopedFinding, links: LinkContext): string {
  const f = scoped.finding;
  const where = `<a href="${escapeHtml(blobUrl(links, f.file, f.line, f.endLine))}">${htmlInline(`${f.file}:${f.line}`)}</a>`;
  const rule = `<a href="${escapeHtml(ruleDocsUrl(f.rule))}">${escapeHtml(f.rule)}</a>`;
  return `<tr><td>${f.severity}</td><td>${where}</td><td>${rule}</td><td>${htmlText(f.message)}</td></tr>`;
}

function skippedSection(skipped: readonly SkippedFile[]): string {
  if (skipped.length === 0) return '';
  const items: string[] = [];
  let size = 0;
  for (const s of skipped) {
    const item = `<li><code>${escapeHtml(s.file)}</code>: ${htmlText(s.reason)}</li>`;
    if (size + bytes(item) > MAX_SKIPPED_BYTES) break;
    size += bytes(item) + 1;
    items.push(item);
  }
  const more = skipped.length - items.length;
  const tail = more > 0 ? `\n<li>…and ${plural(more, 'more file')}</li>` : '';
  return `### Skipped files\n\n<details><summary>${plural(skipped.length, 'file')} not checked</summary>\n<ul>\n${items.join('\n')}${tail}\n</ul>\n</details>`;
}

function channelsSection(channels: readonly ChannelStatus[]): string {
  if (channels.length === 0) return '';
  const rows = channels.map(
    (c) =>
      `<tr><td>${escapeHtml(c.channel)}</td><td>${STATE_LABEL[c.state]}</td><td>${htmlText(c.detail)}</td></tr>`,
  );
  return `### Reporting channels\n\n<table>\n<thead><tr><th>Channel</th><th>Status</th><th>Detail</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}
