/**
 * Splits a Helm template into lines and Go-template actions: the lowest layer of the template mapping
 * (`template-map.ts`). Pure: no I/O.
 *
 * A line here is a logical line: an action that spans several physical lines (`{{- include "x" (dict
 * ...) }}` written over three lines, a `{{/* ... *\/}}` comment) belongs to the line it starts on, and
 * the physical lines it covers make no line of their own.
 */

/** What an action does to the output. */
export type ActionKind =
  'if' | 'else' | 'end' | 'range' | 'with' | 'define' | 'comment' | 'assign' | 'output';

export interface Action {
  kind: ActionKind;
  /** The action's text between the delimiters, without the trim markers, trimmed. */
  body: string;
  /** 0-based offsets of `{{` and just after `}}` in the line's `text`. */
  start: number;
  end: number;
}

export interface TemplateLine {
  /** 1-based physical line the logical line starts on. */
  line: number;
  /** The logical line's text (an action spanning lines keeps its newlines). */
  text: string;
  /** `text` with every action replaced by `\u0001` characters and newlines inside actions too. */
  masked: string;
  actions: Action[];
}

/** The character that stands for action text in `TemplateLine.masked`. */
export const ACTION_MARK = '\u0001';

/** Where the action starting at `open` (the offset of `{{`) ends: the offset just after its `}}`. */
function actionEnd(text: string, open: number): number {
  let i = open + 2;
  if (text[i] === '-' && /\s/.test(text[i + 1] ?? '')) i += 1;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
  if (text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2);
    if (close < 0) return text.length;
    const after = text.indexOf('}}', close + 2);
    return after < 0 ? text.length : after + 2;
  }
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === '`' || c === "'") {
      i = quotedEnd(text, i);
      continue;
    }
    if (c === '}' && text[i + 1] === '}') return i + 2;
    i++;
  }
  return text.length;
}

/** The offset just after the Go string or character literal starting at `i`. */
function quotedEnd(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) {
    if (text[j] === '\\' && quote !== '`') j++;
    else if (text[j] === '\n' && quote !== '`') return j;
    j++;
  }
  return j + 1;
}

const ASSIGN = /^\$[\w]*\s*:?=/;

/** Classifies an action by its body. */
export function actionKind(body: string): ActionKind {
  if (body.startsWith('/*')) return 'comment';
  const word = /^[a-z]+/.exec(body)?.[0] ?? '';
  switch (word) {
    case 'if':
    case 'range':
    case 'with':
    case 'define':
    case 'end':
    case 'else':
      return word;
    case 'block':
      return 'define';
    case 'break':
    case 'continue':
      return 'comment';
    default:
      return ASSIGN.test(body) ? 'assign' : 'output';
  }
}

function bodyOf(raw: string): string {
  let inner = raw.slice(2, -2);
  if (/^-\s/.test(inner)) inner = inner.slice(1);
  if (/\s-$/.test(inner)) inner = inner.slice(0, -1);
  return inner.trim();
}

/** Cuts the template into logical lines. */
export function lexTemplate(template: string): TemplateLine[] {
  const text = template.replace(/\r\n?/g, '\n');
  const lines: TemplateLine[] = [];
  let line = 1;
  let start = 0;
  let masked = '';
  let actions: Action[] = [];
  let i = 0;
  const finish = (end: number): void => {
    const raw = text.slice(start, end);
    lines.push({ line, text: raw, masked, actions });
    line += raw.split('\n').length;
    start = end + 1;
    masked = '';
    actions = [];
  };
  while (i < text.length) {
    if (text[i] === '{' && text[i + 1] === '{') {
      const end = actionEnd(text, i);
      const raw = text.slice(i, end);
      const at = i - start;
      actions.push({ kind: actionKind(bodyOf(raw)), body: bodyOf(raw), start: at, end: at + raw.length });
      masked += ACTION_MARK.repeat(raw.length);
      i = end;
      continue;
    }
    if (text[i] === '\n') {
      finish(i);
      i++;
      continue;
    }
    masked += text[i];
    i++;
  }
  if (start < text.length || text.length === 0) finish(text.length);
  return lines;
}

/** The indentation that `indent N` / `nindent N` at the end of an output action gives its text, if any. */
export function indentOf(action: Action): number | undefined {
  const all = [...action.body.matchAll(/\bn?indent\s+(\d+)/g)];
  const last = all[all.length - 1];
  return last ? Number(last[1]) : undefined;
}

/** Whether an output action writes YAML structure of its own (a block of keys or items) rather than one scalar. */
export function writesBlock(action: Action): boolean {
  return /\b(toYaml|toJson|toPrettyJson|nindent|indent)\b/.test(action.body);
}
