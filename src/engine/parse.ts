import { isMap, isSeq, visit } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import type { Region } from './finding.js';
import type { ObjectIdentity, PrescannedDocument } from './prescan.js';
import { prescanFile } from './prescan.js';
import { SourceFile, stripBom } from './source.js';
import { indentedAtLeast, MAX_NESTING_DEPTH, parseDocumentsWithinLimits } from './yaml-limits.js';

export type Path = readonly (string | number)[];

/** One Kubernetes object found in a file (a document, or an item of a `kind: List`). */
export interface K8sObject {
  file: SourceFile;
  /** The object's own mapping node; every position inside it comes from the parser. */
  node: YAMLMap;
  /** The object as plain data. */
  value: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  /** `metadata.name`, or '' when it has none. */
  name: string;
  /** `metadata.namespace` when set to a non-empty string. */
  namespace?: string;
  /** Index of the document in its file (0-based). */
  documentIndex: number;
  /**
   * Set when the pre-scan found the object to be of a kind no rule reads (see FULL_PARSE_KINDS in
   * prescan.ts): only its identity was read, and `node` and `value` are parsed on first use. Code that
   * looks at every object should skip such objects unless it needs more than the identity.
   */
  deferred?: true;
}

export interface SyntaxProblem {
  message: string;
  region: Region;
  /** The text may be valid YAML, but past kube-pairing's limits (alias count, nesting depth). */
  overLimit?: boolean;
}

export interface Kustomization {
  namespace?: string;
  resources: string[];
  /** Files it uses as patches (`patches[].path`, `patchesStrategicMerge`, `patchesJson6902[].path`): partial objects, not resources. */
  patches?: string[];
}

export interface ParsedFile {
  file: SourceFile;
  objects: K8sObject[];
  syntaxProblems: SyntaxProblem[];
  kustomization?: Kustomization;
  /** Why the whole file was not checked (a template, or no Kubernetes object in it). */
  skipped?: string;
}

const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const MAX_ALIAS_COUNT = 100;
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

export interface ParseOptions {
  /**
   * Pre-scan the file and parse up front only the documents some rule reads (default true). The result
   * is the same either way; false is for comparing the two.
   */
  prescan?: boolean;
}

/** Parses one manifest file. Pure: never throws, whatever the text. */
export function parseManifestFile(path: string, rawText: string, options: ParseOptions = {}): ParsedFile {
  const file = new SourceFile(path, stripBom(rawText));
  const result: ParsedFile = { file, objects: [], syntaxProblems: [] };

  if (file.text.includes('{{')) {
    result.skipped = 'Go/Helm template (contains {{ }}); render it first to check it';
    return result;
  }

  // The pre-scan reads block YAML only; indentation this deep may nest beyond what the parser is allowed.
  const prescannable = !indentedAtLeast(file.text, MAX_NESTING_DEPTH - 8);
  if (options.prescan !== false && prescannable && !KUSTOMIZATION_FILE.test(path)) {
    const documents = prescanFile(file.text);
    if (documents && readPrescanned(file, documents, result.objects)) return finish(result);
    result.objects = [];
  }

  let documents: Document.Parsed[];
  try {
    documents = parseDocumentsWithinLimits(file.text, PARSE_OPTIONS);
  } catch (error) {
    result.syntaxProblems.push({ message: `cannot parse: ${String(error)}`, region: file.region(0, 0) });
    return result;
  }

  documents.forEach((doc, documentIndex) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        result.syntaxProblems.push({
          message: error.message.split('\n')[0] ?? error.message,
          region: syntaxRegion(file, error.pos[0], error.pos[1], doc.range[1]),
          ...(error.code === 'RESOURCE_EXHAUSTION' ? { overLimit: true } : {}),
        });
      }
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const start = doc.contents?.range?.[0] ?? 0;
      result.syntaxProblems.push({
        message: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        region: file.region(start, start),
        overLimit: true,
      });
      return;
    }
    if (KUSTOMIZATION_FILE.test(path) && isRecord(value) && isKustomization(value)) {
      result.kustomization = readKustomization(value);
      return;
    }
    collectObjects(file, doc.contents, value, documentIndex, result.objects);
  });

  return finish(result);
}

