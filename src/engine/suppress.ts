import { createHash } from 'node:crypto';
import { CST, isMap, isPair, isScalar, Lexer } from 'yaml';
import type { Pair, Scalar } from 'yaml';
import { HOMEPAGE } from '../version.js';
import type { Finding, Fix, Region, ResourceRef, Severity } from './finding.js';
import { formatResource } from './finding.js';
import { replaceScalarFix } from './fix.js';
import { locate } from './locate.js';
import type { K8sObject, ParsedFile } from './parse.js';
import { isRecord } from './parse.js';
import type { Resource } from './resources.js';
import type { SourceFile } from './source.js';
import { closestName } from './suggest.js';

/**
 * Suppressions written in the manifests (INTERFACE.md):
 * - the annotation `kube-pairing.io/ignore: "rule-a,rule-b"` silences those rules on that object;
 * - a comment `# kube-pairing-ignore rule-a, rule-b -- reason` silences them on its own line (a trailing comment)
 *   or, on a line of its own, on the next line that is not itself a comment line.
 * `all` names every rule. Findings without an object (`yaml-syntax`) can only be silenced by the comment.
 * A suppression entry that silences nothing, or names no rule, is reported as `unused-suppression`.
 * Pure: works on the parsed text only.
 */

export const UNUSED_SUPPRESSION = 'unused-suppression';
export const IGNORE_ANNOTATION = 'kube-pairing.io/ignore';
export const IGNORE_COMMENT = 'kube-pairing-ignore';
export const ALL_RULES_KEYWORD = 'all';

const DIRECTIVE = /^#\s*kube-pairing-ignore(?::|(?=\s|$))/;
const ANNOTATION_PATH = ['metadata', 'annotations', IGNORE_ANNOTATION] as const;

export interface SuppressionEntry {
  /** A rule id, `all`, or '' for a directive that names nothing. */
  id: string;
  region: Region;
}

