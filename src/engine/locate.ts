import { isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import type { Region } from './finding.js';
import { locateBuilt } from '../kustomize/built.js';
import type { K8sObject, Path } from './parse.js';
import type { SourceFile } from './source.js';

export interface Located {
  /** The file the nodes are in: the object's own, or, for a built object, where the value was written. */
  file: SourceFile;
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
  if (object.built) {
    const { source, provenance } = object.built;
    return locateBuilt(object.value, provenance, { file: source.file, node: source.node }, path);
  }
  const file = object.file;
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
        if (next === undefined) return { file, key, depth: depth + 1, deepest: key };
      }
    }
    if (!next) return { file, key, depth, deepest: current };
    current = next;
    depth++;
  }
  return { file, value: current, key, depth, deepest: current };
}

export type Anchor = 'value' | 'key' | 'pair';

/**
 * The region of the node at `path`: its value (default), its key, or key and value together.
 * A path that does not exist points at the deepest part of it that does.
 */
export function regionOf(object: K8sObject, path: Path, anchor: Anchor = 'value'): Region {
  return placeOf(object, path, anchor).region;
}

/** The file and region of the node at `path` (see `regionOf`): for a built object, where the value was written. */
export function placeOf(
  object: K8sObject,
  path: Path,
  anchor: Anchor = 'value',
): { file: SourceFile; region: Region } {
  const found = locate(object, path);
  return { file: found.file, region: foundRegion(found, path, anchor) };
}

function foundRegion(found: Located, path: Path, anchor: Anchor): Region {
  const file = found.file;
  const complete = found.depth === path.length;
  if (complete && anchor === 'key' && found.key && typeof path[path.length - 1] === 'string') {
    return rangeRegion(file, found.key);
  }
  if (complete && anchor === 'pair' && found.key && found.value) {
    const start = found.key.range?.[0] ?? 0;
    return file.region(start, found.value.range?.[1] ?? start);
  }
  if (complete && found.value) return rangeRegion(file, found.value);
  if (found.key && found.depth === path.length) return rangeRegion(file, found.key);
  // Incomplete path: the key of the deepest existing step, else the first line of the object.
  if (found.key && found.depth > 0) return rangeRegion(file, found.key);
  return firstLine(file, found.deepest);
}

function rangeRegion(file: SourceFile, node: Node): Region {
  const range = node.range;
  if (!range) return file.region(0, 0);
  if (isCollection(node)) return file.region(range[0], trimEnd(file.text, range[0], range[1]));
  return file.region(range[0], range[1]);
}

/** The first line of a node: for a mapping, its first key/value line. */
function firstLine(file: SourceFile, node: Node): Region {
  const start = node.range?.[0] ?? 0;
  const region = file.region(start, start);
  const text = file.lineText(region.line);
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
