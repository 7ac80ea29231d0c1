/**
 * src/action/review-plan.ts, exact anchors and bodies (mutation testing, docs/testing.md): where a comment
 * goes in real `git diff` hunks, what an earlier comment becomes on a re-run (kept, updated, suggestion
 * disarmed, marked fixed), and the review body with its size budget.
 */
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/action/change-set.js';
import { changeSetOf } from '../../src/action/change-set.js';
import { parsePatch } from '../../src/action/diff.js';
import type { LinkContext } from '../../src/action/links.js';
import { commentMarker, reviewMarker } from '../../src/action/markers.js';
import type { CommentAnchor, ExistingComment, ReviewInput } from '../../src/action/review-plan.js';
import {
  chooseAnchor,
  commentBody,
  contentHash,
  countsText,
  fallbackReviewBody,
  listItem,
  MAX_BODY_CHARS,
  planReview,
  resolvedBody,
  reviewBody,
} from '../../src/action/review-plan.js';
import type { ScopedFinding } from '../../src/action/scope.js';
import { keyFindings } from '../../src/action/scope.js';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { Finding, RelatedLocation, Severity } from '../../src/engine/finding.js';
import { invalidProtocol } from '../../src/rules/invalid-protocol.js';
import { portNameMismatch } from '../../src/rules/port-name-mismatch.js';
import { unusedSuppression } from '../../src/rules/unused-suppression.js';

const SHA = 'c0ffee'.padEnd(40, '0');
const links: LinkContext = { serverUrl: 'https://github.com', repository: 'octo/app', sha: SHA };
const RUN = 'https://github.com/octo/app/actions/runs/7';
const withRun: LinkContext = { ...links, runUrl: RUN };
const BLOB = `https://github.com/octo/app/blob/${SHA}`;
const DOCS = 'https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules';

/**
 * svc.yaml: a Service with ten ports, three lines each (name, port, protocol): port 0 on lines 8-10,
 * port 1 on 11-13, ... port 9 on 35-37. `names` renames ports, `protocols` sets the protocol lines.
 */
