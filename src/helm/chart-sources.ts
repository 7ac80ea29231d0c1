/**
 * What a template's `include` and `toYaml` actions write, for the template mapping (`template-map.ts`):
 * the `define` bodies of a chart's templates (usually `templates/_helpers.tpl`), the variables a template
 * sets from an `include`, and the nodes of the values files a chart was rendered with. Pure: the files
 * come as text.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { lexTemplate } from './template-lexer.js';
import type { Action, TemplateLine } from './template-lexer.js';

/** One values file, as helm merges it: a subchart's values sit `under` its name in its parents' files. */
export interface ValuesFile {
  file: string;
  text: string;
  /** The keys the template's chart's values sit under in this file (a subchart's name in its parent's). */
  under?: readonly string[];
}

/** The files of a chart, for following a template's actions into the files that write their values. */
export interface ChartSources {
  /** The mapped template's path, as `files` names it. */
  template: string;
  /**
   * The chart's template files (path → text): every file under the chart's `templates/` and its
   * subcharts', helpers (`_helpers.tpl`) among them. `define`s are looked for here.
   */
  files: ReadonlyMap<string, string>;
  /**
   * The values files the template's chart was rendered with, in helm's merge order (the chart's own
   * values.yaml first, the later winning).
   */
  values: readonly ValuesFile[];
}

export interface Define {
  name: string;
  file: string;
  /** The file's text with everything but the define's body blanked: lines and columns are the file's. */
  body: string;
}

/** The chart directory a template file belongs to (`charts/sub/` for `charts/sub/templates/x.yaml`). */
export function chartDirOf(file: string): string {
  const match = /^(.*\/)?templates\//.exec(file);
  return match?.[1] ?? '';
}

const indexes = new WeakMap<ReadonlyMap<string, string>, Map<string, Define[]>>();

/** Every `define` (and `block`) of the files, by name. */
function definesOf(files: ReadonlyMap<string, string>): Map<string, Define[]> {
  const cached = indexes.get(files);
  if (cached) return cached;
  const index = new Map<string, Define[]>();
  for (const [file, text] of files) {
    for (const define of definesIn(file, text)) {
      const list = index.get(define.name) ?? [];
      list.push(define);
      index.set(define.name, list);
    }
  }
  indexes.set(files, index);
  return index;
}

/** The defines of one file, each body cut out with the file's lines and columns kept. */
export function definesIn(file: string, template: string): Define[] {
  const text = template.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const defines: Define[] = [];
  let open: { name: string; end: number } | undefined;
  let depth = 0;
  for (const line of lexTemplate(text)) {
    const base = lineStarts[line.line - 1] ?? 0;
    for (const action of line.actions) {
      if (action.kind === 'define' && depth === 0) {
        const name = /^(?:define|block)\s+"([^"]*)"/.exec(action.body)?.[1];
        if (name !== undefined) open = { name, end: base + action.end };
      }
      if (['if', 'with', 'range', 'define'].includes(action.kind)) depth++;
      if (action.kind === 'end' && --depth === 0 && open) {
        const body =
          text.slice(0, open.end).replace(/[^\n]/g, ' ') + text.slice(open.end, base + action.start);
        defines.push({ name: open.name, file, body });
        open = undefined;
      }
      if (depth < 0) depth = 0;
    }
  }
  return defines;
}

/**
 * The define of that name the template at `from` includes: its own chart's, else any in the chart's tree
 * (helm's defines are global). `unique` when no other define of the name could be the one.
 */
export function findDefine(
  sources: ChartSources,
  name: string,
  from: string,
): { define: Define; unique: boolean } | undefined {
  const all = definesOf(sources.files).get(name) ?? [];
  const own = all.filter((d) => chartDirOf(d.file) === chartDirOf(from));
  const pick = own.length > 0 ? own : all;
  if (pick.length === 0) return undefined;
  return { define: pick[0]!, unique: pick.length === 1 };
}

const lexedTexts = new Map<string, TemplateLine[]>();

/** A text's lines, kept for the texts read lately (a chart's templates and define bodies, read per finding). */
function lexed(text: string): TemplateLine[] {
  let lines = lexedTexts.get(text);
  if (!lines) {
    if (lexedTexts.size >= 64) lexedTexts.clear();
    lines = lexTemplate(text);
    lexedTexts.set(text, lines);
  }
  return lines;
}

/** The commands of a pipeline (`a | b c | d`), split at the `|`s outside parentheses and strings. */
export function commandsOf(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(body.slice(start).trim());
  return out;
}

/** Commands that only indent or trim what the pipeline writes. */
const LAYOUT = /^(?:n?indent\s+\d+|trim|trimSuffix\s+"[^"]*"|trimPrefix\s+"[^"]*")$/;

export interface IncludeCall {
  name: string;
  /** The context given to the define (`.`, `$`, `(dict ...)`). */
  argument: string;
}