function finish(result: ParsedFile): ParsedFile {
  if (result.objects.length === 0 && result.syntaxProblems.length === 0 && !result.kustomization) {
    result.skipped = 'no Kubernetes object (nothing with apiVersion and kind)';
  }
  return result;
}

/**
 * Reads a pre-scanned file: parses the documents that need it, defers the others. The pre-scan has proved
 * every document free of syntax errors; false (parse the whole file) if the parser disagrees.
 */
function readPrescanned(
  file: SourceFile,
  documents: readonly PrescannedDocument[],
  out: K8sObject[],
): boolean {
  for (const doc of documents) {
    if (doc.identity) {
      out.push(deferredObject(file, doc));
    } else if (doc.value) {
      // Built by the pre-scan exactly as `toJS` gives it: only the nodes are left, parsed when asked for.
      const identity = identityOf(doc.value);
      if (identity) out.push(lazyNodeObject(file, doc, doc.value, identity));
    } else if (doc.parse) {
      const parsed = parseDocumentAt(file.text, doc.start, doc.end);
      if (!parsed) return false;
      let value: unknown;
      try {
        value = parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch {
        return false;
      }
      collectObjects(file, parsed.contents, value, doc.documentIndex, out);
    }
  }
  return true;
}

/** Parses one document of a file on its own, with positions in the whole file. */
function parseDocumentAt(text: string, start: number, end: number): Document.Parsed | undefined {
  const parsed = parseDocumentsWithinLimits(text.slice(start, end), PARSE_OPTIONS);
  if (parsed.length !== 1) return undefined;
  const doc = parsed[0] as Document.Parsed;
  if (doc.errors.length > 0) return undefined;
  if (start > 0) {
    const shift = (range: [number, number, number]): [number, number, number] => [
      range[0] + start,
      range[1] + start,
      range[2] + start,
    ];
    doc.range = shift(doc.range);
    visit(doc, {
      Node(_, node) {
        if (node.range) node.range = shift(node.range);
      },
    });
  }
  return doc;
}

/**
 * A pre-scanned document, parsed when its nodes (or value) are first asked for. The whole file is parsed
 * once for all its objects: positions come straight from the parser, and a file whose every object is
 * asked for (as some rules do) costs one parse, as without the pre-scan.
 */
function loadDocument(file: SourceFile, doc: PrescannedDocument): Document.Parsed & { contents: YAMLMap } {
  let documents = parsedFiles.get(file);
  if (!documents) parsedFiles.set(file, (documents = parseDocumentsWithinLimits(file.text, PARSE_OPTIONS)));
  const document = documents[doc.documentIndex];
  if (!document || document.errors.length > 0 || !isMap(document.contents)) throw misread(file, doc);
  return document as Document.Parsed & { contents: YAMLMap };
}

const parsedFiles = new WeakMap<SourceFile, Document.Parsed[]>();

/** The pre-scan proved the document a plain block mapping; __tests__/prescan.test.ts holds it to that. */
function misread(file: SourceFile, doc: PrescannedDocument): Error {
  return new Error(
    `internal error: the pre-scan misread ${file.path} (document ${doc.documentIndex + 1}); ` +
      'set KUBE_PAIRING_PRESCAN=0 to work around it, and please report it',
  );
}

/** An object of a kind no rule reads: its identity now, its nodes and value when first asked for. */
function deferredObject(file: SourceFile, doc: PrescannedDocument): K8sObject {
  const identity = doc.identity as ObjectIdentity;
  let document: (Document.Parsed & { contents: YAMLMap }) | undefined;
  let value: Record<string, unknown> | undefined;
  return {
    file,
    get node() {
      return (document ??= loadDocument(file, doc)).contents;
    },
    get value() {
      if (value) return value;
      const js: unknown = (document ??= loadDocument(file, doc)).toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (!isRecord(js)) throw misread(file, doc);
      return (value = js);
    },
    apiVersion: identity.apiVersion,
    kind: identity.kind,
    name: identity.name,
    namespace: identity.namespace,
    documentIndex: doc.documentIndex,
    deferred: true,
  };
}

/** An object whose value the pre-scan built: its nodes are parsed when first asked for. */
function lazyNodeObject(
  file: SourceFile,
  doc: PrescannedDocument,
  value: Record<string, unknown>,
  identity: ObjectIdentity,
): K8sObject {
  let node: YAMLMap | undefined;
  return {
    file,
    get node() {
      return (node ??= loadDocument(file, doc).contents);
    },
    value,
    apiVersion: identity.apiVersion,
    kind: identity.kind,
    name: identity.name,
    namespace: identity.namespace,
    documentIndex: doc.documentIndex,
  };
}

/**
 * Errors found at the end of a document (an unclosed bracket noticed at the next `---` or at the end of
 * the file) point at the document's last character, never past it.
 */
function syntaxRegion(file: SourceFile, start: number, end: number, documentEnd: number): Region {
  const contentEnd = file.text.slice(0, Math.max(documentEnd, 0)).trimEnd().length;
  if (contentEnd > 0 && start >= contentEnd) return file.region(contentEnd - 1, contentEnd);
  return file.region(start, Math.min(end, Math.max(start, contentEnd)));
}

function collectObjects(
  file: SourceFile,
  node: Node | null,
  value: unknown,
  documentIndex: number,
  out: K8sObject[],
): void {
  if (!isMap(node) || !isRecord(value)) return;
  const identity = identityOf(value);
  if (!identity) return;

  const items = node.get('items', true);
  if (identity.kind.endsWith('List') && isSeq(items) && Array.isArray(value.items)) {
    items.items.forEach((item, i) =>
      collectObjects(file, item as Node, (value.items as unknown[])[i], documentIndex, out),
    );
    return;
  }
  const { apiVersion, kind, name, namespace } = identity;
  out.push({ file, node, value, apiVersion, kind, name, namespace, documentIndex });
}

/** apiVersion, kind, name and namespace of an object; undefined when it is not a Kubernetes object. */
function identityOf(value: Record<string, unknown>): ObjectIdentity | undefined {
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || kind === '') return undefined;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : scalarText(metadata.name);
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
  return { apiVersion, kind, name, namespace };
}

