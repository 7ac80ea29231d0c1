/**
 * JSON patches (RFC 6902) applied as `kustomize build` applies them, on a built value (see built.ts), every
 * value an operation writes remembering where it came from.
 *
 * kustomize's PatchTransformer reads a patch as JSON 6902 operations when its text decodes as a list of
 * them, and as a strategic merge patch otherwise (kubernetes-sigs/kustomize
 * plugin/builtin/patchtransformer/PatchTransformer.go, `jsonPatchFromBytes`); the patchjson6902 filter then
 * applies the operations with evanphx/json-patch (api/filters/patchjson6902/patchjson6902.go), and a failing
 * operation fails the build. Here the operations are applied with the `rfc6902` package, one at a time,
 * stopping at the first that fails as evanphx/json-patch does.
 *
 * Provenance: `add` and `replace` write the operation's `value` (its node when the patch is a parsed
 * document, else the patch's one known node); `move` carries the value's origin along (a container keeps
 * its own, a scalar the origin it had); `copy` writes a copy whose every part has the origin of what it
 * copies. List items an operation shifts keep their origins.
 *
 * Where evanphx/json-patch (v4, as kustomize uses it) accepts what RFC 6902 refuses, so does this module:
 * a list index with a sign or leading zeros, or negative (counted from the end), text before the first `/`
 * of a pointer (ignored), a `replace` of a missing key (an add), a `copy` from a missing key (copies null),
 * a `test` of a missing value against null (passes), an operation without `value` (null). Checked against
 * `kubectl kustomize` (kustomize v5.5.0).
 *
 * Not modelled: evanphx/json-patch's reading of YAML 1.1 scalars in the patch (`on`, `yes` are booleans
 * there), and its error messages word for word.
 */
import type { YAMLMap } from 'yaml';
import { Pointer } from 'rfc6902';
import type { Operation } from 'rfc6902';
import { apply as applyOperation } from 'rfc6902/patch.js';
import type { K8sObject } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';
import { normalizeLineBreaks, SourceFile, stripBom } from '../engine/source.js';
import { parseDocumentsWithinLimits } from '../engine/yaml-limits.js';
import type { Origin, ValueProvenance } from '../engine/parse.js';
import type { PatchFrom } from './strategic-merge.js';
import { listOrigins, PatchWriter, recordListOrigins, setEntry } from './strategic-merge.js';

export type { PatchFrom } from './strategic-merge.js';

/**
 * Whether a patch's value is a list of JSON 6902 operations, as PatchTransformer decides: a non-empty list
 * of mappings (evanphx/json-patch's `DecodePatch` takes any mapping as an operation, and fails the build on
 * an unknown `op` later). Anything else is a strategic merge patch; an empty list is neither (kustomize
 * rejects it as qualifying as both, or does nothing with it, depending on the version).
 */
export function isJsonPatch(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((op) => op === null || isRecord(op));
}

/**
 * A JSON patch file read for `applyJsonPatch`: an object whose `value` is the first document's operation
 * list (not a mapping, unlike every other K8sObject: only `provenance`'s node lookups read it) and whose
 * `node` is that list's node. Undefined when the first document is not a list. parseManifestFile reads
 * Kubernetes objects only, and a JSON patch file has none.
 */
export function readJsonPatchFile(path: string, text: string): K8sObject | undefined {
  const file = new SourceFile(path, normalizeLineBreaks(stripBom(text)));
  const [document] = parseDocumentsWithinLimits(file.text, { prettyErrors: false, uniqueKeys: false });
  if (!document || document.errors.length > 0) return undefined;
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || !document.contents) return undefined;
  return {
    file,
    node: document.contents as unknown as YAMLMap,
    value: value as unknown as Record<string, unknown>,
    apiVersion: '',
    kind: '',
    name: '',
    documentIndex: 0,
  };
}

/**
 * Applies JSON 6902 operations to `target` (a built value, changed in place). `operations` is the patch's
 * list of operation mappings (when `from` is a parsed document, `from.object.value` itself). Stops at the
 * first operation that fails, as kustomize does (which then fails the build): `applied` counts those before.
 */
