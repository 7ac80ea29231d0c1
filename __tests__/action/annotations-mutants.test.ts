/**
 * src/action/annotations.ts, exact annotations (mutation testing, docs/testing.md): the "N more" notice,
 * columns, related places, the Checks API form and the batches.
 */
import { describe, expect, it } from 'vitest';
import {
  annotationOf,
  checkAnnotationOf,
  inBatches,
  selectAnnotations,
} from '../../src/action/annotations.js';
import type { ScopedFinding } from '../../src/action/scope.js';
import type { Finding } from '../../src/engine/finding.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'endpoints-without-service',
    severity: 'error',
    message: 'msg',
    file: 'ep.yaml',
    line: 4,
    column: 9,
    endLine: 4,
    endColumn: 21,
    related: [],
    fingerprint: 'f',
    ...over,
  };
}
const scoped = (over: Partial<Finding>): ScopedFinding => ({ finding: finding(over), key: over.file ?? 'k' });

describe('selectAnnotations: the "more" notice', () => {
  const errors = (n: number) =>
    Array.from({ length: n }, (_, i) => scoped({ file: `e${i}.yaml`, message: `m${i}` }));

  it('one finding more than fits: "1 more finding", singular', () => {
    const { annotations, omitted } = selectAnnotations(
      errors(3),
      { error: 2, warning: 2, notice: 2 },
      'the summary',
    );
    expect(omitted).toBe(1);
    expect(annotations.map((a) => a.properties.file ?? a.properties.title)).toEqual([
      'e0.yaml',
      'e1.yaml',
      'kube-pairing: 1 more finding',
    ]);
    expect(annotations[2]).toStrictEqual({
      level: 'notice',
      message:
        '1 more kube-pairing finding not shown as annotations (the runner shows at most 10 per level in a step): see the summary.',
      properties: { title: 'kube-pairing: 1 more finding' },
    });
  });

  it('two more: plural', () => {
    const { annotations } = selectAnnotations(errors(4), { error: 2, warning: 2, notice: 2 }, 'there');
    expect(annotations.at(-1)).toStrictEqual({
      level: 'notice',
      message:
        '2 more kube-pairing findings not shown as annotations (the runner shows at most 10 per level in a step): see there.',
      properties: { title: 'kube-pairing: 2 more findings' },
    });
  });

  it('no notice slot left: the findings that fit, no "more" notice', () => {
    const { annotations, omitted } = selectAnnotations(errors(3), { error: 2, warning: 2, notice: 0 }, 'x');
    expect(omitted).toBe(1);
    expect(annotations.map((a) => a.properties.file)).toEqual(['e0.yaml', 'e1.yaml']);
  });

  it('everything fits: no notice, nothing omitted', () => {
    expect(selectAnnotations(errors(2), { error: 2, warning: 0, notice: 0 }, 'x')).toStrictEqual({
      annotations: ['0', '1'].map((i) => ({
        level: 'error',
        message: `m${i}`,
        properties: {
          title: 'kube-pairing: endpoints-without-service',
          file: `e${i}.yaml`,
          startLine: 4,
          endLine: 4,
          startColumn: 9,
          endColumn: 21,
        },
      })),
      omitted: 0,
    });
  });
});

describe('annotationOf', () => {
  it('one line: with columns, the end never before the start', () => {
    expect(annotationOf(finding())).toStrictEqual({
      level: 'error',
      message: 'msg',
      properties: {
        title: 'kube-pairing: endpoints-without-service',
        file: 'ep.yaml',
        startLine: 4,
        endLine: 4,
        startColumn: 9,
        endColumn: 21,
      },
    });
    expect(annotationOf(finding({ column: 1, endColumn: 0 })).properties).toMatchObject({
      startColumn: 1,
      endColumn: 1,
    });
  });

  it('no columns over several lines, or at column 0; lines at least 1', () => {
    expect(annotationOf(finding({ endLine: 6 })).properties).toStrictEqual({
      title: 'kube-pairing: endpoints-without-service',
      file: 'ep.yaml',
      startLine: 4,
      endLine: 6,
    });
    expect(annotationOf(finding({ column: 0 })).properties).toStrictEqual({
      title: 'kube-pairing: endpoints-without-service',
      file: 'ep.yaml',
      startLine: 4,
      endLine: 4,
    });
    expect(annotationOf(finding({ line: 0, endLine: 0, column: 0 })).properties).toMatchObject({
      startLine: 1,
      endLine: 1,
    });
  });

  it('related places follow the message', () => {
    const related = [
      { file: 'svc.yaml', line: 3, column: 9, endLine: 3, endColumn: 12, message: 'Service a' },
      { file: 'b.yaml', line: 7, column: 1, endLine: 7, endColumn: 2, message: 'Service b' },
    ];
    expect(annotationOf(finding({ related })).message).toBe(
      'msg (related: Service a at svc.yaml:3; Service b at b.yaml:7)',
    );
  });

  it('a message over 4096 UTF-16 units is cut to 4096 with an ellipsis', () => {
    expect(annotationOf(finding({ message: 'x'.repeat(5000) })).message).toBe(`${'x'.repeat(4095)}…`);
    expect(annotationOf(finding({ message: 'x'.repeat(4096) })).message).toBe('x'.repeat(4096));
  });
});

describe('checkAnnotationOf', () => {
  it('levels failure, warning and notice; columns on one line', () => {
    expect(checkAnnotationOf(finding())).toStrictEqual({
      path: 'ep.yaml',
      start_line: 4,
      end_line: 4,
      start_column: 9,
      end_column: 21,
      annotation_level: 'failure',
      message: 'msg',
      title: 'endpoints-without-service',
    });
    expect(checkAnnotationOf(finding({ severity: 'warning' })).annotation_level).toBe('warning');
    expect(checkAnnotationOf(finding({ severity: 'notice' })).annotation_level).toBe('notice');
    expect(checkAnnotationOf(finding({ column: 1, endColumn: 0 }))).toMatchObject({
      start_column: 1,
      end_column: 1,
    });
  });

  it('no columns over several lines or at column 0', () => {
    expect(checkAnnotationOf(finding({ line: 4, endLine: 5, column: 3 }))).toStrictEqual({
      path: 'ep.yaml',
      start_line: 4,
      end_line: 5,
      annotation_level: 'failure',
      message: 'msg',
      title: 'endpoints-without-service',
    });
    expect('start_column' in checkAnnotationOf(finding({ column: 0 }))).toBe(false);
    expect(checkAnnotationOf(finding({ line: 0, endLine: 0 }))).toMatchObject({ start_line: 1, end_line: 1 });
  });

  it('related places in the message; long messages cut at 64000', () => {
    const related = [{ file: 's.yaml', line: 2, column: 1, endLine: 2, endColumn: 3, message: 'Service s' }];
    expect(checkAnnotationOf(finding({ related })).message).toBe('msg (related: Service s at s.yaml:2)');
    expect(checkAnnotationOf(finding({ message: 'y'.repeat(70_000) })).message).toBe(
      `${'y'.repeat(63_999)}…`,
    );
  });
});

describe('inBatches', () => {
  it('slices of the size, the last one shorter, none when empty', () => {
    expect(inBatches([])).toEqual([]);
    expect(inBatches([1, 2, 3], 3)).toEqual([[1, 2, 3]]);
    expect(inBatches([1, 2, 3, 4], 3)).toEqual([[1, 2, 3], [4]]);
    expect(inBatches(Array.from({ length: 101 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 1]);
  });
});
