/**
 * A cheap line scanner that reads each document of a manifest file before the YAML parser does, so that
 * only the documents a rule can read are parsed up front. For any other document it reads just the
 * object's identity (apiVersion, kind, name, namespace), which the rules that look at every object
 * (`duplicate-resource`, suppressions) need. For documents whose values the rules read but whose YAML
 * nodes they rarely need (workloads, routes), it builds the value itself, in the same pass over the
 * lines, and the YAML nodes are parsed only when something asks for a position.
 *
 * It understands a strict subset of block YAML — what kubectl, Helm and kustomize print — and is only
 * ever "certain": anything outside the subset (flow mappings, quoted/anchored/aliased/tagged values in
 * the identity, escapes, multi-line flow scalars, directives, tabs, CR line ends, control characters, odd
 * indentation, duplicate keys) makes it give up on the whole file, which is then parsed as before.
 * Within the subset it also proves the document free of syntax errors, so that skipping it never hides a
 * `yaml-syntax` finding. `__tests__/prescan.test.ts` checks this against the parser on generated and
 * hostile documents.
 */

import { isScalar } from 'yaml';
import { kindNames, kindsOf } from '../k8s/kinds.js';
import { CORE_TAGS, isKeyChar, KEYWORDS, setKey } from './yaml-plain.js';

/**
 * Which documents the pre-scan parses up front, and how: derived from the rules that run
 * (`prescanKinds` in src/engine/rule.ts, from each rule's `meta.reads` and `meta.readsNodes`), never kept
 * by hand. A kind no rule declares is still read right when a rule reads it: a document that is not parsed
 * up front is parsed when first read, so a missing declaration costs time, never correctness.
 */
export interface PrescanKinds {
  /** The kinds whose contents some rule reads: documents of these kinds are parsed up front. `'*'`: every kind. */
  fullParse: ReadonlySet<string>;
  /**
   * Of those, the kinds whose YAML nodes (positions, `locate`) the rules use for most objects, not only to
   * report a finding: the YAML parser reads them. For the other kinds of `fullParse` the pre-scan builds the
   * value and the nodes are parsed on first use. `'*'`: every kind.
   */
  nodes: ReadonlySet<string>;
}

/**
 * The kinds the rules of `ALL_RULES` (src/rules/index.ts) read: the pairing kinds, the workloads (their Pod
 * templates: labels a selector matches, container ports a targetPort names) and the routes to Services.
 * The default for callers that do not say which rules run; __tests__/engine/rule-kinds.test.ts holds it
 * equal to what the rules declare.
 */
export const FULL_PARSE_KINDS: ReadonlySet<string> = new Set(
  kindNames((k) => k.category === 'pairing' || k.category === 'workload' || k.category === 'route'),
);

/** The kinds whose YAML nodes the rules of `ALL_RULES` use for most objects: Service, Endpoints, EndpointSlice. */
export const NODE_KINDS: ReadonlySet<string> = new Set(kindsOf('pairing'));

/** What the rules of `ALL_RULES` read: the pre-scan's default. */
export const DEFAULT_PRESCAN_KINDS: PrescanKinds = { fullParse: FULL_PARSE_KINDS, nodes: NODE_KINDS };

/** What the pre-scan read of a document's shape that decides whether it is parsed up front. */
export interface DocumentShape {
  kind: string;
  /** The document has `spec.template` (a custom workload such as an Argo Rollout may carry Pods). */
  podTemplate: boolean;
}

const declares = (kinds: ReadonlySet<string>, kind: string): boolean => kinds.has(kind) || kinds.has('*');

/** Whether a document must be parsed up front: a kind the rules read, a List, or a possible custom workload. */
export function needsFullParse(shape: DocumentShape, kinds: PrescanKinds = DEFAULT_PRESCAN_KINDS): boolean {
  return declares(kinds.fullParse, shape.kind) || shape.kind.endsWith('List') || shape.podTemplate;
}

/** Whether the pre-scan may build the value of a document it parses up front (nodes are parsed later). */
function buildsValue(kind: string, kinds: PrescanKinds): boolean {
  return !declares(kinds.nodes, kind) && !kind.endsWith('List');
}

export interface ObjectIdentity {
  apiVersion: string;
  kind: string;
  /** `metadata.name`, '' when absent. */
  name: string;
  /** `metadata.namespace` when a non-empty string. */
  namespace?: string;
}

