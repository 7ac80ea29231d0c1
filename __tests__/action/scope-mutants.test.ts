/**
 * src/action/scope.ts with findings built by hand (mutation testing, docs/testing.md): keys, which findings
 * a report scope keeps, findings caused by a change elsewhere, and the order.
 */
import { describe, expect, it } from 'vitest';
import { changeSetOf } from '../../src/action/change-set.js';
import { parsePatch } from '../../src/action/diff.js';
import type { ScopedFinding } from '../../src/action/scope.js';
import {
  bySeverityThenPlace,
  keyFindings,
  scopeText,
  selectReported,
  touchesChange,
} from '../../src/action/scope.js';
import type { Finding } from '../../src/engine/finding.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'endpoints-without-service',
    severity: 'error',
    message: 'm',
    file: 'ep.yaml',
    line: 4,
    column: 9,
    endLine: 4,
    endColumn: 21,
    related: [],
    fingerprint: 'f1',
    ...over,
  };
}
const scoped = (key: string, over: Partial<Finding> = {}): ScopedFinding => ({
  finding: finding({ fingerprint: key, ...over }),
  key,
});

// ep.yaml: line 4 changed. svc.yaml: listed, line 10 changed. gone.yaml: removed.
const changes = changeSetOf(
  [
    { path: 'ep.yaml', status: 'modified', diff: parsePatch('@@ -4 +4 @@\n-a\n+b\n') },
    { path: 'svc.yaml', status: 'modified', diff: parsePatch('@@ -10 +10 @@\n-a\n+b\n') },
    { path: 'gone.yaml', status: 'removed' },
  ],
  'pull request #1',
);
const whole = changeSetOf(undefined, 'push');

describe('keyFindings', () => {
  it('the fingerprint; #2, #3... for the later findings sharing one, in order', () => {
    const keys = keyFindings([
      finding({ fingerprint: 'aa' }),
      finding({ fingerprint: 'bb' }),
      finding({ fingerprint: 'aa' }),
      finding({ fingerprint: 'aa' }),
      finding({ fingerprint: 'bb' }),
    ]).map((s) => s.key);
    expect(keys).toEqual(['aa', 'bb', 'aa#2', 'aa#3', 'bb#2']);
  });
});

describe('touchesChange', () => {
  const onSvc = finding({ file: 'svc.yaml', line: 3, endLine: 3 });
  it("'all', or no file list: always", () => {
    expect(touchesChange(onSvc, changes, 'all')).toBe(true);
    expect(touchesChange(finding({ file: 'other.yaml' }), whole, 'changed-lines')).toBe(true);
    expect(touchesChange(finding({ file: 'other.yaml' }), whole, 'changed-files')).toBe(true);
  });

  it("'changed-files': any line of a changed file; 'changed-lines': the changed lines only", () => {
    expect(touchesChange(onSvc, changes, 'changed-files')).toBe(true);
    expect(touchesChange(onSvc, changes, 'changed-lines')).toBe(false);
    expect(touchesChange(finding({ file: 'svc.yaml', line: 9, endLine: 10 }), changes, 'changed-lines')).toBe(
      true,
    );
    expect(touchesChange(finding({ file: 'other.yaml' }), changes, 'changed-files')).toBe(false);
  });

  it('a related location counts like the finding itself', () => {
    const related = finding({
      file: 'other.yaml',
      related: [{ file: 'svc.yaml', line: 10, column: 9, endLine: 10, endColumn: 12, message: 'Service' }],
    });
    expect(touchesChange(related, changes, 'changed-lines')).toBe(true);
    expect(touchesChange(related, changes, 'changed-files')).toBe(true);
  });
});

describe('selectReported', () => {
  it('most severe first, then by file, line and column', () => {
    const all = [
      scoped('n', { severity: 'notice', file: 'ep.yaml' }),
      scoped('w2', { severity: 'warning', file: 'svc.yaml', line: 10, endLine: 10 }),
      scoped('e2', { severity: 'error', file: 'svc.yaml', line: 10, endLine: 10 }),
      scoped('w1', { severity: 'warning', file: 'ep.yaml' }),
      scoped('e1', { severity: 'error', file: 'ep.yaml', column: 12 }),
      scoped('e0', { severity: 'error', file: 'ep.yaml', column: 3 }),
    ];
    expect(selectReported(all, changes, 'changed-lines').map((s) => s.key)).toEqual([
      'e0',
      'e1',
      'e2',
      'w1',
      'w2',
      'n',
    ]);
    expect(bySeverityThenPlace(all[0] as ScopedFinding, all[1] as ScopedFinding)).toBeGreaterThan(0);
  });

  it('a caused finding is added, and replaces the same key when that one is not on a changed line', () => {
    const own = scoped('k', { file: 'svc.yaml', line: 3, endLine: 3 });
    const caused: ScopedFinding = {
      ...scoped('k', { file: 'svc.yaml', line: 3, endLine: 3 }),
      anchor: { path: 'gone.yaml', side: 'LEFT', line: 2 },
    };
    const extra: ScopedFinding = {
      ...scoped('x', { file: 'other.yaml' }),
      anchor: { path: 'gone.yaml', side: 'LEFT', line: 5 },
    };
    const reported = selectReported([own], changes, 'changed-files', [caused, extra]);
    expect(reported.map((s) => [s.key, s.anchor?.line])).toEqual([
      ['x', 5],
      ['k', 2],
    ]);
    expect(reported[1]).toBe(caused);
  });

  it('a finding on a changed line keeps its own place over the caused one', () => {
    const own = scoped('k', { file: 'ep.yaml', line: 4, endLine: 4 });
    const caused: ScopedFinding = { ...scoped('k'), anchor: { path: 'gone.yaml', side: 'LEFT', line: 2 } };
    const reported = selectReported([own], changes, 'changed-lines', [caused]);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBe(own);
  });

  it('findings outside the scope are dropped', () => {
    const all = [scoped('in', { file: 'ep.yaml' }), scoped('out', { file: 'ep.yaml', line: 7, endLine: 7 })];
    expect(selectReported(all, changes, 'changed-lines').map((s) => s.key)).toEqual(['in']);
    expect(selectReported(all, changes, 'changed-files').map((s) => s.key)).toEqual(['in', 'out']);
  });
});

describe('scopeText', () => {
  it('the words for each report scope, and for a run without a file list', () => {
    expect(scopeText('changed-lines', changes)).toBe('on the lines changed by pull request #1');
    expect(scopeText('changed-files', changes)).toBe('in the files changed by pull request #1');
    expect(scopeText('all', changes)).toBe(
      'in all checked files (report: all; changes from pull request #1)',
    );
    for (const report of ['changed-lines', 'changed-files', 'all'] as const)
      expect(scopeText(report, whole)).toBe('in push');
  });
});
