import { describe, expect, it } from 'vitest';
import {
  annotationOf,
  checkAnnotationOf,
  inBatches,
  selectAnnotations,
} from '../../src/action/annotations.js';
import type { ScopedFinding } from '../../src/action/scope.js';
import type { Finding, Severity } from '../../src/engine/finding.js';

function scoped(severity: Severity, i: number, over: Partial<Finding> = {}): ScopedFinding {
  const finding: Finding = {
    rule: `rule-${severity}`,
    severity,
    message: `${severity} ${i}`,
    file: `f${String(i).padStart(3, '0')}.yaml`,
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    related: [],
    fingerprint: `${severity}-${i}`,
    ...over,
  };
  return { finding, key: finding.fingerprint };
}
const many = (severity: Severity, n: number) => Array.from({ length: n }, (_, i) => scoped(severity, i));
const full = { error: 10, warning: 10, notice: 10 };

describe('selectAnnotations', () => {
  it('annotates everything when it fits the runner caps', () => {
    const { annotations, omitted } = selectAnnotations(
      [...many('error', 3), ...many('notice', 10)],
      full,
      'the job summary',
    );
    expect(omitted).toBe(0);
    expect(annotations).toHaveLength(13);
  });

  it('takes the most severe first, at most 10 per level, then one notice counting the rest', () => {
    const findings = [...many('notice', 15), ...many('warning', 12), ...many('error', 11)];
    const { annotations, omitted } = selectAnnotations(findings, full, 'the job summary and the review');
    const levels = annotations.map((a) => a.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(10);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(10);
    expect(levels.filter((l) => l === 'notice')).toHaveLength(10); // 9 findings + the "more" notice
    expect(levels.slice(0, 10).every((l) => l === 'error')).toBe(true);
    expect(omitted).toBe(1 + 2 + 6);
    expect(annotations.at(-1)).toEqual({
      level: 'notice',
      message:
        '9 more kube-pairing findings not shown as annotations (the runner shows at most 10 per level in a step): see the job summary and the review.',
      properties: { title: 'kube-pairing: 9 more findings' },
    });
  });

  it('respects slots already used in the step (e.g. the setFailed error line)', () => {
    const { annotations } = selectAnnotations(many('error', 12), { error: 9, warning: 10, notice: 10 }, 'x');
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(annotations.at(-1)?.message).toMatch(/^3 more kube-pairing findings/);
  });
});

describe('annotation properties', () => {
  it('gives columns only on one-line findings, 1-based, and the rule as title', () => {
    expect(annotationOf(scoped('error', 1).finding).properties).toEqual({
      title: 'kube-pairing: rule-error',
      file: 'f001.yaml',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 9,
    });
    expect(annotationOf(scoped('error', 1, { endLine: 6 }).finding).properties).toEqual({
      title: 'kube-pairing: rule-error',
      file: 'f001.yaml',
      startLine: 3,
      endLine: 6,
    });
  });

  it('cuts messages at the runner limit of 4096 characters', () => {
    const a = annotationOf(scoped('warning', 1, { message: 'm'.repeat(5000) }).finding);
    expect(a.message).toHaveLength(4096);
    expect(a.message.endsWith('…')).toBe(true);
  });

  it('maps to Checks API annotations (error -> failure) and batches them by 50', () => {
    expect(
      checkAnnotationOf(
        scoped('error', 2, {
          related: [{ file: 's.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, message: 'Service a/b' }],
        }).finding,
      ),
    ).toEqual({
      path: 'f002.yaml',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 9,
      annotation_level: 'failure',
      message: 'error 2 (related: Service a/b at s.yaml:1)',
      title: 'rule-error',
    });
    expect(inBatches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20]);
  });
});
