import { isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import type { Region } from './finding.js';
import type { K8sObject, Path } from './parse.js';

export interface Located {
  /** The node at the full path, when it exists. */
  value?: Node;
  /** The key of the last map step that was found. */
  key?: Scalar;
  /** How many steps of the path were found. */
  depth: number;
  /** The deepest node that was reached (the object itself when nothing was). */
  deepest: Node;
}

/** Follows a path of map keys and sequence indexes from the object's node. */
export function locate(object: K8sObject, path: Path): Located {
  let current: Node = object.node;
  let key: Scalar | undefined;
  let depth = 0;
  for (const step of path) {
    let next: Node | undefined;
    if (typeof step === 'number' && isSeq(current)) {
      next = current.items[step] as Node | undefined;
    } else if (typeof step === 'string' && isMap(current)) {
      const pair = current.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === step);
      if (pair) {
        key = pair.key as Scalar;
        next = (pair.value as Node | null) ?? undefined;
        if (next === undefined) return { key, depth: depth + 1, deepest: key };
      }
    }
    if (!next) return { key, depth, deepest: current };
    current = next;
    depth++;
  }
  return { value: current, key, depth, deepest: current };
}

export type Anchor = 'value' | 'key' | 'pair';

/**
 * The region of the node at `path`: its value (default), its key, or key and value together.
 * A path that does not exist points at the deepest part of it that does.
 */
export function regionOf(object: K8sObject, path: Path, anchor: Anchor = 'value'): Region {
  const found = locate(object, path);
  const file = object.file;
  const complete = found.depth === path.length;
  if (complete && anchor === 'key' && found.key && typeof path[path.length - 1] === 'string') {
    return rangeRegion(object, found.key);
  }
  if (complete && anchor === 'pair' && found.key && found.value) {
    const start = found.key.range?.[0] ?? 0;
    return file.region(start, found.value.range?.[1] ?? start);
  }
  if (complete && found.value) return rangeRegion(object, found.value);
  if (found.key && found.depth === path.length) return rangeRegion(object, found.key);
  // Incomplete path: the key of the deepest existing step, else the first line of the object.
  if (found.key && found.depth > 0) return rangeRegion(object, found.key);
  return firstLine(object, found.deepest);
}

function rangeRegion(object: K8sObject, node: Node): Region {
  const range = node.range;
  if (!range) return object.file.region(0, 0);
  if (isCollection(node)) return object.file.region(range[0], trimEnd(object.file.text, range[0], range[1]));
  return object.file.region(range[0], range[1]);
}

/** The first line of a node: for a mapping, its first key/value line. */
function firstLine(object: K8sObject, node: Node): Region {
  const start = node.range?.[0] ?? 0;
  const region = object.file.region(start, start);
  const text = object.file.lineText(region.line);
  return {
    ...region,
    endLine: region.line,
    endColumn: Math.max(region.column + 1, text.trimEnd().length + 1),
  };
}

/** Collections' ranges run on to the next content; keep the region on the collection's own text. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] as string)) e--;
  return e;
}
