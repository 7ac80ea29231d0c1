/**
 * What go-yaml (kubectl's YAML parser, through sigs.k8s.io/yaml) reads and the `yaml` package rejects,
 * read the way go-yaml reads it, so that such an object is checked like any other instead of dropped.
 *
 * Both known classes are lines that the `yaml` package wants indented past the enclosing block, where
 * go-yaml checks no indentation at all (scannerc.go: `yaml_parser_scan_flow_scalar` looks only for a
 * `---` or `...` starting a line; `yaml_parser_roll_indent` and `yaml_parser_unroll_indent` do nothing
 * in the flow context, and `yaml_parser_scan_plain_scalar` checks the indentation only outside it):
 *
 * - continuation lines of a multi-line quoted scalar, which controller-gen and `kubectl get -o yaml`
 *   wrap at the key's own indentation:
 *
 *       message: 'The schema has been applied successfully. Apply response: ...
 *       TABLE `users` ...'
 *
 * - the lines of a flow collection (`[...]`, `{...}`) in a block collection, JSON pasted as a value:
 *
 *       args: [
 *       "--port=8080"
 *       ]
 *
 * The reading: in a copy of the text, indent each such line one column past the opening quote or
 * bracket (leading white space there is not part of any value, so no value changes), parse the copy,
 * and map every offset back to the original text. A repair counts only when the parser then finds the
 * scalar or collection exactly where go-yaml's rules end it.
 */
import { isCollection, isScalar, Scalar, visit } from 'yaml';
import type { Document } from 'yaml';
import type { YamlOptions } from './yaml-limits.js';
import { mapOffsets, parseDocumentsInRange } from './yaml-limits.js';

/** Constructs repaired in one range, at most (a hostile file must not make this quadratic). */
const MAX_REPAIRS = 1_000;
/**
 * Re-parses: a repair can uncover the next cut construct that the first error hid, and in a CRD whose
 * validation rules controller-gen wrapped one after the other (a Gateway API HTTPRoute: 16 of them) each
 * round uncovers about one. At least MIN_ROUNDS, and more while the text re-parsed stays within
 * REPARSE_BUDGET characters in all, never more than MAX_ROUNDS: the work stays linear in the range.
 */
const MIN_ROUNDS = 4;
const MAX_ROUNDS = 64;
const REPARSE_BUDGET = 16_000_000;

/** How many rounds a range of `length` characters gets. */
export function roundsFor(length: number): number {
  return Math.min(MAX_ROUNDS, Math.max(MIN_ROUNDS, Math.floor(REPARSE_BUDGET / Math.max(1, length))));
}

/** A quoted scalar or flow collection, from its opening quote or bracket to its closing one. */
interface Repair {
  open: number;
  close: number;
  flow: boolean;
}

/**
 * The documents of `text` in [from, to), as `parseDocumentsInRange` gives them, except that a document
 * whose only trouble is lines go-yaml does not check the indentation of is read as go-yaml reads it
 * (offsets in `text`).
 */
export function parseDocumentsLeniently(
  text: string,
  from: number,
  to: number,
  options: YamlOptions,
): Document.Parsed[] {
  const original = parseDocumentsInRange(text, from, to, options);
  /** Characters the search for closing quotes and brackets may read: unclosed ones must not make it quadratic. */
  const budget = { left: 8 * (to - from) + 4096 };
  let cut = cutConstructs(text, to, original, budget);
  if (cut.length === 0) return original;

  /** Sorted by opening offset, in `text`. */
  const repairs: Repair[] = [];
  let reach: number[] = [];
  let repaired: Document.Parsed[] | undefined;
  let edited: Edited | undefined;
  const rounds = roundsFor(to - from);
  for (let round = 0; round < rounds && cut.length > 0; round++) {
    let added = false;
    for (const { start, flow } of cut) {
      if (repairs.length >= MAX_REPAIRS) break;
      const open = edited ? edited.toOriginal(start) : start;
      if (within(repairs, reach, open)) continue;
      const close = flow ? closingBracket(text, open, to, budget) : closingQuote(text, open, to, budget);
      if (close === undefined) continue;
      repairs.splice(insertionPoint(repairs, open), 0, { open, close, flow });
      reach = reaches(repairs);
      added = true;
    }
    if (!added) break;
    edited = reindent(text, from, to, repairs);
    const shift = edited.text.length - text.length;
    repaired = parseDocumentsInRange(edited.text, from, to + shift, options);
    cut = cutConstructs(edited.text, to + shift, repaired, budget);
  }
  if (!repaired || !edited || repaired.length !== original.length) return original;

  for (const document of repaired) mapOffsets(document, edited.toOriginal);
  return original.map((document, i) => {
    const candidate = repaired[i] as Document.Parsed;
    if (document.errors.length === 0) return document;
    return repairsHold(candidate, repairs) ? candidate : document;
  });
}

