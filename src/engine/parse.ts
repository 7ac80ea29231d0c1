import { isMap, isSeq, visit } from 'yaml';
import type { Document, Node, Scalar, YAMLMap } from 'yaml';
import type { DocumentProblem, ReadDocuments } from './documents.js';
import { documentProblem, jsonProblem, readDocuments } from './documents.js';
import { composeBlockDocument } from './block-compose.js';
import type { Region } from './finding.js';
import { composedValues } from './json-compose.js';
import { looksLikeJsonStream } from './json-stream.js';
import type { ObjectIdentity, PrescanKinds, PrescannedDocument } from './prescan.js';
import { prescanFile } from './prescan.js';
import { unfenceMarkdown } from './markdown-fence.js';
import { normalizeLineBreaks, SourceFile, stripBom } from './source.js';
import { hasTemplateMarkers, helmChartSkipReason, templateSkipReason } from './template.js';
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
   * Set when the pre-scan found the object to be of a kind no rule reads (see `PrescanKinds` in
   * prescan.ts): only its identity was read, and `node` and `value` are parsed on first use. Code that
   * looks at every object should skip such objects unless it needs more than the identity.
   */
  deferred?: true;
  /**
   * Set on an object as a kustomize build emits it (src/kustomize/): `value` is the built value, `file` and
   * `node` those of the source object, and positions come from the provenance of each value.
   */
  built?: BuiltFrom;
}

/** Where a value was written: a node of a file (and the key node of its mapping entry, when it is one). */
export interface Origin {
  file: SourceFile;
  node: Node;
  key?: Scalar;
}

/**
 * Where each value of a built object came from. The class is Provenance (src/kustomize/built.ts); the
 * engine knows it by this interface only, so that the engine does not import the kustomize layer's types
 * and the kustomize layer can import the engine's.
 */
export interface ValueProvenance {
  /** A deep copy of `value` (a source object's value, or part of it) that remembers where each container came from. */
  copy<T>(value: T, object: K8sObject): T;
  /** Records that a transformation wrote `container[key]` from `origin`. */
  wrote(container: object, key: string | number, origin: Origin): void;
  /** Records that a transformation wrote a whole container from one node. */
  wroteWhole(container: object, origin: Origin): void;
  /** Where `container[key]` came from. */
  entryOrigin(container: object, key: string | number, child: unknown): Origin | undefined;
  /**
   * `entryOrigin` as it is now, resolved only when called: a source's YAML nodes are then parsed only if the
   * origin is ever needed.
   */
  entryOriginLater(container: object, key: string | number, child: unknown): () => Origin | undefined;
  /** Where a container came from. */
  containerOrigin(container: object): Origin | undefined;
}

/** What a built object was built from. */
export interface BuiltFrom {
  /** The object as its file writes it. */
  source: K8sObject;
  provenance: ValueProvenance;
}

export interface SyntaxProblem {
  /** What is wrong (`The flow sequence that starts at line 5, column 11 has no closing ]`). */
  message: string;
  region: Region;
  /** The text may be valid YAML, but past kube-pairing's limits (alias count, nesting depth). */
  overLimit?: boolean;
  /** kubectl's parser (go-yaml, or Go's JSON decoder) rejects the document too, as far as is known. */
  kubectlRejects?: boolean;
  /**
   * A key set twice in one mapping. The document is still read, the last value winning, as kubectl
   * (sigs.k8s.io/yaml) reads it.
   */
  duplicateKey?: { key: string; first: Region; sameValue: boolean };
  /** 1-based number of the document and the file's document count, when the file has several. */
  document?: { number: number; count: number };
}

export interface Kustomization {
  namespace?: string;
  /** `resources` and the deprecated `bases`: files, directories with a kustomization, or remote URLs. */
  resources: string[];
  /** `components`: kustomization directories whose resources join the build. */
  components?: string[];
  /** Files it uses as patches (`patches[].path`, `patchesStrategicMerge`, `patchesJson6902[].path`): partial objects, not resources. */
  patches?: string[];
  /** Fields that add objects kube-pairing does not model (`helmCharts`, `generators`, ...): the build holds objects it cannot see. */
  unmodelled?: string[];
  /** The kustomization document itself: its raw fields, and the nodes they are written at (src/kustomize/). */
  document?: K8sObject;
}