export function applyJsonPatch(
  target: Record<string, unknown>,
  operations: unknown,
  provenance: ValueProvenance,
  from: PatchFrom,
): { applied: number; errors: string[] } {
  const writer = new PatchWriter(provenance, from);
  const errors: string[] = [];
  if (!Array.isArray(operations))
    return { applied: 0, errors: ['the patch is not a list of JSON 6902 operations'] };
  let applied = 0;
  for (const [index, op] of operations.entries()) {
    const error = applyOne(target, op, writer, provenance);
    if (error) {
      errors.push(`operation ${index + 1}${describe(op)}: ${error}`);
      break;
    }
    applied++;
  }
  return { applied, errors };
}

function describe(op: unknown): string {
  if (!isRecord(op)) return '';
  const parts = [op.op, op.from, op.path].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? ` (${parts.join(' ')})` : '';
}

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** Where a pointer leads: the container holding the value, and the key in it (a number in a list). */
interface Place {
  parent: unknown;
  key: string;
  value: unknown;
}

function evaluate(target: unknown, pointer: string): Place {
  return Pointer.fromJSON(pointer).evaluate(target) as Place;
}

/** The operations evanphx/json-patch knows. */
const KINDS: readonly string[] = ['add', 'remove', 'replace', 'move', 'copy', 'test'];

/** An operation decoded: its kind, its pointers as written, and its value. */
interface Decoded {
  /** The operation mapping as the patch wrote it. */
  op: Record<string, unknown>;
  kind: string;
  path: string;
  /** The `from` pointer of a move or copy. */
  from: string | undefined;
  /** evanphx/json-patch reads a missing value as null. */
  value: unknown;
}

/** Reads one operation as evanphx/json-patch decodes it; the error message when it cannot. */
function decode(op: unknown): Decoded | string {
  if (!isRecord(op) || typeof op.op !== 'string')
    return `Unexpected kind: ${isRecord(op) && op.op !== undefined ? String(op.op) : 'unknown'}`;
  const kind = op.op;
  if (!KINDS.includes(kind)) return `Unexpected kind: ${kind}`;
  if (typeof op.path !== 'string') return `${kind} operation failed to decode path`;
  const readsFrom = kind === 'move' || kind === 'copy';
  if (readsFrom && typeof op.from !== 'string') return `${kind} operation failed to decode from`;
  return {
    op,
    kind,
    path: op.path,
    from: readsFrom ? (op.from as string) : undefined,
    value: Object.hasOwn(op, 'value') ? op.value : null,
  };
}

/** Where an operation writes (`at`, at `path`) and, for a move or copy, reads (`source`, at `fromPath`). */
interface Places {
  at: Place;
  path: string;
  source: Place | undefined;
  fromPath: string | undefined;
}

