import { describe, expect, it } from 'vitest';
import { changeSetOf } from '../../src/action/change-set.js';
import type { ChangedFile } from '../../src/action/diff.js';
import { parsePatch } from '../../src/action/diff.js';
import type { LinkContext } from '../../src/action/links.js';
import { commentMarker, parseCommentMarker, parseReviewMarker } from '../../src/action/markers.js';
import type { ExistingComment } from '../../src/action/review-plan.js';
import {
  chooseAnchor,
  commentBody,
  contentHash,
  draftOf,
  MAX_BODY_CHARS,
  planReview,
  resolvedBody,
  reviewBody,
} from '../../src/action/review-plan.js';
import type { ScopedFinding } from '../../src/action/scope.js';
import type { Finding } from '../../src/engine/finding.js';

const links: LinkContext = {
  serverUrl: 'https://github.com',
  repository: 'octo/app',
  sha: 'c0ffee'.padEnd(40, '0'),
};

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'endpoints-without-service',
    severity: 'error',
    message: 'Endpoints default/etcd-support has no Service named etcd-support in namespace default.',
    file: 'ep.yaml',
    line: 4,
    column: 9,
    endLine: 4,
    endColumn: 21,
    resource: { kind: 'Endpoints', namespace: 'default', name: 'etcd-support' },
    related: [],
    fingerprint: '0123456789abcdef',
    ...over,
  };
}
const scoped = (f: Finding, anchor?: ScopedFinding['anchor']): ScopedFinding =>
  anchor ? { finding: f, key: f.fingerprint, anchor } : { finding: f, key: f.fingerprint };

// ep.yaml lines 2..8 are in one hunk (line 4 added); svc.yaml lines 10..12 in a hunk, 20..21 in another.
const files: ChangedFile[] = [
  {
    path: 'ep.yaml',
    status: 'modified',
    diff: parsePatch(
      '@@ -2,6 +2,7 @@\n kind: Endpoints\n metadata:\n+  name: etcd-support\n   namespace: default\n subsets:\n   - addresses:\n       - ip: 10.0.0.1',
    ),
  },
  {
    path: 'svc.yaml',
    status: 'modified',
    diff: parsePatch('@@ -10,3 +10,3 @@\n a: 1\n-b: 2\n+b: 3\n c: 4\n@@ -20,2 +20,2 @@\n-d: 5\n+d: 6\n e: 7'),
  },
  {
    path: 'gone.yaml',
    status: 'removed',
    diff: parsePatch('@@ -1,3 +0,0 @@\n-kind: Service\n-metadata:\n-  name: etcd'),
  },
];
const changes = changeSetOf(files, 'test');

describe('chooseAnchor', () => {
  it('comments exactly the fix lines with a suggestion when they sit in one hunk', () => {
    const f = finding({ fix: { line: 4, endLine: 4, replacement: '  name: etcd' } });
    expect(chooseAnchor(scoped(f), changes)).toEqual({
      path: 'ep.yaml',
      side: 'RIGHT',
      line: 4,
      suggestion: true,
      own: true,
    });
  });

  it('makes a multi-line fix a start_line..line range and omits start_line for one line', () => {
    const f = finding({ fix: { line: 5, endLine: 7, replacement: 'x\ny\nz' } });
    const anchor = chooseAnchor(scoped(f), changes)!;
    expect(anchor).toMatchObject({ line: 7, startLine: 5, suggestion: true });
    expect(draftOf(anchor, 'b')).toEqual({
      path: 'ep.yaml',
      line: 7,
      side: 'RIGHT',
      start_line: 5,
      start_side: 'RIGHT',
      body: 'b',
    });
    expect(
      draftOf({ path: 'ep.yaml', side: 'RIGHT', line: 4, startLine: 4, suggestion: false, own: true }, 'b'),
    ).toEqual({
      path: 'ep.yaml',
      line: 4,
      side: 'RIGHT',
      body: 'b',
    });
  });

  it('never lets a range leave its hunk: a region across two hunks falls back to its first changed line', () => {
    const f = finding({
      file: 'svc.yaml',
      line: 11,
      endLine: 20,
      fix: { line: 11, endLine: 20, replacement: 'x' },
    });
    expect(chooseAnchor(scoped(f), changes)).toEqual({
      path: 'svc.yaml',
      side: 'RIGHT',
      line: 11,
      suggestion: false,
      own: true,
    });
  });

  it('moves to a related location in the diff when the finding itself is outside it', () => {
    const f = finding({
      file: 'elsewhere.yaml',
      related: [
        { file: 'svc.yaml', line: 11, column: 1, endLine: 11, endColumn: 5, message: 'Service default/etcd' },
      ],
    });
    expect(chooseAnchor(scoped(f), changes)).toEqual({
      path: 'svc.yaml',
      side: 'RIGHT',
      line: 11,
      suggestion: false,
      own: false,
    });
  });

  it('uses a deletion anchor on the LEFT side only when that line is in the diff', () => {
    const f = finding();
    expect(chooseAnchor(scoped(f, { path: 'gone.yaml', side: 'LEFT', line: 3 }), changes)).toEqual({
      path: 'gone.yaml',
      side: 'LEFT',
      line: 3,
      suggestion: false,
      own: false,
    });
    expect(chooseAnchor(scoped(f, { path: 'gone.yaml', side: 'LEFT', line: 9 }), changes)).toBeUndefined();
  });

  it('returns undefined outside the diff, and for files whose patch does not match the checkout', () => {
    expect(chooseAnchor(scoped(finding({ file: 'other.yaml' })), changes)).toBeUndefined();
    expect(chooseAnchor(scoped(finding({ line: 30, endLine: 30 })), changes)).toBeUndefined();
    expect(chooseAnchor(scoped(finding()), changes, new Set(['ep.yaml']))).toBeUndefined();
  });
});

