/**
 * Composes a document of plain block YAML — what kubectl, Helm and kustomize print — straight into the
 * `yaml` package's nodes, several times faster than its lexer, parser and composer, and with the very nodes
 * they give: the same classes, ranges, values, scalar styles and formats (comments aside: no rule reads
 * them). It runs only on documents the pre-scan (prescan.ts) has read as certain YAML, and within them it
 * gives up (undefined: the parser composes the document) at anything outside a narrower subset:
 *
 * - block mappings with plain keys (letters, digits, `_ . / -`, read as strings) or quoted keys without
 *   escapes; block sequences, also of compact mappings (`- name: a`);
 * - one-line plain scalars, one-line quoted scalars without escapes, literal block scalars (`|`, `|-`, `|+`)
 *   without spaces-only lines, `[]`, `{}` and one-line flow sequences of such scalars written `[a, "b"]`;
 * - comment lines, except after the last entry of a nested collection (the parser stretches its range over them).
 *
 * `__tests__/engine/block-compose.test.ts` compares every node with the parser's on generated documents, and
 * `scripts/block-compose-check.mjs` does so on a whole corpus of real repositories.
 * Cost: one pass over the document's lines, linear in its length.
 */

import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar } from 'yaml';
import type { DocumentOptions, ParseOptions, Schema, SchemaOptions } from 'yaml';
import { CORE_TAGS, isKeyChar, KEYWORDS, setKey } from './yaml-plain.js';

export interface Composed {
  /** The document's root mapping. */
  contents: YAMLMap<Scalar, unknown>;
  /** The document's value, as `document.toJS()` gives it. */
  value: Record<string, unknown>;
  /** The document itself, made when first asked for (most callers need only its contents). */
  readonly document: Document.Parsed;
}

type Range = [number, number, number];

interface Frame {
  /** Column of the mapping's keys or of the sequence's dashes. */
  indent: number;
  node: YAMLMap<Scalar, unknown> | YAMLSeq<unknown>;
  value: Record<string, unknown> | unknown[];
  keys?: Set<string>;
}

/** A key with nothing after it: a nested block may follow, else its value is null. */
interface Pending {
  frame: Frame;
  key: string;
  pair: Pair<Scalar, unknown>;
  /** Just after the `:`; -1 when a comment follows it (then a null value is left to the parser). */
  at: number;
}

