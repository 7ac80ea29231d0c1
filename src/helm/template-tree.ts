/**
 * An indentation-aware reading of a Helm template's YAML documents (for `template-map.ts`): keys, list
 * items and the blocks that `include`/`toYaml` write, each with the `if`/`range`/`with` branches it sits
 * in. Lines that are only template actions are invisible; block scalars and flow values are stepped over.
 * Pure: no I/O.
 */
import { ACTION_MARK, indentOf, lexTemplate, writesBlock } from './template-lexer.js';
import type { Action, TemplateLine } from './template-lexer.js';

/** One open `if`/`with`/`range` action; `branch` counts its `else`s. */
export interface Frame {
  id: number;
  kind: 'if' | 'with' | 'range' | 'define';
  branch: number;
  /** The action's argument (`.Values.a.b` of `with .Values.a.b`). */
  argument: string;
}

export type ValueKind = 'none' | 'scalar' | 'templated' | 'block-scalar' | 'flow';

export interface TNode {
  type: 'root' | 'entry' | 'item' | 'block';
  /** An entry's key; undefined for a key a template action writes. */
  key?: string;
  line: number;
  /** 1-based columns of the key, dash or action, and just after it. */
  column: number;
  endColumn: number;
  /** The column the structure of the node is at (0-based): a key's, a dash's, a block's indentation. */
  indent: number;
  /** The value written on the node's own line, if any. */
  value: { kind: ValueKind; column: number; endColumn: number; text: string; action?: Action };
  children: TNode[];
  /** The branches the node is written in, outermost first. */
  frames: readonly Frame[];
}

export interface TemplateDocument {
  /** The document's nodes at the top (`apiVersion`, `kind`, `metadata`, ...). */
  root: TNode;
  /** 1-based line of the document's first line of YAML text. */
  firstLine: number;
  /** Frames open at the document's first line (a document inside `{{ if }}` or `{{ range }}`). */
  frames: readonly Frame[];
  /** The document's `kind:` when it is written literally. */
  kind?: string;
  lines: readonly TemplateLine[];
}

const NO_VALUE = { kind: 'none' as const, column: 0, endColumn: 0, text: '' };

interface Reader {
  frames: Frame[];
  nextId: number;
  /** The node that owns a block scalar or an unfinished flow value being stepped over. */
  skip?: { indent: number; flowDepth: number };
}

/** Applies control actions to the open frames. */
function applyControl(reader: Reader, action: Action): void {
  const { frames } = reader;
  switch (action.kind) {
    case 'if':
    case 'with':
    case 'range':
    case 'define':
      frames.push({
        id: reader.nextId++,
        kind: action.kind,
        branch: 0,
        argument: action.body.replace(/^\w+\s*/, ''),
      });
      break;
    case 'else': {
      const top = frames[frames.length - 1];
      if (top) frames[frames.length - 1] = { ...top, branch: top.branch + 1 };
      break;
    }
    case 'end':
      frames.pop();
      break;
    default:
  }
}

const isControl = (a: Action): boolean => a.kind !== 'output';

/** Reads a template's documents. */
export function readTemplate(template: string): TemplateDocument[] {
  const lines = lexTemplate(template);
  const reader: Reader = { frames: [], nextId: 0 };
  const documents: TemplateDocument[] = [];
  let current = newDocument();
  const stack: TNode[] = [current.root];
  for (const line of lines) {
    if (/^---(\s|$)/.test(line.masked) && !reader.skip) {
      if (current.firstLine > 0) documents.push(current);
      current = newDocument();
      stack.length = 0;
      stack.push(current.root);
      line.actions.forEach((a) => applyControl(reader, a));
      continue;
    }
    readLine(reader, line, current, stack);
  }
  if (current.firstLine > 0) documents.push(current);
  return documents;
}

function newDocument(): TemplateDocument {
  const root: TNode = {
    type: 'root',
    line: 0,
    column: 1,
    endColumn: 1,
    indent: -1,
    value: NO_VALUE,
    children: [],
    frames: [],
  };
  return { root, firstLine: 0, frames: [], lines: [] };
}