export interface PrescannedDocument {
  /** 0-based index of the document in its file, as the YAML parser counts them. */
  documentIndex: number;
  /** Offsets of the document's text: from the line after its `---` to the next `---` line or the end. */
  start: number;
  end: number;
  /** Parse it now: it is of a kind some rule reads, or its identity is not certain. */
  parse: boolean;
  /** Set when `parse` is false and the document is a Kubernetes object. */
  identity?: ObjectIdentity;
  /**
   * Set when `parse` is true but the pre-scan built the document's value itself (exactly what the
   * parser's `toJS` gives): only its YAML nodes are left to parse, when first asked for.
   */
  value?: Record<string, unknown>;
}

/**
 * Pre-scans one file (without a byte-order mark). Returns its documents that have content (empty ones
 * are left out: they hold no object), or undefined when it is not certain: then parse the whole file.
 */
export function prescanFile(
  text: string,
  kinds: PrescanKinds = DEFAULT_PRESCAN_KINDS,
): PrescannedDocument[] | undefined {
  // Tabs, CR, NEL, BOMs, control characters and lone surrogates: leave them to the parser.
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  const scanner = new Scanner(text, false, kinds);
  if (!scanner.run(0, text.length)) return undefined;
  for (const doc of scanner.documents) {
    if (doc.parse && doc.identity === undefined && scanner.buildable.has(doc.documentIndex)) {
      const builder = new Scanner(text, true, kinds);
      if (builder.run(doc.start, doc.end) && builder.root) doc.value = builder.root;
    }
  }
  return scanner.documents;
}

// Tabs are allowed only inside block scalars (see Scanner.line).
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHARACTER = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOT = 0x2e;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const GT = 0x3e;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COMMA = 0x2c;
const PERCENT = 0x25;

/** Past this many keys, a mapping's keys are kept in a Set (a hostile mapping may hold millions). */
const MANY_KEYS = 16;

/** Longest implicit key the parser accepts is 1024 characters. */
const MAX_KEY_LENGTH = 1000;

/** Role of a mapping in the document, for the parts of the identity and shape the scan reads. */
const enum Role {
  Other,
  Root,
  Metadata,
  Spec,
}

interface Container {
  indent: number;
  isSeq: boolean;
  role: Role;
  /** Keys seen in a mapping (duplicates are syntax errors); a Set once there are many. */
  keys?: string[] | Set<string>;
  /** Build mode: the object or array being built. */
  value?: Record<string, unknown> | unknown[];
}

const enum Value {
  Fail,
  /** Nothing after the key (a nested block may follow). */
  Empty,
  /** `|` or `>`: the text follows on more-indented lines. */
  Block,
  /** A scalar or flow collection that starts here (a plain or quoted scalar may go on, see `open`). */
  Inline,
}

/** The kind of the last scalar read by `scanValue`, and where its text is. */
/** Where a built value goes: a key of a mapping or an index of a sequence. */
interface Target {
  into: Record<string, unknown> | unknown[];
  key: string | number;
}

const enum ScalarStyle {
  None,
  Plain,
  Quoted,
}

/** `scanQuoted`: the quoted scalar goes on on the next line / is not certain YAML. */
const CONTINUES = -2;
const INVALID = -1;

/** Characters that may follow `\` in a double-quoted scalar (besides x, u and a line break). */
const SIMPLE_ESCAPES = new Set([...'0abtnvfre /\\"N_LP'].map((c) => c.charCodeAt(0)));

const RESOLVE_OPTIONS = { intAsBigInt: false };
const ignoreError = (): void => undefined;

/** The value the parser gives a plain scalar: by the core schema's tags, else a string. */
function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  if (((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) && !KEYWORDS.has(text))
    return text;
  for (const tag of CORE_TAGS) {
    if (!tag.test.test(text)) continue;
    const resolved: unknown = tag.resolve(text, ignoreError, RESOLVE_OPTIONS);
    return isScalar(resolved) ? resolved.value : resolved;
  }
  return text;
}

