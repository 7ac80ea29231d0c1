/**
 * kustomize `replacements`, applied to the built objects of one kustomization as
 * api/filters/replacement/replacement.go (`Filter.Filter`) applies them: a value read from one source object
 * (or a literal `sourceValue`) is copied into fields of every selected target object. Pure: no I/O.
 *
 * The semantics follow the kustomize sources, function by function (docs/kustomize.md, "replacements"):
 * - source selection: `selectSourceNode` with `resid.ResId.IsSelectedBy` (exact group, version, kind, name;
 *   namespaces compared as effective namespaces, so `default` selects an object with none), against the
 *   object's current id and its previous ids (api/internal/utils/makeResIds.go); exactly one object.
 * - source field: `yaml.Lookup` (kyaml/yaml/fns.go `PathGetter`): fields, `[key=value]` (exact value, first
 *   match), indexes, `-` (last item); no `*`. A missing, null or empty value fails.
 * - `options.delimiter` / `options.index`: `getRefinedValue` (source) and `setFieldValue` (target).
 * - targets: `select` (anchored regular expressions on group, version, kind, name, namespace; label and
 *   annotation selectors), `reject`, `fieldPaths` (default `metadata.name`).
 * - target fields: `yaml.PathMatcher` (kyaml/yaml/match.go): fields, indexes, `*` (every item of a list),
 *   `[key=regex]` (an unanchored regular expression on every item), `[=regex]` (items of a list of scalars);
 *   `options.create` creates what is missing. A selected target without the field fails the build.
 * - a field path that runs into a string holding YAML or JSON writes inside it (`setValueInStructuredData`).
 * - a scalar written over an existing scalar keeps the target's type (`"8080"` into `port: 80` is 8080); a
 *   created scalar, or a `sourceValue`, has no type of its own and reads as YAML reads it (8080, true).
 *
 * Provenance: every value written is recorded with `provenance.wrote(container, key, origin(i))`, and every
 * container written whole (a copied mapping, a created list) with `wroteWhole`, `i` being the index of the
 * replacement in the list given.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Origin, ValueProvenance } from '../engine/parse.js';

/** An id an object had before a transformation renamed or moved it (kustomize's build annotations). */
export interface PreviousId {
  kind: string;
  name: string;
  /**
   * As kustomize stores it (`Resource.StorePreviousId`): the effective namespace, `default` for an object
   * that had none.
   */
  namespace: string;
}

/** One built object of the build the replacements run in. */
export interface BuiltTarget {
  kind: string;
  apiVersion: string;
  name: string;
  namespace?: string;
  value: Record<string, unknown>;
  provenance: ValueProvenance;
  /**
   * The ids the object had before earlier transformations of the build changed them, oldest first
   * (kustomize's `config.kubernetes.io/previousNames`, `previousNamespaces`, `previousKinds`, recorded by the
   * namespace, prefix, suffix, patch and hash transformers). Replacements select sources and targets by
   * these as well as by the current id, so that an overlay's replacement may name an object by the name
   * its base gave it.
   */
  previousIds?: readonly PreviousId[];
}

/**
 * Applies a kustomization's `replacements` (its raw value) to the objects of its build, in place, in order.
 * Returns what kustomize would fail on, one message per failing replacement (kustomize stops at the first;
 * the later replacements are still applied here so that every failure is seen). A replacement that fails
 * may have written some of its targets before failing, as kustomize does before giving up.
 *
 * Identities are read from each object's `value` when they are needed, as kustomize reads them from the
 * node: a replacement that renames an object is seen by the replacements after it. The `kind`,
 * `apiVersion`, `name` and `namespace` fields of an object written to are brought up to date at the end.
 *
 * An entry that names a file (`path:`) must be replaced by the caller with the replacements the file holds
 * (`replacementsInFile`); one left in the list is reported.
 */
export function applyReplacements(
  objects: BuiltTarget[],
  replacements: unknown,
  origin: (replacementIndex: number) => Origin,
): string[] {
  const errors: string[] = [];
  if (replacements === undefined || replacements === null) return errors;
  if (!Array.isArray(replacements)) return ['replacements: expected a list of replacements'];
  const written = new Set<BuiltTarget>();
  replacements.forEach((entry, i) => {
    let cached: Origin | undefined;
    const context: WriteContext = {
      origin: () => (cached ??= origin(i)),
      written,
    };
    try {
      applyReplacement(objects, decodeReplacement(entry), context);
    } catch (e) {
      if (!(e instanceof ReplacementError)) throw e;
      errors.push(`replacements[${i}]: ${e.message}`);
    }
  });
  for (const object of written) syncIdentity(object);
  return errors;
}

/**
 * The replacements a file named by a `replacements[].path` entry holds: a list of replacements, or a single
 * one (api/internal/builtins/ReplacementTransformer.go `Config`). A string when kustomize rejects the file.
 */
export function replacementsInFile(content: unknown): unknown[] | string {
  if (Array.isArray(content)) return content;
  if (isMapping(content)) return [content];
  const kind = content === null || content === undefined ? 'invalid' : typeof content;
  return `unsupported replacement type encountered within replacement path: ${kind}`;
}

// ---------------------------------------------------------------------------------------------------------
// The replacement, read from the kustomization (api/types/replacement.go, selector.go)

interface ResIdSelector {
  group: string;
  version: string;
  kind: string;
  name: string;
  namespace: string;
}

interface Selector extends ResIdSelector {
  labelSelector: string;
  annotationSelector: string;
}

interface FieldOptions {
  delimiter: string;
  index: number;
  create: boolean;
}

interface SourceSelector extends ResIdSelector {
  fieldPath: string;
  options: FieldOptions | undefined;
}

interface TargetSelector {
  select: Selector | undefined;
  reject: Selector[];
  fieldPaths: string[];
  options: FieldOptions | undefined;
}

interface Replacement {
  path: string;
  source: SourceSelector | undefined;
  sourceValue: string | undefined;
  targets: TargetSelector[] | undefined;
}

class ReplacementError extends Error {}

function fail(message: string): never {
  throw new ReplacementError(message);
}