/** Reads one logical line into the document. */
function readLine(reader: Reader, line: TemplateLine, doc: TemplateDocument, stack: TNode[]): void {
  const residue = line.masked.split(ACTION_MARK).join('');
  const insideDefine = (): boolean => reader.frames.some((f) => f.kind === 'define');
  if (residue.trim() === '') {
    const output = line.actions.findIndex((a) => a.kind === 'output');
    if (output < 0 || (reader.skip && indentOfLine(line) > reader.skip.indent) || insideDefine()) {
      line.actions.forEach((a) => applyControl(reader, a));
      return;
    }
    reader.skip = undefined;
    line.actions.slice(0, output).forEach((a) => applyControl(reader, a));
    addBlock(reader, line, line.actions[output]!, doc, stack);
    line.actions.slice(output + 1).forEach((a) => applyControl(reader, a));
    return;
  }
  const indent = indentOfLine(line);
  if (reader.skip) {
    if (reader.skip.flowDepth > 0) {
      reader.skip.flowDepth += flowDepth(line.masked);
      if (reader.skip.flowDepth <= 0) reader.skip = undefined;
      line.actions.forEach((a) => applyControl(reader, a));
      return;
    }
    if (indent > reader.skip.indent) {
      line.actions.forEach((a) => applyControl(reader, a));
      return;
    }
    reader.skip = undefined;
  }
  if (residue.trim().startsWith('#')) {
    line.actions.forEach((a) => applyControl(reader, a));
    return;
  }
  const leading: Action[] = [];
  let at = indent;
  for (const action of line.actions) {
    if (action.start !== at || !isControl(action)) break;
    leading.push(action);
    applyControl(reader, action);
    at = action.end;
    while (line.masked[at] === ' ') at++;
  }
  if (!insideDefine()) {
    if (doc.firstLine === 0) {
      doc.firstLine = line.line;
      doc.frames = [...reader.frames];
    }
    (doc.lines as TemplateLine[]).push(line);
    addContent(reader, line, at, doc, stack);
  }
  line.actions.filter((a) => !leading.includes(a)).forEach((a) => applyControl(reader, a));
}

function indentOfLine(line: TemplateLine): number {
  return /^[ \t]*/.exec(line.masked)![0].length;
}

/** Nesting that the line's flow brackets open (positive) or close (negative), outside quotes and actions. */
function flowDepth(masked: string): number {
  let depth = 0;
  let quote = '';
  for (const c of masked) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#') break;
  }
  return depth;
}

/** A line that is only an output action: a block of unknown keys or items (`include`, `toYaml`). */
function addBlock(
  reader: Reader,
  line: TemplateLine,
  action: Action,
  doc: TemplateDocument,
  stack: TNode[],
): void {
  const column = action.start + 1;
  const indent = indentOf(action) ?? indentOfLine(line);
  if (doc.firstLine === 0) {
    doc.firstLine = line.line;
    doc.frames = [...reader.frames];
  }
  (doc.lines as TemplateLine[]).push(line);
  const endColumn = endOnFirstLine(line.text, action.end);
  const node: TNode = {
    type: 'block',
    line: line.line,
    column,
    endColumn,
    indent,
    value: { kind: 'templated', column, endColumn, text: line.text.slice(action.start, action.end), action },
    children: [],
    frames: [...reader.frames],
  };
  attach(stack, node, false);
}

function endOnFirstLine(text: string, end: number): number {
  const newline = text.indexOf('\n');
  return newline >= 0 && newline < end ? newline + 1 : end + 1;
}

/**
 * Whether a node at `indent` (a dash when `dash`, a block of an action when `block`) goes inside `top`. A
 * key with no value takes `- ` items at its own indentation (a list at its key's indentation), and so a
 * block there too (`ports:` then `{{- toYaml .Values.ports | nindent 2 }}`), with items or blocks after it.
 */
function fits(top: TNode, indent: number, dash: boolean, block = false): boolean {
  if (top.type === 'root') return true;
  if (top.type === 'block') return false;
  const kind = top.value.kind;
  if (kind === 'scalar' || kind === 'block-scalar' || kind === 'flow') return false;
  if (indent > top.indent) return true;
  if (top.type !== 'entry' || indent !== top.indent || !(dash || (block && kind === 'none'))) return false;
  return top.children.every((c) => c.type === 'item' || c.type === 'block');
}

function attach(stack: TNode[], node: TNode, dash: boolean): void {
  const block = node.type === 'block';
  while (stack.length > 1 && !fits(stack[stack.length - 1]!, node.indent, dash, block)) stack.pop();
  stack[stack.length - 1]!.children.push(node);
  stack.push(node);
}

