/**
 * Back to the template line: where in a Helm template the value at a path of a rendered object is
 * written. Helm's `# Source:` comment names the template file; this module reads that template
 * (`template-tree.ts`: an indentation-aware reading that steps over `{{ }}` control lines and treats an
 * `include`/`toYaml` line as a block of unknown keys) and follows the path through it. Given the chart's
 * files (`PlaceHints.chart`), it follows the path on into what such a block writes: the body of the
 * `define` an `include` names (in `_helpers.tpl` or any template of the chart), and the node of the values
 * file a `toYaml .Values.a.b` prints. Pure: no I/O.
 *
 * A place is `certain` only when every key of the path is written literally at that nesting and nothing
 * else could have written it: not a list index inside `{{ range }}` or after conditional items (unless
 * the rendered object tells which item it is), not a key written in two branches of an `{{ if }}`, not a
 * key inside a block that `include` or `toYaml` writes and that could not be followed (the place is then
 * the line of that action). In a values file, certain when the node there equals the rendered value.
 */
import { readTemplate } from './template-tree.js';
import type { Frame, TemplateDocument, TNode } from './template-tree.js';
import type { ChartSources, Define, IncludeCall } from './chart-sources.js';
import {
  commandsOf,
  findDefine,
  includeOf,
  toYamlValues,
  valuesNode,
  variableInclude,
} from './chart-sources.js';

export type { ChartSources, ValuesFile } from './chart-sources.js';

export type YamlPath = readonly (string | number)[];

export interface TemplatePlace {
  line: number;
  column: number;
  /** The column just after the place's last character (as in SARIF). */
  endColumn: number;
  certain: boolean;
  /**
   * With `PlaceHints.chart`: the file the place is in. The template itself, or the file of the `define`
   * an `include` writes the value from, or the values file a `toYaml` writes it from.
   */
  file?: string;
  /** When the place is in another file than the template: the template's action line it was followed from. */
  through?: { line: number; column: number; endColumn: number; action: string };
  /**
   * With `PlaceHints.chart`: `.Values.a.b` when the value is written verbatim from it there (in the
   * chart's own context), as `valuesReference` says: the values line to relate.
   */
  reference?: string;
}

export interface PlaceHints {
  /**
   * The rendered object (plain data, as parsed). It tells which template list item a rendered item came
   * from when items are conditional or repeated, which branch of an `{{ if }}` wrote a key, and (with
   * its `kind`) which document of a template it is.
   */
  rendered?: unknown;
  /** The rendered object's kind, when `rendered` is not given. */
  kind?: string;
  /** The chart's files: follow `include` into its `define`, and `toYaml` into the values files. */
  chart?: ChartSources;
}

interface Step {
  node: TNode;
  certain: boolean;
  /** The path goes into text this reading cannot see: the place is this node, and the walk ends. */
  stop?: boolean;
  /** With `stop`: the blocks that may write what the path goes into, in order (the first is `node`). */
  candidates?: TNode[];
}

/** Where a walk through one file (a template, a define's body) stands. */
interface Scope {
  /** The file's path, when the chart is known. */
  file?: string;
  /** The text its variables are set in (a define: its body). */
  text: string;
  /** `.` is the chart's own context here (so `.Values` are the chart's values). */
  root: boolean;
  chart?: ChartSources;
  /** How many `include`s deep; and the defines on the way (a define that includes itself ends here). */
  depth: number;
  seen: readonly string[];
}

interface Landing extends TemplatePlace {
  /** The place writes the whole path (not the deepest key found, nor an action that could not be followed). */
  whole: boolean;
}

/** The rendered item a walk starts on, when the path starts with a list index relative to a block. */
interface Head {
  /** The item's index among the items the block writes; undefined when not known. */
  index: number | undefined;
  /** The items from the block's first on, when they all come from it. */
  list: unknown[] | undefined;
  item: unknown;
}

/** Includes followed one inside the other, at most. */
const MAX_DEPTH = 8;

/**
 * Where in a Helm template the value at `path` of the rendered object is written; undefined when no line
 * can be found. `documentIndex`: which YAML document of the template (0-based; templates may hold
 * several `---` documents, some inside {{ if }}). With `hints.chart`, the place may be in another file
 * of the chart (`file`).
 */
