/**
 * A small, strict JSON Schema validator for the keywords the official SARIF 2.1.0 schema uses
 * (node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json). It refuses any keyword it does not
 * implement, so a schema it cannot fully check fails loudly instead of passing. (A general validator such as
 * Ajv 8 with its 2020-12 dialect would do the same job; none is a dependency of this project.)
 */

export type Schema = { [keyword: string]: unknown } | boolean;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'definitions', '$id']);
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'enum',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'minItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'pattern',
  'format',
  'anyOf',
  'oneOf',
]);

export interface SchemaError {
  path: string;
  message: string;
}

const FORMATS: Record<string, (value: string) => boolean> = {
  uri: (v) => URL.canParse(v),
  'uri-reference': (v) => URL.canParse(v, 'http://example.invalid/base/'),
  'date-time': (v) =>
    /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function validateJsonSchema(root: Schema, value: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  const resolve = (ref: string): Schema => {
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
    return node as Schema;
  };

  const check = (schema: Schema, v: unknown, path: string, out: SchemaError[]): void => {
    if (schema === true) return;
    if (schema === false) {
      out.push({ path, message: 'no value is allowed here' });
      return;
    }
    for (const keyword of Object.keys(schema)) {
      if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) {
        throw new Error(`the validator does not implement the keyword "${keyword}" (at ${path})`);
      }
    }
    const fail = (message: string): void => {
      out.push({ path, message });
    };
    if (typeof schema.$ref === 'string') check(resolve(schema.$ref), v, path, out);
    if (schema.type !== undefined) {
      const types = [schema.type].flat() as string[];
      if (!types.some((t) => matchesType(v, t))) {
        fail(`must be ${types.join(' or ')}, is ${typeOf(v)}`);
        return;
      }
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => equal(e, v))) {
      fail(`must be one of ${JSON.stringify(schema.enum)}, is ${JSON.stringify(v)}`);
    }
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) fail(`must be >= ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && v > schema.maximum) fail(`must be <= ${schema.maximum}`);
    }
    if (typeof v === 'string') {
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) {
        fail(`must match ${schema.pattern}`);
      }
      if (typeof schema.format === 'string') {
        const test = FORMATS[schema.format];
        if (!test) throw new Error(`the validator does not implement the format "${schema.format}"`);
        if (!test(v)) fail(`must be a valid ${schema.format}, is ${JSON.stringify(v)}`);
      }
    }
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems) {
        fail(`must have at least ${schema.minItems} items`);
      }
      if (schema.uniqueItems === true) {
        const seen = new Set(v.map((item) => JSON.stringify(item)));
        if (seen.size !== v.length) fail('items must be unique');
      }
      if (schema.items !== undefined) {
        v.forEach((item, i) => check(schema.items as Schema, item, `${path}[${i}]`, out));
      }
    }
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const name of (schema.required ?? []) as string[]) {
        if (!(name in object)) fail(`misses the required property "${name}"`);
      }
      for (const [name, child] of Object.entries(object)) {
        if (name in properties) check(properties[name]!, child, `${path}.${name}`, out);
        else if (schema.additionalProperties === false) fail(`has the unknown property "${name}"`);
        else if (typeof schema.additionalProperties === 'object') {
          check(schema.additionalProperties as Schema, child, `${path}.${name}`, out);
        }
      }
    }
    for (const [keyword, need] of [
      ['anyOf', (n: number) => n >= 1],
      ['oneOf', (n: number) => n === 1],
    ] as const) {
      const options = schema[keyword];
      if (!Array.isArray(options)) continue;
      const passing = options.filter((option) => {
        const sub: SchemaError[] = [];
        check(option as Schema, v, path, sub);
        return sub.length === 0;
      }).length;
      if (!need(passing))
        fail(
          `must match ${keyword === 'anyOf' ? 'at least one' : 'exactly one'} of the ${keyword} schemas (matches ${passing})`,
        );
    }
  };

  check(root, value, '$', errors);
  return errors;
}