type Mapping = Record<string, unknown>;
type Container = Mapping | unknown[];

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** The kustomization is decoded into Go structs: a field of the wrong type fails the whole build. */
function stringField(map: Mapping, key: string, where: string): string {
  const v = map[key];
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') fail(`${where}.${key} must be a string`);
  return v;
}

function mappingField(map: Mapping, key: string, where: string): Mapping | undefined {
  const v = map[key];
  if (v === undefined || v === null) return undefined;
  if (!isMapping(v)) fail(`${where}.${key} must be a mapping`);
  return v;
}

function listField(map: Mapping, key: string, where: string): unknown[] | undefined {
  const v = map[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) fail(`${where}.${key} must be a list`);
  return v;
}

function decodeResId(map: Mapping, where: string): ResIdSelector {
  return {
    group: stringField(map, 'group', where),
    version: stringField(map, 'version', where),
    kind: stringField(map, 'kind', where),
    name: stringField(map, 'name', where),
    namespace: stringField(map, 'namespace', where),
  };
}

function decodeSelector(value: unknown, where: string): Selector {
  if (!isMapping(value)) fail(`${where} must be a mapping`);
  return {
    ...decodeResId(value, where),
    labelSelector: stringField(value, 'labelSelector', where),
    annotationSelector: stringField(value, 'annotationSelector', where),
  };
}

function decodeOptions(map: Mapping, where: string): FieldOptions | undefined {
  const options = mappingField(map, 'options', where);
  if (!options) return undefined;
  const index = options.index ?? 0;
  if (typeof index !== 'number' || !Number.isInteger(index))
    fail(`${where}.options.index must be an integer`);
  const create = options.create ?? false;
  if (typeof create !== 'boolean') fail(`${where}.options.create must be a boolean`);
  return { delimiter: stringField(options, 'delimiter', `${where}.options`), index, create };
}

