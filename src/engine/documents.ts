/**
 * A manifest file's documents, read as kubectl reads them (k8s.io/apimachinery's `YAMLOrJSONDecoder`):
 * a JSON stream when the text starts with `{` (json-stream.ts), YAML documents otherwise (and for what a
 * JSON stream leaves ambiguous), with what go-yaml accepts and the `yaml` package does not read the way
 * go-yaml reads it (lenient-yaml.ts). Then, for each document, the one problem to report, if any.
 */
import { isCollection, isNode, isScalar, Scalar, visit } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import { composeJsonDocument } from './json-compose.js';
import type { JsonError } from './json-stream.js';
import { readJsonStream } from './json-stream.js';
import { closingBracket, closingQuote, parseDocumentsLeniently } from './lenient-yaml.js';
import type { YamlOptions } from './yaml-limits.js';
import { parseDocumentsInRange } from './yaml-limits.js';

export interface ReadDocuments {
  documents: Document.Parsed[];
  /** Whether the text is a JSON stream (`{...}` values back to back), entirely. */
  json: boolean;
  /**
   * kubectl's JSON error, when it is the error to report: for the document after the last one (an
   * unambiguous JSON stream broken there), or for a document that its YAML reading breaks too, nearer
   * the start than the JSON error.
   */
  jsonError?: JsonError & { documentIndex: number };
}

/**
 * Every document of the text (offsets in the text), never throwing for what the text holds. `compose`: JSON
 * values are composed without the parser where json-compose.ts can (false: all parsed, for comparing the two).
 */
export function readDocuments(text: string, options: YamlOptions, compose = true): ReadDocuments {
  const stream = readJsonStream(text);
  if (!stream) return { documents: readYaml(text, 0, options), json: false };
  // JSON is composed into the parser's very nodes without the parser (json-compose.ts) where it can be.
  const documents = stream.values.flatMap(([start, end]) => {
    const composed = compose ? composeJsonDocument(text, start, end, options) : undefined;
    return composed ? [composed] : parseDocumentsInRange(text, start, end, options);
  });
  for (const document of documents) VALID_JSON.add(document);
  if (!stream.error) return { documents, json: true };
  if (stream.yamlFrom === undefined) {
    return { documents, json: false, jsonError: { ...stream.error, documentIndex: documents.length } };
  }
  const jsonCount = documents.length;
  // Not `push(...)`: a stream may hold more documents than a call takes arguments.
  for (const document of readYaml(text, stream.yamlFrom, options)) documents.push(document);
  // Both readings fail: kubectl reports the JSON error; report it unless the YAML one got further.
  const broken = documents.findIndex((d, i) => i >= jsonCount && d.errors.some((e) => !isDuplicateKey(e)));
  const yamlError = broken === -1 ? undefined : firstError(documents[broken] as Document.Parsed);
  if (jsonCount === 0 && yamlError && stream.error.offset >= yamlError.pos[0]) {
    return { documents, json: false, jsonError: { ...stream.error, documentIndex: broken } };
  }
  return { documents, json: false };
}

/**
 * kubectl cuts a stream into documents at each line that starts with `---` and holds nothing else but a
 * comment (`YAMLReader` in apimachinery's decoder.go) before any YAML parsing.
 */
