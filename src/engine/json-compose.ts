/**
 * Composes one JSON value of a stream (json-stream.ts has found where it is and that Go's decoder reads it)
 * straight into the `yaml` package's nodes — flow mappings and sequences, double-quoted and plain scalars —
 * with the very classes, ranges, values, styles and formats the parser gives (comments aside: JSON has none),
 * several times faster than its lexer, parser and composer. It gives up (undefined: the parser composes the
 * value) on what the two readings may take differently: a duplicate key, a key with space before its `:`,
 * tabs and carriage returns (indentation to YAML), keys over 1000 characters, nesting past the parser's
 * limit (yaml-limits.ts).
 *
 * `scripts/block-compose-check.mjs` compares every node with the parser's on a corpus of real repositories;
 * `__tests__/engine/json-compose.test.ts` on generated values.
 * Cost: one pass over the value's text, without recursion.
 */

import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { plainScalar } from './block-compose.js';
import { setKey } from './yaml-plain.js';
import { MAX_NESTING_DEPTH } from './yaml-limits.js';

type Range = [number, number, number];
type Options = ParseOptions & DocumentOptions & SchemaOptions;

interface Frame {
  node: YAMLMap<Scalar, unknown> | YAMLSeq<unknown>;
  /** Its value, as `toJS` gives it. */
  value: Record<string, unknown> | unknown[];
  /** Mappings: the keys seen (a duplicate is the parser's error), and the pair whose value comes next. */
  keys?: Set<string>;
  pair?: Pair<Scalar, unknown>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

class OutsideSubset extends Error {}
const outside = (): never => {
  throw new OutsideSubset();
};

/** The values of composed documents, as `toJS` gives them (parse.ts reads them instead of calling it). */
export const composedValues = new WeakMap<Document.Parsed, unknown>();

/** The value in `text[start, end)` (valid JSON, no white space around it) as the parser composes it. */
export function composeJsonDocument(
  text: string,
  start: number,
  end: number,
  options: Options,
): Document.Parsed | undefined {
  const tab = text.indexOf('\t', start);
  const cr = text.indexOf('\r', start);
  if ((tab !== -1 && tab < end) || (cr !== -1 && cr < end)) return undefined;
  try {
    const document = new Document(undefined, options) as unknown as Document.Parsed;
    const composer = new JsonComposer(text, end, document);
    const contents = composer.run(start);
    document.contents = contents as Document.Parsed['contents'];
    document.range = [start, end, end];
    composedValues.set(document, composer.value);
    return document;
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

class JsonComposer {
  private readonly stack: Frame[] = [];
  /** The value of the whole document. */
  value: unknown;

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly document: Document.Parsed,
  ) {}

  /** After white space from `at`. */
  private skip(at: number): number {
    const text = this.text;
    let i = at;
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a) break;
    }
    return i;
  }