/** Follows an operation's pointers in the target, read as evanphx/json-patch reads them; the error message when one fails. */
function locateOperation(target: Record<string, unknown>, d: Decoded): Places | string {
  try {
    let source: Place | undefined;
    let fromPath: string | undefined;
    if (d.from !== undefined) {
      fromPath = evanphxPointer(target, d.from, 'get');
      source = evaluate(target, fromPath);
    }
    // A move inserts into the list after taking its item out.
    const shrinks = d.kind === 'move' && source && Array.isArray(source.parent) ? source.parent : undefined;
    const path = evanphxPointer(
      target,
      d.path,
      d.kind === 'add' || d.kind === 'move' || d.kind === 'copy' ? 'add' : 'get',
      shrinks,
    );
    return { at: evaluate(target, path), path, source, fromPath };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The error when the operation writes at a list index evanphx/json-patch refuses. */
function listIndexError(d: Decoded, { at, source }: Places): string | undefined {
  const pathList = Array.isArray(at.parent) ? at.parent : undefined;
  if (!pathList) return undefined;
  const { kind } = d;
  if (at.key !== '-' && !ARRAY_INDEX.test(at.key)) return `Unable to access invalid index: ${at.key}`;
  if (at.key === '-' && kind !== 'add' && kind !== 'move' && kind !== 'copy')
    return `${kind} operation does not apply: doc is missing key: ${d.path}`;
  if ((kind === 'move' || kind === 'copy') && at.key !== '-') {
    const length = pathList.length - (kind === 'move' && source?.parent === pathList ? 1 : 0);
    if (Number(at.key) > length) return `Unable to access invalid index: ${at.key}`;
  }
  return undefined;
}

/**
 * The operation for the rfc6902 package, with evanphx/json-patch's leniencies: a replace of a missing key
 * adds it, a copy of a missing key copies null; undefined for a test of a missing value against null, which
 * passes.
 */
function lenientOperation(
  d: Decoded,
  { at, path, source, fromPath }: Places,
): Record<string, unknown> | undefined {
  const { kind } = d;
  let operation: Record<string, unknown> = { op: kind, path, value: d.value };
  if (fromPath !== undefined) operation.from = fromPath;
  if (kind === 'replace' && isRecord(at.parent) && !Object.hasOwn(at.parent, at.key)) operation.op = 'add';
  if (kind === 'copy' && source && isRecord(source.parent) && !Object.hasOwn(source.parent, source.key))
    operation = { op: 'add', path, value: null };
  if (kind === 'test' && at.value === undefined && d.value === null && isContainerLike(at.parent))
    return undefined;
  return operation;
}

/** What provenance needs from before the operation changes the target. */
interface Before {
  /** The list the operation writes into, and the origins of its items. */
  pathList: unknown[] | undefined;
  pathOrigins: (Origin | undefined)[] | undefined;
  /** The list a move or copy reads from, and the origins of its items. */
  fromList: unknown[] | undefined;
  fromOrigins: (Origin | undefined)[] | undefined;
  /** The origin of the value a move or copy reads. */
  carried: Origin | undefined;
  /** A copy's value, with the origins of what it copies. */
  copied: unknown;
  lengthBefore: number;
}

/** Reads, before the operation, the origins it moves, shifts or copies. */
function originsBefore(d: Decoded, { at, source }: Places, provenance: ValueProvenance): Before {
  const pathList = Array.isArray(at.parent) ? at.parent : undefined;
  const pathOrigins = pathList ? listOrigins(provenance, pathList) : undefined;
  const fromList = source && Array.isArray(source.parent) ? source.parent : undefined;
  const fromOrigins = fromList
    ? fromList === pathList
      ? pathOrigins
      : listOrigins(provenance, fromList)
    : undefined;
  const carried =
    source && isContainerLike(source.parent) && source.value !== undefined
      ? provenance.entryOrigin(source.parent, entryKey(source), source.value)
      : undefined;
  const copied = d.kind === 'copy' && source ? cloneBuilt(source.value ?? null, provenance) : undefined;
  return {
    pathList,
    pathOrigins,
    fromList,
    fromOrigins,
    carried,
    copied,
    lengthBefore: pathList?.length ?? 0,
  };
}

/** Applies one operation; the error message when it fails. */
function applyOne(
  target: Record<string, unknown>,
  op: unknown,
  writer: PatchWriter,
  provenance: ValueProvenance,
): string | undefined {
  const decoded = decode(op);
  if (typeof decoded === 'string') return decoded;
  const places = locateOperation(target, decoded);
  if (typeof places === 'string') return places;
  const indexError = listIndexError(decoded, places);
  if (indexError !== undefined) return indexError;
  const operation = lenientOperation(decoded, places);
  if (!operation) return undefined;
  const before = originsBefore(decoded, places, provenance);

  let result: Error | null;
  try {
    result = applyOperation(target, operation as unknown as Operation);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (result) return result.message;
  recordOrigins(decoded, places, operation, before, writer, provenance);
  return undefined;
}

/** Records, after an operation, where what it wrote came from; list items it shifted keep their origins. */
function recordOrigins(
  d: Decoded,
  { at, source }: Places,
  operation: Record<string, unknown>,
  before: Before,
  writer: PatchWriter,
  provenance: ValueProvenance,
): void {
  const { op, kind } = d;
  const { pathList, pathOrigins, fromList, fromOrigins, lengthBefore } = before;
  switch (kind) {
    case 'add':
    case 'replace': {
      const origin = Object.hasOwn(op, 'value')
        ? writer.entryOrigin(op, 'value')
        : writer.containerOrigin(op);
      const written = origin ? { file: origin.file, node: origin.node } : undefined;
      const mode = kind === 'add' || operation.op === 'add' ? 'insert' : 'set';
      place(at, writer.copy(d.value), written, mode, pathOrigins, lengthBefore, provenance);
      break;
    }
    case 'remove':
      if (pathList && pathOrigins) {
        pathOrigins.splice(Number(at.key), 1);
        recordListOrigins(provenance, pathList, pathOrigins);
      }
      break;
    case 'move': {
      if (!source) break;
      if (fromList && fromOrigins) {
        fromOrigins.splice(Number(source.key), 1);
        if (fromList !== pathList) recordListOrigins(provenance, fromList, fromOrigins);
      }
      const length = fromList === pathList ? lengthBefore - 1 : lengthBefore;
      place(at, source.value, before.carried, 'insert', pathOrigins, length, provenance, false);
      break;
    }
    case 'copy':
      place(
        at,
        before.copied,
        before.carried ?? writer.containerOrigin(op),
        'insert',
        pathOrigins,
        lengthBefore,
        provenance,
      );
      break;
    default:
      break;
  }
}

/**
 * A pointer as evanphx/json-patch reads it, written so that the rfc6902 package reads it alike: text before
 * the first `/` is ignored, and a list index may have a sign or leading zeros, or count from the end when
 * negative (from the end of the list plus one, for the last step of an add). `shrinks` is a list a move
 * takes its item from before it inserts.
 */
function evanphxPointer(target: unknown, pointer: string, last: 'get' | 'add', shrinks?: unknown[]): string {
  let text = pointer;
  if (!text.startsWith('/')) {
    const slash = text.indexOf('/');
    if (slash < 0) throw new Error(`doc is missing path: "${pointer}"`);
    text = text.slice(slash);
  }
  const tokens = Pointer.fromJSON(text).tokens;
  let current: unknown = target;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const isLast = i === tokens.length - 1;
    if (Array.isArray(current) && /^[+-]?[0-9]+$/.test(token)) {
      let index = Number.parseInt(token, 10);
      if (index < 0) {
        const length = current.length - (current === shrinks ? 1 : 0) + (isLast && last === 'add' ? 1 : 0);
        index += length;
        if (index < 0) throw new Error(`Unable to access invalid index: ${token}`);
      }
      tokens[i] = String(index);
      current = current[index];
    } else {
      current = isRecord(current) && Object.hasOwn(current, token) ? current[token] : undefined;
    }
  }
  return new Pointer(tokens).toString();
}

const isContainerLike = (v: unknown): v is object => typeof v === 'object' && v !== null;

function entryKey(place: Place): string | number {
  return Array.isArray(place.parent) ? Number(place.key) : place.key;
}

/**
 * Puts `value` where an operation wrote it (the value the rfc6902 package wrote there is an equal copy
 * without provenance) and records its origin; list items after it keep theirs.
 */
function place(
  at: Place,
  value: unknown,
  origin: Origin | undefined,
  mode: 'insert' | 'set',
  listOriginsBefore: (Origin | undefined)[] | undefined,
  lengthBefore: number,
  provenance: ValueProvenance,
  replaceValue = true,
): void {
  const parent = at.parent;
  if (Array.isArray(parent)) {
    const index = at.key === '-' ? lengthBefore : Number(at.key);
    if (replaceValue) parent[index] = value;
    const origins = listOriginsBefore ?? [];
    if (mode === 'insert') origins.splice(index, 0, origin);
    else origins[index] = origin;
    recordListOrigins(provenance, parent, origins);
    return;
  }
  if (!isRecord(parent)) return;
  if (replaceValue) setEntry(parent, at.key, value);
  if (origin) provenance.wrote(parent, at.key, origin);
}

/** A copy of part of a built value whose every container and entry has the origin of what it copies. */
function cloneBuilt(value: unknown, provenance: ValueProvenance): unknown {
  if (!isContainerLike(value)) return value;
  let out: Record<string, unknown> | unknown[];
  if (Array.isArray(value)) {
    const list = value.map((v) => cloneBuilt(v, provenance));
    value.forEach((v, i) => {
      const origin = provenance.entryOrigin(value, i, v);
      if (origin) provenance.wrote(list, i, origin);
    });
    out = list;
  } else {
    const map: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      setEntry(map, k, cloneBuilt(v, provenance));
      const origin = provenance.entryOrigin(value, k, v);
      if (origin) provenance.wrote(map, k, origin);
    }
    out = map;
  }
  const whole = provenance.containerOrigin(value);
  if (whole) provenance.wroteWhole(out, whole);
  return out;
}