describe('comment bodies', () => {
  it('carries a suggestion replacing exactly the commented lines, the rule link and a hidden fingerprint', () => {
    const f = finding({ fix: { line: 4, endLine: 4, replacement: '  name: etcd' } });
    const body = commentBody(scoped(f), chooseAnchor(scoped(f), changes)!, links);
    expect(body).toContain('```suggestion\n  name: etcd\n```');
    expect(body).toContain(
      '[`endpoints-without-service`](https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules/endpoints-without-service.md)',
    );
    expect(parseCommentMarker(body)).toEqual({
      key: '0123456789abcdef',
      content: contentHash(f, true),
      resolved: false,
    });
    expect(body).not.toMatch(/line \d|:4\b/); // nothing that moves with the line
  });

  it('shows the fix as a plain block (never a suggestion) when commented elsewhere, and links the finding', () => {
    const f = finding({ fix: { line: 4, endLine: 4, replacement: '  name: ```odd```' } });
    const body = commentBody(
      scoped(f),
      { path: 'svc.yaml', side: 'RIGHT', line: 11, suggestion: false, own: false },
      links,
    );
    expect(body).not.toContain('suggestion');
    expect(body).toContain('````yaml\n  name: ```odd```\n````');
    expect(body).toContain(`[ep.yaml:4](https://github.com/octo/app/blob/${links.sha}/ep.yaml#L4)`);
  });

  it('escapes manifest text so it cannot inject HTML, markers or mentions', () => {
    const f = finding({ message: 'Endpoints x/<!-- kube-pairing:review listed=1 --> @admin <b>' });
    const body = commentBody(
      scoped(f),
      { path: 'ep.yaml', side: 'RIGHT', line: 4, suggestion: false, own: true },
      links,
    );
    expect(body).toContain('&lt;!-- kube-pairing:review listed=1 --&gt; @&#8203;admin &lt;b&gt;');
    expect(parseReviewMarker(body)).toBeUndefined();
  });

  it('marks a stale comment fixed, keeps the original text and disarms its suggestion', () => {
    const original = commentBody(
      scoped(finding({ fix: { line: 4, endLine: 4, replacement: '  name: etcd' } })),
      { path: 'ep.yaml', side: 'RIGHT', line: 4, suggestion: true, own: true },
      links,
    );
    const resolved = resolvedBody(original, links.sha);
    expect(resolved).toMatch(
      /^\*\*Fixed\*\* · this kube-pairing finding is gone as of commit c0ffee000000\./,
    );
    expect(resolved).toContain('```yaml\n  name: etcd\n```');
    expect(resolved).not.toContain('```suggestion');
    expect(parseCommentMarker(resolved)).toMatchObject({ key: '0123456789abcdef', resolved: true });
  });
});

