/**
 * ESLint RuleTester-style tables. Each case's files (dedented) are analysed with one rule (plus `alongside`);
 * the findings of that rule must be exactly the expected ones.
 *
 * In memory: a case is analysed with `analyzeTexts`, as `checkManifests` analyses what the loader reads from
 * a directory holding those files (same paths, findings and positions; the pre-scan is on in both). The loader
 * is still used, through a temporary directory, for a case that asks for it (`loader: 'fs'`) and for input
 * the in-memory path would not reproduce exactly (see `needsLoader`). `RULE_TESTER_LOADER_CHECK=1` runs every
 * in-memory analysis through the loader too and fails on any difference.
 *
 * Fixes are re-checked, as ESLint's RuleTester applies a rule's fix and verifies the output: for every
 * finding with a fix, that fix alone is applied to its file and ALL rules run on the fixed files. The finding
 * must be gone, and no finding at error or warning may appear that was not there before. "Was there before"
 * is decided by pairing the findings of all rules before the fix with those after it (`recheckFix`):
 *   - the fixed finding is taken out of "before" first: if its rule still reports at that place after the
 *     fix, at any severity, the fix left it;
 *   - lines move with the fix, in the fixed file only: a finding below the replaced lines moves by the
 *     difference in line count, one inside them may be anywhere in the replacement;
 *   - an "after" finding pairs with a "before" one of the same rule, file and (moved) line whose message is
 *     the same; then, for those left, whose fingerprint is the same (same object, field and key) or whose
 *     message is the same once line numbers are left out and the words the fix changed are changed in it
 *     (a finding on a renamed object names the new name, one about a fixed protocol the new protocol).
 * An "after" finding at error or warning left unpaired was added by the fix. Notices are not compared.
 * A fix known to fail this is listed in KNOWN_FIX_BUGS (or marked `knownFixBug` in its table), with what it
 * leaves or adds; such an entry must keep failing, so it is removed once the rule is fixed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ManifestText } from '../../src/engine/analyze.js';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { Finding, Fix, Severity } from '../../src/engine/finding.js';
import { applyFixes } from '../../src/engine/fix.js';
import { DEFAULT_EXTENSIONS, MAX_FILE_BYTES } from '../../src/engine/load.js';
import type { Rule } from '../../src/engine/rule.js';
import { checkManifests } from '../../src/check.js';
import { ALL_RULES } from '../../src/rules/index.js';

export interface ExpectedFinding {
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  /** The id of the rule's `meta.messages` entry the finding's message is (required, as in ESLint). */
  messageId: string;
  /** Values the message's placeholders were filled with (those given must be equal; others are not checked). */
  data?: Record<string, string | number>;
  /** The fix's replacement text, or null for "no fix". */
  fix?: string | null;
  /** Related locations as `file:line:column`. */
  related?: string[];
  /**
   * Opt-out of the fix re-check, for a known product bug: what the applied fix leaves or adds. The tester
   * then fails if the re-check passes, so that the opt-out is removed once the rule is fixed.
   */
  knownFixBug?: string;
}