export function placeInTemplate(
  template: string,
  path: YamlPath,
  documentIndex = 0,
  hints: PlaceHints = {},
): TemplatePlace | undefined {
  const chosen = chooseDocument(readTemplate(template), documentIndex, hints);
  if (!chosen) return undefined;
  const scope: Scope = {
    ...(hints.chart ? { file: hints.chart.template, chart: hints.chart } : {}),
    text: template,
    root: true,
    depth: 0,
    seen: [],
  };
  const landing = walk({ node: chosen.document.root, certain: chosen.certain }, path, hints.rendered, scope);
  if (!landing) return undefined;
  const { whole: _whole, ...place } = landing;
  return place;
}

/** Follows `path` from `start` through one file's reading, and on into what its blocks write. */
function walk(
  start: Step,
  path: YamlPath,
  rendered: unknown,
  scope: Scope,
  head?: Head,
): Landing | undefined {
  let current = start;
  let value = rendered;
  for (const [at, segment] of path.entries()) {
    const fromHead = at === 0 && head !== undefined;
    const item = fromHead ? head.item : childOf(value, segment);
    const next: Step | undefined =
      typeof segment === 'number'
        ? fromHead
          ? findItem(current.node, head.index, head.list, item)
          : findItem(current.node, segment, Array.isArray(value) ? value : undefined, item)
        : findEntry(current.node, segment, item, path[at + 1]);
    if (!next) return current.node.type === 'root' ? undefined : land(current.node, false, false, scope);
    if (next.stop) {
      const into = { remaining: path.slice(at), value, ...(fromHead ? { head } : {}) };
      return follow(next, current, into, scope);
    }
    current = { node: next.node, certain: current.certain && next.certain };
    value = item;
    if (current.node.value.kind === 'templated' && current.node.type !== 'entry')
      return land(current.node, false, false, scope);
  }
  if (current.node.type === 'root') return undefined;
  return land(current.node, current.certain, true, scope);
}

/** What a walk goes into at a block: the rest of the path and the rendered value of the block's container. */
interface Into {
  remaining: YamlPath;
  value: unknown;
  head?: Head;
}

/**
 * The place of a path that goes into a block (`include`, `toYaml`, a `{{ $var }}`): inside what one of
 * the candidate blocks writes, the first that writes the whole path certainly (else wholly, else in
 * part); otherwise the block's own line, not certain. Inside a define, when none of several blocks writes
 * it: none (the define may not be the one that writes it).
 */
function follow(step: Step, container: Step, into: Into, scope: Scope): Landing | undefined {
  const candidates = step.candidates ?? [step.node];
  const fallback = land(step.node, false, false, scope);
  if (!scope.chart || scope.depth >= MAX_DEPTH) return fallback;
  let best: { landing: Landing; block: TNode } | undefined;
  const rank = (l: Landing): number => (l.whole ? (l.certain ? 3 : 2) : 1);
  for (const block of candidates) {
    const landing = resolve(block, container.node, into, scope);
    if (landing && (!best || rank(landing) > rank(best.landing))) best = { landing, block };
    if (best && rank(best.landing) === 3) break;
  }
  if (!best) return scope.depth > 0 && candidates.length > 1 ? undefined : fallback;
  const { landing, block } = best;
  const through =
    landing.through ??
    (scope.depth === 0 && landing.file !== scope.file
      ? { line: block.line, column: block.column, endColumn: block.endColumn, action: block.value.text }
      : undefined);
  return { ...landing, certain: container.certain && landing.certain, ...(through ? { through } : {}) };
}

/** The place inside what one block writes: a define's body, or a values file's node; undefined if it cannot write the path. */
function resolve(block: TNode, container: TNode, into: Into, scope: Scope): Landing | undefined {
  const action = block.value.action;
  if (!action) return undefined;
  const commands = commandsOf(action.body);
  const keys = toYamlValues(commands, dotOf(block.frames));
  if (keys) return scope.root ? inValues(keys, block, container, into, scope) : undefined;
  const call = includeOf(commands) ?? variableInclude(commands, scope.text, block.line);
  return call ? inDefine(call, block, container, into, scope) : undefined;
}

