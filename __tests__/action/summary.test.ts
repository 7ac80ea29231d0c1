import { describe, expect, it } from 'vitest';
import type { ScopedFinding } from '../../src/action/scope.js';
import type { SummaryInput } from '../../src/action/summary.js';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/action/summary.js';
import type { Finding } from '../../src/engine/finding.js';

function scoped(i: number, over: Partial<Finding> = {}): ScopedFinding {
  const finding: Finding = {
    rule: 'endpoints-without-service',
    severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice',
    message: `Endpoints default/e${i} has no Service named \`e${i}\`.`,
    file: `dir/e${i}.yaml`,
    line: i + 1,
    column: 9,
    endLine: i + 2,
    endColumn: 3,
    related: [],
    fingerprint: `fp${i}`,
    ...over,
  };
  return { finding, key: finding.fingerprint };
}

const input = (reported: ScopedFinding[], over: Partial<SummaryInput> = {}): SummaryInput => ({
  reported,
  scope: 'on the lines changed by pull request #3',
  outOfScope: 2,
  analysis: { files: 4, resources: 9, skipped: 1, suppressed: 0, errors: 0, warnings: 0, notices: 0 },
  skipped: [{ file: 'chart/<t>.yaml', reason: 'Go/Helm template (contains {{ }})' }],
  failOn: 'error',
  failed: true,
  warnings: ['GitHub sent no diff for big.yaml'],
  channels: [
    { channel: 'review comments', state: 'failed', detail: 'HTTP 422: Unprocessable <Entity>' },
    { channel: 'annotations', state: 'done', detail: '3 of 3 findings annotated' },
  ],
  links: { serverUrl: 'https://github.com', repository: 'octo/app', sha: 'abc123' },
  ...over,
});

describe('renderSummary', () => {
  it('shows counts, a linked table, skipped files, warnings and every channel', () => {
    const text = renderSummary(input([scoped(0), scoped(1), scoped(2)]));
    expect(text).toContain(
      '<strong>1 error, 1 warning, 1 notice</strong> on the lines changed by pull request #3',
    );
    expect(text).toContain('fail-on: error → <strong>failed</strong>');
    expect(text).toContain('2 other findings outside this change are not reported');
    expect(text).toContain(
      '<tr><td>error</td><td><a href="https://github.com/octo/app/blob/abc123/dir/e0.yaml#L1-L2">dir/e0.yaml:1</a></td><td><a href="https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules/endpoints-without-service.md">endpoints-without-service</a></td><td>Endpoints default/e0 has no Service named <code>e0</code>.</td></tr>',
    );
    expect(text).toContain('<li><code>chart/&lt;t&gt;.yaml</code>: Go/Helm template (contains {{ }})</li>');
    expect(text).toContain('<li>⚠️ GitHub sent no diff for big.yaml</li>');
    expect(text).toContain(
      '<tr><td>review comments</td><td>❌ failed</td><td>HTTP 422: Unprocessable &lt;Entity&gt;</td></tr>',
    );
  });

  it('says plainly when files were found but nothing was checked', () => {
    const text = renderSummary(
      input([], {
        analysis: { files: 10, resources: 0, skipped: 10, suppressed: 0, errors: 0, warnings: 0, notices: 0 },
      }),
    );
    expect(text).toContain(
      '<li>⚠️ Nothing was checked: 10 files were found, but none holds a Kubernetes object kube-pairing can read (1 skipped',
    );
    expect(renderSummary(input([]))).not.toContain('Nothing was checked');
  });

  it('HTML-escapes messages and paths from the manifests', () => {
    const text = renderSummary(
      input([scoped(0, { file: 'a/<img src=x>.yaml', message: '<script>alert(1)</script> & @team | x' })]),
    );
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; @&#8203;team | x');
    expect(text).toContain('a/&lt;img src=x&gt;.yaml:1');
  });

  it('stays under 1 MiB in bytes whatever the number of findings, and says how many are left out', () => {
    const reported = Array.from({ length: 20_000 }, (_, i) =>
      scoped(i, { message: `é${'ü'.repeat(150)} ${i}` }),
    );
    const text = renderSummary(input(reported));
    const bytes = Buffer.byteLength(text, 'utf8');
    expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(bytes).toBeLessThan(1024 * 1024);
    const rows = text.match(/<tr><td>(error|warning|notice)<\/td>/g)?.length ?? 0;
    expect(rows).toBeGreaterThan(100);
    expect(text).toContain(`…and ${20_000 - rows} more findings not shown`);
    expect(text).toContain('### Reporting channels'); // the tail survives the cut
  });

  it('says so when there is nothing to report', () => {
    expect(renderSummary(input([], { failed: false }))).toContain('<p>No findings to report.</p>');
  });
});
