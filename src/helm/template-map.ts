/**
 * Back to the template line: where in a Helm template the value at a path of a rendered object is
 * written. Helm's `# Source:` comment names the template file; this module reads that template
 * (`template-tree.ts`: an indentation-aware reading that steps over `{{ }}` control lines and treats an
 * `include`/`toYaml` line as a block of unknown keys) and follows the path through it. Pure: no I/O.
 *
 * A place is `certain` only when every key of the path is written literally at that nesting and nothing
 * else could have written it: not a list index inside `{{ range }}` or after conditional items (unless
 * the rendered object tells which item it is), not a key written in two branches of an `{{ if }}`, not a
 * key inside a block that `include` or `toYaml` writes (the place is then the line of that action).
 */
import { readTemplate } from './template-tree.js';
import type { Frame, TemplateDocument, TNode } from './template-tree.js';

export type YamlPath = readonly (string | number)[];

export interface TemplatePlace {
  line: number;
  column: number;
  /** The column just after the place's last character (as in SARIF). */
  endColumn: number;
  certain: boolean;
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
}

interface Step {
  node: TNode;
  certain: boolean;
  /** The path goes into text this reading cannot see: the place is this node, and the walk ends. */
  stop?: boolean;
}

/**
 * Where in a Helm template the value at `path` of the rendered object is written; undefined when no line
 * can be found. `documentIndex`: which YAML document of the template (0-based; templates may hold
 * several `---` documents, some inside {{ if }}).
 */
export function placeInTemplate(
  template: string,
  path: YamlPath,
  documentIndex = 0,
  hints: PlaceHints = {},
): TemplatePlace | undefined {
  const chosen = chooseDocument(readTemplate(template), documentIndex, hints);
  if (!chosen) return undefined;
  let current: Step = { node: chosen.document.root, certain: chosen.certain };
  let rendered = hints.rendered;
  for (const [at, segment] of path.entries()) {
    if (current.stop) break;
    const next: Step | undefined =
      typeof segment === 'number'
        ? findItem(current.node, segment, rendered)
        : findEntry(current.node, segment, childOf(rendered, segment), path[at + 1]);
    if (!next) return current.node.type === 'root' ? undefined : placeOf(current.node, false);
    current = { ...next, certain: current.certain && next.certain };
    rendered = childOf(rendered, segment);
    if (!current.stop && current.node.value.kind === 'templated' && current.node.type !== 'entry') {
      current.stop = true;
      current.certain = false;
    }
  }
  if (current.node.type === 'root') return undefined;
  return placeOf(current.node, current.certain);
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
    if (!node) continue;
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
  return { document: byIndex, certain: documents.length === 1 || (steady && index < documents.length) };
}

/** Whether nothing the node's keys write literally contradicts the rendered object. */
function fitsDocument(node: TNode, rendered: unknown): boolean {
  if (rendered === null || typeof rendered !== 'object' || Array.isArray(rendered)) return true;
  const fields = rendered as Record<string, unknown>;
  return node.children.every((child) => {
    if (child.type !== 'entry' || child.key === undefined || !(child.key in fields)) return true;
    if (child.value.kind === 'scalar') return likeness(child, fields[child.key]) >= 0;
    return fitsDocument(child, fields[child.key]);
  });
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
  const unknown = container.children.find(isUnknown);
  const fallback = (): Step | undefined =>
    unknown
      ? { node: unknown, certain: false, stop: true }
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

function findItem(container: TNode, index: number, list: unknown): Step | undefined {
  if (container.type === 'block' || container.value.kind === 'templated' || container.value.kind === 'flow') {
    return { node: container, certain: false, stop: true };
  }
  const children = container.children.filter((c) => c.type === 'item' || isUnknown(c));
  const rendered = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const counted = countedItem(container, children, index, Array.isArray(list) ? list.length : undefined);
  if (counted) return { node: counted, certain: true };
  const items = children.filter((c) => c.type === 'item');
  const block = children.find(isUnknown);
  // one item and nothing else: every rendered item comes from its line, however often it repeats
  if (items.length === 1 && !block) return { node: items[0]!, certain: true };
  if (rendered !== undefined) {
    const scores = items.map((item) => score(item, container, rendered)).filter((s) => !s.conflict);
    const literal = scores.filter((s) => !s.repeated && s.matched > 0);
    if (literal.length === 1) return { node: literal[0]!.node, certain: true };
    if (scores.length === 1 && !block) return { node: scores[0]!.node, certain: true };
    const best = literal[0] ?? scores.find((s) => s.repeated);
    if (best) return { node: best.node, certain: false };
    if (block) return { node: block, certain: false, stop: true };
  }
  if (index < items.length) return { node: items[index]!, certain: false };
  if (block) return { node: block, certain: false, stop: true };
  const last = items[items.length - 1];
  return last ? { node: last, certain: false } : undefined;
}
