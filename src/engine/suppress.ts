import { CST, isScalar, Lexer } from 'yaml';
import type { Finding, Region, ResourceRef } from './finding.js';
import { locate } from './locate.js';
import type { K8sObject, ParsedFile } from './parse.js';
import { isRecord } from './parse.js';
import type { Resource } from './resources.js';
import type { SourceFile } from './source.js';

/**
 * Suppressions written in the manifests (INTERFACE.md):
 * - the annotation `kube-pairing.io/ignore: "rule-a,rule-b"` silences those rules on that object;
 * - a comment `# kube-pairing-ignore rule-a, rule-b -- reason` silences them on its own line (a trailing comment)
 *   or, on a line of its own, on the next line that is not itself a comment line.
 * `all` names every rule. Findings without an object (`yaml-syntax`) can only be silenced by the comment.
 * The entries that silence nothing, or name no rule, are handed to the `unused-suppression` rule
 * (src/rules/unused-suppression.ts), which runs after the others. Pure: works on the parsed text only.
 */

export const UNUSED_SUPPRESSION = 'unused-suppression';
export const IGNORE_ANNOTATION = 'kube-pairing.io/ignore';
export const IGNORE_COMMENT = 'kube-pairing-ignore';
export const ALL_RULES_KEYWORD = 'all';

const DIRECTIVE = /^#\s*kube-pairing-ignore(?::|(?=\s|$))/;
export const ANNOTATION_PATH = ['metadata', 'annotations', IGNORE_ANNOTATION] as const;

export interface SuppressionEntry {
  /** A rule id, `all`, or '' for a directive that names nothing. */
  id: string;
  region: Region;
}

export interface Scope {
  file: string;
  /** Annotation: the object's span (only findings about an object); comment: one line (any finding). */
  fromLine: number;
  fromColumn: number;
  toLine: number;
  toColumn: number;
  objectOnly: boolean;
}

export interface Suppression {
  kind: 'annotation' | 'comment';
  file: SourceFile;
  entries: SuppressionEntry[];
  /** The object that carries the annotation, or that the comment lies in. */
  object?: K8sObject;
  resource?: ResourceRef;
  /** Comment: its text and the line it applies to. */
  comment?: { text: string; line: number; column: number; targetLine: number; alone: boolean };
  scope: Scope;
}

/** Finds every suppression in the parsed files. */
export function collectSuppressions(
  files: readonly ParsedFile[],
  resources: readonly Resource[],
): Suppression[] {
  const refOf = new Map<K8sObject, ResourceRef>();
  for (const r of resources) if (!refOf.has(r.object)) refOf.set(r.object, r.ref);
  const out: Suppression[] = [];
  for (const parsed of files) {
    if (parsed.skipped) continue;
    for (const object of parsed.objects) {
      if (!mayCarryIgnoreAnnotation(object)) continue;
      const annotation = annotationSuppression(object, refOf.get(object));
      if (annotation) out.push(annotation);
    }
    out.push(...commentSuppressions(parsed, refOf));
  }
  return out;
}

