// A small JSON-schema validator for the OpenAPI 3.0 subset GitHub's description uses. Messages copy
// the wording GitHub returns for invalid request bodies (it validates with the json_schema gem), e.g.
// `"body" wasn't supplied.`, `For 'properties/body', nil is not a string.`, `"state" is not a permitted
// key.`, `No more than 50 items are allowed; 51 were supplied.`

export type Schema = Record<string, unknown>;

export interface ValidateOptions {
  /** Resolves a `$ref` such as `#/components/schemas/simple-user`. */
  resolveRef: (ref: string) => Schema;
  /**
   * Reject keys an object schema does not declare. GitHub's server-side schemas do (PATCH check-runs
   * with `head_sha`, PATCH pulls/comments with `state` answer 422 "... is not a permitted key."), even
   * where the published description leaves `additionalProperties` open. Off for responses: GitHub adds
   * fields freely there.
   */
  rejectUnknownKeys: boolean;
  /**
   * Accept `null` for a property the schema lists but does not require. GitHub sends `"line": null` on
   * outdated and file-level review comments although the description types `line` as a plain integer.
   */
  nullForOptional?: boolean;
}

// Keywords that only annotate; everything else must be understood or validation fails loudly.
const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'title',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  'discriminator',
  'externalDocs',
]);
const KEYWORDS = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'format',
  'properties',
  'required',
  'additionalProperties',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'oneOf',
  'anyOf',
  'allOf',
]);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T[0-2]\d:[0-5]\d:[0-5]\d(\.\d+)?(Z|[-+]\d{2}:[0-5]\d)$/;

/** Returns GitHub-worded error messages; an empty list means the value is valid. */
export function validate(schema: Schema, value: unknown, options: ValidateOptions): string[] {
  const errors: string[] = [];
  check(schema, value, '', new Set(), options, errors);
  return errors;
}

/** Ruby's `inspect`, which GitHub's messages use to quote the offending value. */
export function rubyInspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)} => ${rubyInspect(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

function check(
  rawSchema: Schema,
  value: unknown,
  pointer: string,
  inheritedKeys: Set<string>,
  options: ValidateOptions,
  errors: string[],
): void {
  const schema = deref(rawSchema, options);
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key) && !key.startsWith('x-')) {
      throw new Error(`schema keyword "${key}" at '${pointer}' is not supported by the fake's validator`);
    }
  }
  if (value === null && schema.nullable === true) return;

  const keys = declaredKeys(schema, options, inheritedKeys);
  checkCombinators(schema, value, pointer, keys, options, errors);

  const types = typeList(schema);
  if (types.length > 0 && !types.some((type) => hasType(value, type))) {
    const expected = [...types.map(article), ...(schema.nullable === true ? ['null'] : [])].join(' or ');
    errors.push(`${prefix(pointer)}${rubyInspect(value)} is not ${expected}.`);
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((member) => member === value)) {
    const members = `[${schema.enum.map(rubyInspect).join(', ')}]`;
    errors.push(`${prefix(pointer)}${String(value)} is not a member of ${members}.`);
  }
  if (typeof value === 'string') checkString(schema, value, pointer, errors);
  if (typeof value === 'number') checkNumber(schema, value, errors);
  if (Array.isArray(value)) checkArray(schema, value, pointer, options, errors);
  else if (isObject(value)) checkObject(schema, value, pointer, keys.all, options, errors);
}

function checkCombinators(
  schema: Schema,
  value: unknown,
  pointer: string,
  keys: DeclaredKeys,
  options: ValidateOptions,
  errors: string[],
): void {
  for (const sub of asSchemas(schema.allOf)) check(sub, value, pointer, keys.all, options, errors);
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = asSchemas(schema[keyword]);
    if (branches.length === 0) continue;
    const results = branches.map((sub) => {
      const branchErrors: string[] = [];
      check(sub, value, pointer, keys.shared, options, branchErrors);
      return branchErrors;
    });
    const matched = results.filter((r) => r.length === 0).length;
    if (keyword === 'anyOf' ? matched >= 1 : matched === 1) continue;
    if (matched > 1) {
      errors.push(`More than one subschema in "oneOf" matched.`);
      continue;
    }
    // Like GitHub, say what is wrong with the closest branch rather than only "no subschema matched".
    const closest = results.reduce((best, r) => (r.length < best.length ? r : best));
    errors.push(...(closest.length > 0 ? closest : [`No subschema in "${keyword}" matched.`]));
  }
}

function checkString(schema: Schema, value: string, pointer: string, errors: string[]): void {
  const length = [...value].length; // Ruby counts characters, not UTF-16 units
  if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
    errors.push(
      `Only ${schema.maxLength} ${plural(schema.maxLength, 'character is', 'characters are')} allowed; ${length} ${plural(length, 'was', 'were')} supplied.`,
    );
  }
  if (typeof schema.minLength === 'number' && length < schema.minLength) {
    errors.push(
      `At least ${schema.minLength} ${plural(schema.minLength, 'character is', 'characters are')} required; only ${length} ${plural(length, 'was', 'were')} supplied.`,
    );
  }
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push(`${value} does not match /${schema.pattern}/.`);
  }
  if (schema.format === 'date-time' && !DATE_TIME.test(value)) {
    errors.push(`${prefix(pointer)}${value} is not a valid date-time.`);
  }
}