export interface RuleCase {
  name: string;
  /** path -> content; content is dedented. A single string is written to `manifest.yaml`. */
  files: Record<string, string> | string;
  /** Other rules to run alongside (e.g. for `unused-suppression`, whose findings depend on the others). */
  alongside?: readonly Rule[];
  defaultNamespace?: string;
  /**
   * `fs`: write the files to a temporary directory and read them with the real loader (`checkManifests`),
   * for a case about what the loader does. Default: in memory, unless the input needs the loader anyway.
   */
  loader?: 'memory' | 'fs';
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

/** The files of a case, dedented, by path. */
export function caseFiles(files: RuleCase['files']): Record<string, string> {
  const entries = typeof files === 'string' ? { 'manifest.yaml': files } : files;
  return Object.fromEntries(Object.entries(entries).map(([file, content]) => [file, dedent(content)]));
}

function writeFiles(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-pairing-case-'));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

/** Writes a case's files (dedented) to a new temporary directory and returns it. */
export function writeCase(files: RuleCase['files']): string {
  return writeFiles(caseFiles(files));
}

const LOADED_NAME = new RegExp(`\\.(?:${DEFAULT_EXTENSIONS.join('|')})$`);
const IGNORED_DIRS = new Set(['node_modules', '.git', 'testdata']);

/**
 * Why the in-memory analysis would not see these files as the loader reads them, if it would not: paths that
 * are not plain relative paths, files the loader's default walk leaves out, and text the loader decodes or
 * skips (NUL bytes, a byte-order mark, text that is not well-formed UTF-16, files over the size limit).
 */
export function needsLoader(files: Readonly<Record<string, string>>): string | undefined {
  for (const [file, text] of Object.entries(files)) {
    const segments = file.split('/');
    if (
      path.isAbsolute(file) ||
      file.includes('\\') ||
      segments.some((s) => s === '' || s === '.' || s === '..')
    )
      return `path ${file}`;
    if (!LOADED_NAME.test(file) || segments.some((s) => IGNORED_DIRS.has(s))) return `${file} is not loaded`;
    if (text.includes('\0') || text.includes('\uFEFF')) return `${file}: NUL or byte-order mark`;
    if (Buffer.from(text, 'utf8').toString('utf8') !== text) return `${file}: not well-formed text`;
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) return `${file}: over the size limit`;
  }
  return undefined;
}

interface RunOptions {
  rules: readonly Rule[];
  defaultNamespace?: string;
  loader?: 'memory' | 'fs';
}

/** Every finding of `rules` on these files (already dedented), in memory when the loader is not needed. */
export async function analyzeFiles(
  files: Readonly<Record<string, string>>,
  options: RunOptions,
): Promise<Finding[]> {
  const knownRuleIds = ALL_RULES.map((r) => r.meta.id);
  if (options.loader !== 'fs' && needsLoader(files) === undefined) {
    const texts: ManifestText[] = Object.entries(files).map(([file, text]) => ({ path: file, text }));
    // As checkManifests: suppressions may name any rule, even when only some run.
    const { findings } = analyzeTexts(texts, {
      rules: options.rules,
      defaultNamespace: options.defaultNamespace,
      knownRuleIds,
    });
    // RULE_TESTER_LOADER_CHECK=1: also read the files with the real loader; the findings must be the same.
    if (process.env.RULE_TESTER_LOADER_CHECK === '1')
      expect(findings, 'in memory vs. the real loader').toEqual(
        await analyzeFiles(files, { ...options, loader: 'fs' }),
      );
    return findings;
  }
  const dir = writeFiles(files);
  try {
    const result = await checkManifests({
      cwd: dir,
      patterns: ['.'],
      rules: options.rules,
      defaultNamespace: options.defaultNamespace,
    });
    return result.findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runRule(rule: Rule, testCase: RuleCase): Promise<Finding[]> {
  const files = caseFiles(testCase.files);
  const options: RunOptions = {
    rules: [...(testCase.alongside ?? []), rule],
    defaultNamespace: testCase.defaultNamespace,
    loader: testCase.loader,
  };
  const findings = await analyzeFiles(files, options);
  return findings.filter((f) => f.rule === rule.meta.id);
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
            expect(actual.messageId).toBe(expected.messageId);
            if (expected.data !== undefined) expect(actual.data).toMatchObject(expected.data);
            if (expected.fix === null) expect(actual.fix).toBeUndefined();
            else if (expected.fix !== undefined) expect(actual.fix?.replacement).toBe(expected.fix);
            if (expected.related) {
              expect(actual.related.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual(expected.related);
            }
            assertMessageShape(actual);
          });
          const withFix = findings
            .map((f, i) => ({ finding: f, expected: c.errors[i]! }))
            .filter((x) => x.finding.fix);
          if (withFix.length === 0) return;
          const files = caseFiles(c.files);
          const options = { rules: ALL_RULES, defaultNamespace: c.defaultNamespace, loader: c.loader };
          const before = await analyzeFiles(files, options);
          const failed: string[] = [];
          const stale: string[] = [];
          for (const { finding, expected } of withFix) {
            const problems = await recheckFix(files, finding, before, options);
            const known = expected.knownFixBug ?? knownFixBug(rule.meta.id, c.name, finding);
            if (known === undefined) failed.push(...problems.map((p) => `${fixLabel(finding)}: ${p}`));
            else if (problems.length === 0) stale.push(`${fixLabel(finding)} passes: remove "${known}"`);
          }
          expect(failed, 'fixes re-checked with all rules').toEqual([]);
          expect(stale, 'known fix bugs that no longer fail').toEqual([]);
        });
      }
    });
  });
}