/**
 * Openings of the quoted scalars and flow collections of broken documents that the parser ended before
 * go-yaml would (it cut them at a line it wanted indented further). Offsets in `text`, which is the text
 * those documents were parsed from.
 */
function cutConstructs(
  text: string,
  to: number,
  documents: readonly Document.Parsed[],
  budget: { left: number },
): { start: number; flow: boolean }[] {
  const found: { start: number; flow: boolean }[] = [];
  for (const document of documents) {
    if (!document.errors.some((e) => e.code !== 'DUPLICATE_KEY')) continue;
    visit(document, {
      Node(_, node) {
        if (!node.range || budget.left <= 0) return;
        const flow = isCollection(node) && node.flow === true;
        if (!flow && !(isScalar(node) && isQuoted(node))) return;
        const open = node.range[0];
        const close = flow ? closingBracket(text, open, to, budget) : closingQuote(text, open, to, budget);
        if (close !== undefined && close + 1 !== node.range[1]) found.push({ start: open, flow });
      },
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isQuoted(node: Scalar): boolean {
  return node.type === Scalar.QUOTE_SINGLE || node.type === Scalar.QUOTE_DOUBLE;
}

/** Whether `offset` opens, or falls inside, a construct already repaired (`reach`: see `reaches`). */
function within(repairs: readonly Repair[], reach: readonly number[], offset: number): boolean {
  const i = insertionPoint(repairs, offset) - 1;
  return i >= 0 && offset <= (reach[i] as number);
}

/** For each repair (sorted by opening), the furthest closing offset among it and those before it. */
function reaches(repairs: readonly Repair[]): number[] {
  const reach: number[] = [];
  let furthest = -1;
  for (const repair of repairs) reach.push((furthest = Math.max(furthest, repair.close)));
  return reach;
}

/** The index of the first repair opening after `offset`. */
function insertionPoint(repairs: readonly Repair[], offset: number): number {
  let lo = 0;
  let hi = repairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((repairs[mid] as Repair).open <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A `---` or `...` starting the line at `at`: go-yaml ends the document there, inside quotes or not. */
function documentMarkerAt(text: string, at: number, to: number): boolean {
  return /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(at, Math.min(at + 4, to)));
}

/**
 * Where go-yaml ends the quoted scalar opened at `open` (the offset of its closing quote), or undefined
 * where go-yaml rejects it too: a document marker at the start of a line inside it, or no closing quote.
 */
export function closingQuote(
  text: string,
  open: number,
  to: number,
  budget: { left: number } = { left: Infinity },
): number | undefined {
  const quote = text[open];
  if (quote !== "'" && quote !== '"') return undefined;
  for (let i = open + 1; i < to;) {
    if (budget.left-- <= 0) return undefined;
    const c = text[i];
    if (c === '\n') {
      if (documentMarkerAt(text, i + 1, to)) return undefined;
      i++;
    } else if (quote === "'" && c === "'") {
      if (text[i + 1] !== "'") return i;
      i += 2;
    } else if (quote === '"' && c === '"') {
      return i;
    } else if (quote === '"' && c === '\\') {
      // An escape; an escaped line break leaves the break to the line-start check.
      i += text[i + 1] === '\n' || text[i + 1] === '\r' ? 1 : 2;
    } else {
      i++;
    }
  }
  return undefined;
}

/**
 * Where go-yaml ends the flow collection opened at `open` (the offset of its closing bracket), or
 * undefined when it finds none (or gets lost: the repair is then checked against the parser anyway).
 */
export function closingBracket(
  text: string,
  open: number,
  to: number,
  budget: { left: number } = { left: Infinity },
): number | undefined {
  /** The closing brackets expected, innermost last. */
  const expected: string[] = [];
  /** At the start of a node: after an opening bracket, a comma or a `:` (a quote there opens a scalar). */
  let nodeStart = true;
  for (let i = open; i < to;) {
    if (budget.left-- <= 0) return undefined;
    const c = text[i] as string;
    if (c === '\n') {
      if (documentMarkerAt(text, i + 1, to)) return undefined;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#' && /[ \t\n]/.test(text[i - 1] ?? '\n')) {
      const end = text.indexOf('\n', i);
      i = end === -1 || end > to ? to : end;
    } else if ((c === "'" || c === '"') && nodeStart) {
      const close = closingQuote(text, i, to, budget);
      if (close === undefined) return undefined;
      i = close + 1;
      nodeStart = false;
    } else if (c === '[' || c === '{') {
      expected.push(c === '[' ? ']' : '}');
      i++;
      nodeStart = true;
    } else if (c === ']' || c === '}') {
      // A bracket that closes another kind of collection: go-yaml rejects it.
      if (expected.pop() !== c) return undefined;
      if (expected.length === 0) return i;
      i++;
      nodeStart = false;
    } else {
      nodeStart = c === ',' || (c === ':' && /[ \t\r\n,[\]{}]/.test(text[i + 1] ?? ' ')) || c === '?';
      i++;
    }
  }
  return undefined;
}

interface Edited {
  /** The text with the continuation lines re-indented. */
  text: string;
  /** An offset in the edited text -> the offset in the original text. */
  toOriginal: (offset: number) => number;
}

/**
 * The text with every line after the opening line of a repaired construct (up to its closing line)
 * indented one column past the opening quote or bracket. Tabs in that indentation become spaces: the
 * same length, and no part of any value either.
 */
function reindent(text: string, from: number, to: number, repairs: readonly Repair[]): Edited {
  /** Line start -> [end of its indentation, width wanted]. */
  const lines = new Map<number, [number, number]>();
  for (const { open, close } of repairs) {
    const column = open - (text.lastIndexOf('\n', open - 1) + 1);
    for (let nl = text.indexOf('\n', open); nl !== -1 && nl < close; nl = text.indexOf('\n', nl + 1)) {
      const lineStart = nl + 1;
      let end = lineStart;
      while (end < to && (text[end] === ' ' || text[end] === '\t')) end++;
      const blank = end >= to || text[end] === '\n' || text[end] === '\r';
      const width = blank ? end - lineStart : Math.max(end - lineStart, column + 1);
      const known = lines.get(lineStart);
      lines.set(lineStart, [end, Math.max(width, known?.[1] ?? 0)]);
    }
  }
  const parts: string[] = [];
  /** Where inserted spaces begin (in the edited text), how many, and the original offset there. */
  const inserts: { at: number; count: number; original: number }[] = [];
  let last = from;
  let shift = 0;
  parts.push(text.slice(0, from));
  for (const [lineStart, [end, width]] of [...lines].sort((a, b) => a[0] - b[0])) {
    const old = end - lineStart;
    if (width === old && !text.slice(lineStart, end).includes('\t')) continue;
    parts.push(text.slice(last, lineStart), ' '.repeat(width));
    if (width > old) inserts.push({ at: lineStart + shift, count: width - old, original: lineStart });
    shift += width - old;
    last = end;
  }
  parts.push(text.slice(last));
  const toOriginal = (offset: number): number => {
    let lo = 0;
    let hi = inserts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((inserts[mid] as { at: number }).at <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return offset;
    const insert = inserts[found] as { at: number; count: number; original: number };
    if (offset < insert.at + insert.count) return insert.original;
    return insert.original + (offset - insert.at - insert.count);
  };
  return { text: parts.join(''), toOriginal };
}

/** Every repair inside the document became a node exactly where go-yaml's rules end it. */
function repairsHold(document: Document.Parsed, repairs: readonly Repair[]): boolean {
  const [start, , end] = document.range;
  const expected = new Map<number, Repair>();
  for (const repair of repairs)
    if (repair.open >= start && repair.open < end) expected.set(repair.open, repair);
  if (expected.size === 0) return false;
  let found = 0;
  visit(document, {
    Node(_, node) {
      if (!node.range) return;
      const repair = expected.get(node.range[0]);
      if (!repair || node.range[1] !== repair.close + 1) return;
      if (repair.flow ? isCollection(node) && node.flow : isScalar(node) && isQuoted(node)) found++;
    },
  });
  return found === expected.size;
}