export interface ParsedFile {
  file: SourceFile;
  objects: K8sObject[];
  syntaxProblems: SyntaxProblem[];
  kustomization?: Kustomization;
  /** Why the whole file was not checked (a template, or no Kubernetes object in it). */
  skipped?: string;
  /**
   * Set when the file was skipped as a template: one under a Helm chart's `templates/` directory
   * (`chart`), or one whose template syntax breaks the YAML structure (template.ts).
   */
  template?: { chart?: string };
  /**
   * On a chart's `Chart.yaml`, when the chart was given to `helm template` (src/helm/render.ts): whether it
   * rendered, and helm's message when not. Absent: helm was not run.
   */
  helmRender?: { status: 'rendered' } | { status: 'failed' | 'no-helm'; message: string };
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
  /**
   * The Helm chart directory (`helmChartOf` in template.ts) when the file is inside the chart's
   * `templates/` directory: it is then a template whenever it holds template text.
   */
  helmChart?: string;
  /**
   * Which kinds the pre-scan parses up front: what the rules that run read (`prescanKinds` in rule.ts).
   * Default: what every rule of kube-pairing reads.
   */
  kinds?: PrescanKinds;
}

/** Parses one manifest file. Pure: never throws, whatever the text. */
export function parseManifestFile(path: string, rawText: string, options: ParseOptions = {}): ParsedFile {
  const file = new SourceFile(path, unfenceMarkdown(normalizeLineBreaks(stripBom(rawText))));
  const result: ParsedFile = { file, objects: [], syntaxProblems: [] };

  const skip = templateSkip(file.text, options);
  if (skip) {
    result.skipped = skip.reason;
    result.template = skip.template;
    return result;
  }

  // The pre-scan reads block YAML only; indentation this deep may nest beyond what the parser is allowed.
  const prescannable = !indentedAtLeast(file.text, MAX_NESTING_DEPTH - 8) && !looksLikeJsonStream(file.text);
  if (options.prescan !== false && prescannable) {
    const documents = prescanFile(file.text, options.kinds);
    const read = KUSTOMIZATION_FILE.test(path) ? readComposed : readPrescanned;
    if (documents && read(file, documents, result)) return finish(result);
    result.objects = [];
    delete result.kustomization;
  }
  return parseEveryDocument(result, options.prescan !== false);
}

/**
 * Reads a pre-scanned kustomization file (its documents proved free of syntax errors) with every document
 * composed by block-compose.ts, as `parseEveryDocument` reads it; false (parse the whole file) when one is
 * outside what it composes.
 */
function readComposed(
  file: SourceFile,
  documents: readonly PrescannedDocument[],
  result: ParsedFile,
): boolean {
  for (const doc of documents) {
    const composed = composeBlockDocument(file.text, doc.start, doc.end, PARSE_OPTIONS);
    if (!composed) return false;
    readDocument(result, composed.contents, composed.value, doc.documentIndex);
  }
  return true;
}

/** A readable document's objects, or the kustomization it is. */
function readDocument(
  result: ParsedFile,
  contents: Node | null,
  value: unknown,
  documentIndex: number,
): void {
  const { file } = result;
  if (KUSTOMIZATION_FILE.test(file.path) && isRecord(value) && isKustomization(value)) {
    result.kustomization = readKustomization(value);
    if (isMap(contents))
      result.kustomization.document = kustomizationObject(file, contents, value, documentIndex);
    return;
  }
  collectObjects(file, contents, value, documentIndex, result.objects);
}

/**
 * Why a file is skipped as a template, when it is one: a file of a Helm chart's `templates/` with template
 * text, or any file whose template text breaks the YAML.
 */
function templateSkip(
  text: string,
  options: ParseOptions,
): { reason: string; template: NonNullable<ParsedFile['template']> } | undefined {
  if (options.helmChart !== undefined && hasTemplateMarkers(text))
    return { reason: helmChartSkipReason(options.helmChart), template: { chart: options.helmChart } };
  const reason = templateSkipReason(text);
  return reason ? { reason, template: {} } : undefined;
}

/**
 * Reads every document of the file with the full parser into `result`: objects, kustomization, syntax problems.
 * JSON values are composed without the parser (json-compose.ts) unless `compose` is false (the pre-scan is off).
 */
