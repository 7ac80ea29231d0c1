/**
 * What the pre-scan (prescan.ts) and the composer of block YAML (block-compose.ts) share of how the `yaml` package
 * reads plain scalars and keys: the core schema's tags in the order it tries them, the words it reads as booleans
 * and null, the characters of the plain keys both accept, and how `toJS` sets a key.
 */
import { Schema } from 'yaml';
import type { ScalarTag } from 'yaml';

/** The scalar tags the parser tries on a plain scalar, in its order (yaml's `findScalarTagByTest`). */
export const CORE_TAGS = new Schema({}).tags.filter(
  (tag): tag is ScalarTag & { test: RegExp } =>
    tag.default === true && 'test' in tag && tag.test instanceof RegExp,
);

/** Words of letters that the core schema reads as booleans and null. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'null',
  'Null',
  'NULL',
]);

/** Plain keys: letters, digits, `_ . / -` (where a key may start with which is up to the reader). */
export function isKeyChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x2f ||
    c === 0x2d
  );
}

/**
 * Sets a key as yaml's toJS does: an inherited name becomes an own property. Assignment does that for every
 * name but `__proto__`, the one accessor of Object.prototype.
 */
export function setKey(into: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(into, key, { value, writable: true, enumerable: true, configurable: true });
  else into[key] = value;
}