/** `include "NAME" ARG` / `template "NAME" ARG`, as the first command of a pipeline that only lays it out. */
export function includeOf(commands: readonly string[]): IncludeCall | undefined {
  if (!commands.slice(1).every((c) => LAYOUT.test(c))) return undefined;
  const call = /^(?:include|template)\s+"([^"]+)"\s*([\s\S]*)$/.exec(commands[0] ?? '');
  return call ? { name: call[1]!, argument: call[2]!.trim() || '.' } : undefined;
}

/**
 * The include a variable holds, when the pipeline is only `$var` (laid out): the last `$var := include
 * "NAME" ARG` of `text` before `line`.
 */
export function variableInclude(
  commands: readonly string[],
  text: string,
  line: number,
): IncludeCall | undefined {
  if (!/^\$\w+$/.test(commands[0] ?? '') || !commands.slice(1).every((c) => LAYOUT.test(c))) return undefined;
  const name = commands[0]!;
  let found: IncludeCall | undefined;
  for (const l of lexed(text)) {
    if (l.line >= line) break;
    for (const action of l.actions) {
      const set = new RegExp(`^\\${name}\\s*:?=\\s*([\\s\\S]*)$`).exec(action.body);
      if (action.kind === 'assign' && set) found = includeOf(commandsOf(set[1]!));
    }
  }
  return found;
}

/**
 * The values a `toYaml` pipeline writes: `toYaml .Values.a.b`, `.Values.a.b | toYaml`, or `toYaml .` in
 * `{{ with .Values.a.b }}` (`dot`: the innermost `with`'s argument, undefined in a `range`), laid out.
 * The keys under `.Values`.
 */
export function toYamlValues(commands: readonly string[], dot: string | undefined): string[] | undefined {
  let subject: string | undefined;
  const first = /^toYaml\s+\(?\s*([^()\s]+)\s*\)?$/.exec(commands[0] ?? '');
  if (first && commands.slice(1).every((c) => LAYOUT.test(c))) subject = first[1];
  else if (commands[1] === 'toYaml' && commands.slice(2).every((c) => LAYOUT.test(c)))
    subject = /^\(?\s*([^()\s]+)\s*\)?$/.exec(commands[0] ?? '')?.[1];
  if (subject === '.') subject = dot;
  const keys = subject === undefined ? null : /^\$?\.Values((?:\.[\w-]+)+)$/.exec(subject);
  return keys ? keys[1]!.split('.').slice(1) : undefined;
}

/** The commands of an output action's pipeline. */
export const pipelineOf = (action: Action): string[] => commandsOf(action.body);

export interface ValuesNode {
  file: string;
  line: number;
  column: number;
  endColumn: number;
  /** The node's value, as parsed. */
  value: unknown;
}

const parsed = new WeakMap<ValuesFile, Document>();

function documentOf(values: ValuesFile): Document {
  let document = parsed.get(values);
  if (!document) {
    document = parseDocument(values.text, { uniqueKeys: false });
    parsed.set(values, document);
  }
  return document;
}

type Found = { node: Node | null; key?: Node } | 'absent' | 'replaced';

/** The node at `path` of one file: absent, or `replaced` when the file sets a list or scalar on the way (helm merges maps only). */
function nodeIn(root: unknown, path: readonly (string | number)[]): Found {
  let node = root as Node | null;
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return 'absent';
      key = pair.key as Node;
      node = (pair.value ?? null) as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      if (segment >= node.items.length) return 'replaced';
      key = undefined;
      node = node.items[segment] as Node;
    } else return node === null || isSeq(node) || isScalar(node) ? 'replaced' : 'absent';
  }
  return { node, ...(key ? { key } : {}) };
}

/**
 * Where the values at `keys` (under `.Values`) are set: the last of the values files that sets them (helm
 * merges maps, the later file winning; a list or scalar replaces), on the value (or its key when the value
 * is a map, a list or empty).
 */
export function valuesNode(
  files: readonly ValuesFile[],
  keys: readonly (string | number)[],
): ValuesNode | undefined {
  for (const values of [...files].reverse()) {
    const document = documentOf(values);
    const found = nodeIn(document.contents, [...(values.under ?? []), ...keys]);
    if (found === 'absent') continue;
    if (found === 'replaced') return undefined;
    const at = isScalar(found.node) ? found.node : (found.key ?? found.node);
    const range = at?.range;
    if (!range) return undefined;
    const start = lineColumn(values.text, range[0]);
    const end = lineColumn(values.text, range[1]);
    return {
      file: values.file,
      line: start.line,
      column: start.column,
      endColumn: end.line === start.line ? end.column : start.column + 1,
      value: found.node === null ? null : (found.node.toJS(document) as unknown),
    };
  }
  return undefined;
}

/** 1-based line and column of an offset of `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
