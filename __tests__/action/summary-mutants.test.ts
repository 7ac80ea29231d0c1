/**
 * src/action/summary.ts, whole outputs and the byte limits (mutation testing, docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import type { ScopedFinding } from '../../src/action/scope.js';
import type { SummaryInput } from '../../src/action/summary.js';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/action/summary.js';
import type { Finding, Severity } from '../../src/engine/finding.js';

const RULE_LINK =
  '<a href="https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules/endpoints-without-service.md">endpoints-without-service</a>';

function scoped(
  severity: Severity,
  file: string,
  line: number,
  endLine: number,
  message: string,
): ScopedFinding {
  const finding: Finding = {
    rule: 'endpoints-without-service',
    severity,
    message,
    file,
    line,
    column: 9,
    endLine,
    endColumn: 3,
    related: [],
    fingerprint: `${file}:${line}`,
  };
  return { finding, key: finding.fingerprint };
}

const links = { serverUrl: 'https://github.com', repository: 'o/r', sha: 's1' };
const three = [
  scoped('error', 'a.yaml', 4, 4, 'one `x`'),
  scoped('warning', 'b.yaml', 2, 3, 'two'),
  scoped('notice', 'c.yaml', 1, 1, 'three'),
];
const full: SummaryInput = {
  reported: three,
  scope: 'on <changed> lines',
  outOfScope: 1,
  analysis: { files: 1, resources: 1, skipped: 0, suppressed: 0, errors: 0, warnings: 0, notices: 0 },
  skipped: [
    { file: 'x.yaml', reason: 'r1' },
    { file: 'y.yaml', reason: 'r2' },
  ],
  failOn: 'warning',
  failed: false,
  warnings: ['w1', 'w2'],
  channels: [
    { channel: 'c1', state: 'done', detail: 'd1' },
    { channel: 'c2', state: 'skipped', detail: 'd2' },
    { channel: 'c3', state: 'off', detail: 'd3' },
    { channel: 'c4', state: 'failed', detail: 'd4' },
  ],
  links,
};

const HEAD = [
  '## kube-pairing',
  '',
  '<p><strong>1 error, 1 warning, 1 notice</strong> on &lt;changed&gt; lines · 1 file and 1 resource checked · fail-on: warning → <strong>passed</strong></p>',
  '',
  '<p>1 other finding outside this change is not reported (input <code>report</code>).</p>',
  '',
  '<ul>',
  '<li>⚠️ w1</li>',
  '<li>⚠️ w2</li>',
  '</ul>',
  '',
];
const TABLE_HEAD = [
  '<table>',
  '<thead><tr><th>Severity</th><th>Where</th><th>Rule</th><th>Message</th></tr></thead>',
  '<tbody>',
];
const ROWS = [
  `<tr><td>error</td><td><a href="https://github.com/o/r/blob/s1/a.yaml#L4">a.yaml:4</a></td><td>${RULE_LINK}</td><td>one <code>x</code></td></tr>`,
  `<tr><td>warning</td><td><a href="https://github.com/o/r/blob/s1/b.yaml#L2-L3">b.yaml:2</a></td><td>${RULE_LINK}</td><td>two</td></tr>`,
  `<tr><td>notice</td><td><a href="https://github.com/o/r/blob/s1/c.yaml#L1">c.yaml:1</a></td><td>${RULE_LINK}</td><td>three</td></tr>`,
];
const TAIL = [
  '### Skipped files',
  '',
  '<details><summary>2 files not checked</summary>',
  '<ul>',
  '<li><code>x.yaml</code>: r1</li>',
  '<li><code>y.yaml</code>: r2</li>',
  '</ul>',
  '</details>',
  '',
  '### Reporting channels',
  '',
  '<table>',
  '<thead><tr><th>Channel</th><th>Status</th><th>Detail</th></tr></thead>',
  '<tbody>',
  '<tr><td>c1</td><td>✅ done</td><td>d1</td></tr>',
  '<tr><td>c2</td><td>⏭️ skipped</td><td>d2</td></tr>',
  '<tr><td>c3</td><td>off</td><td>d3</td></tr>',
  '<tr><td>c4</td><td>❌ failed</td><td>d4</td></tr>',
  '</tbody>',
  '</table>',
  '',
];
const FULL = [...HEAD, ...TABLE_HEAD, ...ROWS, '</tbody>', '</table>', '', ...TAIL].join('\n');
/** The paragraph the size budget reserves room for (with a seven-digit count). */
const OMITTED_RESERVE =
  '<p>…and 0000000 more findings not shown: the job summary is limited to 1 MiB; the <code>findings-file</code> output holds them all.</p>';
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('renderSummary: the whole summary', () => {
  it('counts, scope, verdict, out-of-scope count, warnings, the table, skipped files and channels', () => {
    expect(renderSummary(full)).toBe(FULL);
  });

  it('nothing checked, nothing reported, no skipped file, no channel', () => {
    expect(
      renderSummary({
        ...full,
        reported: [],
        scope: 'in the repository',
        outOfScope: 0,
        analysis: { ...full.analysis, files: 2, resources: 0 },
        skipped: [],
        failOn: 'never',
        warnings: [],
        channels: [],
      }),
    ).toBe(
      [
        '## kube-pairing',
        '',
        '<p><strong>0 errors, 0 warnings, 0 notices</strong> in the repository · 2 files and 0 resources checked · fail-on: never</p>',
        '',
        '<ul>',
        '<li>⚠️ Nothing was checked: 2 files were found, but none holds a Kubernetes object kube-pairing can read.</li>',
        '</ul>',
        '',
        '<p>No findings to report.</p>',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('no warning: no list', () => {
    const text = renderSummary({ ...full, warnings: [], outOfScope: 0 });
    expect(text.split('\n\n').slice(0, 3)).toEqual([
      '## kube-pairing',
      '<p><strong>1 error, 1 warning, 1 notice</strong> on &lt;changed&gt; lines · 1 file and 1 resource checked · fail-on: warning → <strong>passed</strong></p>',
      [...TABLE_HEAD, ...ROWS, '</tbody>', '</table>'].join('\n'),
    ]);
  });

  it('the verdict when failed; plural counts; the nothing-checked warning before the others', () => {
    const text = renderSummary({
      ...full,
      reported: [three[0] as ScopedFinding, three[0] as ScopedFinding],
      outOfScope: 2,
      analysis: { ...full.analysis, files: 1, resources: 0 },
      failOn: 'error',
      failed: true,
      warnings: ['w1'],
    });
    expect(text.split('\n\n').slice(0, 4)).toEqual([
      '## kube-pairing',
      '<p><strong>2 errors, 0 warnings, 0 notices</strong> on &lt;changed&gt; lines · 1 file and 0 resources checked · fail-on: error → <strong>failed</strong></p>',
      '<p>2 other findings outside this change are not reported (input <code>report</code>).</p>',
      '<ul>\n<li>⚠️ Nothing was checked: 1 file was found, but none holds a Kubernetes object kube-pairing can read (2 skipped, listed below: render templates first, e.g. <code>helm template</code> or <code>kustomize build</code>).</li>\n<li>⚠️ w1</li>\n</ul>',
    ]);
  });
});

describe('renderSummary: the byte limit', () => {
  it('is 1 MiB less 64 KiB by default', () => {
    expect(SUMMARY_MAX_BYTES).toBe(983_040);
  });

  // All rows fit exactly when the budget holds the summary plus the reserved "…and N more" paragraph.
  const exact = bytes(FULL) + bytes(OMITTED_RESERVE) + 2;

  it('every row at exactly the size that holds them all', () => {
    expect(renderSummary(full, exact)).toBe(FULL);
  });

  it('one byte less: the last row is left out, and says so', () => {
    expect(renderSummary(full, exact - 1)).toBe(
      [
        ...HEAD,
        ...TABLE_HEAD,
        ...ROWS.slice(0, 2),
        '</tbody>',
        '</table>',
        '',
        '<p>…and 1 more finding not shown: the job summary is limited to 1 MiB; the <code>findings-file</code> output holds them all.</p>',
        '',
        ...TAIL,
      ].join('\n'),
    );
  });

  it('no room for any row: an empty table and the count', () => {
    const text = renderSummary(full, 0);
    expect(text).toContain(
      `${TABLE_HEAD.join('\n')}\n\n</tbody>\n</table>\n\n<p>…and 3 more findings not shown:`,
    );
  });

  it('never more bytes than allowed, multi-byte text included', () => {
    const wide = {
      ...full,
      reported: three.map((s) => ({ ...s, finding: { ...s.finding, message: 'é⚠️'.repeat(40) } })),
    };
    const all = renderSummary(wide, 1_000_000);
    for (let max = bytes(all) - 400; max <= bytes(all) + 400; max += 7)
      expect(bytes(renderSummary(wide, max)), String(max)).toBeLessThanOrEqual(max);
  });
});

describe('renderSummary: skipped files', () => {
  // <li><code>FILE</code>: REASON</li> is 24 bytes plus the file and the reason. The first item is 36
  // bytes, the others 99: the 656th item ends the list at exactly 64 KiB (items joined by one byte).
  const skipped = (n: number) => [
    { file: 'a.yaml', reason: 'xxxxxx' },
    ...Array.from({ length: n - 1 }, (_, i) => ({
      file: `f${String(i).padStart(5, '0')}.yaml`,
      reason: 'y'.repeat(64),
    })),
  ];
  const section = (n: number) => {
    const text = renderSummary({ ...full, skipped: skipped(n), channels: [] });
    return text.slice(text.indexOf('### Skipped files'));
  };

  it('up to 64 KiB of items, then how many more', () => {
    const text = section(700);
    expect(
      text.startsWith(
        '### Skipped files\n\n<details><summary>700 files not checked</summary>\n<ul>\n<li><code>a.yaml</code>: xxxxxx</li>\n<li><code>f00000.yaml</code>: ',
      ),
    ).toBe(true);
    expect(text.split('<li><code>')).toHaveLength(657);
    expect(text).toContain(
      `<li><code>f00654.yaml</code>: ${'y'.repeat(64)}</li>\n<li>…and 44 more files</li>\n</ul>\n</details>\n`,
    );
    expect(text).not.toContain('f00655.yaml');
  });

  it('one more than fits: "1 more file"', () => {
    expect(section(657)).toContain(
      `<li><code>f00654.yaml</code>: ${'y'.repeat(64)}</li>\n<li>…and 1 more file</li>\n</ul>`,
    );
  });

  it('exactly what fits: no "more" line', () => {
    const text = section(656);
    expect(text).toContain(`<li><code>f00654.yaml</code>: ${'y'.repeat(64)}</li>\n</ul>\n</details>\n`);
    expect(text).not.toContain('…and');
  });
});