function decodeReplacement(entry: unknown): Replacement {
  if (!isMapping(entry)) fail('a replacement must be a mapping');
  const source = mappingField(entry, 'source', 'replacement');
  const sourceValue = entry.sourceValue;
  if (sourceValue !== undefined && sourceValue !== null && typeof sourceValue !== 'string')
    fail('sourceValue must be a string');
  const targets = listField(entry, 'targets', 'replacement');
  return {
    path: stringField(entry, 'path', 'replacement'),
    source: source && {
      ...decodeResId(source, 'source'),
      fieldPath: stringField(source, 'fieldPath', 'source'),
      options: decodeOptions(source, 'source'),
    },
    sourceValue: typeof sourceValue === 'string' ? sourceValue : undefined,
    targets: targets?.map((t, i): TargetSelector => {
      const where = `targets[${i}]`;
      if (!isMapping(t)) fail(`${where} must be a mapping`);
      const select = mappingField(t, 'select', where);
      const fieldPaths = listField(t, 'fieldPaths', where) ?? [];
      return {
        select: select && decodeSelector(select, `${where}.select`),
        reject: (listField(t, 'reject', where) ?? []).map((r, j) =>
          decodeSelector(r, `${where}.reject[${j}]`),
        ),
        fieldPaths: fieldPaths.map((p, j) => {
          if (typeof p !== 'string') fail(`${where}.fieldPaths[${j}] must be a string`);
          return p;
        }),
        options: decodeOptions(t, where),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Ids (kyaml/resid/resid.go, api/internal/utils/makeResIds.go)

interface ResId {
  group: string;
  version: string;
  kind: string;
  name: string;
  namespace: string;
}

function splitApiVersion(apiVersion: string): [group: string, version: string] {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? ['', apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}

/** The object's current id, read from its value as kustomize reads it from the node. */
function currentId(object: BuiltTarget): ResId {
  const value = object.value;
  const [group, version] = splitApiVersion(scalarFieldText(value.apiVersion));
  const metadata = isMapping(value.metadata) ? value.metadata : {};
  return {
    group,
    version,
    kind: scalarFieldText(value.kind),
    name: scalarFieldText(metadata.name),
    namespace: scalarFieldText(metadata.namespace),
  };
}

/** `MakeResIds`: the current id, then the previous ids (their group and version are the current ones). */
function idsOf(object: BuiltTarget): ResId[] {
  const current = currentId(object);
  const previous = (object.previousIds ?? []).map((p): ResId => ({
    group: current.group,
    version: current.version,
    ...p,
  }));
  return [current, ...previous];
}

/**
 * `ResId.EffectiveNamespace` for the ids replacements compare: `MakeResIds` builds them without the
 * cluster-scope flag, so only the empty namespace and `default` are the same.
 */
const effectiveNamespace = (namespace: string): string => (namespace === '' ? 'default' : namespace);

/** `ResId.IsSelectedBy`: the source selector is matched exactly, not as regular expressions. */
function sourceSelects(selector: ResIdSelector, id: ResId): boolean {
  return (
    (selector.name === '' || selector.name === id.name) &&
    (selector.namespace === '' ||
      effectiveNamespace(selector.namespace) === effectiveNamespace(id.namespace)) &&
    (selector.group === '' || selector.group === id.group) &&
    (selector.version === '' || selector.version === id.version) &&
    (selector.kind === '' || selector.kind === id.kind)
  );
}

/** `ResId.String`, as kustomize's messages print a selector. */
function resIdString(s: ResIdSelector): string {
  return (
    `${s.kind || '[noKind]'}.${s.version || '[noVer]'}.${s.group || '[noGrp]'}/` +
    `${s.name || '[noName]'}.${s.namespace || '[noNs]'}`
  );
}

/** `SourceSelector.String`. */
function sourceString(s: SourceSelector): string {
  const parts = [resIdString(s)];
  if (s.fieldPath !== '') parts.push(s.fieldPath);
  if (s.options && (s.options.delimiter !== '' || s.options.create))
    parts.push(`${s.options.delimiter}(${s.options.index}), create=${s.options.create}`);
  return parts.join(':');
}

function describe(object: BuiltTarget): string {
  const id = currentId(object);
  return `${id.kind} ${id.namespace ? `${id.namespace}/` : ''}${id.name}`;
}

/** Brings the identity fields of an object written to up to date with its value. */
function syncIdentity(object: BuiltTarget): void {
  const value = object.value;
  if (typeof value.kind === 'string') object.kind = value.kind;
  if (typeof value.apiVersion === 'string') object.apiVersion = value.apiVersion;
  const metadata = isMapping(value.metadata) ? value.metadata : {};
  if (typeof metadata.name === 'string') object.name = metadata.name;
  if (typeof metadata.namespace === 'string' && metadata.namespace !== '')
    object.namespace = metadata.namespace;
  else delete object.namespace;
}

// ---------------------------------------------------------------------------------------------------------
// Target selection with regular expressions (api/types/selector.go SelectorRegex, replacement.go)

/**
 * A Go (RE2) regular expression as a JavaScript one: a leading flag group (`(?i)`) becomes flags and
 * `(?P<name>` a named group; the rest of RE2's syntax is JavaScript's too, as far as selectors use it.
 */
function goRegExp(pattern: string, anchored: boolean): RegExp {
  let source = pattern;
  let flags = '';
  const flagGroup = /^\(\?([a-zA-Z]+)\)/.exec(source);
  if (flagGroup) {
    for (const flag of flagGroup[1] as string) {
      if (flag === 'i' || flag === 'm' || flag === 's') flags += flags.includes(flag) ? '' : flag;
      else throw new SyntaxError(`unsupported flag ${flag} in ${pattern}`);
    }
    source = source.slice(flagGroup[0].length);
  }
  source = source.replace(/\(\?P</g, '(?<');
  return new RegExp(anchored ? `^(?:${source})$` : source, flags);
}

interface SelectorRegex {
  selector: Selector;
  group?: RegExp;
  version?: RegExp;
  kind?: RegExp;
  name?: RegExp;
  namespace?: RegExp;
}

function compileSelector(selector: Selector): SelectorRegex {
  const compiled: SelectorRegex = { selector };
  for (const field of ['group', 'version', 'kind', 'name', 'namespace'] as const) {
    if (selector[field] === '') continue;
    try {
      compiled[field] = goRegExp(selector[field], true);
    } catch (e) {
      fail(`error creating target selector: ${(e as Error).message}`);
    }
  }
  return compiled;
}

/** `MatchGvk && MatchName && MatchNamespace`: the namespace as written, not the effective one. */
function regexSelects(r: SelectorRegex, id: ResId): boolean {
  return (
    (!r.group || r.group.test(id.group)) &&
    (!r.version || r.version.test(id.version)) &&
    (!r.kind || r.kind.test(id.kind)) &&
    (!r.name || r.name.test(id.name)) &&
    (!r.namespace || r.namespace.test(id.namespace))
  );
}

const isEmptyResId = (s: ResIdSelector): boolean =>
  s.group === '' && s.version === '' && s.kind === '' && s.name === '' && s.namespace === '';

function stringMap(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (isMapping(value)) for (const [k, v] of Object.entries(value)) out.set(k, scalarFieldText(v));
  return out;
}

/** `matchesAnnoAndLabelSelector`: both selectors (an empty one selects everything). */
function matchesLabelsAndAnnotations(object: BuiltTarget, selector: Selector): boolean {
  const metadata = isMapping(object.value.metadata) ? object.value.metadata : {};
  return (
    selectorMatches(parseSelector(selector.annotationSelector), stringMap(metadata.annotations)) &&
    selectorMatches(parseSelector(selector.labelSelector), stringMap(metadata.labels))
  );
}

/**
 * `selectByAnnoAndLabel` and `RejectsAny`: a `reject` entry rejects an object when its label and annotation
 * selectors match, and also, separately, when its id part (group, version, kind, name, namespace) matches
 * one of the object's ids.
 */
function isTarget(
  object: BuiltTarget,
  target: TargetSelector,
  select: SelectorRegex,
  rejects: SelectorRegex[],
): boolean {
  const ids = idsOf(object);
  if (!matchesLabelsAndAnnotations(object, target.select as Selector)) return false;
  for (const reject of target.reject) {
    if (reject.annotationSelector === '' && reject.labelSelector === '') continue;
    if (matchesLabelsAndAnnotations(object, reject)) return false;
  }
  for (const reject of rejects) {
    if (isEmptyResId(reject.selector)) continue;
    if (ids.some((id) => regexSelects(reject, id))) return false;
  }
  return ids.some((id) => regexSelects(select, id));
}

// ---------------------------------------------------------------------------------------------------------
// Label selectors (k8s.io/apimachinery labels.Parse, as kyaml/yaml/internal/k8sgen/pkg/labels has it)

type Operator = 'in' | 'notin' | '=' | '==' | '!=' | 'exists' | '!' | '>' | '<';

interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

type TokenKind =
  'id' | 'end' | 'error' | '(' | ')' | ',' | '!' | '==' | '=' | '!=' | '>' | '<' | 'in' | 'notin';

interface Token {
  kind: TokenKind;
  literal: string;
}

const LITERAL_TOKENS: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  [')', ')'],
  [',', ','],
  ['!', '!'],
  ['==', '=='],
  ['=', '='],
  ['>', '>'],
  ['in', 'in'],
  ['<', '<'],
  ['!=', '!='],
  ['notin', 'notin'],
  ['(', '('],
]);

const isSelectorSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSelectorSymbol = (ch: string): boolean => '=!(),><'.includes(ch);

function lexSelector(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (;;) {
    while (pos < text.length && isSelectorSpace(text[pos] as string)) pos++;
    if (pos >= text.length) {
      tokens.push({ kind: 'end', literal: '' });
      return tokens;
    }
    if (isSelectorSymbol(text[pos] as string)) {
      // The longest run of symbols that is an operator.
      let buffer = '';
      let last: Token | undefined;
      while (pos < text.length && isSelectorSymbol(text[pos] as string)) {
        buffer += text[pos];
        const kind = LITERAL_TOKENS.get(buffer);
        if (kind) last = { kind, literal: buffer };
        else if (last) break;
        pos++;
      }
      tokens.push(last ?? { kind: 'error', literal: `error expected: keyword found '${buffer}'` });
      continue;
    }
    let literal = '';
    while (
      pos < text.length &&
      !isSelectorSymbol(text[pos] as string) &&
      !isSelectorSpace(text[pos] as string)
    )
      literal += text[pos++];
    tokens.push({ kind: LITERAL_TOKENS.get(literal) ?? 'id', literal });
  }
}

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function validateLabelKey(key: string): void {
  const parts = key.split('/');
  const name = parts.length === 2 ? (parts[1] as string) : key;
  const prefixOk =
    parts.length === 1 ||
    (parts.length === 2 && (parts[0] as string).length <= 253 && DNS_SUBDOMAIN.test(parts[0] as string));
  if (!prefixOk || name.length > 63 || !LABEL_NAME.test(name)) fail(`invalid label key "${key}"`);
}

function validateLabelValue(key: string, value: string): void {
  if (value.length > 63 || (value !== '' && !LABEL_NAME.test(value)))
    fail(`invalid label value: "${value}": at key: "${key}"`);
}

/** Parses a label selector (`app=web,tier in (a,b),!canary`); kustomize fails on one it cannot parse. */
function parseSelector(text: string): Requirement[] {
  return new SelectorParser(text).parse();
}

/** The operators that may follow a key, by token. */
const BINARY_OPERATORS: Partial<Record<TokenKind, Operator>> = {
  in: 'in',
  '=': '=',
  '==': '==',
  '>': '>',
  '<': '<',
  notin: 'notin',
  '!=': '!=',
};

/**
 * A recursive descent over a selector's tokens, as k8s.io/apimachinery's labels.Parser reads them (with its
 * error messages): requirements, each a key with an operator and values.
 */
class SelectorParser {
  private readonly tokens: Token[];
  private position = 0;

  constructor(private readonly text: string) {
    this.tokens = lexSelector(text);
  }

  /** The requirements, separated by commas, up to the end of the text. */
  parse(): Requirement[] {
    const requirements: Requirement[] = [];
    for (;;) {
      const t = this.lookahead(true);
      if (t.kind === 'end') return requirements;
      if (t.kind !== 'id' && t.kind !== '!')
        fail(
          `invalid selector "${this.text}": found '${t.literal}', expected: !, identifier, or 'end of string'`,
        );
      requirements.push(this.requirement());
      const after = this.consume(true);
      if (after.kind === 'end') return requirements;
      if (after.kind !== ',')
        fail(`invalid selector "${this.text}": found '${after.literal}', expected: ',' or 'end of string'`);
      const next = this.lookahead(true);
      if (next.kind !== 'id' && next.kind !== '!')
        fail(`invalid selector "${this.text}": found '${next.literal}', expected: identifier after ','`);
    }
  }

  /** The next token, not consumed; where a value is expected, `in` and `notin` are identifiers. */
  private lookahead(values: boolean): Token {
    const t = this.tokens[this.position] as Token;
    return values && (t.kind === 'in' || t.kind === 'notin') ? { ...t, kind: 'id' } : t;
  }

  /** The next token, consumed. */
  private consume(values: boolean): Token {
    const t = this.lookahead(values);
    this.position++;
    return t;
  }

  /** One requirement: `key`, `!key`, `key op value` or `key in|notin (values)`. */
  private requirement(): Requirement {
    let operator: Operator | undefined;
    let t = this.consume(true);
    if (t.kind === '!') {
      operator = '!';
      t = this.consume(true);
    }
    if (t.kind !== 'id') fail(`unable to parse requirement: found '${t.literal}', expected: identifier`);
    const key = t.literal;
    validateLabelKey(key);
    const next = this.lookahead(true).kind;
    if (next === 'end' || next === ',') return { key, operator: operator ?? 'exists', values: [] };
    if (operator === '!')
      fail(
        `unable to parse requirement: found '${this.lookahead(true).literal}', expected: ',' or 'end of string'`,
      );
    const op = this.consume(false);
    const found = BINARY_OPERATORS[op.kind];
    if (!found)
      fail(`unable to parse requirement: found '${op.literal}', expected: '=', '!=', '==', 'in', notin'`);
    const values = found === 'in' || found === 'notin' ? this.valueSet() : [this.exactValue()];
    if ((found === 'in' || found === 'notin') && values.length === 0)
      fail("for 'in', 'notin' operators, values set can't be empty");
    if (found === '>' || found === '<')
      for (const v of values)
        if (!/^[-+]?[0-9]+$/.test(v)) fail("for 'Gt', 'Lt' operators, the value must be an integer");
    for (const v of values) validateLabelValue(key, v);
    return { key, operator: found, values };
  }

  /** The value after `=`, `==`, `!=`, `>` or `<` (empty when none follows). */
  private exactValue(): string {
    const t = this.lookahead(true);
    if (t.kind === 'end' || t.kind === ',') return '';
    const value = this.consume(true);
    if (value.kind !== 'id')
      fail(`unable to parse requirement: found '${value.literal}', expected: identifier`);
    return value.literal;
  }

  /** The values in parentheses after `in` or `notin`. */
  private valueSet(): string[] {
    const open = this.consume(true);
    if (open.kind !== '(') fail(`unable to parse requirement: found '${open.literal}' expected: '('`);
    const first = this.lookahead(true);
    if (first.kind === ')') {
      this.consume(true);
      return [''];
    }
    if (first.kind !== 'id' && first.kind !== ',')
      fail(`unable to parse requirement: found '${first.literal}', expected: ',', ')' or identifier`);
    const values = this.valueList();
    const close = this.consume(true);
    if (close.kind !== ')') fail(`unable to parse requirement: found '${close.literal}', expected: ')'`);
    return [...values];
  }

  /** The comma-separated values inside the parentheses, up to (not consuming) `)`; an empty one is `''`. */
  private valueList(): Set<string> {
    const values = new Set<string>();
    for (;;) {
      const t = this.consume(true);
      if (t.kind === 'id') {
        values.add(t.literal);
        const after = this.lookahead(true);
        if (after.kind === ',') continue;
        if (after.kind === ')') return values;
        fail(`unable to parse requirement: found '${after.literal}', expected: ',' or ')'`);
      } else if (t.kind === ',') {
        if (values.size === 0) values.add('');
        const after = this.lookahead(true);
        if (after.kind === ')') {
          values.add('');
          return values;
        }
        if (after.kind === ',') {
          this.consume(true);
          values.add('');
        }
      } else fail(`unable to parse requirement: found '${t.literal}', expected: ',', or identifier`);
    }
  }
}

/**
 * Whether `labels` (a mapping of an object's `metadata.labels` or `metadata.annotations`) satisfy a label
 * selector string (`app=web,tier in (a,b),!canary,replicas>2`), as kustomize matches `labelSelector` and
 * `annotationSelector` in replacements and patch targets (k8s.io/apimachinery labels.Parse, copied in
 * kyaml/yaml/internal/k8sgen/pkg/labels/selector.go). A string, the reason, when the selector does not parse:
 * kustomize fails there. An empty selector selects everything.
 */
export function matchesLabelSelector(selector: string, labels: unknown): boolean | string {
  try {
    return selectorMatches(parseSelector(selector), stringMap(labels));
  } catch (e) {
    if (e instanceof ReplacementError) return e.message;
    throw e;
  }
}

function selectorMatches(requirements: Requirement[], labels: Map<string, string>): boolean {
  return requirements.every((r) => {
    const value = labels.get(r.key);
    switch (r.operator) {
      case 'in':
      case '=':
      case '==':
        return value !== undefined && r.values.includes(value);
      case 'notin':
      case '!=':
        return value === undefined || !r.values.includes(value);
      case 'exists':
        return value !== undefined;
      case '!':
        return value === undefined;
      case '>':
      case '<': {
        if (value === undefined || !/^[-+]?[0-9]+$/.test(value)) return false;
        const have = Number(value);
        const want = Number(r.values[0]);
        return r.operator === '>' ? have > want : have < want;
      }
    }
    return false;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Field paths (kyaml/utils/pathsplitter.go)

/** `PathSplitter`: splits on the delimiter, keeping an escaped one (`\.`); a leading delimiter is dropped. */
function pathSplitter(path: string, delimiter: string): string[] {
  let parts = path.split(delimiter);
  if (parts.length > 1 && parts[0] === '') parts = parts.slice(1);
  const out = [parts[0] as string];
  for (const part of parts.slice(1)) {
    const last = out[out.length - 1] as string;
    if (last.endsWith('\\')) out[out.length - 1] = last.slice(0, -1) + delimiter + part;
    else out.push(part);
  }
  return out;
}

/**
 * `SmarterPathSplitter`: a bracketed element that spans delimiters stays one element, with its brackets when
 * it selects a list item (`[name=a.b]`), without them when it is a key (`[a.b.c]` is the key `a.b.c`).
 */
export function smarterPathSplitter(path: string, delimiter = '.'): string[] {
  const split = pathSplitter(path, delimiter);
  const out: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const element = split[i] as string;
    if (element.startsWith('[') && !element.endsWith(']')) {
      const bracketed = [element];
      while (i < split.length - 1) {
        i++;
        bracketed.push(split[i] as string);
        if ((split[i] as string).endsWith(']')) break;
      }
      const joined = bracketed.join(delimiter);
      out.push(joined.includes('=') ? joined : joined.replace(/^[[\]]+|[[\]]+$/g, ''));
    } else out.push(element);
  }
  return out;
}

const isListIndex = (part: string): boolean => part.startsWith('[') && part.endsWith(']');

/** `strconv.Atoi` */
function atoi(part: string): number | undefined {
  return /^[-+]?[0-9]+$/.test(part) ? Number(part) : undefined;
}

/** `IsIdxNumber`: a non-negative integer. */
function indexNumber(part: string): number | undefined {
  const n = atoi(part);
  return n !== undefined && n >= 0 ? n : undefined;
}

/** `SplitIndexNameValue`: `[name=value]` -> (name, value). */
function splitIndexNameValue(part: string): [field: string, value: string] {
  const inner = part.replace(/^\[/, '').replace(/\]$/, '');
  const eq = inner.indexOf('=');
  if (eq === -1)
    throw new PathError('list path element must contain fieldName=fieldValue for element to match');
  return [inner.slice(0, eq), inner.slice(eq + 1)];
}

/** A failure of a path walk, wrapped by the caller in kustomize's message. */
class PathError extends Error {}

function nodeKind(value: unknown): string {
  if (Array.isArray(value)) return 'SequenceNode';
  if (isMapping(value)) return 'MappingNode';
  return 'ScalarNode';
}

const wrongKind = (expected: string, value: unknown): PathError =>
  new PathError(`wrong node kind: expected ${expected} but got ${nodeKind(value)}`);

// ---------------------------------------------------------------------------------------------------------
// Scalars: text and type

const isScalarValue = (value: unknown): boolean => !isContainer(value);

/** The text of a scalar as the YAML node holds it (`GetValue`); a null or container has none. */
function scalarFieldText(value: unknown): string {
  if (value === null || value === undefined || isContainer(value)) return '';
  return String(value);
}

/**
 * What a plain scalar with no tag reads as (go-yaml v3's `resolve`, which kustomize's output goes through):
 * null, booleans (YAML 1.2's spellings), integers (decimal, 0x, 0o, 0b, and a leading 0 for octal), floats;
 * anything else is a string. A timestamp stays its text here.
 */
export function resolvePlainScalar(text: string): string | number | boolean | null {
  if (['', '~', 'null', 'Null', 'NULL'].includes(text)) return null;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  const plain = text.replace(/_/g, '');
  const int = /^([-+]?)(0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+|0[0-7]+|[0-9]+)$/.exec(plain);
  if (int) {
    const sign = int[1] === '-' ? -1 : 1;
    const digits = int[2] as string;
    if (/^0[0-7]+$/.test(digits)) return sign * parseInt(digits.slice(1), 8);
    return sign * Number(digits);
  }
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(plain)) return Number(plain);
  return text;
}

type ScalarType = 'string' | 'number' | 'boolean' | 'null' | 'untagged';

/** The value a replacement copies: a scalar (its text and its YAML type), or a container. */
type Value = { scalar: true; text: string; type: ScalarType } | { scalar: false; value: Container };

function valueOf(v: unknown): Value {
  if (isContainer(v)) return { scalar: false, value: v };
  if (v === null || v === undefined) return { scalar: true, text: '', type: 'null' };
  if (typeof v === 'number') return { scalar: true, text: String(v), type: 'number' };
  if (typeof v === 'boolean') return { scalar: true, text: String(v), type: 'boolean' };
  return { scalar: true, text: String(v), type: 'string' };
}

const textOf = (v: Value): string => (v.scalar ? v.text : '');

/** A scalar of a given type with new text; a text the type cannot hold stays text (kustomize's result is unclear). */
function typedScalar(type: ScalarType, text: string): unknown {
  if (type === 'string') return text;
  if (type === 'null') return null;
  const resolved = resolvePlainScalar(text);
  if (type === 'untagged') return resolved;
  return typeof resolved === type ? resolved : text;
}

function kindOfValue(v: Value): Kind {
  if (v.scalar) return 'scalar';
  return Array.isArray(v.value) ? 'sequence' : 'mapping';
}

// ---------------------------------------------------------------------------------------------------------
// Reading the source (replacement.go getReplacement, kyaml PathGetter)

interface Found {
  value: unknown;
  holder?: Container;
  key?: string | number;
}

/** `yaml.Lookup(path...)` without create: undefined when a step is missing; throws where kyaml errors. */
function lookup(root: unknown, path: string[]): Found | undefined {
  const parts = path.map((p) => p.trim()).filter((p) => p !== '');
  let found: Found = { value: root };
  for (const part of parts) {
    const current = found.value;
    if (current === undefined) return undefined;
    const n = atoi(part);
    if (n !== undefined) {
      if (n < 0) throw new PathError(`array index ${n} cannot be negative`);
      if (current === null) return undefined;
      if (!Array.isArray(current)) throw wrongKind('SequenceNode', current);
      if (n >= current.length) return undefined;
      found = { value: current[n], holder: current, key: n };
    } else if (part === '-') {
      if (current === null) return undefined;
      if (!Array.isArray(current)) throw wrongKind('SequenceNode', current);
      if (current.length === 0) return undefined;
      found = { value: current[current.length - 1], holder: current, key: current.length - 1 };
    } else if (part === '*') {
      throw new PathError('wildcard is not supported in PathGetter');
    } else if (isListIndex(part)) {
      const [field, wanted] = splitIndexNameValue(part);
      if (current === null) return undefined;
      if (!Array.isArray(current)) throw wrongKind('SequenceNode', current);
      const index = current.findIndex((item) =>
        field === ''
          ? scalarFieldText(item) === wanted
          : isMapping(item) && Object.hasOwn(item, field) && scalarFieldText(item[field]) === wanted,
      );
      if (index === -1) return undefined;
      found = { value: current[index], holder: current, key: index };
    } else {
      if (current === null) return undefined;
      if (!isMapping(current)) throw wrongKind('MappingNode', current);
      if (!Object.hasOwn(current, part)) return undefined;
      found = { value: current[part], holder: current, key: part };
    }
  }
  return found.value === undefined ? undefined : found;
}

/** `IsNilOrEmpty`: null, an empty mapping or an empty list. */
const isNilOrEmpty = (v: unknown): boolean =>
  v === null || (Array.isArray(v) ? v.length === 0 : isMapping(v) && Object.keys(v).length === 0);

function selectSource(objects: BuiltTarget[], selector: SourceSelector): BuiltTarget {
  const matches = objects.filter((o) => idsOf(o).some((id) => sourceSelects(selector, id)));
  if (matches.length > 1) fail(`multiple matches for selector ${sourceString(selector)}`);
  if (matches.length === 0) fail(`nothing selected by ${sourceString(selector)}`);
  return matches[0] as BuiltTarget;
}

function getReplacement(objects: BuiltTarget[], r: Replacement): Value {
  if (r.sourceValue !== undefined && r.source !== undefined)
    fail('value and resource selectors are mutually exclusive');
  // `yaml.NewScalarRNode`: a scalar with no tag, read as YAML reads it wherever it is written whole.
  if (r.sourceValue !== undefined) return { scalar: true, text: r.sourceValue, type: 'untagged' };
  const selector = r.source as SourceSelector;
  const source = selectSource(objects, selector);
  const fieldPath = selector.fieldPath || 'metadata.name';
  let found: Found | undefined;
  try {
    found = lookup(source.value, smarterPathSplitter(fieldPath));
  } catch (e) {
    if (!(e instanceof PathError)) throw e;
    fail(`error looking up replacement source: ${e.message}`);
  }
  if (!found || isNilOrEmpty(found.value))
    fail(`fieldPath \`${fieldPath}\` is missing for replacement source ${resIdString(selector)}`);
  return refine(selector.options, valueOf(found.value));
}

/** `getRefinedValue`: one part of the source's text, split by `options.delimiter`. */
function refine(options: FieldOptions | undefined, value: Value): Value {
  if (!options || options.delimiter === '') return value;
  if (!value.scalar) fail('delimiter option can only be used with scalar nodes');
  const parts = value.text.split(options.delimiter);
  if (options.index >= parts.length || options.index < 0)
    fail(`options.index ${options.index} is out of bounds for value ${value.text}`);
  return { ...value, text: parts[options.index] as string };
}

// ---------------------------------------------------------------------------------------------------------
// Finding the target fields (kyaml PathMatcher)

type Kind = 'scalar' | 'mapping' | 'sequence';

/** Where a target value is: `holder[key]`. */
interface Ref {
  holder: Container;
  key: string | number;
  /** A scalar the walk created: it has no tag, so what is written there reads as YAML reads it. */
  created: boolean;
  /** Inside a copy of a string's YAML that is not written back (kustomize's writes there are lost). */
  detached: boolean;
}

interface WriteContext {
  origin: () => Origin;
  written: Set<BuiltTarget>;
}

interface Walk {
  create: Kind | undefined;
  detached: boolean;
  provenance: ValueProvenance;
  context: WriteContext;
}

/** `getPathPartKind`: what a missing node must be for the next step of the path. */
function newNode(next: string | undefined, walk: Walk): unknown {
  const kind =
    next === undefined
      ? walk.create
      : isListIndex(next) || indexNumber(next) !== undefined
        ? 'sequence'
        : 'mapping';
  return kind === 'sequence' ? [] : kind === 'mapping' ? {} : '';
}

function recordCreated(holder: Container, key: string | number, walk: Walk): void {
  if (walk.detached) return;
  const child = (holder as Record<string | number, unknown>)[key];
  walk.provenance.wrote(holder, key, walk.context.origin());
  if (isContainer(child)) walk.provenance.wroteWhole(child, walk.context.origin());
}

function step(holder: Container, key: string | number, rest: string[], walk: Walk, created: boolean): Ref[] {
  if (rest.length === 0) return [{ holder, key, created, detached: walk.detached }];
  return match((holder as Record<string | number, unknown>)[key], rest, walk);
}

/** `PathMatcher.filter`: every node `path` leads to from `node`, created where missing if `walk.create`. */
function match(node: unknown, path: string[], walk: Walk): Ref[] {
  const [part, ...rest] = path as [string, ...string[]];
  // A null in the middle of a path: kustomize errors or writes nowhere (see docs/kustomize.md).
  if (node === null || node === undefined)
    throw new PathError(`the path goes through a null value at "${part}"`);
  const index = indexNumber(part);
  if (index !== undefined) {
    if (!Array.isArray(node)) throw wrongKind('SequenceNode', node);
    let created = false;
    if (node.length === index && walk.create) {
      node.push(newNode(rest[0], walk));
      recordCreated(node, index, walk);
      created = true;
    }
    if (node.length < index + 1)
      throw new PathError(`index ${index} specified but only ${node.length} elements found`);
    return step(node, index, rest, walk, created);
  }
  if (isListIndex(part)) return matchListItems(node, part, rest, walk);
  if (part === '*') {
    if (!Array.isArray(node)) throw wrongKind('SequenceNode', node);
    return node.flatMap((_, i) => step(node, i, rest, walk, false));
  }
  if (part === '') throw wrongKind('ScalarNode', node);
  if (!isMapping(node)) throw wrongKind('MappingNode', node);
  let created = false;
  if (!Object.hasOwn(node, part)) {
    if (!walk.create) return [];
    node[part] = newNode(rest[0], walk);
    recordCreated(node, part, walk);
    created = true;
  }
  const child = node[part];
  // A scalar with path left: its text read as YAML, walked in a copy that is not written back.
  if (rest.length > 0 && isScalarValue(child)) {
    const box = [parseEmbedded(scalarFieldText(child))];
    return step(box, 0, rest, { ...walk, detached: true }, false);
  }
  return step(node, part, rest, walk, created);
}

/** `doSeq`: `[field=regex]` walks on in every item whose field matches; `[=regex]` is the items themselves. */
function matchListItems(node: unknown, part: string, rest: string[], walk: Walk): Ref[] {
  const [field, pattern] = splitIndexNameValue(part);
  if (!Array.isArray(node)) throw wrongKind('SequenceNode', node);
  let regex: RegExp;
  try {
    regex = goRegExp(pattern, false);
  } catch (e) {
    throw new PathError((e as Error).message);
  }
  const search = (): Ref[] =>
    node.flatMap((item, i): Ref[] => {
      if (field === '')
        return regex.test(nodeText(item))
          ? [{ holder: node, key: i, created: false, detached: walk.detached }]
          : [];
      if (!isMapping(item) || !Object.hasOwn(item, field)) return [];
      return regex.test(nodeText(item[field])) ? step(node, i, rest, walk, false) : [];
    });
  const refs = search();
  if (refs.length > 0 || !walk.create) return refs;
  // Created with the pattern as the value, untagged; then searched again.
  const value = resolvePlainScalar(pattern);
  node.push(field === '' ? value : { [field]: value });
  recordCreated(node, node.length - 1, walk);
  const again = search();
  if (again.length === 0)
    throw new PathError(
      `the item created for "${part}" does not match its own pattern (kustomize does not end here)`,
    );
  return again;
}

/** The text kustomize matches a list item's field against: the value's YAML, trimmed. */
function nodeText(value: unknown): string {
  if (isContainer(value)) return stringifyYaml(value).trim();
  return scalarFieldText(value).trim();
}

/** The YAML or JSON a string holds, as go-yaml reads it; a PathError when it is not YAML. */
function parseEmbedded(text: string): unknown {
  try {
    return parseYaml(text, { maxAliasCount: 100 }) as unknown;
  } catch (e) {
    throw new PathError(`the value is not YAML: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Writing (replacement.go applyReplacement, copyValueToTarget, setFieldValue, setValueInStructuredData)

function applyReplacement(objects: BuiltTarget[], r: Replacement, context: WriteContext): void {
  if (r.path !== '') {
    if (r.source !== undefined || (r.targets?.length ?? 0) !== 0)
      fail('cannot specify both path and inline replacement');
    fail(
      `the replacements of ${r.path} were not read (the caller expands path entries with replacementsInFile)`,
    );
  }
  const targets = r.targets;
  if ((r.sourceValue === undefined && r.source === undefined) || targets === undefined)
    fail('replacements must specify a source and at least one target');
  const value = getReplacement(objects, r);
  for (const target of targets) {
    if (!target.select) fail('target must specify resources to select');
    const fieldPaths = target.fieldPaths.length > 0 ? target.fieldPaths : ['metadata.name'];
    const select = compileSelector(target.select);
    const rejects = target.reject.map(compileSelector);
    for (const object of objects) {
      if (!isTarget(object, target, select, rejects)) continue;
      for (const fieldPath of fieldPaths)
        copyValueToTarget(object, value, fieldPath, target.options, context);
    }
  }
}

function copyValueToTarget(
  object: BuiltTarget,
  value: Value,
  fieldPath: string,
  options: FieldOptions | undefined,
  context: WriteContext,
): void {
  const create = options?.create ? kindOfValue(value) : undefined;
  const walk: Walk = { create, detached: false, provenance: object.provenance, context };
  const parts = smarterPathSplitter(fieldPath);
  if (writeInEmbeddedDocument(object, value, parts, options, walk)) return;
  const what = `unable to find${create ? ' or create' : ''} field "${fieldPath}" in replacement target ${describe(object)}`;
  let refs: Ref[];
  try {
    refs = match(object.value, parts, walk);
  } catch (e) {
    if (!(e instanceof PathError)) throw e;
    fail(`${what}: ${e.message}`);
  }
  if (refs.length === 0) fail(what);
  for (const ref of refs) setFieldValue(ref, value, options, walk);
  context.written.add(object);
}

/** `setFieldValue`: a scalar target keeps its type and takes the text; any other target is replaced whole. */
function setFieldValue(ref: Ref, value: Value, options: FieldOptions | undefined, walk: Walk): void {
  const holder = ref.holder as Record<string | number, unknown>;
  const current = holder[ref.key];
  let v = value;
  if (options && options.delimiter !== '') {
    if (!isScalarValue(current)) fail('delimiter option can only be used with scalar nodes');
    const parts = scalarFieldText(current).split(options.delimiter);
    const text = textOf(value);
    if (options.index < 0) parts.unshift(text);
    else if (options.index >= parts.length) parts.push(text);
    else parts[options.index] = text;
    v = { scalar: true, text: parts.join(options.delimiter), type: value.scalar ? value.type : 'untagged' };
  }
  let next: unknown;
  if (isScalarValue(current)) {
    if (ref.created) next = resolvePlainScalar(textOf(v));
    else if (current === null) next = v.scalar ? typedScalar(v.type, v.text) : copyContainer(v.value, walk);
    else {
      const type: ScalarType =
        typeof current === 'number' ? 'number' : typeof current === 'boolean' ? 'boolean' : 'string';
      next = typedScalar(type, textOf(v));
    }
  } else next = v.scalar ? typedScalar(v.type, v.text) : copyContainer(v.value, walk);
  holder[ref.key] = next;
  if (!ref.detached && !walk.detached) walk.provenance.wrote(ref.holder, ref.key, walk.context.origin());
}

/** A deep copy of a container written whole: every container of it is recorded as written from the origin. */
function copyContainer(value: Container, walk: Walk): Container {
  const copy = (v: unknown): unknown => {
    if (!isContainer(v)) return v;
    const out: Container = Array.isArray(v)
      ? v.map(copy)
      : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
    if (!walk.detached) walk.provenance.wroteWhole(out, walk.context.origin());
    return out;
  };
  return copy(value) as Container;
}

/**
 * `setValueInStructuredData`: where a prefix of the path (found as `yaml.Lookup` finds it) is a scalar whose
 * text is YAML or JSON, the rest of the path is walked in that document, written, and the document written
 * back as the scalar's text: JSON as Go's encoding/json writes it (sorted keys, indented when the original
 * was), YAML re-serialized (its quoting and comments may differ from kustomize's output). False when the
 * path holds no such scalar or the walk there fails (kustomize then falls back to the plain walk).
 */
function writeInEmbeddedDocument(
  object: BuiltTarget,
  value: Value,
  parts: string[],
  options: FieldOptions | undefined,
  walk: Walk,
): boolean {
  if (parts.length < 2) return false;
  for (let i = 1; i < parts.length; i++) {
    let found: Found | undefined;
    try {
      found = lookup(object.value, parts.slice(0, i));
    } catch (e) {
      if (e instanceof PathError) continue;
      throw e;
    }
    if (!found || !isScalarValue(found.value) || found.holder === undefined) continue;
    const text = scalarFieldText(found.value);
    let parsed: unknown;
    try {
      parsed = parseEmbedded(text);
    } catch {
      continue;
    }
    // The first such scalar decides: any failure from here on falls back to the plain walk.
    try {
      const box = [parsed];
      const inner: Walk = { ...walk, detached: true };
      const refs = match(box[0], parts.slice(i), inner);
      if (refs.length === 0) return false;
      for (const ref of refs) setFieldValue(ref, value, options, inner);
      const serialized = serializeEmbedded(box[0], text);
      const holder = found.holder as Record<string | number, unknown>;
      holder[found.key as string | number] = serialized;
      walk.provenance.wrote(found.holder, found.key as string | number, walk.context.origin());
      walk.context.written.add(object);
      return true;
    } catch (e) {
      if (e instanceof PathError || e instanceof ReplacementError) return false;
      throw e;
    }
  }
  return false;
}

function serializeEmbedded(data: unknown, original: string): string {
  const first = original.trim()[0];
  if (first === '{' || first === '[')
    return goJson(data, original.includes('\n') && original.includes('  '), '');
  return stringifyYaml(data, { indentSeq: false, lineWidth: 0 }).trim();
}

/** encoding/json's Marshal (or MarshalIndent with two spaces): sorted keys, HTML characters escaped. */
function goJson(value: unknown, pretty: boolean, indent: string): string {
  const inner = `${indent}  `;
  const join = (items: string[], open: string, close: string): string =>
    items.length === 0
      ? `${open}${close}`
      : pretty
        ? `${open}\n${items.map((s) => inner + s).join(',\n')}\n${indent}${close}`
        : `${open}${items.join(',')}${close}`;
  if (Array.isArray(value))
    return join(
      value.map((v) => goJson(v, pretty, inner)),
      '[',
      ']',
    );
  if (isMapping(value))
    return join(
      Object.keys(value)
        .sort()
        .map((k) => `${goString(k)}:${pretty ? ' ' : ''}${goJson(value[k], pretty, inner)}`),
      '{',
      '}',
    );
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PathError(`json: unsupported value: ${value}`);
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return String(value);
  return 'null';
}

function goString(s: string): string {
  const escapes: Record<string, string> = {
    '<': '\\u003c',
    '>': '\\u003e',
    '&': '\\u0026',
    '\u2028': '\\u2028',
    '\u2029': '\\u2029',
  };
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c] as string);
}