/** The argument of the innermost `with` (what `.` is there); undefined inside a `range` or at the top. */
function dotOf(frames: readonly Frame[]): string | undefined {
  const scope = frames.filter((f) => f.kind === 'with' || f.kind === 'range').pop();
  return scope?.kind === 'with' ? scope.argument : undefined;
}

/**
 * The path relative to a block: a list index becomes the index among the block's items (the items
 * written before it are counted when they all always render, else only the rendered item is known).
 * Undefined when the item is one of those written before it.
 */
function relative(
  block: TNode,
  container: TNode,
  into: Into,
): { path: YamlPath; rendered: unknown; head?: Head } | undefined {
  const [first, ...rest] = into.remaining;
  if (typeof first !== 'number') return { path: into.remaining, rendered: into.value };
  const { head } = into;
  const index = head ? head.index : first;
  const list = head ? head.list : Array.isArray(into.value) ? into.value : undefined;
  const item = head ? head.item : childOf(into.value, first);
  const children = container.children.filter((c) => c.type === 'item' || isUnknown(c));
  const at = children.indexOf(block);
  const before = at < 0 ? [] : children.slice(0, at);
  const offset = before.every((c) => isSteady(c, container)) ? before.length : undefined;
  if (index === undefined || offset === undefined)
    return { path: into.remaining, rendered: undefined, head: { index: undefined, list: undefined, item } };
  if (index < offset) return undefined;
  const last = at < 0 || at === children.length - 1;
  const mine = last && list ? list.slice(offset) : undefined;
  return {
    path: [index - offset, ...rest],
    rendered: mine,
    head: { index: index - offset, list: mine, item },
  };
}

/** The place inside the body of the define an `include` names. */
function inDefine(
  call: IncludeCall,
  block: TNode,
  container: TNode,
  into: Into,
  scope: Scope,
): Landing | undefined {
  const { chart } = scope;
  if (!chart || scope.seen.includes(call.name)) return undefined;
  const found = findDefine(chart, call.name, scope.file ?? chart.template);
  const there = relative(block, container, into);
  if (!found || !there) return undefined;
  const chosen = chooseDocument(bodyOf(found.define), 0, { rendered: there.rendered }, true);
  if (!chosen) return undefined;
  const own =
    call.argument === '$' ||
    (call.argument === '.' &&
      dotOf(block.frames) === undefined &&
      !block.frames.some((f) => f.kind === 'range'));
  const inner: Scope = {
    file: found.define.file,
    text: found.define.body,
    root: scope.root && own,
    chart,
    depth: scope.depth + 1,
    seen: [...scope.seen, call.name],
  };
  return walk(
    { node: chosen.document.root, certain: chosen.certain && found.unique },
    there.path,
    there.rendered,
    inner,
    there.head,
  );
}

const bodies = new WeakMap<Define, TemplateDocument[]>();

/** The reading of a define's body (defines are kept with their chart's files, and read once). */
function bodyOf(define: Define): TemplateDocument[] {
  let documents = bodies.get(define);
  if (!documents) {
    documents = readTemplate(define.body);
    bodies.set(define, documents);
  }
  return documents;
}

/** The place in the values file that sets what `toYaml .Values.<keys>` prints. */
function inValues(
  keys: string[],
  block: TNode,
  container: TNode,
  into: Into,
  scope: Scope,
): Landing | undefined {
  const there = relative(block, container, into);
  if (!there || !scope.chart) return undefined;
  const values = scope.chart.values;
  const [first, ...rest] = there.path;
  const renderedEnd = there.head
    ? rest.reduce<unknown>((v, s) => childOf(v, s), there.head.item)
    : there.path.reduce<unknown>((v, s) => childOf(v, s), there.rendered);
  let path = there.path;
  if (typeof first === 'number' && there.head?.index === undefined) {
    // where the block's items start is not known: the values item equal to the rendered one
    const list = valuesNode(values, keys)?.value;
    const equal = Array.isArray(list)
      ? list.flatMap((v, i) => (sameValue(v, there.head?.item) ? [i] : []))
      : [];
    if (equal.length !== 1) return undefined;
    path = [equal[0]!, ...rest];
  }
  const node = valuesNode(values, [...keys, ...path]);
  if (!node) return undefined;
  return {
    line: node.line,
    column: node.column,
    endColumn: node.endColumn,
    certain: renderedEnd !== undefined && sameValue(node.value, renderedEnd),
    file: node.file,
    whole: true,
  };
}

