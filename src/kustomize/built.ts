/**
 * Built objects: an object as a kustomize build emits it, whose every value still knows the file, line and
 * column it came from — the base file, an overlay's patch, a kustomization's `namePrefix` line.
 *
 * A built object's value is a copy of the source object's value that the build's transformations change in
 * place. Provenance is kept by identity, never by path (a patch may insert list items and shift indexes):
 * - every container (mapping or list) copied from a source object remembers the source container it was
 *   copied from; the source object's YAML nodes say where that container and its entries are;
 * - an entry a transformation writes (a prefixed name, a label added to a selector, a patched port)
 *   remembers the node it was written from (the kustomization's `namePrefix` value, the patch's entry).
 * `locateBuilt` follows a path through the built value and answers with the nodes and the file of the
 * deepest step it can place, as `locate` does for an object read from one file.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import type { K8sObject, Origin, Path, ValueProvenance } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';
import type { SourceFile } from '../engine/source.js';

export type { Origin } from '../engine/parse.js';

type Container = Record<string, unknown> | unknown[];
type Key = string | number;

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** The provenance of one built object's value. */
export class Provenance implements ValueProvenance {
  /** Built container -> the source container it was copied from, and the source object holding it. */
  private readonly copiedFrom = new WeakMap<object, { object: K8sObject; container: object }>();
  /** Entries a transformation wrote: container -> key -> origin. */
  private readonly written = new WeakMap<object, Map<Key, Origin>>();
  /** Containers a transformation wrote whole (their entries have no origin of their own). */
  private readonly writtenWhole = new WeakMap<object, Origin>();

  /** A deep copy of `value` (a source object's value, or part of it) that remembers where each container came from. */
  copy<T>(value: T, object: K8sObject): T {
    if (!isContainer(value)) return value;
    const out: Container = Array.isArray(value) ? value.map((v) => this.copy(v, object)) : {};
    if (!Array.isArray(value))
      for (const [k, v] of Object.entries(value)) (out as Record<string, unknown>)[k] = this.copy(v, object);
    this.copiedFrom.set(out, { object, container: value });
    return out as T;
  }

  /** Records that a transformation wrote `container[key]` from `origin`. */
  wrote(container: object, key: Key, origin: Origin): void {
    let entries = this.written.get(container);
    if (!entries) this.written.set(container, (entries = new Map()));
    entries.set(key, origin);
  }

  /** Records that a transformation wrote a whole container from one node (e.g. a value of a JSON patch). */
  wroteWhole(container: object, origin: Origin): void {
    this.writtenWhole.set(container, origin);
  }

  /** Where `container[key]` came from: written by a transformation, else copied from a source object. */
  entryOrigin(container: object, key: Key, child: unknown): Origin | undefined {
    const written = this.written.get(container)?.get(key);
    if (written) return written;
    // A container item keeps its own origin wherever it moved (a patch may have shifted list indexes).
    if (isContainer(child)) {
      const self = this.containerOrigin(child);
      if (self) return Array.isArray(container) ? self : { ...self, key: this.keyNode(container, key) };
    }
    const from = this.copiedFrom.get(container);
    if (!from) return undefined;
    const node = nodeIndex(from.object).get(from.container);
    return node ? entryIn(from.object.file, node, key) : undefined;
  }

  entryOriginLater(container: object, key: Key, child: unknown): () => Origin | undefined {
    const from = this.copiedFrom.get(container);
    if (this.written.get(container)?.has(key) || isContainer(child) || !from) {
      const origin = this.entryOrigin(container, key, child);
      return () => origin;
    }
    // Copied from a source object, whose nodes do not change: looked up when asked for.
    return () => {
      const node = nodeIndex(from.object).get(from.container);
      return node ? entryIn(from.object.file, node, key) : undefined;
    };
  }

