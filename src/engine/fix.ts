import { isMap, isScalar, Scalar } from 'yaml';
import type { Fix } from './finding.js';
import { locate } from './locate.js';
import type { K8sObject, Path } from './parse.js';
import type { SourceFile } from './source.js';

const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** The file each fix edits (a built object's value may be written in a file other than the object's own). */
const fixFiles = new WeakMap<Fix, string>();

/** The path of the file a fix edits, when a fix builder of this module made it. */
export function fixFile(fix: Fix): string | undefined {
  return fixFiles.get(fix);
}

const inFile = (fix: Fix, file: SourceFile): Fix => {
  fixFiles.set(fix, file.path);
  return fix;
};

/** Plain scalars that YAML 1.1 (what kubectl's decoder follows) or 1.2 would not read as a string. */
function looksNonString(v: string): boolean {
  return (
    /^(?:true|false|yes|no|on|off|y|n|null|~)$/i.test(v) ||
    /^[-+]?(?:\.inf|\.nan|0x[0-9a-f_]+|0o?[0-7_]+|0b[01_]+)$/i.test(v) ||
    (/^[-+.0-9]/.test(v) && !Number.isNaN(Number(v.replace(/_/g, ''))))
  );
}

/** Writes a string value in the quoting style the original value used, quoting when YAML needs it. */
export function renderScalar(value: string, style: Scalar.Type | undefined): string {
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (style === Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || looksNonString(value)) {
    return JSON.stringify(value);
  }
  return value;
}

/** Replaces the one-line scalar at `path` with the text `render` gives for it, keeping the rest of its line. */
function replaceScalarText(object: K8sObject, path: Path, render: (node: Scalar) => string): Fix | undefined {
  const { value: node, file } = locate(object, path);
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const from = file.position(start);
  const to = file.position(end);
  if (from.line !== to.line) return undefined;
  const line = file.lineText(from.line);
  const replacement = line.slice(0, from.column - 1) + render(node) + line.slice(to.column - 1);
  return inFile({ line: from.line, endLine: from.line, replacement }, file);
}

/** A fix that replaces the one-line scalar at `path` with `newValue`, in the value's own quoting style. */
export function replaceScalarFix(object: K8sObject, path: Path, newValue: string): Fix | undefined {
  return replaceScalarText(object, path, (node) =>
    typeof node.value === 'number' && /^\d+$/.test(newValue) ? newValue : renderScalar(newValue, node.type),
  );
}

/**
 * A fix that writes `text` verbatim in place of the one-line scalar at `path`: `port: "80"` -> `port: 80`.
 * (`replaceScalarFix` keeps the original quoting; these fixes change the value's YAML type on purpose.)
 */
export function rawScalarFix(object: K8sObject, path: Path, text: string): Fix | undefined {
  return replaceScalarText(object, path, () => text);
}

/**
 * A fix that adds `key: value` as the first entry of the block mapping at `mapPath`
 * (e.g. a port item `- port: 2379` becomes `- name: client` / `  port: 2379`).
 */
export function prependEntryFix(
  object: K8sObject,
  mapPath: Path,
  key: string,
  value: string,
): Fix | undefined {
  const { value: map, file } = locate(object, mapPath);
  if (!isMap(map) || map.flow || !map.range) return undefined;
  const firstKey = map.items[0]?.key;
  if (!isScalar(firstKey) || !firstKey.range) return undefined;
  const at = file.position(firstKey.range[0]);
  const line = file.lineText(at.line);
  const before = line.slice(0, at.column - 1);
  const indent = ' '.repeat(before.length);
  const entry = `${key}: ${renderScalar(value, undefined)}`;
  return inFile(
    {
      line: at.line,
      endLine: at.line,
      replacement: `${before}${entry}\n${indent}${line.slice(at.column - 1)}`,
    },
    file,
  );
}

/** A fix that renames the key of the entry at `path` (`IP: 10.0.0.1` -> `ip: 10.0.0.1`), keeping its line. */
export function renameKeyFix(object: K8sObject, path: Path, newKey: string): Fix | undefined {
  const found = locate(object, path);
  const { key, file } = found;
  if (typeof path[path.length - 1] !== 'string' || found.depth !== path.length) return undefined;
  if (!isScalar(key) || !key.range) return undefined;
  const [start, end] = key.range;
  const from = file.position(start);
  const to = file.position(end);
  if (from.line !== to.line) return undefined;
  const line = file.lineText(from.line);
  const replacement =
    line.slice(0, from.column - 1) + renderScalar(newKey, key.type) + line.slice(to.column - 1);
  return inFile({ line: from.line, endLine: from.line, replacement }, file);
}

/**
 * `text` with `fixes` applied (whole lines each, Finding.fix), keeping every other byte: the line ends
 * of the file (LF or CRLF, line by line) and the text around. Fixes that overlap one applied before (in
 * the order given) are left out, for a later pass. A file with CR-only line ends is not edited.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  if (fixes.length === 0 || (!text.includes('\n') && text.includes('\r'))) return { text, applied: [] };
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const applied: Fix[] = [];
  const taken: [number, number][] = [];
  for (const fix of fixes) {
    if (fix.line < 1 || fix.endLine < fix.line || fix.endLine > starts.length) continue;
    if (taken.some(([a, b]) => fix.line <= b && a <= fix.endLine)) continue;
    taken.push([fix.line, fix.endLine]);
    applied.push(fix);
  }
  // From the bottom up, so that the line numbers of the fixes above stay right.
  let out = text;
  for (const fix of [...applied].sort((a, b) => b.line - a.line)) {
    const start = starts[fix.line - 1]!;
    const next = starts[fix.endLine];
    let end = next === undefined ? out.length : next - 1;
    const crlf = end > start && out[end - 1] === '\r';
    if (crlf) end--;
    out = out.slice(0, start) + fix.replacement.split(/\r?\n/).join(crlf ? '\r\n' : '\n') + out.slice(end);
  }
  return { text: out, applied };
}
