/** A whole-line fix on a very long line (a one-line JSON List) is not offered (MAX_FIX_LENGTH). */
import { describe, expect, it } from 'vitest';
import { analyzeTexts, MAX_FIX_LENGTH } from '../../src/engine/analyze.js';
import { ALL_RULES } from '../../src/rules/index.js';

const ids = ALL_RULES.map((r) => r.meta.id);
/** A one-line List: Service `db`, and its Endpoints misspelt `dbb`, with `pad` characters of annotation. */
function list(pad: number): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'db' }, spec: { ports: [{ port: 5432 }] } },
      {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name: 'dbb', annotations: { note: 'x'.repeat(pad) } },
        subsets: [{ addresses: [{ ip: '10.0.0.5' }], ports: [{ port: 5432 }] }],
      },
    ],
  });
}
const orphan = (text: string) =>
  analyzeTexts([{ path: 'list.json', text }], { rules: ALL_RULES, knownRuleIds: ids }).findings.find(
    (f) => f.rule === 'endpoints-without-service',
  )!;

describe('fix length', () => {
  it('a short line: the rename is offered as a whole-line fix', () => {
    const f = orphan(list(10));
    expect(`${f.file}:${f.line}:${f.column}`).toBe('list.json:1:195');
    expect(f.fix?.replacement).toContain('"name":"db"');
  });

  it('a line longer than GitHub takes for a suggestion: the same finding, without the fix', () => {
    const f = orphan(list(MAX_FIX_LENGTH));
    expect(`${f.file}:${f.line}:${f.column}`).toBe('list.json:1:195');
    expect(f.message).toContain('Did you mean `db`?');
    expect(f.fix).toBeUndefined();
  });
});