/** Equal as YAML data: maps and lists item by item, scalars by their text. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
  if (isMap(a) || isMap(b)) {
    if (!isMap(a) || !isMap(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return a !== undefined && b !== undefined && String(a) === String(b);
}

/** A landing on a node of the scope's file. */
function land(node: TNode, certain: boolean, whole: boolean, scope: Scope): Landing {
  const reference = scope.root && scope.chart ? referenceOf(node) : undefined;
  return {
    ...placeOf(node, certain),
    ...(scope.file !== undefined ? { file: scope.file } : {}),
    ...(reference !== undefined ? { reference } : {}),
    whole,
  };
}

/**
 * The first line of the object's text in the template (its first non-blank, non-comment,
 * non-`{{-`-only line of that document).
 */
export function firstObjectLine(template: string, documentIndex = 0, hints: PlaceHints = {}): number {
  return chooseDocument(readTemplate(template), documentIndex, hints)?.document.firstLine ?? 1;
}

/**
 * `.Values.a.b` when the value at `place` is written verbatim from one `{{ .Values.a.b }}` (optionally
 * quoted, or `{{ . }}` inside `{{ with .Values.a.b }}`); undefined otherwise.
 */
export function valuesReference(
  template: string,
  place: Pick<TemplatePlace, 'line' | 'column'>,
): string | undefined {
  for (const document of readTemplate(template)) {
    const node = nodeAt(document.root, place.line, place.column);
    if (node) return referenceOf(node);
  }
  return undefined;
}