function parseEveryDocument(result: ParsedFile, compose: boolean): ParsedFile {
  const { file } = result;
  let read: ReadDocuments;
  try {
    read = readDocuments(file.text, PARSE_OPTIONS, compose);
  } catch (error) {
    result.syntaxProblems.push({ message: `cannot parse: ${String(error)}`, region: file.region(0, 0) });
    return result;
  }

  const { documents, jsonError } = read;
  const count = Math.max(documents.length, jsonError ? jsonError.documentIndex + 1 : 0);
  const report = (problem: DocumentProblem, documentEnd: number, documentIndex: number): void => {
    result.syntaxProblems.push(syntaxProblem(file, problem, documentEnd, documentIndex, count));
  };
  documents.forEach((doc, documentIndex) => {
    const json = jsonError?.documentIndex === documentIndex;
    const { problem, readable } = json
      ? { problem: jsonProblem(jsonError), readable: false }
      : documentProblem(file.text, doc);
    if (!readable) {
      // A JSON error may lie past where the YAML parser ended the document.
      if (problem) report(problem, json ? file.text.length : doc.range[1], documentIndex);
      return;
    }
    const data = documentValue(file, doc);
    if ('problem' in data) {
      result.syntaxProblems.push(data.problem);
      return;
    }
    // Read anyway (a duplicate key): one problem, and the object.
    if (problem) report(problem, doc.range[1], documentIndex);
    readDocument(result, doc.contents, data.value, documentIndex);
  });
  if (jsonError && jsonError.documentIndex >= documents.length) {
    report(jsonProblem(jsonError), file.text.length, jsonError.documentIndex);
  }

  return finish(result);
}

/** A document as plain data; a syntax problem when it cannot be read (past the alias limit). */
function documentValue(
  file: SourceFile,
  doc: Document.Parsed,
): { value: unknown } | { problem: SyntaxProblem } {
  // JSON composed without the parser comes with its value (json-compose.ts).
  if (composedValues.has(doc)) return { value: composedValues.get(doc) };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const start = doc.contents?.range?.[0] ?? 0;
    return {
      problem: {
        message: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        region: file.region(start, start),
        overLimit: true,
      },
    };
  }
}

/** The kustomization document as an object, for src/kustomize/ to read its fields and their nodes. */
function kustomizationObject(
  file: SourceFile,
  node: YAMLMap,
  value: Record<string, unknown>,
  documentIndex: number,
): K8sObject {
  const kind = typeof value.kind === 'string' ? value.kind : 'Kustomization';
  return {
    file,
    node,
    value,
    apiVersion: typeof value.apiVersion === 'string' ? value.apiVersion : '',
    kind,
    name: '',
    documentIndex,
  };
}

function syntaxProblem(
  file: SourceFile,
  problem: DocumentProblem,
  documentEnd: number,
  documentIndex: number,
  count: number,
): SyntaxProblem {
  const out: SyntaxProblem = {
    message: problem.message,
    region: syntaxRegion(file, problem.start, problem.end, documentEnd),
  };
  if (problem.overLimit) out.overLimit = true;
  else out.kubectlRejects = problem.kubectlRejects;
  if (problem.duplicateKey) {
    const first = problem.duplicateKey.first;
    out.duplicateKey = {
      key: problem.duplicateKey.key,
      first: file.region(first, first),
      sameValue: problem.duplicateKey.sameValue,
    };
  }
  if (count > 1) out.document = { number: documentIndex + 1, count };
  return out;
}

function finish(result: ParsedFile): ParsedFile {
  if (result.objects.length > 0 || result.kustomization) return result;
  // A broken file that does not name both an apiVersion and a kind is some other YAML or JSON (a config, test
  // data, an editor's `launch.json` with comments and `"kind": "bin"`), not a manifest with a syntax error:
  // skipped and counted, like non-Kubernetes YAML that parses.
  const broken = result.syntaxProblems.length > 0;
  if (
    broken &&
    !result.syntaxProblems.some((p) => p.overLimit) &&
    !KUSTOMIZATION_FILE.test(result.file.path)
  ) {
    if (!namesApiVersionAndKind(result.file.text)) {
      result.syntaxProblems = [];
      result.skipped =
        'does not parse, and does not name both an apiVersion and a kind: not a Kubernetes manifest';
    }
    return result;
  }
  if (!broken) result.skipped = 'no Kubernetes object (nothing with apiVersion and kind)';
  return result;
}