/** Reads the YAML text of a line: list items, a key and its value, or a scalar. */
function addContent(
  reader: Reader,
  line: TemplateLine,
  indent: number,
  doc: TemplateDocument,
  stack: TNode[],
): void {
  let at = indent;
  const { masked } = line;
  const frames = [...reader.frames];
  let first = true;
  while (masked[at] === '-' && (at + 1 === masked.length || /[ \t]/.test(masked[at + 1]!))) {
    let next = at + 1;
    while (masked[next] === ' ' || masked[next] === '\t') next++;
    const item: TNode = {
      type: 'item',
      line: line.line,
      column: at + 1,
      endColumn: contentEnd(masked) + 1,
      indent: at,
      value: NO_VALUE,
      children: [],
      frames,
    };
    if (first) attach(stack, item, true);
    else pushChild(stack, item);
    first = false;
    at = next;
    if (at >= masked.length) return;
  }
  const item = first ? undefined : stack[stack.length - 1];
  const node = readNode(reader, line, at, frames, item?.indent);
  if (node.type === 'entry' && node.key === 'kind' && node.indent === 0 && node.value.kind === 'scalar') {
    doc.kind ??= node.value.text.replace(/^["']|["']$/g, '');
  }
  if (node.type === 'item') {
    // a scalar: the value of the list item it follows (`- --flag`), or text this reading does not place
    if (item) item.value = node.value;
    return;
  }
  if (first) attach(stack, node, false);
  else pushChild(stack, node);
}

function pushChild(stack: TNode[], node: TNode): void {
  stack[stack.length - 1]!.children.push(node);
  stack.push(node);
}

/** The 0-based offset just after the line's content on its first physical line, before a comment. */
function contentEnd(masked: string, from = 0): number {
  const newline = masked.indexOf('\n');
  let end = newline >= 0 ? newline : masked.length;
  const comment = masked.slice(from, end).search(/(^|\s)#/);
  if (comment >= 0) end = from + comment;
  while (end > from && /\s/.test(masked[end - 1]!)) end--;
  return end;
}

/** The offset of a mapping's `:` in the content starting at `at`, outside quotes and actions; -1 if none. */
function colonAt(masked: string, at: number): number {
  let i = at;
  if (masked[i] === '"' || masked[i] === "'") {
    const close = masked.indexOf(masked[i]!, i + 1);
    if (close < 0) return -1;
    i = close + 1;
  }
  for (; i < masked.length && masked[i] !== '\n'; i++) {
    const c = masked[i];
    if (c === ':' && (i + 1 === masked.length || /\s/.test(masked[i + 1]!))) return i;
    if (c === '#' && /\s/.test(masked[i - 1] ?? ' ')) return -1;
    if ((c === '"' || c === "'") && i > at && masked[i - 1] === ' ') return -1;
  }
  return -1;
}

function readNode(
  reader: Reader,
  line: TemplateLine,
  at: number,
  frames: readonly Frame[],
  dashIndent?: number,
): TNode {
  const { masked, text } = line;
  const colon = colonAt(masked, at);
  if (colon < 0) {
    const value = readValue(reader, line, at, dashIndent ?? at);
    const block = value.kind === 'templated' && value.action !== undefined;
    return {
      type: block ? 'block' : 'item',
      line: line.line,
      column: at + 1,
      endColumn: value.endColumn,
      indent: block ? (indentOf(value.action!) ?? at) : at,
      value,
      children: [],
      frames,
    };
  }
  const rawKey = masked.slice(at, colon).trim();
  const key = rawKey.includes(ACTION_MARK) ? undefined : rawKey.replace(/^(["'])(.*)\1$/, '$2');
  let from = colon + 1;
  while (masked[from] === ' ' || masked[from] === '\t') from++;
  return {
    type: 'entry',
    key,
    line: line.line,
    column: at + 1,
    endColumn: at + text.slice(at, colon).trimEnd().length + 1,
    indent: at,
    value: readValue(reader, line, from, at),
    children: [],
    frames,
  };
}

/** The value written on the line from `from`; starts stepping over a block scalar or an open flow value. */
function readValue(reader: Reader, line: TemplateLine, from: number, ownerIndent: number): TNode['value'] {
  const { masked, text } = line;
  const end = contentEnd(masked, from);
  if (end <= from) return NO_VALUE;
  const raw = text.slice(from, end);
  const shown = masked.slice(from, end);
  const base = { column: from + 1, endColumn: end + 1, text: raw };
  if (/^[|>][-+0-9]*$/.test(shown)) {
    reader.skip = { indent: ownerIndent, flowDepth: 0 };
    return { kind: 'block-scalar', ...base };
  }
  if (shown.startsWith('[') || shown.startsWith('{')) {
    const depth = flowDepth(shown);
    if (depth > 0) reader.skip = { indent: ownerIndent, flowDepth: depth };
    return { kind: 'flow', ...base };
  }
  const only = line.actions.filter((a) => a.start >= from && a.end <= end && a.kind === 'output');
  const whole = only.length === 1 && only[0]!.start === from && only[0]!.end === end;
  if (whole && writesBlock(only[0]!)) return { kind: 'templated', ...base, action: only[0] };
  return { kind: 'scalar', ...base, ...(only.length === 1 ? { action: only[0] } : {}) };
}