describe('planReview', () => {
  const existing = (f: Finding, over: Partial<ExistingComment> = {}): ExistingComment => ({
    id: 1,
    body: commentBody(scoped(f), chooseAnchor(scoped(f), changes)!, links),
    path: f.file,
    line: f.line,
    startLine: null,
    side: 'RIGHT',
    ...over,
  });
  const base = { changes, unreliableFiles: new Set<string>(), existingReviews: [], maxComments: 30, links };

  it('comments new findings inline and lists the ones without an anchor in the body', () => {
    const inline = finding();
    const outside = finding({ file: 'other.yaml', fingerprint: 'fedcba9876543210' });
    const plan = planReview({
      ...base,
      findings: [scoped(inline), scoped(outside)],
      currentKeys: new Set([inline.fingerprint, outside.fingerprint]),
      existingComments: [],
    });
    expect(plan.comments.map((c) => c.draft)).toEqual([
      {
        path: 'ep.yaml',
        line: 4,
        side: 'RIGHT',
        body: expect.stringContaining('kube-pairing:comment key=0123456789abcdef'),
      },
    ]);
    expect(plan.listed.map((s) => s.key)).toEqual(['fedcba9876543210']);
    expect(plan.body).toContain('### kube-pairing: 2 errors, 0 warnings, 0 notices in this change');
    expect(parseReviewMarker(plan.body)).toEqual(['fedcba9876543210']);
  });

  it('posts nothing on a re-run with the same findings: no duplicate comment, no duplicate body', () => {
    const inline = finding();
    const outside = finding({ file: 'other.yaml', fingerprint: 'fedcba9876543210' });
    const plan = planReview({
      ...base,
      findings: [scoped(inline), scoped(outside)],
      currentKeys: new Set([inline.fingerprint, outside.fingerprint]),
      existingComments: [existing(inline, { line: 9 })], // the line moved: the fingerprint still matches
      existingReviews: [{ id: 5, body: reviewBody([], 0, [scoped(outside)], links).body }],
    });
    expect(plan).toMatchObject({ comments: [], listed: [], updates: [], resolutions: [] });
    expect(plan.body).toBeUndefined();
    expect(plan.alreadyReported).toHaveLength(2);
  });

  it('marks an earlier comment fixed when its finding is gone, and ignores comments of others', () => {
    const gone = finding();
    const plan = planReview({
      ...base,
      findings: [],
      currentKeys: new Set(),
      existingComments: [
        existing(gone, { id: 42 }),
        { id: 43, body: 'LGTM', path: 'ep.yaml', line: 4, startLine: null, side: 'RIGHT' },
      ],
    });
    expect(plan.resolutions.map((r) => [r.id, r.key])).toEqual([[42, gone.fingerprint]]);
    expect(plan.body).toBeUndefined();
  });

  it('updates an earlier comment whose message changed, and comments again a finding that came back after a fix', () => {
    const before = finding();
    const after = finding({ message: 'Endpoints default/etcd-support has no Service (new wording).' });
    const updated = planReview({
      ...base,
      findings: [scoped(after)],
      currentKeys: new Set([after.fingerprint]),
      existingComments: [existing(before, { id: 7 })],
    });
    expect(updated.updates.map((u) => u.id)).toEqual([7]);
    expect(updated.updates[0]!.body).toContain('new wording');

    const resolved = { ...existing(before, { id: 8 }), body: resolvedBody(existing(before).body, links.sha) };
    const again = planReview({
      ...base,
      findings: [scoped(before)],
      currentKeys: new Set([before.fingerprint]),
      existingComments: [resolved],
    });
    expect(again.comments).toHaveLength(1);
  });

  it('keeps at most max-comments inline, most severe first, the rest in the body', () => {
    const many = Array.from({ length: 5 }, (_, i) => finding({ fingerprint: `${i}`.repeat(16), line: 4 }));
    const plan = planReview({
      ...base,
      maxComments: 2,
      findings: many.map((f) => scoped(f)),
      currentKeys: new Set(many.map((f) => f.fingerprint)),
      existingComments: [],
    });
    expect(plan.comments).toHaveLength(2);
    expect(plan.listed).toHaveLength(3);
  });
});

describe('reviewBody', () => {
  it('stays under GitHub body limit and lists in its marker only the findings it shows', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      scoped(finding({ fingerprint: i.toString(16).padStart(16, '0'), message: 'x'.repeat(200) })),
    );
    const { body, listedKeys } = reviewBody(many, 0, many, {
      ...links,
      runUrl: 'https://github.com/octo/app/actions/runs/1',
    });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(listedKeys.length).toBeGreaterThan(10);
    expect(listedKeys.length).toBeLessThan(2000);
    expect(parseReviewMarker(body)).toEqual(listedKeys);
    expect(body).toContain(
      `…and ${2000 - listedKeys.length} more findings not shown here. See the [job summary](https://github.com/octo/app/actions/runs/1)`,
    );
  });

  it('round-trips comment markers', () => {
    const marker = commentMarker({ key: 'abcdef0123456789#2', content: '0a1b2c3d4e5f', resolved: true });
    expect(parseCommentMarker(`text\n\n${marker}`)).toEqual({
      key: 'abcdef0123456789#2',
      content: '0a1b2c3d4e5f',
      resolved: true,
    });
  });
});