/**
 * Fixes known to fail the re-check: product bugs, to be fixed in the rules (not in this tester). Each entry
 * is the rule, the case name and the finding (`file:line:column`), with what the applied fix leaves or adds.
 * Same effect as `knownFixBug` on the expected finding, kept here while the rule tables are not edited.
 * An entry whose fix passes the re-check fails the case: remove it then.
 */
const KNOWN_FIX_BUGS: readonly { rule: string; case: string; at: string; bug: string }[] = [
  // An object with a wrong apiVersion is hidden from every other rule: fixing the version shows findings
  // about it that were there all along (the user meets them only after applying the suggestion).
  {
    rule: 'invalid-api-version',
    case: 'v1beta1 slice, Endpoints in the discovery group, a Service in a made-up group',
    at: 'manifest.yaml:7:13',
    bug: 'adds endpoints-without-service (error) at 10:9: the Service etcd still has `core/v1` (12:13), so it is hidden',
  },
  // The fix quotes a numeric name, but an Endpoints must have a Service's name (a DNS-1035 label, starting
  // with a letter): "1234" is still reported.
  // What a misspelt key holds is hidden from the other rules until the key is fixed; a second typo inside it,
  // already reported by unknown-field, is then reported again by another rule.
  {
    rule: 'unknown-field',
    case: '`subnets:` is renamed, and what it holds is still checked',
    at: 'manifest.yaml:5:1',
    bug: 'adds invalid-endpoint-ip (error) at 6:17, the address has `Ip`, not `ip` (unknown-field reports it at 6:18)',
  },
  {
    rule: 'unknown-field',
    case: 'two swapped letters (prots) are a typo with a fix; an all-caps key is a misspelt field, not a placeholder',
    at: 'manifest.yaml:7:3',
    bug: 'adds port-name-required (error) at 10:5, the port has `NAME:`, not `name:` (unknown-field reports it at 11:5)',
  },
];

function knownFixBug(rule: string, name: string, finding: Finding): string | undefined {
  const at = `${finding.file}:${finding.line}:${finding.column}`;
  return KNOWN_FIX_BUGS.find((k) => k.rule === rule && k.case === name && k.at === at)?.bug;
}

const brief = (f: Finding): string => `${f.rule} ${f.file}:${f.line}:${f.column}`;

const fixLabel = (f: Finding): string =>
  `fix of ${brief(f)} (lines ${f.fix!.line}-${f.fix!.endLine} -> ${JSON.stringify(f.fix!.replacement)})`;

/** Every message names the object it is about. */
function assertMessageShape(f: Finding): void {
  if (f.resource) expect(f.message).toContain(`${f.resource.kind} `);
  expect(f.message.length).toBeGreaterThan(60);
}

/**
 * The text with whole lines `fix.line`..`fix.endLine` replaced, keeping the line break that follows them:
 * what `--fix` does (src/engine/fix.ts), or an error where it would leave the text alone.
 */
export function applyFix(text: string, fix: Fix): string {
  if (!text.includes('\n') && text.includes('\r')) throw new Error('a fix in a file with CR line ends');
  const { text: out, applied } = applyFixes(text, [fix]);
  if (applied.length === 0) throw new Error(`fix lines ${fix.line}-${fix.endLine} outside the file`);
  return out;
}