interface Block {
  /** Indent of the collection the scalar is a value in. */
  parent: number;
  header: number;
  chomp: string;
  indent: number;
  lines: string[];
  /** After the last line that holds text (clip, strip), or the last line of the scalar (keep). */
  textEnd: number;
  end: number;
  scalar: Scalar;
  set: (value: string) => void;
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const ignore = (): void => undefined;

/** Gives up: the text is outside the subset. */
class OutsideSubset extends Error {}
const outside = (): never => {
  throw new OutsideSubset();
};

/** A letter or `_`: a plain scalar starting with one is a string unless it is a keyword. */
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** Characters that may not start a plain scalar here (YAML indicators, and `-`, handled by the caller). */
const INDICATORS = new Set([...'?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/**
 * A plain scalar as the parser composes it: the first of the core schema's tags whose test matches, else a
 * string, with the source text and the tag's format.
 */
export function plainScalar(text: string): Scalar {
  let scalar: Scalar | undefined;
  if (!isLetter(text.charCodeAt(0)) || KEYWORDS.has(text)) {
    for (const tag of CORE_TAGS) {
      if (!tag.test.test(text)) continue;
      const resolved: unknown = tag.resolve(text, ignore, { intAsBigInt: false });
      scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
      if (tag.format) scalar.format = tag.format;
      break;
    }
  }
  scalar ??= new Scalar(text);
  scalar.source = text;
  scalar.type = Scalar.PLAIN;
  return scalar;
}

function stringScalar(text: string, type: Scalar.Type, range: Range): Scalar {
  const scalar = new Scalar(text);
  scalar.range = range;
  scalar.source = text;
  scalar.type = type;
  return scalar;
}

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/** One schema per set of options, shared by the nodes of every document composed with them, as within a document. */
const schemas = new WeakMap<Options, Schema>();
function schemaFor(options: Options): Schema {
  let schema = schemas.get(options);
  if (!schema) schemas.set(options, (schema = new Document(undefined, options).schema));
  return schema;
}

/**
 * The document in `text[from, to)` (whole lines, no `---` line: the pre-scan's document bounds), composed as
 * the parser composes it with `options`; undefined when it is outside the subset (or not a block mapping).
 */
export function composeBlockDocument(
  text: string,
  from: number,
  to: number,
  options: Options,
): Composed | undefined {
  try {
    return new Composer(text, options).run(from, to);
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

class Composer {
  private readonly schema: Schema;
  private readonly stack: Frame[] = [];
  private root: Frame | undefined;
  private pending: Pending | undefined;
  private block: Block | undefined;
  /** An inline scalar ended the last content line, in a collection at this indent: deeper lines would go on with it. */
  private inlineParent = -1;
  /** Deepest indent of the comment lines since the last content line (-1: none). */
  private commentIndent = -1;
  private commentEnd = 0;
  /** The last value read is a null (`key:` and nothing more). */
  private endsInNull = false;

  constructor(
    private readonly text: string,
    private readonly options: Options,
  ) {
    this.schema = schemaFor(options);
  }

  run(from: number, to: number): Composed | undefined {
    const text = this.text;
    if (text.indexOf('\t', from) !== -1 && text.indexOf('\t', from) < to) return undefined;
    let lineStart = from;
    while (lineStart < to) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd > to) lineEnd = to;
      const next = lineEnd < to ? lineEnd + 1 : lineEnd;
      this.line(lineStart, lineEnd, next);
      lineStart = next;
      if (lineEnd === to) break;
    }
    this.endBlock();
    this.resolvePending(0, false);
    if (!this.root) return undefined;
    this.closeTo(-1);
    const contents = this.root.node as YAMLMap<Scalar, unknown>;
    const contentEnd = (contents.range as Range)[2];
    const range: Range = [(contents.range as Range)[0], contentEnd, this.documentEnd(contentEnd, to)];
    const options = this.options;
    let document: Document.Parsed | undefined;
    return {
      contents,
      value: this.root.value as Record<string, unknown>,
      get document() {
        if (!document) {
          document = new Document(undefined, options) as unknown as Document.Parsed;
          document.contents = contents as Document.Parsed['contents'];
          document.range = range;
        }
        return document;
      },
    };
  }

  /**
   * Where the parser ends the document: at its end, after trailing comments and blank lines; but a null at the
   * end leaves the last line break out, and what follows it is left to the parser.
   */
  private documentEnd(contentEnd: number, to: number): number {
    if (!this.endsInNull) return to;
    if (to > contentEnd + 1) outside();
    return contentEnd;
  }

  private line(lineStart: number, lineEnd: number, next: number): void {
    const text = this.text;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    const indent = i - lineStart;
    if (this.block && this.blockLine(lineStart, lineEnd, next, indent)) return;
    if (i === lineEnd) return; // blank
    const c = text.charCodeAt(i);
    if (c === HASH) {
      // After a scalar, a deeper comment line stretches the scalar's range (the parser reads it as part of it).
      if (this.inlineParent >= 0 && indent > this.inlineParent) outside();
      this.commentIndent = Math.max(this.commentIndent, indent);
      this.commentEnd = next;
      return;
    }
    if (this.inlineParent >= 0 && indent > this.inlineParent) outside(); // a scalar over several lines
    this.inlineParent = -1;
    const isDash = c === DASH && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE);
    if (!this.root) {
      if (indent !== 0 || isDash) outside();
      this.root = this.openMap(i);
      this.stack.push(this.root);
    } else {
      this.resolvePending(indent, isDash);
      this.closeTo(indent, isDash);
    }
    // After a null resolved just above: this line's content comes after it.
    this.endsInNull = false;
    this.commentIndent = -1;
    const top = this.stack[this.stack.length - 1] ?? outside();
    if (top.indent !== indent) outside();
    if (isDash) this.item(top, i, lineEnd, next);
    else this.entry(top, i, lineEnd, next);
  }

  private openMap(at: number): Frame {
    const node = new YAMLMap<Scalar, unknown>(this.schema);
    node.range = [at, at, at];
    return { indent: at - this.lineStartOf(at), node, value: {}, keys: new Set() };
  }

  private lineStartOf(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  /** A key left without a value: the line at `indent` opens its nested block, or it is null. */
  private resolvePending(indent: number, isDash: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const parent = pending.frame.indent;
    if (indent > parent || (indent === parent && isDash && !Array.isArray(pending.frame.value))) {
      // The line opens the key's value: a mapping or a sequence at its indent (made by `item`/`entry`).
      const frame: Frame = isDash ? this.openSeq(indent) : this.openMapAt(indent);
      pending.pair.value = frame.node;
      this.assign(pending.frame, pending.key, frame.value);
      this.stack.push(frame);
      return;
    }
    // A null followed by comment lines: the parser stretches its range over them.
    if (pending.at < 0 || this.commentIndent >= 0) outside();
    // `key:` and nothing more: a null at the end of the key's line.
    const scalar = new Scalar(null);
    scalar.range = [pending.at, pending.at, pending.at];
    scalar.source = '';
    scalar.type = Scalar.PLAIN;
    pending.pair.value = scalar;
    this.assign(pending.frame, pending.key, null);
    this.extend(pending.frame, pending.at);
    this.endsInNull = true;
  }

  private openSeq(indent: number): Frame {
    const node = new YAMLSeq<unknown>(this.schema);
    node.range = [-1, -1, -1];
    return { indent, node, value: [] };
  }

  private openMapAt(indent: number): Frame {
    const node = new YAMLMap<Scalar, unknown>(this.schema);
    node.range = [-1, -1, -1];
    return { indent, node, value: {}, keys: new Set() };
  }

  /**
   * Closes the collections a line at `indent` is outside of; at the end of the document (`indent` -1), all.
   * Comment lines after the last entry of a nested collection stretch its range: outside the subset.
   */
  private closeTo(indent: number, isDash = false): void {
    const stack = this.stack;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Frame;
      const closes =
        top.indent > indent ||
        (top.indent === indent && Array.isArray(top.value) && !isDash && stack.length > 1);
      if (!closes) break;
      stack.pop();
      if (stack.length > 0 && this.commentIndent >= top.indent) outside();
      const parent = stack[stack.length - 1];
      if (parent) this.extend(parent, (top.node.range as Range)[2]);
    }
  }

  /** The collection's range now reaches `end` (and so do the collections it is in, when they close). */
  private extend(frame: Frame, end: number): void {
    const range = frame.node.range as Range;
    range[1] = end;
    range[2] = end;
  }

  private assign(frame: Frame, key: string | undefined, value: unknown): void {
    if (key === undefined) (frame.value as unknown[]).push(value);
    else setKey(frame.value as Record<string, unknown>, key, value);
  }

  /** `- ...` at `at` in the sequence `seq`. */
  private item(seq: Frame, at: number, lineEnd: number, next: number): void {
    const text = this.text;
    if (!Array.isArray(seq.value)) outside();
    const range = seq.node.range as Range;
    if (range[0] < 0) range[0] = at;
    let i = at + 1;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i === lineEnd) outside(); // the item on the next lines
    const c = text.charCodeAt(i);
    if (c === HASH || (c === DASH && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE))) outside();
    if (this.keyEnd(i, lineEnd) > 0) {
      const map = this.openMap(i);
      map.indent = i - (at - seq.indent);
      (seq.node as YAMLSeq<unknown>).items.push(map.node);
      this.assign(seq, undefined, map.value);
      this.stack.push(map);
      this.entry(map, i, lineEnd, next);
      return;
    }
    const node = this.inlineValue(seq, undefined, i, lineEnd, next);
    (seq.node as YAMLSeq<unknown>).items.push(node);
  }