function assign(target: Target, value: unknown): void {
  if (Array.isArray(target.into)) target.into[target.key as number] = value;
  else setKey(target.into, target.key as string, value);
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Characters that may be part of a number in the YAML 1.2 core schema (`0x1F`, `1e-3`, `.5`, `+1`). */
const NUMBER_CHARS = /^[0-9a-fA-FxXoO.+\-_]*$/;

/** A plain scalar the core schema reads as a string (not a number, boolean or null). */
function isPlainString(text: string): boolean {
  const c = text.charCodeAt(0);
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  if (letter) return !KEYWORDS.has(text);
  const digit = c >= 0x30 && c <= 0x39;
  return digit && !NUMBER_CHARS.test(text);
}

/** Characters of a plain item inside a one-line flow sequence. */
function isFlowPlainChar(c: number): boolean {
  return isKeyChar(c) || c === 0x3d || c === 0x2b;
}

/** Characters that may not start a plain scalar (YAML indicators), besides `-` handled apart. */
function isIndicator(c: number): boolean {
  switch (c) {
    case 0x3f: // ?
    case COLON:
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case PIPE:
    case GT:
    case SQUOTE:
    case DQUOTE:
    case PERCENT:
    case 0x40: // @
    case 0x60: // `
      return true;
    default:
      return false;
  }
}

class Scanner {
  readonly documents: PrescannedDocument[] = [];
  /** Indexes of documents whose value build mode may build: kinds of `fullParse` outside `nodes`. */
  readonly buildable = new Set<number>();
  /** Build mode: the value of the document (its root mapping). */
  root: Record<string, unknown> | undefined;
  private readonly text: string;
  /**
   * Build mode: build the value of the one (already validated) document scanned. It stops (run returns
   * false) at anything whose value it does not build exactly as the parser: folded block scalars,
   * scalars over several lines, escapes, spaces-only lines in block scalars.
   */
  private readonly build: boolean;

  // The document being scanned.
  private documentIndex = 0;
  private documentStart = 0;
  private hasContent = false;
  private stack: Container[] = [];
  private lineStart = 0;
  /** A key with nothing after it, in the mapping at this indent: a nested block may follow. */
  private pendingIndent = -1;
  private pendingRole = Role.Other;
  private pendingTarget: Target | undefined;
  /** Inside a block scalar whose parent node is at this indent (-1: not in one). */
  private blockParent = -1;
  private blockIndent = -1;
  private blockTarget: Target | undefined;
  /** Its chomping indicator: '', '-' or '+'. */
  private blockChomp = '';
  private blockLines: string[] = [];
  /** A plain scalar that may go on over more-indented lines, in a collection at this indent. */
  private plainParent = -1;
  /** Inside a quoted scalar that spans lines (the quote character, 0: not in one), in a collection at `quoteParent`. */
  private quote = 0;
  private quoteParent = -1;
  /** The scalar that may go on is part of the identity: if it does, the identity is not certain. */
  private identityScalar = false;
  // What the document says about itself.
  private apiVersion: string | undefined;
  private kind: string | undefined;
  private name: string | undefined;
  private namespace: string | undefined;
  private uncertainIdentity = false;
  private podTemplate = false;

  // Set by scanValue: the value just read.
  private scalarStyle = ScalarStyle.None;
  private scalarStart = 0;
  private scalarEnd = 0;
  /** It has escapes (`\n`, `''`): its text is not the source text. */
  private scalarEscaped = false;
  /** It may go on on the next lines (a plain scalar without a comment after it, or an open quote). */
  private scalarOpen = false;
  /** `|` or `>`, and its chomping indicator. */
  private blockHeader = '';
  /** Build mode: a flow collection's value. */
  private flowValue: unknown;

  constructor(
    text: string,
    build: boolean,
    private readonly kinds: PrescanKinds,
  ) {
    this.text = text;
    this.build = build;
  }

  /** Scans [from, to): whole lines. False when the text is not certain YAML of the subset. */
  run(from: number, to: number): boolean {
    const text = this.text;
    let lineStart = from;
    let sawMarker = false;
    let nextTab = text.indexOf('\t', from);
    if (nextTab < 0 || nextTab > to) nextTab = to;
    this.documentStart = from;
    while (lineStart < to) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd > to) lineEnd = to;
      const hasTab = nextTab < lineEnd;
      if (hasTab) {
        nextTab = text.indexOf('\t', lineEnd);
        if (nextTab < 0 || nextTab > to) nextTab = to;
      }
      const first = text.charCodeAt(lineStart);
      if (lineStart === lineEnd) {
        // Empty line: nothing to read (inside a block scalar it is part of the text).
        if (this.build && this.blockParent >= 0) this.blockLines.push('');
      } else if (
        (first === DASH || first === DOT) &&
        lineEnd - lineStart >= 3 &&
        text.charCodeAt(lineStart + 1) === first &&
        text.charCodeAt(lineStart + 2) === first &&
        (lineEnd - lineStart === 3 || text.charCodeAt(lineStart + 3) === SPACE)
      ) {
        // `---` starts a document; `...` ends one (rare: leave it to the parser), as does anything after it.
        if (
          this.build ||
          first === DOT ||
          hasTab ||
          this.quote !== 0 ||
          !this.onlyComment(lineStart + 3, lineEnd)
        )
          return false;
        if (!this.endDocument(lineStart, sawMarker)) return false;
        sawMarker = true;
        this.startDocument(lineEnd + 1);
      } else if (first === PERCENT && !this.hasContent) {
        return false; // a directive
      } else if (!this.line(lineStart, lineEnd, hasTab)) {
        return false;
      }
      lineStart = lineEnd + 1;
    }
    return this.quote === 0 && this.endDocument(to, sawMarker);
  }

  private startDocument(start: number): void {
    this.documentStart = start;
    this.hasContent = false;
    this.stack = [];
    this.pendingIndent = -1;
    this.blockParent = -1;
    this.blockIndent = -1;
    this.plainParent = -1;
    this.quote = 0;
    this.apiVersion = undefined;
    this.kind = undefined;
    this.name = undefined;
    this.namespace = undefined;
    this.uncertainIdentity = false;
    this.podTemplate = false;
  }

  /** Closes the document that runs up to `end`; `counted` says a `---` opened it. */
  private endDocument(end: number, counted: boolean): boolean {
    if (this.build) return this.finishBlock();
    // Before the first `---`, a document exists only if it has content; after one, always.
    if (!this.hasContent) {
      if (counted) this.documentIndex++;
      return true;
    }
    const doc: PrescannedDocument = {
      documentIndex: this.documentIndex++,
      start: this.documentStart,
      end,
      parse: false,
    };
    const { apiVersion, kind } = this;
    if (this.uncertainIdentity) {
      doc.parse = true;
    } else if (apiVersion !== undefined && kind !== undefined) {
      if (needsFullParse({ kind, podTemplate: this.podTemplate }, this.kinds)) {
        doc.parse = true;
        if (buildsValue(kind, this.kinds)) this.buildable.add(doc.documentIndex);
      } else {
        const identity: ObjectIdentity = { apiVersion, kind, name: this.name ?? '' };
        if (this.namespace !== undefined && this.namespace !== '') identity.namespace = this.namespace;
        doc.identity = identity;
      }
    }
    this.documents.push(doc);
    return true;
  }

  /** Only spaces, or spaces then a comment, in [from, to). */
  private onlyComment(from: number, to: number): boolean {
    let i = from;
    while (i < to && this.text.charCodeAt(i) === SPACE) i++;
    return i === to || (i > from && this.text.charCodeAt(i) === HASH);
  }

  /** One line of the document (not a `---` line). */
  private line(lineStart: number, lineEnd: number, hasTab: boolean): boolean {
    const text = this.text;
    this.lineStart = lineStart;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    const indent = i - lineStart;
    const blank = i === lineEnd;

    if (this.blockParent >= 0) {
      const inBlock = this.blockScalarLine(lineStart, lineEnd, indent, blank, hasTab);
      if (inBlock !== undefined) return inBlock;
    }
    if (hasTab) return false;
    if (this.quote !== 0) return this.quotedLine(i, lineEnd, indent, blank);
    if (blank) return true;
    const c = text.charCodeAt(i);
    if (this.plainParent >= 0) {
      const inPlain = this.plainScalarLine(c, i, lineEnd, indent);
      if (inPlain !== undefined) return inPlain;
    }

    if (c === HASH) return true; // a comment line, at any indentation
    this.hasContent = true;
    const isDash = c === DASH && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE);
    if (!this.openBlock(indent, isDash)) return false;
    const top = this.closeBlocks(indent, isDash);
    if (!top) return false;
    this.identityScalar = false;
    if (isDash) return this.sequenceItem(top, i, lineEnd);
    return this.mapEntry(top, i, lineEnd);
  }

  /**
   * A line while a block scalar is open: true when it is text of the scalar, false when it is not certain
   * YAML of the subset, undefined when it ends the scalar (and is read as a line of its own).
   */
  private blockScalarLine(
    lineStart: number,
    lineEnd: number,
    indent: number,
    blank: boolean,
    hasTab: boolean,
  ): boolean | undefined {
    if (blank) {
      // A more-indented blank line before the first text line needs an indentation indicator.
      if (this.build) return false; // spaces-only lines: rare, and subtle to fold
      return this.blockIndent >= 0 || indent === 0;
    }
    if (indent > this.blockParent) {
      if (this.blockIndent < 0) {
        // The first text line sets the indentation; a tab there could be read as indentation.
        if (hasTab) return false;
        this.blockIndent = indent;
      } else if (indent < this.blockIndent) {
        return false;
      }
      if (this.build) this.blockLines.push(this.text.slice(lineStart + this.blockIndent, lineEnd));
      return true; // text of the block scalar: tabs and anything else allowed
    }
    return this.finishBlock() ? undefined : false;
  }

  /** A line of a quoted scalar spanning lines: every line more indented than its collection. */
  private quotedLine(i: number, lineEnd: number, indent: number, blank: boolean): boolean {
    if (blank) return true;
    if (indent <= this.quoteParent) return false;
    const close = this.scanQuoted(this.quote, i, lineEnd);
    if (close === INVALID) return false;
    if (close === CONTINUES) return true;
    this.quote = 0;
    return this.onlyComment(close + 1, lineEnd);
  }

  /**
   * A line while a plain scalar may go on: more-indented lines go on with it (true, or false when not
   * certain), a comment line ends it; undefined when the line is outside it (and is read as a line of its own).
   */
  private plainScalarLine(c: number, i: number, lineEnd: number, indent: number): boolean | undefined {
    if (indent <= this.plainParent) {
      this.plainParent = -1;
      return undefined;
    }
    if (c === HASH) {
      this.plainParent = -1;
      return true;
    }
    if (this.build || isIndicator(c) || c === DASH) return false;
    if (this.identityScalar) this.uncertainIdentity = true;
    const end = this.plainEnd(i, lineEnd);
    if (end < 0) return false;
    if (end < lineEnd) this.plainParent = -1; // a comment ends it
    return true;
  }

  /**
   * Opens the collection a content line at `indent` starts: the root mapping (the document is a block mapping
   * starting at column 0), or the value of the key or item before it. False when the document is not such a
   * mapping.
   */
  private openBlock(indent: number, isDash: boolean): boolean {
    if (this.stack.length === 0) {
      if (isDash || indent !== 0) return false;
      const root: Container = { indent: 0, isSeq: false, role: Role.Root, keys: [] };
      if (this.build) this.root = root.value = {};
      this.stack.push(root);
    } else if (this.pendingIndent >= 0) {
      const parent = this.pendingIndent;
      this.pendingIndent = -1;
      if (indent > parent || (indent === parent && isDash)) {
        const role = this.pendingRole;
        const child: Container = isDash
          ? { indent, isSeq: true, role }
          : { indent, isSeq: false, role, keys: [] };
        if (this.build) assign(this.pendingTarget as Target, (child.value = isDash ? [] : {}));
        this.stack.push(child);
      }
    }
    return true;
  }

  /** Closes the blocks a line at `indent` is outside of: the collection it is in, undefined when none fits. */
  private closeBlocks(indent: number, isDash: boolean): Container | undefined {
    const stack = this.stack;
    let top = stack[stack.length - 1] as Container;
    while (top.indent > indent || (top.indent === indent && top.isSeq && !isDash && stack.length > 1)) {
      stack.pop();
      if (stack.length === 0) return undefined;
      top = stack[stack.length - 1] as Container;
    }
    if (top.indent !== indent || top.isSeq !== isDash) return undefined;
    return top;
  }

  /** `- ...` at `at`: a scalar, a flow collection, a block scalar, or the first entry of a mapping. */
  private sequenceItem(seq: Container, at: number, lineEnd: number): boolean {
    const text = this.text;
    let i = at + 1;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i === lineEnd) return false; // `-` alone: the item is on the next lines
    const c = text.charCodeAt(i);
    if (c === HASH || (c === DASH && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE))) return false;
    const items = seq.value as unknown[];
    const keyEnd = this.scanKey(i, lineEnd);
    if (keyEnd > 0) {
      const map: Container = { indent: i - this.lineStart, isSeq: false, role: Role.Other, keys: [] };
      if (this.build) items.push((map.value = {}));
      this.stack.push(map);
      return this.mapEntry(map, i, lineEnd);
    }
    if (keyEnd < 0) return false;
    const value = this.scanValue(i, lineEnd);
    if (this.build && value !== Value.Fail) {
      items.push(null);
      if (!this.buildValue(value, { into: items, key: items.length - 1 })) return false;
    }
    return this.afterValue(value, seq.indent);
  }

  /** `key: value` at `at` in the mapping `map`. */
  private mapEntry(map: Container, at: number, lineEnd: number): boolean {
    const keyEnd = this.scanKey(at, lineEnd);
    if (keyEnd <= 0) return false;
    const text = this.text;
    const quoted = text.charCodeAt(at) === DQUOTE || text.charCodeAt(at) === SQUOTE;
    const key = quoted ? text.slice(at + 1, keyEnd - 2) : text.slice(at, keyEnd - 1);
    // A duplicate key is a syntax error: let the parser report it.
    const keys = map.keys as string[] | Set<string>;
    if (Array.isArray(keys)) {
      if (keys.includes(key)) return false;
      keys.push(key);
      if (keys.length > MANY_KEYS) map.keys = new Set(keys);
    } else {
      if (keys.has(key)) return false;
      keys.add(key);
    }

    const value = this.scanValue(keyEnd, lineEnd);
    if (this.build && value !== Value.Fail) {
      if (!this.buildValue(value, { into: map.value as Record<string, unknown>, key })) return false;
    }
    if (!this.afterValue(value, map.indent)) return false;
    this.pendingRole = Role.Other;
    if (map.role === Role.Root) this.rootEntry(key, value);
    else if (map.role === Role.Metadata) this.metadataEntry(key, value);
    else if (map.role === Role.Spec && key === 'template') this.podTemplate = true;
    return true;
  }

  /** What follows a value read by `scanValue` in a collection at `parent`. */
  private afterValue(value: Value, parent: number): boolean {
    switch (value) {
      case Value.Fail:
        return false;
      case Value.Empty:
        this.pendingIndent = parent;
        return true;
      case Value.Block:
        this.blockParent = parent;
        return true;
      default:
        if (this.scalarOpen) {
          if (this.scalarStyle === ScalarStyle.Quoted) this.quoteParent = parent;
          else this.plainParent = parent;
        }
        return true;
    }
  }

  /** Build mode: the value just read by `scanValue`, put at `target`. */
  private buildValue(value: Value, target: Target): boolean {
    switch (value) {
      case Value.Empty:
        assign(target, null); // unless a nested block follows
        this.pendingTarget = target;
        return true;
      case Value.Block:
        // Literal block scalars only: folding (`>`) has subtler rules.
        if (this.blockHeader[0] !== '|') return false;
        this.blockTarget = target;
        this.blockChomp = this.blockHeader[1] ?? '';
        this.blockLines = [];
        return true;
      default: {
        if (this.scalarStyle === ScalarStyle.None) {
          assign(target, this.flowValue);
          return true;
        }
        if (this.scalarEscaped || (this.scalarOpen && this.scalarStyle === ScalarStyle.Quoted)) return false;
        const text = this.text.slice(this.scalarStart, this.scalarEnd);
        assign(target, this.scalarStyle === ScalarStyle.Quoted ? text : resolvePlain(text));
        return true;
      }
    }
  }

  /** Ends a block scalar (if in one): in build mode, its value as the parser gives it. */
  private finishBlock(): boolean {
    if (this.blockParent >= 0 && this.build) {
      const lines = this.blockLines;
      let trailing = 0;
      while (lines.length > 0 && lines[lines.length - 1] === '') {
        lines.pop();
        trailing++;
      }
      const text = lines.join('\n');
      let value: string;
      if (this.blockChomp === '-')
        value = text; // strip
      else if (this.blockChomp === '+')
        value = text === '' ? '\n'.repeat(trailing) : text + '\n'.repeat(1 + trailing);
      else value = text === '' ? '' : `${text}\n`; // clip
      assign(this.blockTarget as Target, value);
    }
    this.blockParent = -1;
    this.blockIndent = -1;
    return true;
  }

  private rootEntry(key: string, value: Value): void {
    switch (key) {
      case 'apiVersion':
        this.apiVersion = this.identityText(value, false);
        break;
      case 'kind':
        this.kind = this.identityText(value, false);
        break;
      case 'metadata':
        if (value === Value.Empty) this.pendingRole = Role.Metadata;
        else this.uncertainIdentity = true;
        break;
      case 'spec':
        if (value === Value.Empty) this.pendingRole = Role.Spec;
        break;
    }
  }

  private metadataEntry(key: string, value: Value): void {
    if (key === 'name') this.name = this.identityText(value, true);
    else if (key === 'namespace') this.namespace = this.identityText(value, true);
  }

  /** The string a value stands for, when certain; otherwise the document's identity is uncertain. */
  private identityText(value: Value, quotedOk: boolean): string | undefined {
    this.identityScalar = true;
    // A plain scalar may still go on over the next lines: then `line` makes the identity uncertain.
    const complete = this.scalarStyle === ScalarStyle.Plain || !this.scalarOpen;
    if (value === Value.Inline && this.scalarStyle !== ScalarStyle.None && complete) {
      const s = this.text.slice(this.scalarStart, this.scalarEnd);
      if (this.scalarStyle === ScalarStyle.Quoted ? quotedOk && !this.scalarEscaped : isPlainString(s))
        return s;
    }
    this.uncertainIdentity = true;
    return undefined;
  }

  /**
   * A simple key at `at` followed by `:` and a space or the line end. Returns the offset after the `:`,
   * 0 when the text there is not a key (it may be a scalar), -1 when it is no certain YAML at all.
   */
  private scanKey(at: number, lineEnd: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    let i: number;
    if (c === DQUOTE || c === SQUOTE) {
      this.scalarEscaped = false;
      const close = this.scanQuoted(c, at + 1, lineEnd);
      if (close < 0 || this.scalarEscaped) return -1;
      if (text.charCodeAt(close + 1) !== COLON) return 0;
      i = close + 2;
      if (i < lineEnd && text.charCodeAt(i) !== SPACE) return 0;
    } else {
      if (!isKeyChar(c) || c === DOT || c === DASH || c === 0x2f) return 0;
      i = at + 1;
      while (i < lineEnd && isKeyChar(text.charCodeAt(i))) i++;
      if (i === lineEnd || text.charCodeAt(i) !== COLON) return 0;
      if (i + 1 < lineEnd && text.charCodeAt(i + 1) !== SPACE) return 0;
      // `1:`, `true:`, `null:` are keys of other types: equal values in other spellings are duplicates.
      if (!isPlainString(text.slice(at, i))) return -1;
      i++;
    }
    return i - at > MAX_KEY_LENGTH ? -1 : i;
  }

  /** The value from `at` (just after `key:` or `- `) to the line end. */
  private scanValue(at: number, lineEnd: number): Value {
    const text = this.text;
    this.scalarStyle = ScalarStyle.None;
    this.scalarOpen = false;
    this.scalarEscaped = false;
    let i = at;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i === lineEnd) return Value.Empty;
    const c = text.charCodeAt(i);
    switch (c) {
      case HASH:
        return i > at ? Value.Empty : Value.Fail;
      case DQUOTE:
      case SQUOTE: {
        const close = this.scanQuoted(c, i + 1, lineEnd);
        if (close === INVALID) return Value.Fail;
        this.scalarStyle = ScalarStyle.Quoted;
        if (close === CONTINUES) {
          this.quote = c;
          this.scalarOpen = true;
          return Value.Inline;
        }
        if (!this.onlyComment(close + 1, lineEnd)) return Value.Fail; // `"a"b`, `"a": b`
        this.scalarStart = i + 1;
        this.scalarEnd = close;
        return Value.Inline;
      }
      case PIPE:
      case GT: {
        let j = i + 1;
        const chomp = text.charCodeAt(j);
        if (chomp === DASH || chomp === 0x2b) j++;
        this.blockHeader = text.slice(i, j);
        return this.onlyComment(j, lineEnd) ? Value.Block : Value.Fail;
      }
      case LBRACE:
        this.flowValue = {};
        return text.charCodeAt(i + 1) === RBRACE && this.onlyComment(i + 2, lineEnd)
          ? Value.Inline
          : Value.Fail;
      case LBRACKET:
        return this.flowSequence(i, lineEnd) ? Value.Inline : Value.Fail;
      case DASH:
        if (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE) return Value.Fail;
        break;
      default:
        if (isIndicator(c)) return Value.Fail;
    }
    const end = this.plainEnd(i, lineEnd);
    if (end < 0) return Value.Fail;
    let trimmed = end;
    while (text.charCodeAt(trimmed - 1) === SPACE) trimmed--;
    this.scalarStyle = ScalarStyle.Plain;
    this.scalarStart = i;
    this.scalarEnd = trimmed;
    this.scalarOpen = end === lineEnd;
    return Value.Inline;
  }

  /**
   * The end of plain scalar text from `at`: the line end, or the ` #` of a comment. -1 when a `: ` inside
   * (or a `:` at its end) would make it a mapping key.
   */
  private plainEnd(at: number, lineEnd: number): number {
    const text = this.text;
    for (let j = at + 1; j < lineEnd; j++) {
      const d = text.charCodeAt(j);
      if (d === COLON) {
        if (j + 1 === lineEnd || text.charCodeAt(j + 1) === SPACE) return -1;
      } else if (d === HASH && text.charCodeAt(j - 1) === SPACE) {
        return j;
      }
    }
    return text.charCodeAt(at) === COLON && at + 1 === lineEnd ? -1 : lineEnd;
  }

  /**
   * Reads quoted text from `from` (after the opening quote, or at the start of a continuation line) to
   * the closing quote on this line: its offset, CONTINUES when the line ends first, INVALID on a bad
   * escape. Sets `scalarEscaped` when it meets an escape.
   */
  private scanQuoted(quote: number, from: number, lineEnd: number): number {
    const text = this.text;
    for (let i = from; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (quote === DQUOTE || text.charCodeAt(i + 1) !== SQUOTE) return i;
        this.scalarEscaped = true; // `''`
        i++;
      } else if (c === BACKSLASH && quote === DQUOTE) {
        this.scalarEscaped = true;
        if (i + 1 === lineEnd) return CONTINUES; // an escaped line break
        const e = text.charCodeAt(i + 1);
        if (SIMPLE_ESCAPES.has(e)) i++;
        else if (e === 0x78 /* x */ && isHex(text.charCodeAt(i + 2)) && isHex(text.charCodeAt(i + 3))) i += 3;
        else if (
          e === 0x75 /* u */ &&
          isHex(text.charCodeAt(i + 2)) &&
          isHex(text.charCodeAt(i + 3)) &&
          isHex(text.charCodeAt(i + 4)) &&
          isHex(text.charCodeAt(i + 5))
        )
          i += 5;
        else return INVALID;
      }
    }
    return CONTINUES;
  }

  /** `[]` or `[a, "b", 'c', {}]` on one line, with simple items. Build mode: its value in `flowValue`. */
  private flowSequence(at: number, lineEnd: number): boolean {
    const text = this.text;
    const items: unknown[] = [];
    this.flowValue = items;
    let i = at + 1;
    const skipSpaces = (): void => {
      while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    };
    skipSpaces();
    if (text.charCodeAt(i) === RBRACKET) return this.onlyComment(i + 1, lineEnd);
    for (;;) {
      skipSpaces();
      const c = text.charCodeAt(i);
      if (c === DQUOTE || c === SQUOTE) {
        this.scalarEscaped = false;
        const close = this.scanQuoted(c, i + 1, lineEnd);
        if (close < 0 || (this.build && this.scalarEscaped)) return false;
        if (this.build) items.push(text.slice(i + 1, close));
        i = close + 1;
      } else if (
        (c === LBRACE && text.charCodeAt(i + 1) === RBRACE) ||
        (c === LBRACKET && text.charCodeAt(i + 1) === RBRACKET)
      ) {
        if (this.build) items.push(c === LBRACE ? {} : []);
        i += 2; // `{}` or `[]`
      } else {
        const start = i;
        while (i < lineEnd && isFlowPlainChar(text.charCodeAt(i))) i++;
        if (i === start || (i === start + 1 && c === DASH)) return false;
        if (this.build) items.push(resolvePlain(text.slice(start, i)));
      }
      skipSpaces();
      const d = text.charCodeAt(i);
      if (d === RBRACKET) return this.onlyComment(i + 1, lineEnd);
      if (d !== COMMA || i >= lineEnd) return false;
      i++;
    }
  }
}
