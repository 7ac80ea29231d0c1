/**
 * Limits that keep a hostile manifest from taking the process down. The YAML parser's composer is
 * recursive: a few hundred collections nested inside each other overflow the call stack, and on Node
 * 20 a stack overflow caught there can corrupt the regular-expression engine so that a later parse
 * aborts the whole process. So nesting is measured on the parser's concrete syntax tree (built
 * without recursion) before any document is composed, and a document nested too deep is never
 * composed: it gets a syntax error instead. Aliases are limited where the values are built
 * (`maxAliasCount` in parse.ts).
 */
import { Composer, Parser, visit, YAMLParseError } from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

/** Collections inside collections. Real manifests stay under 40 (CRD schemas); the parser overflows near 700. */
export const MAX_NESTING_DEPTH = 256;

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * `parseAllDocuments` from the `yaml` package, except that a document whose collections nest deeper
 * than `maxDepth` is composed as an empty document carrying one error at the place where the limit
 * was crossed. Document count, order and offsets are those of `parseAllDocuments`.
 */
export function parseDocumentsWithinLimits(
  source: string,
  options: YamlOptions,
  maxDepth = MAX_NESTING_DEPTH,
): Document.Parsed[] {
  const tooDeep = new Map<number, { offset: number; end: number }>();
  let index = 0;
  function* guarded(tokens: Generator<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      if (token.type === 'document') {
        const deep = tooDeepAt(token, maxDepth);
        if (deep) {
          tooDeep.set(index, deep);
          // Same document, without its contents: positions and document numbering stay as they were.
          const { value: _dropped, ...empty } = token;
          yield empty;
          index++;
          continue;
        }
        index++;
      }
      yield token;
    }
  }
  const composer = new Composer(options);
  const documents = Array.from(composer.compose(guarded(new Parser().parse(source))));
  for (const [i, deep] of tooDeep) {
    const document = documents[i];
    if (!document) continue;
    document.range = [document.range[0], deep.end, deep.end];
    document.errors.push(
      new YAMLParseError(
        [deep.offset, deep.offset + 1],
        'RESOURCE_EXHAUSTION',
        `collections are nested more than ${maxDepth} deep here; no Kubernetes object comes close, so kube-pairing does not read this document`,
      ),
    );
  }
  return documents;
}

/**
 * `parseDocumentsWithinLimits` of `text.slice(from, to)`, with every offset (of the documents, their
 * nodes, errors and warnings) an offset in `text`.
 */
export function parseDocumentsInRange(
  text: string,
  from: number,
  to: number,
  options: YamlOptions,
): Document.Parsed[] {
  const whole = from === 0 && to === text.length;
  const documents = parseDocumentsWithinLimits(whole ? text : text.slice(from, to), options);
  if (from !== 0) for (const document of documents) mapOffsets(document, (offset) => offset + from);
  return documents;
}

/** Moves every offset of a parsed document (its range, its nodes', its errors' and warnings'). */
export function mapOffsets(document: Document.Parsed, map: (offset: number) => number): void {
  const [start, valueEnd, end] = document.range;
  document.range = [map(start), map(valueEnd), map(end)];
  visit(document, {
    Node(_, node) {
      if (node.range) node.range = [map(node.range[0]), map(node.range[1]), map(node.range[2])];
    },
  });
  for (const problem of [...document.errors, ...document.warnings]) {
    problem.pos = [map(problem.pos[0]), map(problem.pos[1])];
  }
}

/** Where the document's nesting first exceeds `maxDepth`, and where its text ends; undefined when it does not. */
function tooDeepAt(document: CST.Document, maxDepth: number): { offset: number; end: number } | undefined {
  if (!document.value) return undefined;
  let found: number | undefined;
  let end = document.offset;
  const pending: [CST.Token, number][] = [[document.value, 0]];
  // Depth-first without recursion: the tree may be as deep as the text is long.
  while (pending.length > 0) {
    const [token, parentDepth] = pending.pop() as [CST.Token, number];
    end = Math.max(end, token.offset + ('source' in token ? token.source.length : 1));
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
      continue;
    const depth = parentDepth + 1;
    if (depth > maxDepth && (found === undefined || token.offset < found)) found = token.offset;
    if (token.type === 'flow-collection') {
      const last = token.end[token.end.length - 1];
      if (last) end = Math.max(end, last.offset + last.source.length);
    }
    if (found !== undefined && depth > maxDepth) continue;
    for (const item of token.items) {
      if ('key' in item && item.key) pending.push([item.key, depth]);
      if ('value' in item && item.value) pending.push([item.value, depth]);
    }
  }
  return found === undefined ? undefined : { offset: found, end };
}

/**
 * Whether some line is indented by `columns` spaces or more. The pre-scan reads only block YAML, where
 * each level of nesting is indented further, so below this it never meets a document nested too deep.
 */
export function indentedAtLeast(text: string, columns: number): boolean {
  const run = ' '.repeat(columns);
  for (let at = text.indexOf(run); at !== -1; at = text.indexOf(run, at + 1)) {
    if (at === 0 || text.charCodeAt(at - 1) === 10) return true;
    // Skip the rest of this line: a run that does not start a line is no indentation.
    const next = text.indexOf('\n', at);
    if (next === -1) return false;
    at = next;
  }
  return false;
}