  /** `key: value` at `at` in the mapping `map`. */
  private entry(map: Frame, at: number, lineEnd: number, next: number): void {
    if (Array.isArray(map.value)) outside();
    const text = this.text;
    const keyEnd = this.keyEnd(at, lineEnd);
    if (keyEnd <= 0) outside();
    const quote = text.charCodeAt(at);
    const quoted = quote === DQUOTE || quote === SQUOTE;
    const keyText = quoted ? text.slice(at + 1, keyEnd - 1) : text.slice(at, keyEnd);
    const keys = map.keys as Set<string>;
    if (keys.has(keyText)) outside(); // a duplicate key: the parser's error
    keys.add(keyText);
    const key = quoted
      ? stringScalar(keyText, quote === DQUOTE ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, [
          at,
          keyEnd,
          keyEnd,
        ])
      : plainScalar(keyText);
    if (!quoted) key.range = [at, keyEnd, keyEnd];
    if (typeof key.value !== 'string') outside();
    const range = map.node.range as Range;
    if (range[0] < 0) range[0] = at;
    const pair = new Pair<Scalar, unknown>(key, null);
    (map.node as YAMLMap<Scalar, unknown>).items.push(pair);

    let i = keyEnd + 1; // after the `:`
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i === lineEnd || text.charCodeAt(i) === HASH) {
      this.pending = { frame: map, key: keyText, pair, at: i === lineEnd && i === keyEnd + 1 ? i : -1 };
      return;
    }
    pair.value = this.inlineValue(map, keyText, i, lineEnd, next);
  }

  /**
   * The end of a key at `at` (before its `:`, which a space or the line end follows); 0 when the text there is
   * no key of the subset.
   */
  private keyEnd(at: number, lineEnd: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    let i: number;
    if (c === DQUOTE || c === SQUOTE) {
      const close = text.indexOf(String.fromCharCode(c), at + 1);
      if (close < 0 || close >= lineEnd) return 0;
      const inner = text.slice(at + 1, close);
      if ((c === DQUOTE && inner.includes('\\')) || text.charCodeAt(close + 1) === c) return 0;
      i = close + 1;
    } else {
      if (!isKeyChar(c) || c === 0x2e || c === DASH || c === 0x2f) return 0;
      i = at + 1;
      while (i < lineEnd && isKeyChar(text.charCodeAt(i))) i++;
    }
    if (i === lineEnd || text.charCodeAt(i) !== COLON) return 0;
    if (i + 1 < lineEnd && text.charCodeAt(i + 1) !== SPACE) return 0;
    return i - at > 1000 ? 0 : i;
  }

  /** The value at `at` (a scalar, a flow collection, a block scalar's header), to the line end. */
  private inlineValue(
    frame: Frame,
    key: string | undefined,
    at: number,
    lineEnd: number,
    next: number,
  ): unknown {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 0x7c /* | */) return this.blockHeader(frame, key, at, lineEnd);
    let node: Scalar | YAMLMap | YAMLSeq;
    let value: unknown;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(at, lineEnd);
      end = quoted.end;
      node = stringScalar(quoted.inner, quoted.type, [at, end, next]);
      value = quoted.inner;
    } else if (c === 0x5b /* [ */) {
      [node, value, end] = this.flowSequence(at, lineEnd, next);
    } else if (c === 0x7b /* { */) {
      if (text.charCodeAt(at + 1) !== 0x7d) outside();
      end = at + 2;
      const map = new YAMLMap(this.schema);
      map.flow = true;
      map.range = [at, end, next];
      node = map;
      value = {};
    } else {
      if (INDICATORS.has(c) || c === DASH) {
        if (c !== DASH || at + 1 === lineEnd || text.charCodeAt(at + 1) === SPACE) outside();
      }
      end = this.plainEnd(at, lineEnd);
      node = plainScalar(text.slice(at, end));
      node.range = [at, end, next];
      value = node.value;
    }
    if (!this.onlyComment(end, lineEnd)) outside();
    this.inlineParent = frame.indent;
    this.assign(frame, key, value);
    this.extend(frame, next);
    return node;
  }

  /** The one-line quoted scalar without escapes whose quote is at `at`: its text, style, and the offset after it. */
  private quoted(at: number, lineEnd: number): { inner: string; type: Scalar.Type; end: number } {
    const text = this.text;
    const c = text.charCodeAt(at);
    const close = text.indexOf(String.fromCharCode(c), at + 1);
    if (close < 0 || close >= lineEnd || text.charCodeAt(close + 1) === c) outside();
    const inner = text.slice(at + 1, close);
    if (c === DQUOTE && inner.includes('\\')) outside();
    return { inner, type: c === DQUOTE ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, end: close + 1 };
  }

  /** The end of one-line plain text from `at`, trailing spaces left out: the line end or a ` #` comment. */
  private plainEnd(at: number, lineEnd: number): number {
    const text = this.text;
    let end = lineEnd;
    for (let j = at + 1; j < lineEnd; j++) {
      const d = text.charCodeAt(j);
      if (d === COLON) {
        if (j + 1 === lineEnd || text.charCodeAt(j + 1) === SPACE) outside(); // a key
      } else if (d === HASH && text.charCodeAt(j - 1) === SPACE) {
        end = j;
        break;
      }
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /** Only spaces, or spaces then a comment, in [from, to). */
  private onlyComment(from: number, to: number): boolean {
    let i = from;
    while (i < to && this.text.charCodeAt(i) === SPACE) i++;
    return i === to || (i > from && this.text.charCodeAt(i) === HASH);
  }

  /** `[]` or `[a, "b", 'c']`: one line, one space after each comma, none inside the brackets. */
  private flowSequence(at: number, lineEnd: number, next: number): [YAMLSeq, unknown[], number] {
    const text = this.text;
    const seq = new YAMLSeq<Scalar>(this.schema);
    seq.flow = true;
    const value: unknown[] = [];
    let i = at + 1;
    if (text.charCodeAt(i) !== 0x5d /* ] */) {
      for (;;) {
        const c = text.charCodeAt(i);
        let end: number;
        let scalar: Scalar;
        if (c === DQUOTE || c === SQUOTE) {
          const quoted = this.quoted(i, lineEnd);
          end = quoted.end;
          scalar = stringScalar(quoted.inner, quoted.type, [i, end, end]);
        } else {
          end = i;
          while (end < lineEnd && isKeyChar(text.charCodeAt(end))) end++;
          if (end === i || (c === DASH && end === i + 1)) outside();
          scalar = plainScalar(text.slice(i, end));
          scalar.range = [i, end, end];
        }
        seq.items.push(scalar);
        value.push(scalar.value);
        i = end;
        if (text.charCodeAt(i) === 0x5d) break;
        if (text.charCodeAt(i) !== 0x2c /* , */ || text.charCodeAt(i + 1) !== SPACE) outside();
        i += 2;
        if (text.charCodeAt(i) === SPACE) outside();
      }
    }
    seq.range = [at, i + 1, next];
    return [seq, value, i + 1];
  }

  /** `|`, `|-` or `|+` at `at`: the text follows on more-indented lines. */
  private blockHeader(frame: Frame, key: string | undefined, at: number, lineEnd: number): Scalar {
    const text = this.text;
    let j = at + 1;
    const chomp = text.charCodeAt(j) === DASH || text.charCodeAt(j) === 0x2b ? text[j++] : '';
    if (!this.onlyComment(j, lineEnd)) outside();
    const scalar = new Scalar('');
    scalar.type = Scalar.BLOCK_LITERAL;
    const afterHeader = lineEnd + 1;
    this.block = {
      parent: frame.indent,
      header: at,
      chomp: chomp ?? '',
      indent: -1,
      lines: [],
      textEnd: afterHeader,
      end: afterHeader,
      scalar,
      set: (value) => {
        this.assign(frame, key, value);
        this.extend(frame, (scalar.range as Range)[2]);
      },
    };
    return scalar;
  }

  /** A line while a block scalar is open: true when it is the scalar's, false when it ends it. */
  private blockLine(lineStart: number, lineEnd: number, next: number, indent: number): boolean {
    const block = this.block as Block;
    if (lineStart + indent === lineEnd) {
      if (indent > 0) outside(); // spaces-only lines: subtle to read
      block.lines.push('');
      block.end = next;
      return true;
    }
    if (indent <= block.parent) {
      this.endBlock();
      return false;
    }
    if (block.indent < 0) block.indent = indent;
    else if (indent < block.indent) outside();
    block.lines.push(this.text.slice(lineStart + block.indent, lineEnd));
    block.textEnd = block.end = next;
    return true;
  }

  private endBlock(): void {
    const block = this.block;
    if (!block) return;
    this.block = undefined;
    const lines = block.lines;
    let trailing = 0;
    while (lines.length > 0 && lines[lines.length - 1] === '') {
      lines.pop();
      trailing++;
    }
    if (lines.length === 0) outside(); // no text at all
    const text = lines.join('\n');
    let value: string;
    if (block.chomp === '-') value = text;
    else if (block.chomp === '+') value = text + '\n'.repeat(1 + trailing);
    else value = `${text}\n`;
    const end = block.chomp === '+' ? block.end : block.textEnd;
    const scalar = block.scalar;
    scalar.value = value;
    scalar.source = value;
    scalar.range = [block.header, end, end];
    block.set(value);
  }
}
