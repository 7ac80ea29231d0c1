/**
 * The first difference between two YAML node trees — node classes, ranges, scalar values, styles, sources and
 * formats, flow flags, items — as a path and a description; undefined when they are the same. Comments are
 * not compared (no rule reads them). Used by the tests of block-compose.ts and json-compose.ts and by
 * scripts/block-compose-check.mjs.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document } from 'yaml';

const SCALAR_FIELDS = ['value', 'type', 'source', 'format', 'tag', 'minFractionDigits'] as const;

export function nodeDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return Object.is(a, b) ? undefined : `${at}: ${String(a)} vs ${String(b)}`;
  if (a.constructor !== b.constructor) return `${at}: class ${a.constructor.name} vs ${b.constructor.name}`;
  if (isPair(a) && isPair(b))
    return nodeDifference(a.key, b.key, `${at}.key`) ?? nodeDifference(a.value, b.value, `${at}.value`);
  const range = (n: object): unknown => (n as { range?: unknown }).range;
  if (!isDeepStrictEqual(range(a), range(b)))
    return `${at}: range ${JSON.stringify(range(a))} vs ${JSON.stringify(range(b))}`;
  if (isScalar(a) && isScalar(b)) {
    for (const field of SCALAR_FIELDS) {
      const x: unknown = a[field];
      const y: unknown = b[field];
      if (!Object.is(x, y)) return `${at}: ${field} ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
    }
    return undefined;
  }
  if ((isMap(a) && isMap(b)) || (isSeq(a) && isSeq(b))) {
    if (a.flow !== b.flow) return `${at}: flow ${String(a.flow)} vs ${String(b.flow)}`;
    if (a.tag !== b.tag) return `${at}: tag ${String(a.tag)} vs ${String(b.tag)}`;
    if (a.items.length !== b.items.length) return `${at}: ${a.items.length} items vs ${b.items.length}`;
    for (let i = 0; i < a.items.length; i++) {
      const d = nodeDifference(a.items[i], b.items[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  return `${at}: unexpected ${a.constructor.name}`;
}

/** The first difference between two parsed documents: range, contents, and the value `toJS` gives. */
export function documentDifference(
  a: Document.Parsed,
  b: Document.Parsed,
  value: unknown = a.toJS(),
): string | undefined {
  if (b.errors.length > 0) return `the parser reports ${b.errors[0]?.message ?? ''}`;
  if (!isDeepStrictEqual(a.range, b.range))
    return `document range ${JSON.stringify(a.range)} vs ${JSON.stringify(b.range)}`;
  return (
    nodeDifference(a.contents, b.contents) ??
    (isDeepStrictEqual(value, b.toJS()) ? undefined : 'the value differs from what toJS gives')
  );
}