function isKustomization(value: Record<string, unknown>): boolean {
  return value.kind === undefined || value.kind === 'Kustomization';
}

function readKustomization(value: Record<string, unknown>): Kustomization {
  const resources = Array.isArray(value.resources)
    ? value.resources.filter((r): r is string => typeof r === 'string')
    : [];
  const namespace =
    typeof value.namespace === 'string' && value.namespace !== '' ? value.namespace : undefined;
  const kustomization: Kustomization = namespace === undefined ? { resources } : { namespace, resources };
  const patches = patchFiles(value);
  if (patches.length > 0) kustomization.patches = patches;
  return kustomization;
}

function patchFiles(value: Record<string, unknown>): string[] {
  const files: string[] = [];
  const strategicMerge = Array.isArray(value.patchesStrategicMerge) ? value.patchesStrategicMerge : [];
  // An entry with a line break is an inline patch, not a file name.
  for (const p of strategicMerge) if (typeof p === 'string' && !p.includes('\n')) files.push(p);
  for (const key of ['patches', 'patchesJson6902']) {
    const entries = value[key];
    if (!Array.isArray(entries)) continue;
    for (const p of entries) if (isRecord(p) && typeof p.path === 'string') files.push(p.path);
  }
  return files;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar written where a string was expected (`name: 1234`) still names the object. */
function scalarText(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
