/**
 * ESLint RuleTester-style tables: each case writes its YAML files to a temporary directory, loads them
 * with the real loader and runs one rule; the findings of that rule must be exactly the expected ones.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/engine/finding.js';
import type { Rule } from '../../src/engine/rule.js';
import { checkManifests } from '../../src/check.js';

export interface ExpectedFinding {
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  /** Substrings the message must contain. */
  message?: string | string[];
  /** The fix's replacement text, or null for "no fix". */
  fix?: string | null;
  /** Related locations as `file:line:column`. */
  related?: string[];
}

export interface RuleCase {
  name: string;
  /** path -> content; content is dedented. A single string is written to `manifest.yaml`. */
  files: Record<string, string> | string;
  /** Other rules to run alongside (e.g. for `unused-suppression`, whose findings depend on the others). */
  alongside?: readonly Rule[];
  defaultNamespace?: string;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

/** Removes the common leading indentation and the first newline of a template literal. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = Math.min(...indents, Infinity);
  return lines.map((l) => l.slice(Number.isFinite(cut) ? cut : 0)).join('\n');
}

/** Joins YAML documents (each dedented on its own) into one multi-document file. */
export function docs(...parts: string[]): string {
  return parts.map((p) => dedent(p).replace(/\n*$/, '\n')).join('---\n');
}

export function writeCase(files: RuleCase['files']): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-pairing-case-'));
  const entries = typeof files === 'string' ? { 'manifest.yaml': files } : files;
  for (const [file, content] of Object.entries(entries)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, dedent(content));
  }
  return dir;
}

export async function runRule(rule: Rule, testCase: RuleCase): Promise<Finding[]> {
  const dir = writeCase(testCase.files);
  try {
    const result = await checkManifests({
      cwd: dir,
      patterns: ['.'],
      rules: [...(testCase.alongside ?? []), rule],
      defaultNamespace: testCase.defaultNamespace,
    });
    return result.findings.filter((f) => f.rule === rule.meta.id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const defaultFile = (c: RuleCase): string =>
  typeof c.files === 'string' ? 'manifest.yaml' : Object.keys(c.files)[0]!;

export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const findings = await runRule(rule, c);
          expect(findings.map(brief)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const findings = await runRule(rule, c);
          expect(findings.map(brief)).toEqual(
            c.errors.map((e) => `${rule.meta.id} ${e.file ?? defaultFile(c)}:${e.line}:${e.column}`),
          );
          c.errors.forEach((expected, i) => {
            const actual = findings[i]!;
            expect(actual.severity).toBe(expected.severity ?? rule.meta.severity);
            if (expected.endLine !== undefined) expect(actual.endLine).toBe(expected.endLine);
            if (expected.endColumn !== undefined) expect(actual.endColumn).toBe(expected.endColumn);
            for (const part of [expected.message ?? []].flat()) expect(actual.message).toContain(part);
            if (expected.fix === null) expect(actual.fix).toBeUndefined();
            else if (expected.fix !== undefined) expect(actual.fix?.replacement).toBe(expected.fix);
            if (expected.related) {
              expect(actual.related.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual(expected.related);
            }
            assertMessageShape(actual);
          });
        });
      }
    });
  });
}

const brief = (f: Finding): string => `${f.rule} ${f.file}:${f.line}:${f.column}`;

/** Every message names the object it is about. */
function assertMessageShape(f: Finding): void {
  if (f.resource) expect(f.message).toContain(`${f.resource.kind} `);
  expect(f.message.length).toBeGreaterThan(60);
}