/** `.Values.a.b` when the node's value is written verbatim from it. */
function referenceOf(node: TNode): string | undefined {
  const text = node.value.text;
  const direct = /^(["']?)\{\{-?\s*\$?(\.Values(?:\.[\w-]+)+)\s*(?:\|\s*s?quote\s*)?-?\}\}\1$/.exec(text);
  if (direct) return direct[2];
  if (/^(["']?)\{\{-?\s*\.\s*(?:\|\s*s?quote\s*)?-?\}\}\1$/.test(text)) {
    const scope = node.frames.filter((f) => f.kind === 'with' || f.kind === 'range').pop();
    const argument = scope?.kind === 'with' ? /^\$?(\.Values(?:\.[\w-]+)+)$/.exec(scope.argument) : null;
    return argument?.[1];
  }
  return undefined;
}

function nodeAt(node: TNode, line: number, column: number): TNode | undefined {
  if (node.type !== 'root' && node.line === line && node.value.column === column) return node;
  for (const child of node.children) {
    const found = nodeAt(child, line, column);
    if (found) return found;
  }
  return undefined;
}

function childOf(value: unknown, segment: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<string | number, unknown>)[segment];
}

function placeOf(node: TNode, certain: boolean): TemplatePlace {
  const { value } = node;
  const onValue = value.column > 0 && value.kind !== 'block-scalar' && value.kind !== 'none';
  return onValue
    ? { line: node.line, column: value.column, endColumn: value.endColumn, certain }
    : { line: node.line, column: node.column, endColumn: node.endColumn, certain };
}

/** The frames `node` is in beyond those of `base`: the branches and loops between a container and its child. */
function framesBeyond(node: TNode, base: TNode): Frame[] {
  return node.frames.filter((f) => !base.frames.some((b) => b.id === f.id));
}

/** Picks the template document of a rendered object. */
function chooseDocument(
  documents: TemplateDocument[],
  index: number,
  hints: PlaceHints,
  /** None when no document can have written the object (a define's body that writes other things). */
  strict = false,
): { document: TemplateDocument; certain: boolean } | undefined {
  if (documents.length === 0) return undefined;
  const kind = hints.kind ?? (childOf(hints.rendered, 'kind') as string | undefined);
  const common = documents[0]!.frames.filter((f) =>
    documents.every((d) => d.frames.some((g) => g.id === f.id)),
  );
  const steady = documents.every((d) => d.frames.every((f) => common.some((c) => c.id === f.id)));
  const byIndex = documents[Math.min(index, documents.length - 1)]!;
  const candidates = documents.filter(
    (d) =>
      (typeof kind !== 'string' || d.kind === kind || d.kind === undefined) &&
      fitsDocument(d.root, hints.rendered),
  );
  if (candidates.length === 1) return { document: candidates[0]!, certain: true };
  if (candidates.includes(byIndex)) return { document: byIndex, certain: steady && index < documents.length };
  if (candidates.length > 0) return { document: candidates[0]!, certain: false };
  if (strict) return undefined;
  return { document: byIndex, certain: documents.length === 1 || (steady && index < documents.length) };
}

/**
 * Whether nothing the node's keys write literally contradicts the rendered object (a key written in
 * several branches fits when one of them does).
 */
function fitsDocument(node: TNode, rendered: unknown): boolean {
  if (rendered === null || typeof rendered !== 'object' || Array.isArray(rendered)) return true;
  const fields = rendered as Record<string, unknown>;
  const fits = (child: TNode): boolean => {
    if (child.type !== 'entry' || child.key === undefined || !(child.key in fields)) return true;
    if (child.value.kind === 'scalar') return likeness(child, fields[child.key]) >= 0;
    return fitsDocument(child, fields[child.key]);
  };
  return node.children.every(
    (child) => fits(child) || node.children.some((c) => c.key === child.key && fits(c)),
  );
}

/** The literal scalar an entry or item writes (quotes removed); undefined when a template action writes it. */
function literalOf(node: TNode): string | undefined {
  if (node.value.kind !== 'scalar' || node.value.text.includes('{{')) return undefined;
  return node.value.text.replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
}

const isUnknown = (c: TNode): boolean => c.type === 'block' || (c.type === 'entry' && c.key === undefined);

/**
 * How a scalar the node writes compares with the rendered one: 2 when it is the same literal, 1 when
 * the literal text around its actions matches (`{{ include "x" . }}-root-cert`), 0 when nothing tells
 * (only actions, or nothing rendered), -1 when it cannot have written it.
 */
function likeness(node: TNode, rendered: unknown): number {
  if (rendered === undefined || node.value.kind !== 'scalar') return 0;
  if (rendered !== null && typeof rendered === 'object') return -1;
  const shown = rendered === null ? '' : String(rendered);
  const literal = literalOf(node);
  if (literal !== undefined) return shown === literal || (literal === 'null' && rendered === null) ? 2 : -1;
  // text inside an `{{ if }}`/`{{ with }}`/`{{ range }}` of the scalar may or may not be there
  const text = node.value.text
    .replace(/^"(.*)"$|^'(.*)'$/, '$1$2')
    .replace(/\{\{-?\s*(?:if|with|range)\b[\s\S]*?\{\{-?\s*end\s*-?\}\}/g, '{{}}');
  const parts = text.split(/\{\{[\s\S]*?\}\}/);
  if (parts.every((p) => p.trim() === '')) return 0;
  const escaped = parts.map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*${escaped.join('[\\s\\S]*')}\\s*$`).test(shown) ? 1 : -1;
}

function findEntry(
  container: TNode,
  key: string,
  rendered: unknown,
  next?: string | number,
): Step | undefined {
  if (container.type === 'block') return { node: container, certain: false, stop: true };
  const matches = container.children.filter((c) => c.type === 'entry' && c.key === key);
  const unknown = container.children.filter(isUnknown);
  const fallback = (): Step | undefined =>
    unknown.length > 0
      ? { node: unknown[0]!, certain: false, stop: true, candidates: unknown }
      : container.value.kind === 'templated'
        ? { node: container, certain: false, stop: true }
        : undefined;
  if (matches.length === 0) return fallback();
  // the likeliest first: a literal equal to the rendered value before an action that may write anything
  const fit = matches
    .map((m) => ({ m, like: likeness(m, rendered) }))
    .filter((f) => f.like >= 0)
    .sort((a, b) => b.like - a.like)
    .map((f) => f.m);
  if (fit.length === 0) return fallback() ?? { node: matches[0]!, certain: false };
  // a key written twice (`annotations:` in two branches): the one the rest of the path goes on in
  const onward = typeof next === 'string' ? fit.filter((m) => m.children.some((c) => c.key === next)) : [];
  return { node: (onward[0] ?? fit[0])!, certain: fit.length === 1 };
}

interface Score {
  node: TNode;
  matched: number;
  conflict: boolean;
  repeated: boolean;
}

/** How well a template list item fits a rendered item: literal values equal, keys it always writes present. */
function score(item: TNode, container: TNode, rendered: unknown): Score {
  const repeated = framesBeyond(item, container).some((f) => f.kind === 'range');
  const result: Score = { node: item, matched: 0, conflict: false, repeated };
  if (item.children.length === 0) {
    const like = likeness(item, rendered);
    result.matched = Math.max(like, 0);
    result.conflict = like < 0;
    return result;
  }
  if (rendered === null || typeof rendered !== 'object' || Array.isArray(rendered)) return result;
  const fields = rendered as Record<string, unknown>;
  const written = new Set(item.children.map((c) => c.key));
  if (!item.children.some(isUnknown) && Object.keys(fields).some((k) => !written.has(k)))
    result.conflict = true;
  for (const entry of item.children) {
    if (entry.type !== 'entry' || entry.key === undefined) continue;
    const always = framesBeyond(entry, item).length === 0;
    if (!(entry.key in fields)) {
      if (always) result.conflict = true;
      continue;
    }
    const like = likeness(entry, fields[entry.key]);
    if (like < 0) result.conflict = true;
    else result.matched += like;
  }
  return result;
}

const isSteady = (child: TNode, container: TNode): boolean =>
  child.type === 'item' && framesBeyond(child, container).length === 0;

/**
 * The item at `index` when items written unconditionally, one by one, fix it: counting from the start
 * (or, when the rendered list's length is known, from the end) up to the first item that may or may not
 * render, repeat, or come from a block. The one child left after `index` steady items is the item at
 * `index` too, when it is not repeated.
 */
function countedItem(container: TNode, children: TNode[], index: number, length?: number): TNode | undefined {
  let position = 0;
  for (const [at, child] of children.entries()) {
    if (!isSteady(child, container)) {
      const once = child.type === 'item' && !framesBeyond(child, container).some((f) => f.kind === 'range');
      if (position === index && at === children.length - 1 && once) return child;
      break;
    }
    if (position === index) return child;
    position++;
  }
  if (length === undefined) return undefined;
  let fromEnd = length - 1;
  for (const child of [...children].reverse()) {
    if (!isSteady(child, container) || fromEnd < 0) return undefined;
    if (fromEnd === index) return child;
    fromEnd--;
  }
  return undefined;
}

/**
 * The template item that wrote the rendered item at `index` of `list` (`index` undefined: its place
 * among the container's items is not known, only the rendered `item`).
 */
function findItem(
  container: TNode,
  index: number | undefined,
  list: readonly unknown[] | undefined,
  rendered: unknown,
): Step | undefined {
  if (container.type === 'block' || container.value.kind === 'templated' || container.value.kind === 'flow') {
    return { node: container, certain: false, stop: true };
  }
  const children = container.children.filter((c) => c.type === 'item' || isUnknown(c));
  const counted = index === undefined ? undefined : countedItem(container, children, index, list?.length);
  if (counted) return { node: counted, certain: true };
  const items = children.filter((c) => c.type === 'item');
  const blocks = children.filter(isUnknown);
  const block =
    blocks.length > 0 ? { node: blocks[0]!, certain: false, stop: true, candidates: blocks } : undefined;
  // one item and nothing else: every rendered item comes from its line, however often it repeats
  if (items.length === 1 && !block) return { node: items[0]!, certain: true };
  if (rendered !== undefined) {
    const scores = items.map((item) => score(item, container, rendered)).filter((s) => !s.conflict);
    const literal = scores.filter((s) => !s.repeated && s.matched > 0);
    if (literal.length === 1) return { node: literal[0]!.node, certain: true };
    if (scores.length === 1 && !block) return { node: scores[0]!.node, certain: true };
    const best = literal[0] ?? scores.find((s) => s.repeated);
    if (best) return { node: best.node, certain: false };
    if (block) return block;
  }
  if (index !== undefined && index < items.length) return { node: items[index]!, certain: false };
  if (block) return block;
  const last = items[items.length - 1];
  return last ? { node: last, certain: false } : undefined;
}