const TOKEN = /[\w./-]+/g;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A message as it reads once the fix is applied, for comparing a finding before the fix with one after it:
 * line numbers (`line 12`, `file.yaml:12`) are left out, and in a message from before the fix, the words the
 * fix changed are changed (`etcd-support` -> `etcd-supporting`, `GRPC` -> `TCP`). The words changed are
 * those that differ between a fixed line and the line of the replacement with as many words and the same
 * first word (its key); lines the fix adds (`appProtocol: grpc`, a new `name:`) change no word.
 */
function rewording(text: string, fix: Fix): (message: string, before?: boolean) => string {
  const words = (line: string): string[] => line.match(TOKEN) ?? [];
  const added = fix.replacement.split(/\r?\n/).map(words);
  const changes: [string, string][] = [];
  for (const line of text.split(/\r?\n/).slice(fix.line - 1, fix.endLine)) {
    const was = words(line);
    const now = added.find((w) => w.length === was.length && (added.length === 1 || w[0] === was[0]));
    was.forEach((word, i) => {
      if (now && now[i] !== word) changes.push([word, now[i]!]);
    });
  }
  return (message, before = true) => {
    let out = message;
    if (before)
      for (const [word, next] of changes)
        out = out.replace(new RegExp(`(?<![\\w-])${escape(word)}(?![\\w-])`, 'g'), next);
    return out.replace(/\bline \d+(?:, column \d+)?|:\d+(?::\d+)?\b/g, '#');
  };
}

const sameFinding = (a: Finding, b: Finding): boolean =>
  a.rule === b.rule &&
  a.file === b.file &&
  a.line === b.line &&
  a.column === b.column &&
  a.message === b.message;

const loud = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

/**
 * Applies `finding`'s fix, runs the rules again and compares (see the top of this file). Returns one line per
 * problem: the finding left by the fix, or a finding at error or warning the fix added.
 */
export async function recheckFix(
  files: Readonly<Record<string, string>>,
  finding: Finding,
  before: readonly Finding[],
  options: RunOptions,
): Promise<string[]> {
  const fix = finding.fix!;
  const original = files[finding.file];
  if (original === undefined) return [`the fix is for ${finding.file}, which is not a file of the case`];
  const fixedText = applyFix(original, fix);
  if (fixedText === original) return ['the fix changes nothing'];
  const after = await analyzeFiles({ ...files, [finding.file]: fixedText }, options);

  const kept = [...before];
  const fixedAt = kept.findIndex((f) => sameFinding(f, finding));
  // Run alone (with its `alongside` rules), the rule reported it; run with all rules, it must too.
  if (fixedAt === -1) return [`the finding is not reported when all rules run: ${brief(finding)}`];
  kept.splice(fixedAt, 1);

  const added = fix.replacement.split(/\r?\n/).length - (fix.endLine - fix.line + 1);
  /** The lines (a range) where a finding at `line` before the fix may be after it. */
  const moved = (f: Finding): [number, number] => {
    if (f.file !== finding.file || f.line < fix.line) return [f.line, f.line];
    if (f.line > fix.endLine) return [f.line + added, f.line + added];
    return [fix.line, fix.endLine + added];
  };
  const reworded = rewording(original, fix);
  const unpaired = new Set(kept);
  const left: Finding[] = [];
  const pass = (f: Finding, exact: boolean): boolean => {
    for (const b of unpaired) {
      const [from, to] = moved(b);
      if (b.rule !== f.rule || b.file !== f.file || f.line < from || f.line > to) continue;
      if (
        exact
          ? b.message !== f.message
          : b.fingerprint !== f.fingerprint && reworded(b.message) !== reworded(f.message, false)
      )
        continue;
      unpaired.delete(b);
      return true;
    }
    return false;
  };
  const rest = after.filter((f) => !pass(f, true));
  for (const f of rest) if (!pass(f, false)) left.push(f);

  const [fixFrom, fixTo] = moved(finding);
  const stillThere = (f: Finding): boolean =>
    f.rule === finding.rule && f.file === finding.file && f.line >= fixFrom && f.line <= fixTo;
  return left
    .filter((f) => loud(f) || stillThere(f))
    .map((f) => `${stillThere(f) ? 'left' : 'added'}: ${f.severity} ${brief(f)} ${f.message}`);
}