interface Scope {
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

function covers(scope: Scope, f: Finding): boolean {
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

/** A suppression entry that silenced nothing: becomes an `unused-suppression` finding. */
export interface UnusedSuppression {
  file: string;
  region: Region;
  resource?: ResourceRef;
  message: string;
  fix?: Fix;
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
      unused.push({
        file: s.file.path,
        region: entry.region,
        resource: s.resource,
        message: unusedMessage(s, entry, kept, options),
        fix: stale.length === 1 ? unusedFix(s, entry, kept, options) : undefined,
        identity: `${identity}#${n}`,
      });
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

/** The rule a mistyped id most likely meant, when a finding of it is in the suppression's scope. */
function meantRule(
  s: Suppression,
  entry: SuppressionEntry,
  kept: readonly Finding[],
  options: SuppressOptions,
) {
  const guess = closestName(entry.id, [...options.knownRuleIds, ALL_RULES_KEYWORD]);
  const present = guess !== undefined && kept.some((f) => f.rule === guess && covers(s.scope, f));
  return { guess, present };
}

function unusedMessage(
  s: Suppression,
  entry: SuppressionEntry,
  kept: readonly Finding[],
  options: SuppressOptions,
): string {
  const owner = s.resource ? `${formatResource(s.resource)}: ` : '';
  const directive =
    s.kind === 'annotation'
      ? `the annotation ${IGNORE_ANNOTATION}`
      : `the comment \`${s.comment?.text.trim()}\` (line ${s.comment?.line})`;
  const where =
    s.kind === 'annotation'
      ? 'on this object'
      : `on line ${s.scope.fromLine}${s.comment?.alone ? ' (the line it stands above)' : ''}`;
  const stale =
    'A suppression that silences nothing hides the next real problem there without anyone noticing';
  if (entry.id === '') {
    return (
      `${owner}${directive} names no rule, so it suppresses nothing. ` +
      `Write the rule ids to silence, separated by commas (or \`${ALL_RULES_KEYWORD}\`), or remove it.`
    );
  }
  if (entry.id === UNUSED_SUPPRESSION) {
    return (
      `${owner}${directive} names ${UNUSED_SUPPRESSION}, which cannot be silenced in a manifest ` +
      '(that would let stale suppressions rot unseen). Remove it from the suppression; to stop these ' +
      `reports everywhere, set \`rules: { ${UNUSED_SUPPRESSION}: off }\` in .kube-pairing.yaml.`
    );
  }
  if (entry.id !== ALL_RULES_KEYWORD && !options.knownRuleIds.has(entry.id)) {
    const { guess, present } = meantRule(s, entry, kept, options);
    return (
      `${owner}${directive} names "${entry.id}", which is not a kube-pairing rule, so it suppresses nothing` +
      (present ? ` and the ${guess} finding ${where} is still reported` : '') +
      '. ' +
      (guess ? `Did you mean \`${guess}\`? ` : '') +
      `The rule ids are listed in ${HOMEPAGE}/tree/main/docs/rules.`
    );
  }
  if (entry.id === 'yaml-syntax' && s.kind === 'annotation') {
    return (
      `${owner}${directive} names yaml-syntax, but a syntax error belongs to the file, not to an object, ` +
      `so the annotation cannot silence it. Use a \`# ${IGNORE_COMMENT} yaml-syntax\` comment on the line ` +
      'of the error or the line above it, and remove yaml-syntax from the annotation.'
    );
  }
  const what = entry.id === ALL_RULES_KEYWORD ? 'every rule' : entry.id;
  const none = entry.id === ALL_RULES_KEYWORD ? 'no finding' : `no ${entry.id} finding`;
  const remedy =
    s.entries.length === 1
      ? `Remove the ${s.kind === 'annotation' ? 'annotation' : 'comment'}.`
      : `Remove \`${entry.id}\` from the suppression.`;
  return `${owner}${directive} suppresses ${what}, but kube-pairing reports ${none} ${where}. ${stale}. ${remedy}`;
}

function unusedFix(
  s: Suppression,
  entry: SuppressionEntry,
  kept: readonly Finding[],
  options: SuppressOptions,
): Fix | undefined {
  const ids = s.entries.map((e) => e.id).filter((id) => id !== '');
  let next = ids.filter((id) => id !== entry.id);
  if (entry.id !== '' && !options.knownRuleIds.has(entry.id) && entry.id !== ALL_RULES_KEYWORD) {
    const { guess, present } = meantRule(s, entry, kept, options);
    if (present && guess) next = ids.map((id) => (id === entry.id ? guess : id));
  }
  return s.kind === 'annotation' ? annotationFix(s, next) : commentFix(s, next);
}

function annotationFix(s: Suppression, ids: string[]): Fix | undefined {
  const object = s.object;
  if (!object) return undefined;
  const file = object.file;
  const valueNode = locate(object, ANNOTATION_PATH).value as Scalar | undefined;
  const source = valueNode?.range ? file.text.slice(valueNode.range[0], valueNode.range[1]) : '';
  if (ids.length > 0) {
    const separator = /,\s/.test(source) ? ', ' : ',';
    return replaceScalarFix(object, ANNOTATION_PATH, ids.join(separator));
  }
  // Nothing left: delete the annotation's line (and `annotations:` when it held only this one).
  const annotations = locate(object, ['metadata', 'annotations']);
  const map = annotations.value;
  if (!isMap(map) || map.flow) return undefined;
  const pair = map.items.find(
    (p: Pair) => isPair(p) && isScalar(p.key) && String(p.key.value) === IGNORE_ANNOTATION,
  );
  const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
  if (!keyNode?.range || !valueNode?.range) return undefined;
  const first = file.position(keyNode.range[0]).line;
  const last = file.position(valueNode.range[1]).line;
  if (
    file
      .lineText(first)
      .slice(0, file.position(keyNode.range[0]).column - 1)
      .trim() !== ''
  )
    return undefined;
  const keyLine = annotations.key?.range ? file.position(annotations.key.range[0]).line : undefined;
  const onlyCommentsBetween = (from: number, to: number): boolean => {
    for (let n = from; n <= to; n++) if (!/^\s*(#.*)?$/.test(file.lineText(n))) return false;
    return true;
  };
  if (
    map.items.length === 1 &&
    keyLine !== undefined &&
    keyLine < first &&
    onlyCommentsBetween(keyLine + 1, first - 1)
  ) {
    return deleteLines(file, keyLine, last);
  }
  return deleteLines(file, first, last);
}

function commentFix(s: Suppression, ids: string[]): Fix | undefined {
  const comment = s.comment;
  if (!comment) return undefined;
  const file = s.file;
  const line = file.lineText(comment.line);
  const before = line.slice(0, comment.column - 1);
  const after = line.slice(comment.column - 1 + comment.text.length);
  if (ids.length === 0) {
    if (comment.alone) return deleteLines(file, comment.line, comment.line);
    return { line: comment.line, endLine: comment.line, replacement: before.trimEnd() + after };
  }
  const reason = /(?:^|\s)(--(?:\s.*)?)$/.exec(comment.text.slice(comment.text.indexOf(IGNORE_COMMENT)));
  const text = `# ${IGNORE_COMMENT} ${ids.join(', ')}${reason ? ` ${reason[1]}` : ''}`;
  return { line: comment.line, endLine: comment.line, replacement: before + text + after };
}

/** Deletes whole lines `from..to` as a whole-line fix: they are merged into a neighbouring line that stays. */
function deleteLines(file: SourceFile, from: number, to: number): Fix | undefined {
  if (to < file.lineCount) return { line: from, endLine: to + 1, replacement: file.lineText(to + 1) };
  if (from > 1) return { line: from - 1, endLine: to, replacement: file.lineText(from - 1) };
  return undefined;
}

/** Turns unused entries into findings of the `unused-suppression` rule. */
export function unusedSuppressionFindings(
  unused: readonly UnusedSuppression[],
  severity: Severity,
): Finding[] {
  return unused.map((u) => {
    const finding: Finding = {
      rule: UNUSED_SUPPRESSION,
      severity,
      message: u.message,
      file: u.file,
      ...u.region,
      related: [],
      fingerprint: createHash('sha256')
        .update(`${UNUSED_SUPPRESSION}\n${u.file}\n${u.identity}`)
        .digest('hex')
        .slice(0, 16),
    };
    if (u.resource) finding.resource = { ...u.resource };
    if (u.fix) finding.fix = u.fix;
    return finding;
  });
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