const PORT_NAMES = ['client', 'peer', 'metrics', 'grpc', 'http', 'https', 'admin', 'debug', 'raft', 'gossip'];
function service(names: Record<number, string> = {}, protocols: Record<number, string> = {}): string {
  const lines = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: etcd', '  namespace: default'];
  lines.push('spec:', '  ports:');
  PORT_NAMES.forEach((name, i) => {
    lines.push(
      `    - name: ${names[i] ?? name}`,
      `      port: ${2379 + i}`,
      `      protocol: ${protocols[i] ?? 'TCP'}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

// The patches of svc.yaml as `git diff --unified=3` printed them (GitHub's `patch` is the same hunks).
/** Port 1's number changed: one hunk, lines 9-15, line 12 added. */
const PORT_1_CHANGED = [
  '@@ -9,7 +9,7 @@ spec:',
  '       port: 2379',
  '       protocol: TCP',
  '     - name: peer',
  '-      port: 2380',
  '+      port: 2390',
  '       protocol: TCP',
  '     - name: metrics',
  '       port: 2381',
].join('\n');
/** Ports 0 and 8 changed: two hunks, lines 6-12 (9 added) and 30-36 (33 added). */
const PORTS_0_AND_8_CHANGED = [
  '@@ -6,7 +6,7 @@ metadata:',
  ' spec:',
  '   ports:',
  '     - name: client',
  '-      port: 2379',
  '+      port: 2479',
  '       protocol: TCP',
  '     - name: peer',
  '       port: 2380',
  '@@ -30,7 +30,7 @@ spec:',
  '       port: 2386',
  '       protocol: TCP',
  '     - name: raft',
  '-      port: 2387',
  '+      port: 2487',
  '       protocol: TCP',
  '     - name: gossip',
  '       port: 2388',
].join('\n');
/** Every protocol changed: one hunk, lines 7-37, every third line from 10 added. */
const ALL_PROTOCOLS_CHANGED = [
  '@@ -7,31 +7,31 @@ spec:',
  '   ports:',
  ...PORT_NAMES.flatMap((name, i) => [
    `     - name: ${name}`,
    `       port: ${2379 + i}`,
    '-      protocol: TCP',
    '+      protocol: UDP',
  ]),
].join('\n');
/** Port 0 renamed from client to etcd-client: lines 5-11, line 8 added. */
const PORT_0_RENAMED = [
  '@@ -5,7 +5,7 @@ metadata:',
  '   namespace: default',
  ' spec:',
  '   ports:',
  '-    - name: client',
  '+    - name: etcd-client',
  '       port: 2379',
  '       protocol: TCP',
  '     - name: peer',
].join('\n');
/** Port 1's protocol changed (with a comment): lines 10-16, line 13 added. */
const PORT_1_PROTOCOL_CHANGED = [
  '@@ -10,7 +10,7 @@ spec:',
  '       protocol: TCP',
  '     - name: peer',
  '       port: 2380',
  '-      protocol: TCP',
  '+      protocol: udp # see ```suggestion',
  '     - name: metrics',
  '       port: 2381',
  '       protocol: TCP',
].join('\n');

/** The pull request's change set: svc.yaml modified by `patch`. */
const changed = (patch: string): ChangeSet =>
  changeSetOf([{ path: 'svc.yaml', status: 'modified', diff: parsePatch(patch) }], 'pull request #12');

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'invalid-protocol',
    severity: 'error',
    message: 'Service default/etcd: protocol is wrong.',
    file: 'svc.yaml',
    line: 12,
    column: 7,
    endLine: 12,
    endColumn: 18,
    related: [],
    fingerprint: '0123456789abcdef',
    ...over,
  };
}
const scoped = (f: Finding, anchor?: ScopedFinding['anchor']): ScopedFinding =>
  anchor ? { finding: f, key: f.fingerprint, anchor } : { finding: f, key: f.fingerprint };
/** A finding on lines `line..endLine` of svc.yaml, without a fix. */
const region = (line: number, endLine: number) => scoped(finding({ line, endLine }));
const related = (file: string, line: number, endLine: number): RelatedLocation => ({
  file,
  line,
  column: 7,
  endLine,
  endColumn: 20,
  message: `Service default/etcd port at ${line}`,
});
/** A finding in ep.yaml (not changed) whose related places are `places`. */
const relatedTo = (...places: RelatedLocation[]) =>
  scoped(finding({ file: 'ep.yaml', line: 8, endLine: 8, related: places }));
const own = (line: number, startLine?: number): CommentAnchor =>
  startLine === undefined
    ? { path: 'svc.yaml', side: 'RIGHT', line, suggestion: false, own: true }
    : { path: 'svc.yaml', side: 'RIGHT', line, startLine, suggestion: false, own: true };

describe('chooseAnchor: a finding over several lines, in its own file', () => {
  it('a region inside one hunk is commented as a range, whatever its line numbers', () => {
    expect(chooseAnchor(region(11, 13), changed(PORT_1_CHANGED))).toStrictEqual(own(13, 11));
  });

  it('a range of 20 lines at most: a region of 21 lines gets its first added line', () => {
    const changes = changed(ALL_PROTOCOLS_CHANGED);
    expect(chooseAnchor(region(8, 27), changes)).toStrictEqual(own(27, 8));
    expect(chooseAnchor(region(8, 28), changes)).toStrictEqual(own(10));
  });

  it('a region across two hunks: its first added line, before any context line', () => {
    // Line 8 is a context line of the first hunk, line 9 the added one.
    expect(chooseAnchor(region(8, 31), changed(PORTS_0_AND_8_CHANGED))).toStrictEqual(own(9));
  });

  it('a region across two hunks with no added line: its first context line', () => {
    expect(chooseAnchor(region(11, 31), changed(PORTS_0_AND_8_CHANGED))).toStrictEqual(own(11));
  });

  it('a region whose first line is outside the hunk: the first of its lines in the hunk, none after it', () => {
    // Port 7 (lines 29-31): the second hunk starts at line 30 and changes line 33.
    expect(chooseAnchor(region(29, 31), changed(PORTS_0_AND_8_CHANGED))).toStrictEqual(own(30));
  });

  it('a region just above a hunk has no anchor (the finding goes to the review body)', () => {
    // Port 6 (lines 26-28); the hunk starts at line 30.
    expect(chooseAnchor(region(26, 28), changed(PORTS_0_AND_8_CHANGED))).toBeUndefined();
  });
});

describe('chooseAnchor: a finding commented on a related place', () => {
  const onService = (line: number, startLine?: number): CommentAnchor => ({
    ...own(line, startLine),
    own: false,
  });

  it('the related region’s first added line, before its context lines', () => {
    expect(chooseAnchor(relatedTo(related('svc.yaml', 11, 13)), changed(PORT_1_CHANGED))).toStrictEqual(
      onService(12),
    );
  });

  it('a related region with no added line: its first context line, none outside it', () => {
    expect(
      chooseAnchor(relatedTo(related('svc.yaml', 29, 31)), changed(PORTS_0_AND_8_CHANGED)),
    ).toStrictEqual(onService(30));
  });

  it('skips a related place in a file the change does not touch', () => {
    expect(
      chooseAnchor(
        relatedTo(related('kustomization.yaml', 3, 3), related('svc.yaml', 11, 13)),
        changed(PORT_1_CHANGED),
      ),
    ).toStrictEqual(onService(12));
  });

  it('skips a related place outside the hunks for the next one', () => {
    expect(
      chooseAnchor(
        relatedTo(related('svc.yaml', 26, 28), related('svc.yaml', 29, 31)),
        changed(PORTS_0_AND_8_CHANGED),
      ),
    ).toStrictEqual(onService(30));
  });

  it('never comments in a file whose patch does not match the checkout', () => {
    const f = relatedTo(related('svc.yaml', 11, 13));
    expect(chooseAnchor(f, changed(PORT_1_CHANGED), new Set(['svc.yaml']))).toBeUndefined();
  });
});

/** The body marker of an inline comment. */
const marker = (key: string, content: string) => commentMarker({ key, content, resolved: false });
const PORT_FIX = { line: 12, endLine: 12, replacement: '      port: 2380' };
/** The port finding with a one-line fix on line 12 (a suggestion with PORT_1_CHANGED). */
const portFinding = (over: Partial<Finding> = {}) =>
  finding({
    rule: 'port-out-of-range',
    message: 'Service default/etcd port 2390 is not served.',
    fix: PORT_FIX,
    ...over,
  });
const PORT_HEAD = `**Error** · [\`port-out-of-range\`](${DOCS}/port-out-of-range.md) · kube-pairing\n\nService default/etcd port 2390 is not served.`;
// contentHash of portFinding() with and without a suggestion (the first 12 hex digits of a SHA-256).
const PORT_HASH_SUGGESTION = '9069c97c49c9';
const PORT_HASH_PLAIN = 'baf5c9c3ee57';
const PORT_SUGGESTION_BODY = `${PORT_HEAD}\n\n\`\`\`suggestion\n      port: 2380\n\`\`\`\n\n${marker('0123456789abcdef', PORT_HASH_SUGGESTION)}`;
const PORT_PLAIN_BODY = `${PORT_HEAD}\n\nFix: replace line 12 of \`svc.yaml\` with:\n\n\`\`\`yaml\n      port: 2380\n\`\`\`\n\n${marker('0123456789abcdef', PORT_HASH_PLAIN)}`;

describe('contentHash', () => {
  it('12 hex digits of what the comment says: rule, severity, message, replacement, suggestion', () => {
    expect(contentHash(portFinding(), true)).toBe(PORT_HASH_SUGGESTION);
    expect(contentHash(portFinding(), false)).toBe(PORT_HASH_PLAIN);
  });

  it('a new replacement changes it; the fix’s lines do not', () => {
    const moved = portFinding({ fix: { line: 20, endLine: 21, replacement: PORT_FIX.replacement } });
    expect(contentHash(moved, true)).toBe(PORT_HASH_SUGGESTION);
    const other = portFinding({ fix: { ...PORT_FIX, replacement: '      port: 2381' } });
    expect(contentHash(other, true)).not.toBe(PORT_HASH_SUGGESTION);
    expect(contentHash(portFinding({ fix: undefined }), true)).not.toBe(PORT_HASH_SUGGESTION);
  });
});

describe('commentBody: the whole comment', () => {
  it('on the fix’s own lines: the suggestion block', () => {
    const anchor = chooseAnchor(scoped(portFinding()), changed(PORT_1_CHANGED))!;
    expect(anchor).toStrictEqual({ ...own(12), suggestion: true });
    expect(commentBody(scoped(portFinding()), anchor, links)).toBe(PORT_SUGGESTION_BODY);
  });

  it('a fix of several lines outside one hunk: "lines a–b" in a yaml block, on the first changed line', () => {
    const f = finding({
      line: 11,
      endLine: 13,
      severity: 'warning',
      fix: { line: 11, endLine: 13, replacement: '    - name: peer\n      port: 2480\n      protocol: TCP' },
    });
    const anchor = chooseAnchor(scoped(f), changed(PORTS_0_AND_8_CHANGED))!;
    expect(anchor).toStrictEqual(own(11));
    expect(commentBody(scoped(f), anchor, links)).toBe(
      [
        `**Warning** · [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) · kube-pairing`,
        'Service default/etcd: protocol is wrong.',
        'Fix: replace lines 11–13 of `svc.yaml` with:\n\n```yaml\n    - name: peer\n      port: 2480\n      protocol: TCP\n```',
        marker('0123456789abcdef', contentHash(f, false)),
      ].join('\n\n'),
    );
  });

  it('a notice without fix or related places: the heading, the message and the marker only', () => {
    const f = finding({ severity: 'notice' });
    expect(commentBody(scoped(f), own(12), links)).toBe(
      [
        `**Notice** · [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) · kube-pairing`,
        'Service default/etcd: protocol is wrong.',
        marker('0123456789abcdef', contentHash(f, false)),
      ].join('\n\n'),
    );
  });

  it('a real finding commented on the Service line the change renamed: where it is, the fix, the related port', () => {
    // The pull request renames Service port `client`; the Endpoints (unchanged) still name it `client`.
    const endpoints = [
      'apiVersion: v1',
      'kind: Endpoints',
      'metadata:',
      '  name: etcd',
      '  namespace: default',
      'subsets:',
      '  - addresses: [{ip: 10.0.0.1}]',
      '    ports:',
      ...PORT_NAMES.map((name, i) => `      - {port: ${2379 + i}, name: ${name}}`),
      '',
    ].join('\n');
    const result = analyzeTexts(
      [
        { path: 'ep.yaml', text: endpoints },
        { path: 'svc.yaml', text: service({ 0: 'etcd-client' }) },
      ],
      { rules: [portNameMismatch] },
    );
    const [f] = keyFindings(result.findings);
    expect(f!.finding).toMatchObject({
      rule: 'port-name-mismatch',
      file: 'ep.yaml',
      line: 9,
      related: [{ file: 'svc.yaml', line: 8, endLine: 10 }],
      fix: { line: 9, endLine: 9, replacement: '      - {port: 2379, name: etcd-client}' },
    });
    const anchor = chooseAnchor(f!, changed(PORT_0_RENAMED))!;
    expect(anchor).toStrictEqual({ ...own(8), own: false });
    const { message, fingerprint } = f!.finding;
    expect(commentBody(f!, anchor, links)).toBe(
      [
        `**Error** · [\`port-name-mismatch\`](${DOCS}/port-name-mismatch.md) · kube-pairing`,
        message,
        `Found at [ep.yaml:9](${BLOB}/ep.yaml#L9); commented here because this change causes it.`,
        'Fix: replace line 9 of `ep.yaml` with:\n\n```yaml\n      - {port: 2379, name: etcd-client}\n```',
        `Related:\n- [Service default/etcd port \`etcd-client\` (2379/TCP)](${BLOB}/svc.yaml#L8-L10) at \`svc.yaml:8\``,
        marker(fingerprint, contentHash(f!.finding, false)),
      ].join('\n\n'),
    );
  });

  it('two related places: one list item each, with its own link', () => {
    const f = finding({
      file: 'ep.yaml',
      line: 4,
      endLine: 4,
      related: [related('svc.yaml', 11, 13), related('web/svc.yaml', 2, 2)],
    });
    expect(commentBody(scoped(f), { ...own(12), own: false }, links)).toBe(
      [
        `**Error** · [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) · kube-pairing`,
        'Service default/etcd: protocol is wrong.',
        `Found at [ep.yaml:4](${BLOB}/ep.yaml#L4); commented here because this change causes it.`,
        [
          'Related:',
          `- [Service default/etcd port at 11](${BLOB}/svc.yaml#L11-L13) at \`svc.yaml:11\``,
          `- [Service default/etcd port at 2](${BLOB}/web/svc.yaml#L2) at \`web/svc.yaml:2\``,
        ].join('\n'),
        marker('0123456789abcdef', contentHash(f, false)),
      ].join('\n\n'),
    );
  });
});

describe('planReview: earlier comments on a re-run', () => {
  /** An earlier comment of the Action at `place`, with the body it posted there for `f`. */
  const earlier = (
    f: Finding,
    posted: CommentAnchor,
    place: Partial<ExistingComment> = {},
    id = 11,
  ): ExistingComment => ({
    id,
    body: commentBody(scoped(f), posted, links),
    path: posted.path,
    line: posted.line,
    startLine: posted.startLine ?? null,
    side: posted.side,
    ...place,
  });
  const rerun = (
    findings: ScopedFinding[],
    existingComments: ExistingComment[],
    patch = PORT_1_CHANGED,
  ): ReturnType<typeof planReview> =>
    planReview({
      findings,
      currentKeys: new Set(findings.map((s) => s.key)),
      changes: changed(patch),
      unreliableFiles: new Set(),
      existingComments,
      existingReviews: [],
      maxComments: 30,
      links,
    });
  const SUGGESTED: CommentAnchor = { ...own(12), suggestion: true };

  it('a suggestion still on the fix’s line: nothing to post or update', () => {
    const plan = rerun([scoped(portFinding())], [earlier(portFinding(), SUGGESTED)]);
    expect(plan).toStrictEqual({
      comments: [],
      listed: [],
      updates: [],
      resolutions: [],
      alreadyReported: [scoped(portFinding())],
    });
  });

  it('GitHub gave no side for that comment: still the same place', () => {
    const plan = rerun([scoped(portFinding())], [earlier(portFinding(), SUGGESTED, { side: null })]);
    expect(plan.updates).toStrictEqual([]);
  });

  it('a comment without a fix stays one without a suggestion: nothing to update', () => {
    const f = portFinding({ fix: undefined });
    expect(rerun([scoped(f)], [earlier(f, own(12))]).updates).toStrictEqual([]);
  });

  it('a multi-line suggestion still on the same lines: nothing to update', () => {
    const f = portFinding({ fix: { line: 11, endLine: 13, replacement: 'a\nb\nc' } });
    const posted = { ...own(13, 11), suggestion: true };
    expect(chooseAnchor(scoped(f), changed(PORT_1_CHANGED))).toStrictEqual(posted);
    expect(rerun([scoped(f)], [earlier(f, posted)]).updates).toStrictEqual([]);
  });

  /** The one update the re-run plans for comment 11. */
  const updateOf = (plan: ReturnType<typeof planReview>) => {
    expect(plan.comments).toStrictEqual([]);
    expect(plan.updates.map((u) => [u.id, u.key])).toStrictEqual([[11, '0123456789abcdef']]);
    return plan.updates[0]!.body;
  };

  it('the comment moved off the fix’s line: its suggestion is disarmed (the fix shown as yaml)', () => {
    const body = updateOf(rerun([scoped(portFinding())], [earlier(portFinding(), SUGGESTED, { line: 13 })]));
    expect(body).toBe(PORT_PLAIN_BODY);
  });

  it('the comment is on the LEFT side of that line: disarmed', () => {
    const body = updateOf(
      rerun([scoped(portFinding())], [earlier(portFinding(), SUGGESTED, { side: 'LEFT' })]),
    );
    expect(body).toBe(PORT_PLAIN_BODY);
  });

  it('the comment is outdated (GitHub gives no line): disarmed', () => {
    const body = updateOf(
      rerun([scoped(portFinding())], [earlier(portFinding(), SUGGESTED, { line: null })]),
    );
    expect(body).toBe(PORT_PLAIN_BODY);
  });

  it('the fix’s line left the diff: the comment is kept, disarmed', () => {
    // Port 1 is no longer changed: no anchor for the finding at all.
    const body = updateOf(
      rerun([scoped(portFinding())], [earlier(portFinding(), SUGGESTED)], PORT_0_RENAMED),
    );
    expect(body).toBe(PORT_PLAIN_BODY);
  });

  it('the fix shrank from lines 12-13 to line 12: the old range would lose a line, disarmed', () => {
    const before = portFinding({ fix: { line: 12, endLine: 13, replacement: '      port: 2380' } });
    const posted = { ...own(13, 12), suggestion: true };
    const body = updateOf(rerun([scoped(portFinding())], [earlier(before, posted)]));
    expect(body).toBe(PORT_PLAIN_BODY);
  });

  it('the fix shrank from lines 11-12 to line 12: disarmed', () => {
    const before = portFinding({ fix: { line: 11, endLine: 12, replacement: '      port: 2380' } });
    const posted = { ...own(12, 11), suggestion: true };
    const body = updateOf(rerun([scoped(portFinding())], [earlier(before, posted)]));
    expect(body).toBe(PORT_PLAIN_BODY);
  });

  it('the comment sits in the file’s old name (a rename): disarmed, and it says where the finding is', () => {
    const posted = { ...SUGGESTED, path: 'old/svc.yaml' };
    const body = updateOf(rerun([scoped(portFinding())], [earlier(portFinding(), posted)]));
    expect(body).toBe(
      [
        PORT_HEAD,
        `Found at [svc.yaml:12](${BLOB}/svc.yaml#L12); commented here because this change causes it.`,
        'Fix: replace line 12 of `svc.yaml` with:\n\n```yaml\n      port: 2380\n```',
        marker('0123456789abcdef', PORT_HASH_PLAIN),
      ].join('\n\n'),
    );
  });

  it('a new message updates the comment in place: the new text, same key, no "found at"', () => {
    const before = portFinding({ message: 'Service default/etcd port 2390 (old wording).' });
    const body = updateOf(rerun([scoped(portFinding())], [earlier(before, SUGGESTED)]));
    expect(body).toBe(PORT_SUGGESTION_BODY);
  });

  it('a new replacement updates the comment', () => {
    const before = portFinding({ fix: { ...PORT_FIX, replacement: '      port: 2381' } });
    const body = updateOf(rerun([scoped(portFinding())], [earlier(before, SUGGESTED)]));
    expect(body).toBe(PORT_SUGGESTION_BODY);
  });

  it('a finding now reported because of a deletion: the update says where it is found', () => {
    // The earlier comment is outdated in the finding's own file; the finding is now anchored on the
    // deleted Service of gone.yaml.
    const f = finding({ file: 'ep.yaml', line: 4, endLine: 4 });
    const before = finding({ file: 'ep.yaml', line: 4, endLine: 4, message: 'old wording' });
    const changes = changeSetOf(
      [
        {
          path: 'gone.yaml',
          status: 'removed',
          diff: parsePatch('@@ -1,3 +0,0 @@\n-kind: Service\n-metadata:\n-  name: etcd'),
        },
      ],
      'pull request #12',
    );
    const plan = planReview({
      findings: [scoped(f, { path: 'gone.yaml', side: 'LEFT', line: 3 })],
      currentKeys: new Set([f.fingerprint]),
      changes,
      unreliableFiles: new Set(),
      existingComments: [earlier(before, { ...own(4), path: 'ep.yaml' }, { line: null })],
      existingReviews: [],
      maxComments: 30,
      links,
    });
    expect(updateOf(plan)).toBe(
      [
        `**Error** · [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) · kube-pairing`,
        'Service default/etcd: protocol is wrong.',
        `Found at [ep.yaml:4](${BLOB}/ep.yaml#L4); commented here because this change causes it.`,
        marker('0123456789abcdef', contentHash(f, false)),
      ].join('\n\n'),
    );
  });

  it('the same finding commented twice (a retried post): the first comment is the one updated', () => {
    const before = portFinding({ message: 'old wording' });
    const plan = rerun(
      [scoped(portFinding())],
      [earlier(before, SUGGESTED, {}, 11), earlier(before, SUGGESTED, {}, 12)],
    );
    expect(plan.updates.map((u) => u.id)).toStrictEqual([11]);
    expect(plan.resolutions).toStrictEqual([]);
  });
});

describe('planReview: the review body', () => {
  const input = (findings: ScopedFinding[], over: Partial<ReviewInput> = {}): ReviewInput => ({
    findings,
    currentKeys: new Set(findings.map((s) => s.key)),
    changes: changed(PORT_1_CHANGED),
    unreliableFiles: new Set(),
    existingComments: [],
    existingReviews: [],
    maxComments: 30,
    links: withRun,
    ...over,
  });

  it('inline comments only: a body that counts them and links the job summary', () => {
    const plan = planReview(input([scoped(portFinding())]));
    expect(plan.comments.map((c) => c.draft)).toStrictEqual([
      { path: 'svc.yaml', line: 12, side: 'RIGHT', body: PORT_SUGGESTION_BODY },
    ]);
    expect(plan.body).toBe(
      [
        '### kube-pairing: 1 error, 0 warnings, 0 notices in this change',
        `1 new finding commented inline below. See the [job summary](${RUN}) for the full report.`,
        '<!-- kube-pairing:review listed= -->',
      ].join('\n\n'),
    );
    expect(plan.listedInBody).toBe(0);
  });

  it('listed findings only: a body that lists them', () => {
    const f = finding({ file: 'ep.yaml', line: 4, endLine: 4, severity: 'warning' });
    const plan = planReview(input([scoped(f)]));
    expect(plan.comments).toStrictEqual([]);
    expect(plan.body).toBe(
      [
        '### kube-pairing: 0 errors, 1 warning, 0 notices in this change',
        'These findings could not be commented on a line of the diff:',
        `- **Warning** [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) at [ep.yaml:4](${BLOB}/ep.yaml#L4): Service default/etcd: protocol is wrong.`,
        `See the [job summary](${RUN}) for the full report.`,
        '<!-- kube-pairing:review listed=0123456789abcdef -->',
      ].join('\n\n'),
    );
    expect(plan.listedInBody).toBe(1);
  });
});

const item = (severity: Severity, file: string, line: number, message: string, fingerprint: string) =>
  scoped(finding({ severity, file, line, endLine: line, message, fingerprint }));
const A = item('error', 'ep.yaml', 4, 'first', 'aaaaaaaaaaaaaaaa');
const B = item('warning', 'b/ep.yaml', 7, 'second', 'bbbbbbbbbbbbbbbb');
const C = item('notice', 'c.yaml', 2, 'third', 'cccccccccccccccc');
const ITEM_A = `- **Error** [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) at [ep.yaml:4](${BLOB}/ep.yaml#L4): first`;
const ITEM_B = `- **Warning** [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) at [b/ep.yaml:7](${BLOB}/b/ep.yaml#L7): second`;
const ITEM_C = `- **Notice** [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) at [c.yaml:2](${BLOB}/c.yaml#L2): third`;

describe('countsText and listItem', () => {
  it('one of a kind is singular, none and several plural', () => {
    expect(countsText([A, B, B])).toBe('1 error, 2 warnings, 0 notices');
    expect(countsText([C, A, A])).toBe('2 errors, 0 warnings, 1 notice');
  });

  it('a list item: severity, linked rule, linked place, message (escaped)', () => {
    expect([A, B, C].map((s) => listItem(s, links))).toStrictEqual([ITEM_A, ITEM_B, ITEM_C]);
    const region = scoped(finding({ file: 'ep.yaml', line: 4, endLine: 6, message: '<b> *x*' }));
    expect(listItem(region, links)).toBe(
      `- **Error** [\`invalid-protocol\`](${DOCS}/invalid-protocol.md) at [ep.yaml:4](${BLOB}/ep.yaml#L4-L6): &lt;b&gt; \\*x\\*`,
    );
  });
});

describe('reviewBody', () => {
  const HEAD = '### kube-pairing: 1 error, 1 warning, 1 notice in this change';

  it('inline comments and listed findings, with the job summary: "These", one item a line, the link last', () => {
    expect(reviewBody([A, B, C], 2, [B, C], withRun)).toStrictEqual({
      body: [
        HEAD,
        '2 new findings commented inline below.',
        'These could not be commented on a line of the diff:',
        `${ITEM_B}\n${ITEM_C}`,
        `See the [job summary](${RUN}) for the full report.`,
        `<!-- kube-pairing:review listed=bbbbbbbbbbbbbbbb,cccccccccccccccc -->`,
      ].join('\n\n'),
      listedKeys: ['bbbbbbbbbbbbbbbb', 'cccccccccccccccc'],
    });
  });

  it('without a run link: no "job summary" sentence at all', () => {
    expect(reviewBody([A, B, C], 1, [B], links).body).toBe(
      [
        HEAD,
        '1 new finding commented inline below.',
        'These could not be commented on a line of the diff:',
        ITEM_B,
        `<!-- kube-pairing:review listed=bbbbbbbbbbbbbbbb -->`,
      ].join('\n\n'),
    );
    expect(reviewBody([A], 2, [], links).body).toBe(
      [
        '### kube-pairing: 1 error, 0 warnings, 0 notices in this change',
        '2 new findings commented inline below.',
        '<!-- kube-pairing:review listed= -->',
      ].join('\n\n'),
    );
  });

  it('when GitHub refuses the inline comments: every new finding listed, none counted inline', () => {
    const plan = planReview({
      findings: [scoped(portFinding()), A],
      currentKeys: new Set([portFinding().fingerprint, A.key]),
      changes: changed(PORT_1_CHANGED),
      unreliableFiles: new Set(),
      existingComments: [],
      existingReviews: [],
      maxComments: 30,
      links,
    });
    expect(plan.comments).toHaveLength(1);
    expect(plan.listed).toStrictEqual([A]);
    expect(fallbackReviewBody([scoped(portFinding()), A], plan, links)).toStrictEqual({
      body: [
        '### kube-pairing: 2 errors, 0 warnings, 0 notices in this change',
        'These findings could not be commented on a line of the diff:',
        `- **Error** [\`port-out-of-range\`](${DOCS}/port-out-of-range.md) at [svc.yaml:12](${BLOB}/svc.yaml#L12): Service default/etcd port 2390 is not served.\n${ITEM_A}`,
        `<!-- kube-pairing:review listed=0123456789abcdef,aaaaaaaaaaaaaaaa -->`,
      ].join('\n\n'),
      listedKeys: ['0123456789abcdef', 'aaaaaaaaaaaaaaaa'],
    });
  });
});

describe('reviewBody: the size budget', () => {
  // The body keeps room for each item, the whole marker with its key, and 400 characters for the
  // closing lines: an item is listed when head + item + marker + 400 <= MAX_BODY_CHARS.
  const HEAD = [
    '### kube-pairing: 1 error, 0 warnings, 0 notices in this change',
    'These findings could not be commented on a line of the diff:',
  ].join('\n\n');
  const KEY = '0123456789abcdef#2';
  /** A finding whose list item is `length` characters long. */
  const sized = (length: number, key = KEY) => {
    const bare = listItem(scoped(finding({ file: 'ep.yaml', line: 4, endLine: 4, message: '' })), links);
    const f = finding({ file: 'ep.yaml', line: 4, endLine: 4, message: 'x'.repeat(length - bare.length) });
    const s: ScopedFinding = { finding: f, key };
    expect(listItem(s, links)).toHaveLength(length);
    return s;
  };

  it('an item that fills the budget exactly is listed', () => {
    const length = MAX_BODY_CHARS - 400 - HEAD.length - reviewMarker([KEY]).length;
    const fits = sized(length);
    expect(reviewBody([fits], 0, [fits], links)).toStrictEqual({
      body: `${HEAD}\n\n${listItem(fits, links)}\n\n${reviewMarker([KEY])}`,
      listedKeys: [KEY],
    });
  });

  it('one character more and it is counted, not listed', () => {
    const length = MAX_BODY_CHARS - 400 - HEAD.length - reviewMarker([KEY]).length + 1;
    const over = sized(length);
    expect(reviewBody([over], 0, [over], withRun)).toStrictEqual({
      body: `${HEAD}\n\n…and 1 more finding not shown here. See the [job summary](${RUN}) for the full report.\n\n${reviewMarker([])}`,
      listedKeys: [],
    });
  });

  it('the second item counts the first one’s key and comma in the marker', () => {
    const first = sized(1000, 'aaaaaaaaaaaaaaaa');
    const sofar = `${HEAD.replace('1 error,', '2 errors,')}\n\n${listItem(first, links)}`;
    const room = MAX_BODY_CHARS - 400 - sofar.length - reviewMarker(['aaaaaaaaaaaaaaaa', KEY]).length;
    const fits = sized(room);
    expect(reviewBody([first, fits], 0, [first, fits], links).listedKeys).toStrictEqual([
      'aaaaaaaaaaaaaaaa',
      KEY,
    ]);
    const over = sized(room + 1);
    expect(reviewBody([first, over], 0, [first, over], links)).toStrictEqual({
      body: `${sofar}\n\n…and 1 more finding not shown here.\n\n${reviewMarker(['aaaaaaaaaaaaaaaa'])}`,
      listedKeys: ['aaaaaaaaaaaaaaaa'],
    });
  });
});

describe('resolvedBody: an earlier comment whose finding is gone', () => {
  it('the whole fixed comment: the note with the short commit, the original in a fold, the marker resolved', () => {
    expect(resolvedBody(PORT_SUGGESTION_BODY, SHA)).toBe(
      [
        '**Fixed** · this kube-pairing finding is gone as of commit c0ffee000000.',
        `<details><summary>Original comment</summary>\n\n${PORT_HEAD}\n\n\`\`\`yaml\n      port: 2380\n\`\`\`\n\n</details>`,
        commentMarker({ key: '0123456789abcdef', content: PORT_HASH_SUGGESTION, resolved: true }),
      ].join('\n\n'),
    );
  });

  it('only a fence line starting the line is disarmed: manifest text quoted in the fix is kept', () => {
    // A real finding: the changed protocol line carries a YAML comment ending in ```suggestion.
    const result = analyzeTexts([{ path: 'svc.yaml', text: service({}, { 1: 'udp # see ```suggestion' }) }], {
      rules: [invalidProtocol],
    });
    const [f] = keyFindings(result.findings);
    expect(f!.finding.fix).toStrictEqual({
      line: 13,
      endLine: 13,
      replacement: '      protocol: UDP # see ```suggestion',
    });
    const anchor = chooseAnchor(f!, changed(PORT_1_PROTOCOL_CHANGED))!;
    expect(anchor).toStrictEqual({ ...own(13), suggestion: true });
    const original = commentBody(f!, anchor, links);
    expect(original).toContain('\n\n````suggestion\n      protocol: UDP # see ```suggestion\n````\n\n');
    const resolved = resolvedBody(original, SHA);
    expect(resolved).toContain('\n\n````yaml\n      protocol: UDP # see ```suggestion\n````\n\n</details>');
    expect(resolved).not.toContain('````suggestion');
  });

  it('a fix that leaves a blank line: the fixed comment still quotes that blank line', () => {
    // A real finding: the pull request adds a suppression comment above a blank line, and it silences
    // nothing; the fix replaces both lines (5-6) with the blank one.
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n# kube-pairing-ignore endpoints-without-service\n\nspec:\n  ports:\n    - port: 2379\n';
    const result = analyzeTexts([{ path: 'svc.yaml', text }], { rules: [unusedSuppression] });
    const [f] = keyFindings(result.findings);
    expect(f!.finding.fix).toStrictEqual({ line: 5, endLine: 6, replacement: '' });
    const patch = [
      '@@ -2,6 +2,7 @@ apiVersion: v1',
      ' kind: Service',
      ' metadata:',
      '   name: etcd',
      '+# kube-pairing-ignore endpoints-without-service',
      ' ',
      ' spec:',
      '   ports:',
    ].join('\n');
    const anchor = chooseAnchor(f!, changed(patch))!;
    expect(anchor).toStrictEqual({ ...own(6, 5), suggestion: true });
    const original = commentBody(f!, anchor, links);
    expect(original).toContain('\n\n```suggestion\n\n```\n\n');
    expect(resolvedBody(original, SHA)).toContain('\n\n```yaml\n\n```\n\n</details>');
  });

  it('planned for an earlier comment whose key the head no longer has', () => {
    const plan = planReview({
      findings: [],
      currentKeys: new Set(['ffffffffffffffff']),
      changes: changed(PORT_1_CHANGED),
      unreliableFiles: new Set(),
      existingComments: [
        { id: 11, body: PORT_SUGGESTION_BODY, path: 'svc.yaml', line: 12, startLine: null, side: 'RIGHT' },
      ],
      existingReviews: [],
      maxComments: 30,
      links,
    });
    expect(plan).toStrictEqual({
      comments: [],
      listed: [],
      updates: [],
      resolutions: [{ id: 11, key: '0123456789abcdef', body: resolvedBody(PORT_SUGGESTION_BODY, SHA) }],
      alreadyReported: [],
    });
  });
});