  run(start: number): YAMLMap | YAMLSeq | Scalar {
    const text = this.text;
    const stack = this.stack;
    let root: YAMLMap | YAMLSeq | Scalar | undefined;
    let i = start;
    for (;;) {
      const top = stack[stack.length - 1];
      const c = text.charCodeAt(i);
      if (top && top.keys && !top.pair) {
        // A key or the end of the mapping.
        if (c === 0x7d /* } */) {
          i = this.close(top, i);
        } else {
          i = this.key(top, i);
          continue;
        }
      } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        if (stack.length >= MAX_NESTING_DEPTH) outside();
        const node =
          c === 0x7b ? new YAMLMap<Scalar, unknown>(this.document.schema) : new YAMLSeq(this.document.schema);
        node.flow = true;
        node.range = [i, i, i];
        const value = c === 0x7b ? {} : [];
        this.attach(top, node, value);
        root ??= node;
        stack.push(c === 0x7b ? { node, value, keys: new Set() } : { node, value });
        i = this.skip(i + 1);
        continue;
      } else if (c === 0x5d /* ] */ && top && !top.keys) {
        i = this.close(top, i);
      } else {
        const scalar = this.scalar(i, top);
        this.attach(top, scalar, scalar.value);
        root ??= scalar;
        i = this.skip((scalar.range as Range)[2]);
      }
      // After a value: `,`, or the end of the collection it is in (read on the next turn).
      const after = stack[stack.length - 1];
      if (!after) return root ?? outside();
      if (text.charCodeAt(i) === 0x2c /* , */) {
        i = this.skip(i + 1);
        if (after.keys) after.pair = undefined;
      } else if (text.charCodeAt(i) !== (after.keys ? 0x7d : 0x5d)) {
        outside();
      } else if (after.keys) {
        after.pair = undefined;
      }
    }
  }

  /** Puts a node and its value into the collection on top (the value of its pending pair, or a new item). */
  private attach(top: Frame | undefined, node: YAMLMap | YAMLSeq | Scalar, value: unknown): void {
    if (!top) {
      this.value = value;
      return;
    }
    if (top.keys) {
      const pair = top.pair ?? outside();
      pair.value = node;
      setKey(top.value as Record<string, unknown>, pair.key.value as string, value);
    } else {
      (top.node as YAMLSeq<unknown>).items.push(node);
      (top.value as unknown[]).push(value);
    }
  }

  /**
   * Where the parser ends a node that ends at `at`: an item of a sequence after the white space that follows,
   * a value in a mapping after spaces and one line break.
   */
  private trailing(at: number, parent: Frame | undefined): number {
    if (!parent) return at;
    if (!parent.keys) return this.skip(at);
    const text = this.text;
    let i = at;
    while (i < this.end && text.charCodeAt(i) === 0x20) i++;
    return i < this.end && text.charCodeAt(i) === 0x0a ? i + 1 : i;
  }

  /** Ends the collection on top at its closing bracket `at`: its range, and after the white space. */
  private close(frame: Frame, at: number): number {
    this.stack.pop();
    const range = frame.node.range as Range;
    range[1] = at + 1;
    range[2] = this.trailing(at + 1, this.stack[this.stack.length - 1]);
    return this.skip(range[2]);
  }

  /** `"key":` at `at` in the mapping `frame`: the offset of its value. */
  private key(frame: Frame, at: number): number {
    if (this.text.charCodeAt(at) !== QUOTE) outside();
    const close = this.stringEnd(at);
    if (this.text.charCodeAt(close) !== 0x3a /* : */ || close - at > 1000) outside();
    const key = this.stringScalar(at, close, close);
    const keys = frame.keys as Set<string>;
    if (keys.has(key.value as string)) outside();
    keys.add(key.value as string);
    const pair = new Pair<Scalar, unknown>(key, null);
    frame.pair = pair;
    (frame.node as YAMLMap<Scalar, unknown>).items.push(pair);
    return this.skip(close + 1);
  }

  /** A string or a plain scalar (number, true, false, null) at `at`, in the collection `parent`. */
  private scalar(at: number, parent: Frame | undefined): Scalar {
    const text = this.text;
    if (text.charCodeAt(at) === QUOTE) {
      const close = this.stringEnd(at);
      return this.stringScalar(at, close, this.trailing(close, parent));
    }
    let i = at;
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2c || c === 0x5d || c === 0x7d || c === 0x20 || c === 0x0a) break;
    }
    if (i === at) outside();
    const scalar = plainScalar(text.slice(at, i));
    scalar.range = [at, i, this.trailing(i, parent)];
    return scalar;
  }

  /** After the closing quote of the string at `at`. */
  private stringEnd(at: number): number {
    const text = this.text;
    for (let i = at + 1; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) return i + 1;
    }
    return outside();
  }

  private stringScalar(at: number, close: number, end: number): Scalar {
    const raw = this.text.slice(at, close);
    const value = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    const scalar = new Scalar(value);
    scalar.range = [at, close, end];
    scalar.source = value;
    scalar.type = Scalar.QUOTE_DOUBLE;
    return scalar;
  }
}