function checkNumber(schema: Schema, value: number, errors: string[]): void {
  if (typeof schema.minimum === 'number' && value < schema.minimum) {
    errors.push(`${value} must be greater than or equal to ${schema.minimum}.`);
  }
  if (typeof schema.maximum === 'number' && value > schema.maximum) {
    errors.push(`${value} must be less than or equal to ${schema.maximum}.`);
  }
}

function checkArray(
  schema: Schema,
  value: unknown[],
  pointer: string,
  options: ValidateOptions,
  errors: string[],
): void {
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
    errors.push(
      `No more than ${schema.maxItems} ${plural(schema.maxItems, 'item is', 'items are')} allowed; ${value.length} ${plural(value.length, 'was', 'were')} supplied.`,
    );
  }
  if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
    errors.push(
      `${schema.minItems} ${plural(schema.minItems, 'item', 'items')} required; only ${value.length} ${plural(value.length, 'was', 'were')} supplied.`,
    );
  }
  if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) {
    errors.push('Duplicate items are not allowed.');
  }
  if (isObject(schema.items)) {
    for (const item of value) check(schema.items, item, join(pointer, 'items'), new Set(), options, errors);
  }
}

function checkObject(
  schema: Schema,
  value: Record<string, unknown>,
  pointer: string,
  declared: Set<string>,
  options: ValidateOptions,
  errors: string[],
): void {
  // Same order as the json_schema gem, so combined messages read like GitHub's.
  const additional = schema.additionalProperties;
  const extra = Object.keys(value).filter((key) => !declared.has(key));
  if (isObject(additional)) {
    for (const key of extra) check(additional, value[key], join(pointer, key), new Set(), options, errors);
  } else if (
    extra.length > 0 &&
    (additional === false || (additional === undefined && isStrict(schema, options)))
  ) {
    extra.sort();
    errors.push(
      `${quoteList(extra)} ${extra.length === 1 ? 'is not a permitted key.' : 'are not permitted keys.'}`,
    );
  }
  const count = Object.keys(value).length;
  if (typeof schema.maxProperties === 'number' && count > schema.maxProperties) {
    errors.push(
      `No more than ${schema.maxProperties} ${plural(schema.maxProperties, 'property is', 'properties are')} allowed; ${count} ${plural(count, 'was', 'were')} supplied.`,
    );
  }
  const properties = isObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {};
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  for (const [key, sub] of Object.entries(properties)) {
    if (!(key in value)) continue;
    if (value[key] === null && options.nullForOptional === true && !required.includes(key)) continue;
    check(sub, value[key], join(pointer, `properties/${key}`), new Set(), options, errors);
  }
  const missing = required.filter((key) => !(key in value)).sort();
  if (missing.length > 0) {
    errors.push(`${quoteList(missing)} ${missing.length === 1 ? "wasn't" : "weren't"} supplied.`);
  }
}

// A schema that names its properties closes the object, unless it says otherwise.
function isStrict(schema: Schema, options: ValidateOptions): boolean {
  return options.rejectUnknownKeys && (isObject(schema.properties) || Array.isArray(schema.required));
}

interface DeclaredKeys {
  /** Keys every branch may use: the enclosing schema's, this one's and its allOf parts'. */
  shared: Set<string>;
  /** `shared` plus the keys of every anyOf/oneOf branch: what this schema itself accepts. */
  all: Set<string>;
}

// A oneOf branch must not accept a key only its sibling declares (GitHub rejects `in_reply_to` sent as a
// string with '"in_reply_to" is not a permitted key.'), while allOf parts pool their keys.
function declaredKeys(schema: Schema, options: ValidateOptions, inherited: Set<string>): DeclaredKeys {
  const own = (raw: Schema): string[] => {
    const s = deref(raw, options);
    return [
      ...(isObject(s.properties) ? Object.keys(s.properties) : []),
      ...(Array.isArray(s.required) ? (s.required as string[]) : []),
    ];
  };
  const shared = new Set([...inherited, ...own(schema), ...asSchemas(schema.allOf).flatMap(own)]);
  const branches = [...asSchemas(schema.anyOf), ...asSchemas(schema.oneOf)].flatMap(own);
  return { shared, all: new Set([...shared, ...branches]) };
}

function deref(schema: Schema, options: ValidateOptions): Schema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${String(current.$ref)}`);
    current = options.resolveRef(current.$ref);
  }
  return current;
}

function typeList(schema: Schema): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type as string[];
  return [];
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'null':
      return value === null;
    default:
      throw new Error(`unknown schema type "${type}"`);
  }
}

function article(type: string): string {
  return type === 'null' ? 'null' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function prefix(pointer: string): string {
  return pointer === '' ? '' : `For '${pointer}', `;
}

function join(pointer: string, segment: string): string {
  return pointer === '' ? segment : `${pointer}/${segment}`;
}

function quoteList(keys: string[]): string {
  return `"${keys.join('", "')}"`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

function asSchemas(value: unknown): Schema[] {
  return Array.isArray(value) ? (value as Schema[]) : [];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