/** An `apiVersion:` key, and a `kind:` key, in YAML or JSON. */
const API_VERSION_KEY = /(^|[\s{,])["']?apiVersion["']?\s*:/m;
const KIND_KEY = /(^|[\s{,])["']?kind["']?\s*:/m;

/**
 * Whether the text names an apiVersion and a kind as one object would: both keys, and, where they open lines of
 * block YAML, at about one indentation (within two columns: a slip of indentation is often the very error). A
 * `kind:` only deep inside another file's structure (a policy file's schema, `apiVersion: v1` at the top and
 * `kind:` ten columns in) names no object.
 */
function namesApiVersionAndKind(text: string): boolean {
  if (!API_VERSION_KEY.test(text) || !KIND_KEY.test(text)) return false;
  const apiVersions = keyColumns(text, API_VERSION_LINE);
  const kinds = keyColumns(text, KIND_LINE);
  if (apiVersions.length === 0 || kinds.length === 0) return true;
  return apiVersions.some((a) => kinds.some((k) => Math.abs(a - k) <= 2));
}

/** A line that opens with the key (after indentation and sequence dashes): the key's column. */
const API_VERSION_LINE = /^((?:[ ]*-[ ]+)*[ ]*)["']?apiVersion["']?[ \t]*:/gm;
const KIND_LINE = /^((?:[ ]*-[ ]+)*[ ]*)["']?kind["']?[ \t]*:/gm;

function keyColumns(text: string, line: RegExp): number[] {
  return [...text.matchAll(line)].map((m) => (m[1] as string).length);
}

/**
 * Reads a pre-scanned file: parses the documents that need it, defers the others. The pre-scan has proved
 * every document free of syntax errors; false (parse the whole file) if the parser disagrees.
 */
function readPrescanned(
  file: SourceFile,
  documents: readonly PrescannedDocument[],
  result: ParsedFile,
): boolean {
  const out = result.objects;
  for (const doc of documents) {
    if (doc.identity) {
      out.push(deferredObject(file, doc));
    } else if (doc.value) {
      // Built by the pre-scan exactly as `toJS` gives it: only the nodes are left, parsed when asked for.
      const identity = identityOf(doc.value);
      if (identity) out.push(lazyNodeObject(file, doc, doc.value, identity));
    } else if (doc.parse) {
      // Plain block YAML is composed into the parser's very nodes without the parser (block-compose.ts).
      const composed = composeBlockDocument(file.text, doc.start, doc.end, PARSE_OPTIONS);
      if (composed) {
        collectObjects(file, composed.contents, composed.value, doc.documentIndex, out);
        continue;
      }
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
 * A pre-scanned document, parsed when its nodes (or value) are first asked for: composed on its own when it
 * is plain block YAML (block-compose.ts), else the whole file is parsed once for all its objects, so that a
 * file whose every object is asked for (as some rules do) costs one parse, as without the pre-scan.
 */
function loadDocument(file: SourceFile, doc: PrescannedDocument): LoadedDocument {
  const composed = composeBlockDocument(file.text, doc.start, doc.end, PARSE_OPTIONS);
  if (composed) return { contents: composed.contents, value: () => composed.value };
  let documents = parsedFiles.get(file);
  if (!documents) parsedFiles.set(file, (documents = parseDocumentsWithinLimits(file.text, PARSE_OPTIONS)));
  const document = documents[doc.documentIndex];
  if (!document || document.errors.length > 0 || !isMap(document.contents)) throw misread(file, doc);
  return { contents: document.contents, value: () => document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
}

/** A deferred document's root mapping, and its value (as `toJS` gives it) when asked for. */
interface LoadedDocument {
  contents: YAMLMap;
  value: () => unknown;
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
  let document: LoadedDocument | undefined;
  let value: Record<string, unknown> | undefined;
  return {
    file,
    get node() {
      return (document ??= loadDocument(file, doc)).contents;
    },
    get value() {
      if (value) return value;
      const js: unknown = (document ??= loadDocument(file, doc)).value();
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
  // A kustomize Component (`kind: Component`) is read like a kustomization.
  return value.kind === undefined || value.kind === 'Kustomization' || value.kind === 'Component';
}

/** Kustomization fields that add objects from outside the files kube-pairing reads. */
const UNMODELLED_FIELDS = ['helmCharts', 'helmChartInflationGenerator', 'generators'];

function readKustomization(value: Record<string, unknown>): Kustomization {
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((r): r is string => typeof r === 'string') : [];
  const resources = [...strings(value.resources), ...strings(value.bases)];
  const namespace =
    typeof value.namespace === 'string' && value.namespace !== '' ? value.namespace : undefined;
  const kustomization: Kustomization = namespace === undefined ? { resources } : { namespace, resources };
  const components = strings(value.components);
  if (components.length > 0) kustomization.components = components;
  const patches = patchFiles(value);
  if (patches.length > 0) kustomization.patches = patches;
  const unmodelled = UNMODELLED_FIELDS.filter((f) => Array.isArray(value[f]) && value[f].length > 0);
  if (unmodelled.length > 0) kustomization.unmodelled = unmodelled;
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
    for (const p of entries) {
      if (isRecord(p) && typeof p.path === 'string') files.push(p.path);
      // A bare file name (kustomize v1's form, which later versions reject) still names a patch, not a resource.
      else if (typeof p === 'string' && !p.includes('\n')) files.push(p);
    }
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