const SEPARATOR_LINE = /^---[ \t\r]*(?:#.*)?$/gm;

/**
 * The YAML documents of the text from `from` on. Where the `yaml` package carried a broken document
 * across a `---` line (an unclosed quote runs on), the document is cut there, as kubectl cuts it: the
 * documents after it are still read.
 */
function readYaml(text: string, from: number, options: YamlOptions): Document.Parsed[] {
  const documents = parseDocumentsLeniently(text, from, text.length, options);
  if (!documents.some(isBroken)) return documents;
  return documents.flatMap((document) => {
    if (!isBroken(document)) return [document];
    const [start, , end] = document.range;
    const cuts: number[] = [];
    SEPARATOR_LINE.lastIndex = start + 1;
    for (
      let match = SEPARATOR_LINE.exec(text);
      match && match.index < end;
      match = SEPARATOR_LINE.exec(text)
    ) {
      if (match.index > start && (match.index === 0 || text[match.index - 1] === '\n'))
        cuts.push(match.index);
    }
    if (cuts.length === 0) return [document];
    const bounds = [start, ...cuts, end];
    return bounds
      .slice(1)
      .flatMap((to, i) => parseDocumentsLeniently(text, bounds[i] as number, to, options));
  });
}

/** Where kubectl ends the document that holds `offset`: at the next `---` line, or the end of the text. */
function documentEnd(text: string, offset: number): number {
  SEPARATOR_LINE.lastIndex = offset;
  for (let match = SEPARATOR_LINE.exec(text); match; match = SEPARATOR_LINE.exec(text)) {
    if (match.index > offset && text[match.index - 1] === '\n') return match.index;
  }
  return text.length;
}

function isBroken(document: Document.Parsed): boolean {
  return document.errors.some((e) => !isDuplicateKey(e));
}

/** The one problem of a document: its first error (a duplicate key only when nothing else is wrong). */
export interface DocumentProblem {
  /** What is wrong, as a sentence without its full stop (it follows "does not parse: "). */
  message: string;
  start: number;
  end: number;
  /** Whether kubectl's parser (go-yaml, or Go's JSON decoder) rejects it too, as far as is known. */
  kubectlRejects: boolean;
  /** Valid, but past kube-pairing's limits. */
  overLimit?: boolean;
  /** A key set twice in one mapping: the document is still read, the last value winning. */
  duplicateKey?: { key: string; first: number; sameValue: boolean };
}

/** The document's problem, and whether it can be read anyway (no error, or duplicate keys only). */
export function documentProblem(
  text: string,
  document: Document.Parsed,
): { problem?: DocumentProblem; readable: boolean } {
  const error = firstError(document);
  if (error) return { problem: describeError(text, document, error), readable: false };
  if (document.errors.length === 0) return { readable: true };
  const duplicate = keepLastOfDuplicateKeys(document);
  if (!duplicate) return { readable: true };
  return {
    readable: true,
    problem: {
      message: `Map keys must be unique: the key ${JSON.stringify(duplicate.key)} is set twice in one mapping`,
      start: duplicate.at,
      end: duplicate.at + duplicate.length,
      kubectlRejects: false,
      duplicateKey: { key: duplicate.key, first: duplicate.first, sameValue: duplicate.sameValue },
    },
  };
}

/** kubectl's JSON error as the problem of a document (kubectl rejects the stream there). */
export function jsonProblem(error: JsonError): DocumentProblem {
  return {
    message: `JSON: ${error.message}`,
    start: error.offset,
    end: error.offset + 1,
    kubectlRejects: true,
  };
}

type ParseError = Document.Parsed['errors'][number];

function isDuplicateKey(error: ParseError): boolean {
  return error.code === 'DUPLICATE_KEY';
}

/** The error nearest the start of the document, duplicate keys aside (they leave it readable). */
function firstError(document: Document.Parsed): ParseError | undefined {
  let first: ParseError | undefined;
  for (const error of document.errors) {
    if (isDuplicateKey(error)) continue;
    if (!first || error.pos[0] < first.pos[0]) first = error;
  }
  return first;
}

/** Codes whose errors go-yaml, kubectl's parser, is not known to share (it checks less there). */
const UNSHARED_CODES = new Set(['IMPOSSIBLE', 'NON_STRING_KEY', 'BAD_COLLECTION_TYPE']);

/** Documents whose text is a valid JSON value: kubectl reads them, whatever the YAML parser says. */
const VALID_JSON = new WeakSet<Document.Parsed>();

function describeError(text: string, document: Document.Parsed, error: ParseError): DocumentProblem {
  const [start, end] = error.pos;
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return { message: firstLine(error.message), start, end, kubectlRejects: false, overLimit: true };
  }
  if (VALID_JSON.has(document)) {
    const message = `${phrase(error.message)} (in valid JSON, which kubectl reads)`;
    return { message, start, end, kubectlRejects: false };
  }
  const quote = error.code === 'MISSING_CHAR' && /quote/.test(error.message);
  const flow = /^Flow (?:sequence|map) .*end with a [\]}]/.test(error.message);
  if (quote || flow) {
    // The node the parser cut short at the error: where does go-yaml end it?
    const node = nodeEndingAt(document, start, flow);
    if (node?.range) {
      const open = node.range[0];
      // Where kubectl ends the document (the parser may have ended it sooner).
      const to = documentEnd(text, open);
      const close = flow ? closingBracket(text, open, to) : closingQuote(text, open, to);
      if (close === undefined) {
        return { message: unclosed(text, node, open), start, end, kubectlRejects: true };
      }
    }
    // go-yaml would end it, yet it did not read as go-yaml reads it: whether kubectl accepts it is unknown.
    return { message: phrase(error.message), start, end, kubectlRejects: false };
  }
  if (error.code === 'TAB_AS_INDENT') {
    return {
      message: 'Tabs are not allowed as indentation (YAML indents with spaces only)',
      start,
      end,
      kubectlRejects: true,
    };
  }
  return { message: phrase(error.message), start, end, kubectlRejects: !UNSHARED_CODES.has(error.code) };
}