  /** Where a container came from. */
  containerOrigin(container: object): Origin | undefined {
    const whole = this.writtenWhole.get(container);
    if (whole) return whole;
    const from = this.copiedFrom.get(container);
    if (!from) return undefined;
    const node = nodeIndex(from.object).get(from.container);
    return node ? { file: from.object.file, node } : undefined;
  }

  private keyNode(container: object, key: Key): Scalar | undefined {
    const from = this.copiedFrom.get(container);
    const node = from ? nodeIndex(from.object).get(from.container) : undefined;
    return node && typeof key === 'string' ? entryIn(from!.object.file, node, key)?.key : undefined;
  }
}

/** The nodes `locate` answers with, and the file they are in. */
export interface BuiltLocated {
  file: SourceFile;
  value?: Node;
  key?: Scalar;
  depth: number;
  deepest: Node;
}

/** Follows `path` through a built value, answering with the source nodes of the deepest step that has one. */
export function locateBuilt(
  root: Record<string, unknown>,
  provenance: ValueProvenance,
  fallback: { file: SourceFile; node: Node },
  path: Path,
): BuiltLocated {
  let current: unknown = root;
  const rootOrigin = provenance.containerOrigin(root) ?? fallback;
  let found: BuiltLocated = {
    file: rootOrigin.file,
    depth: 0,
    deepest: rootOrigin.node,
    value: rootOrigin.node,
  };
  let depth = 0;
  for (const step of path) {
    if (!isContainer(current)) break;
    const child: unknown = Array.isArray(current)
      ? typeof step === 'number'
        ? current[step]
        : undefined
      : typeof step === 'string' && Object.hasOwn(current, step)
        ? current[step]
        : undefined;
    if (child === undefined) break;
    const origin = provenance.entryOrigin(current, step, child);
    depth++;
    if (!origin) break;
    found = { file: origin.file, value: origin.node, depth, deepest: origin.node };
    if (origin.key) found.key = origin.key;
    current = child;
  }
  if (depth < path.length) delete found.value;
  return found;
}

/**
 * Where a source object writes `container[key]` (`container` being one of the source object's own value
 * containers): the entry's value node and key node in the object's file.
 */
export function sourceEntryOrigin(object: K8sObject, container: object, key: Key): Origin | undefined {
  const node = nodeIndex(object).get(container);
  return node ? entryIn(object.file, node, key) : undefined;
}

/** Where a source object writes one of its own value containers. */
export function sourceContainerOrigin(object: K8sObject, container: object): Origin | undefined {
  const node = nodeIndex(object).get(container);
  return node ? { file: object.file, node } : undefined;
}

/** The mapping entry or list item `key` of a YAML collection node. */
function entryIn(file: SourceFile, node: Node, key: Key): Origin | undefined {
  if (typeof key === 'number' && isSeq(node)) {
    const item = node.items[key] as Node | undefined;
    return item ? { file, node: item } : undefined;
  }
  if (typeof key === 'string' && isMap(node)) {
    const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === key);
    if (!pair) return undefined;
    const value = pair.value as Node | null;
    return { file, node: value ?? (pair.key as Node), key: pair.key as Scalar };
  }
  return undefined;
}

const indexes = new WeakMap<K8sObject, WeakMap<object, Node>>();

/** Source container -> its YAML node, for one source object (walked once, on first need). */
function nodeIndex(object: K8sObject): WeakMap<object, Node> {
  let index = indexes.get(object);
  if (index) return index;
  index = new WeakMap();
  const walk = (value: unknown, node: Node | null | undefined): void => {
    if (!isContainer(value) || !node) return;
    index!.set(value, node);
    if (Array.isArray(value) && isSeq(node)) value.forEach((v, i) => walk(v, node.items[i] as Node));
    else if (isRecord(value) && isMap(node))
      for (const pair of node.items as Pair[])
        if (isScalar(pair.key)) walk(value[String(pair.key.value)], pair.value as Node | null);
  };
  walk(object.value, object.node);
  indexes.set(object, index);
  return index;
}