function annotationSuppression(
  object: K8sObject,
  resource: ResourceRef | undefined,
): Suppression | undefined {
  const value = locate(object, ANNOTATION_PATH).value;
  if (!isScalar(value) || !value.range) return undefined;
  const file = object.file;
  const [start, end] = value.range;
  const text = value.value === null || value.value === undefined ? '' : String(value.value);
  // Columns of each id when the source spells the value as-is (plain or simply quoted); else the whole value.
  const source = file.text.slice(start, end);
  let base: number | undefined;
  if (source === text) base = start;
  else if (/^["']/.test(source) && source.slice(1, -1) === text) base = start + 1;
  const whole = file.region(start, end);
  const entries = splitIds(text).map(({ id, index }) => ({
    id,
    region: base === undefined ? whole : file.region(base + index, base + index + id.length),
  }));
  if (entries.length === 0) entries.push({ id: '', region: whole });
  const range = object.node.range ?? [0, 0, 0];
  const from = file.position(range[0]);
  const to = file.position(range[2]);
  return {
    kind: 'annotation',
    file,
    entries,
    object,
    resource,
    scope: {
      file: file.path,
      fromLine: from.line,
      fromColumn: from.column,
      toLine: to.line,
      toColumn: to.column,
      objectOnly: true,
    },
  };
}

function commentSuppressions(parsed: ParsedFile, refOf: Map<K8sObject, ResourceRef>): Suppression[] {
  const file = parsed.file;
  const out: Suppression[] = [];
  if (!file.text.includes(IGNORE_COMMENT)) return out;
  let offset = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(file.text)) {
    const at = offset;
    // The lexer's control tokens (document, scalar, flow-error markers) take no room in the source.
    if (token !== CST.DOCUMENT && token !== CST.SCALAR && token !== CST.FLOW_END) offset += token.length;
    // The token after a scalar marker is the scalar's own text (a block scalar's `# ...` lines are content).
    if (scalarNext) {
      scalarNext = false;
      continue;
    }
    if (token === CST.SCALAR) {
      scalarNext = true;
      continue;
    }
    if (CST.tokenType(token) !== 'comment') continue;
    const directive = DIRECTIVE.exec(token);
    if (!directive) continue;
    const start = file.position(at);
    const alone =
      file
        .lineText(start.line)
        .slice(0, start.column - 1)
        .trim() === '';
    let targetLine = start.line;
    if (alone) {
      targetLine = start.line + 1;
      while (targetLine <= file.lineCount && file.lineText(targetLine).trim().startsWith('#')) targetLine++;
    }
    // Everything after ` -- ` is the reason, not rule ids.
    const rest = token.slice(directive[0].length);
    const reasonAt = rest.search(/(^|\s)--(\s|$)/);
    const ids = reasonAt === -1 ? rest : rest.slice(0, reasonAt);
    const idsStart = at + directive[0].length;
    const entries: SuppressionEntry[] = splitIds(ids).map(({ id, index }) => ({
      id,
      region: file.region(idsStart + index, idsStart + index + id.length),
    }));
    if (entries.length === 0) entries.push({ id: '', region: file.region(at, at + token.length) });
    const object = objectAt(parsed, at);
    const lineLength = file.lineText(targetLine).length;
    out.push({
      kind: 'comment',
      file,
      entries,
      object,
      resource: object ? refOf.get(object) : undefined,
      comment: { text: token, line: start.line, column: start.column, targetLine, alone },
      scope: {
        file: file.path,
        fromLine: targetLine,
        fromColumn: 1,
        toLine: targetLine,
        toColumn: lineLength + 1,
        objectOnly: false,
      },
    });
  }
  return out;
}

function objectAt(parsed: ParsedFile, offset: number): K8sObject | undefined {
  return parsed.objects.find((o) => o.node.range && o.node.range[0] <= offset && offset < o.node.range[2]);
}

function splitIds(text: string): { id: string; index: number }[] {
  return [...text.matchAll(/[^\s,]+/g)].map((m) => ({ id: m[0], index: m.index ?? 0 }));
}

/** Whether a suppression's scope takes in the finding (for an annotation: by position within its object). */
export function covers(scope: Scope, f: Finding): boolean {
  if (f.file !== scope.file) return false;
  if (scope.objectOnly && !f.resource) return false;
  if (!scope.objectOnly) return f.line === scope.fromLine;
  const afterStart = f.line > scope.fromLine || (f.line === scope.fromLine && f.column >= scope.fromColumn);
  const beforeEnd = f.line < scope.toLine || (f.line === scope.toLine && f.column <= scope.toColumn);
  return afterStart && beforeEnd;
}

const names = (entry: SuppressionEntry, f: Finding): boolean =>
  entry.id === f.rule || (entry.id === ALL_RULES_KEYWORD && f.rule !== UNUSED_SUPPRESSION);

export interface SuppressOptions {
  /** Every rule id there is (not only those that ran): anything else in a suppression is unknown. */
  knownRuleIds: ReadonlySet<string>;
  /** Rules that ran in this analysis; entries for the others cannot be judged unused. */
  ranRuleIds: ReadonlySet<string>;
}

export interface SuppressResult {
  kept: Finding[];
  suppressed: Finding[];
  unused: UnusedSuppression[];
}

/** A suppression entry that silenced nothing: the `unused-suppression` rule reports it. */
export interface UnusedSuppression {
  suppression: Suppression;
  entry: SuppressionEntry;
  /** How many entries of this suppression silenced nothing (a fix removes one entry only when it is alone). */
  staleEntries: number;
  /** Stable when lines move: the directive's owner and text. */
  identity: string;
}

/** Drops the findings that a suppression names, and lists the suppression entries that silenced nothing. */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  options: SuppressOptions,
  /** The object, as its file writes it, a finding is about: a built object's finding may lie in another file. */
  aboutObject: (finding: Finding) => object | undefined = () => undefined,
): SuppressResult {
  const used = new Set<SuppressionEntry>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const byFile = new Map<string, Suppression[]>();
  for (const s of suppressions) byFile.set(s.scope.file, [...(byFile.get(s.scope.file) ?? []), s]);
  const byObject = new Map<object, Suppression[]>();
  for (const s of suppressions)
    if (s.kind === 'annotation' && s.object) byObject.set(s.object, [...(byObject.get(s.object) ?? []), s]);
  for (const finding of findings) {
    let hit = false;
    // An annotation silences the findings about its object, wherever a kustomize build placed them
    // (a port an overlay's patch wrote is reported in the patch file).
    const about = aboutObject(finding);
    const onObject = about === undefined ? [] : (byObject.get(about) ?? []);
    for (const s of new Set([...(byFile.get(finding.file) ?? []), ...onObject])) {
      if (!onObject.includes(s) && !covers(s.scope, finding)) continue;
      for (const entry of s.entries) {
        if (names(entry, finding)) {
          used.add(entry);
          hit = true;
        }
      }
    }
    (hit ? suppressed : kept).push(finding);
  }

  const unused: UnusedSuppression[] = [];
  const seen = new Map<string, number>();
  for (const s of suppressions) {
    const stale = s.entries.filter((e) => !used.has(e) && judged(e, options));
    for (const entry of stale) {
      const identity = identityOf(s, entry);
      const n = seen.get(identity) ?? 0;
      seen.set(identity, n + 1);
      unused.push({ suppression: s, entry, staleEntries: stale.length, identity: `${identity}#${n}` });
    }
  }
  return { kept, suppressed, unused };
}

function judged(entry: SuppressionEntry, options: SuppressOptions): boolean {
  if (entry.id === '' || entry.id === ALL_RULES_KEYWORD || !options.knownRuleIds.has(entry.id)) return true;
  return options.ranRuleIds.has(entry.id);
}

function identityOf(s: Suppression, entry: SuppressionEntry): string {
  const owner = s.object
    ? `${s.object.kind}|${s.object.namespace ?? ''}|${s.object.name}|${s.object.documentIndex}`
    : '';
  const where =
    s.kind === 'annotation' ? 'annotation' : `comment|${s.file.lineText(s.scope.fromLine).trim()}`;
  return `${owner}|${where}|${entry.id}`;
}

/**
 * False when the object certainly has no ignore annotation. Reads no YAML node, so objects the
 * pre-scan deferred stay unparsed (their keys are spelled in the text as they are: no escapes).
 */
function mayCarryIgnoreAnnotation(object: K8sObject): boolean {
  if (object.deferred) return object.file.text.includes(IGNORE_ANNOTATION);
  const metadata = object.value.metadata;
  const annotations = isRecord(metadata) ? metadata.annotations : undefined;
  return isRecord(annotations) && IGNORE_ANNOTATION in annotations;
}