/** "The double-quoted string that starts at line 4, column 9 has no closing \"" */
function unclosed(text: string, node: Node, open: number): string {
  const { line, column } = lineColumn(text, open);
  const where = `starts at line ${line}, column ${column}`;
  if (isScalar(node)) {
    const q = node.type === Scalar.QUOTE_SINGLE ? "'" : '"';
    return `The ${q === "'" ? 'single' : 'double'}-quoted string that ${where} has no closing ${q}`;
  }
  const sequence = text[open] === '[';
  return `The flow ${sequence ? 'sequence' : 'mapping'} that ${where} has no closing ${sequence ? ']' : '}'}`;
}

function nodeEndingAt(document: Document.Parsed, end: number, flow: boolean): Node | undefined {
  let found: Node | undefined;
  visit(document, {
    Node(_, node) {
      if (found || node.range?.[1] !== end) return;
      if (flow ? isCollection(node) && node.flow : isScalar(node)) found = node;
    },
  });
  return found;
}

/**
 * Removes every pair whose key the same mapping sets again later, as kubectl (sigs.k8s.io/yaml over
 * go-yaml) keeps the last value: the nodes then agree with the value. Returns the first duplicate.
 */
function keepLastOfDuplicateKeys(
  document: Document.Parsed,
): { key: string; at: number; length: number; first: number; sameValue: boolean } | undefined {
  let reported: { key: string; at: number; length: number; first: number; sameValue: boolean } | undefined;
  visit(document, {
    Map(_, map) {
      const seen = new Map<string, Pair>();
      const kept: Pair[] = [];
      for (const pair of map.items as Pair[]) {
        const id = keyId(pair.key);
        const earlier = id === undefined ? undefined : seen.get(id);
        if (id !== undefined) seen.set(id, pair);
        if (earlier) {
          const key = pair.key as Scalar;
          const at = key.range?.[0] ?? 0;
          if (!reported || at < reported.at) {
            reported = {
              key: String(key.value),
              at,
              length: Math.max(1, (key.range?.[1] ?? at) - at),
              first: (earlier.key as Scalar).range?.[0] ?? 0,
              sameValue: JSON.stringify(plain(earlier.value)) === JSON.stringify(plain(pair.value)),
            };
          }
          kept.splice(kept.indexOf(earlier), 1);
        }
        kept.push(pair);
      }
      if (kept.length !== map.items.length) map.items = kept;
    },
  });
  return reported;
}

/** A node's value as plain data, for comparing two values of one key. */
function plain(node: unknown): unknown {
  return isNode(node) ? node.toJSON() : node;
}

/** Keys the `yaml` package counts as equal (scalar values), as a string; undefined for other keys. */
function keyId(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value: unknown = key.value;
  return `${typeof value}:${String(value)}`;
}

/** The parser's message as a phrase, its token names (`flow-map-start`) as the characters they stand for. */
function phrase(message: string): string {
  const line = firstLine(message)
    .replace(/\.$/, '')
    .replace(
      /^Unexpected (\S+) at node end$/,
      (_, token: string) => `Unexpected ${tokenName(token)} after the end of a value`,
    )
    .replace(
      /^Unexpected (\S+) token in YAML stream: .*$/,
      (_, token: string) => `Unexpected ${tokenName(token)}`,
    )
    .replace(/^Unexpected (\S+) token$/, (_, token: string) => `Unexpected ${tokenName(token)}`);
  return line;
}

const TOKEN_NAMES: Record<string, string> = {
  'flow-map-start': '{',
  'flow-map-end': '}',
  'flow-seq-start': '[',
  'flow-seq-end': ']',
  'map-value-ind': ':',
  'seq-item-ind': '-',
  'explicit-key-ind': '?',
  comma: ',',
  'doc-start': '---',
  'doc-end': '...',
  scalar: 'plain value',
  'single-quoted-scalar': 'single-quoted value',
  'double-quoted-scalar': 'double-quoted value',
  'block-scalar': 'block scalar',
};

function tokenName(token: string): string {
  const name = TOKEN_NAMES[token];
  return name === undefined ? token : name.length <= 3 ? `"${name}"` : name;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
