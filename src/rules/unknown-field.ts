// Complexity (objects of one namespace): O(V) for the V values of all Services, Endpoints and EndpointSlices,
// walked once against the schema.
import { formatResource } from '../engine/finding.js';
import { renameKeyFix } from '../engine/fix.js';
import type { Path } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';
import { isPlaceholder, isPlaceholderKey } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, Rule } from '../engine/rule.js';
import { closestName } from '../engine/suggest.js';
import type { FieldLocation, FieldSchema, ObjectSchema } from './schema/fields.js';
import { allFields, SCHEMA_BY_KIND } from './schema/fields.js';
import { SERVED_VERSION } from './schema/objects.js';

/** YAML merge keys (`<<: *defaults`) are expanded by kubectl's YAML reader, not fields. */
const MERGE_KEY = '<<';

/** The start of every message: the object, the key and where it is not a field. */
const NOT_A_FIELD = '{{object}}: `{{key}}` is not a field of {{where}}. {{why}}';

export const unknownField: Rule = {
  meta: {
    id: 'unknown-field',
    severity: 'error',
    family: 'validity',
    summary: 'A field that the Service, Endpoints or EndpointSlice schema does not define.',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      "kubectl's strict field validation (its default) rejects the object; clients that skip it make the API " +
      'server drop the field silently, so what it holds never takes effect.',
    messages: {
      wrongCase: `${NOT_A_FIELD} Field names are case-sensitive: write \`{{suggestion}}\`.{{merge}}`,
      misspelt: `${NOT_A_FIELD} Did you mean \`{{suggestion}}\`?{{merge}}`,
      otherShape: `${NOT_A_FIELD} Did you mean \`{{suggestion}}\`? (It holds a different kind of value.)`,
      misplaced: `${NOT_A_FIELD} \`{{field}}\` is a field of {{place}}{{alsoOf}}: move it there.`,
      unknown: `${NOT_A_FIELD} Known fields here: {{known}}.`,
    },
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      const schema = SCHEMA_BY_KIND[resource.ref.kind];
      // The schemas are those of the served versions; other versions are invalid-api-version's.
      if (!schema || resource.object.apiVersion !== SERVED_VERSION[resource.ref.kind]) continue;
      const walker = new Walker(resource, allFields(schema), report);
      walker.object(schema, resource.object.value, [], '');
    }
  },
};

/** Compares field names the way people mistype them: case, '-' and '_' do not matter. */
const normalize = (name: string): string => name.toLowerCase().replace(/[-_]/g, '');

class Walker {
  constructor(
    private readonly resource: Resource,
    private readonly locations: readonly FieldLocation[],
    private readonly report: (p: Problem) => void,
  ) {}

  object(schema: ObjectSchema, value: Record<string, unknown>, path: Path, parent: string): void {
    for (const [key, child] of Object.entries(value)) {
      if (key === MERGE_KEY || key.startsWith('$')) continue; // `$patch` & co: strategic-merge-patch directives
      // A key written as a placeholder (`${KEY}`, `<field>`, an environment-variable name such as
      // gatekeeper's `HELMSUBST_SERVICE_TYPE` that a script replaces) is substituted before applying: unknown.
      // (A capital word without '_' is not one: `IP:` is a misspelt `ip`.)
      if (isPlaceholder(key, { allCaps: false }) || isPlaceholderKey(key)) continue;
      if (path.length === 0 && key === 'status') continue; // written by the cluster; never checked
      const field = schema.fields[key];
      if (field) {
        this.field(field, child, [...path, key], parent === '' ? key : `${parent}.${key}`);
        continue;
      }
      const meant = this.unknown(schema, value, key, [...path, key], parent);
      // A certain rename: check what it holds as the field it was meant to be, so all errors show at once.
      if (meant !== undefined)
        this.field(
          schema.fields[meant]!,
          child,
          [...path, key],
          parent === '' ? meant : `${parent}.${meant}`,
        );
    }
  }

  private field(schema: FieldSchema, value: unknown, path: Path, name: string): void {
    if (schema.type === 'object' && isRecord(value)) this.object(schema, value, path, name);
    if (schema.type === 'list' && Array.isArray(value))
      value.forEach((item, i) => this.field(schema.items, item, [...path, i], `${name}[]`));
  }

  /** Reports an unknown field; returns the field it was certainly meant to be, if any. */
  private unknown(
    schema: ObjectSchema,
    siblings: Record<string, unknown>,
    key: string,
    path: Path,
    parent: string,
  ): string | undefined {
    const { resource } = this;
    const what = formatResource(resource.ref);
    const value = siblings[key];
    const names = Object.keys(schema.fields);
    const sameName = names.find((n) => normalize(n) === normalize(key));
    const close = sameName ?? closeName(key, names);
    const fits = close !== undefined && fitsShape(schema.fields[close]!, value);
    const elsewhere = this.locations.filter(
      (l) => normalize(l.name) === normalize(key) && l.parent !== parent,
    );
    let suggestion: string | undefined;
    let message: Pick<Problem, 'messageId' | 'data'>;
    const common = { object: what, key, where: describe(parent, resource.ref.kind) };
    if (close !== undefined && (sameName !== undefined || fits)) {
      suggestion = close;
      const merge = suggestion in siblings ? ` (\`${suggestion}\` is already set here: merge the two.)` : '';
      message = {
        messageId: sameName ? 'wrongCase' : 'misspelt',
        data: { ...common, suggestion, merge },
      };
    } else if (elsewhere.length > 0) {
      message = {
        messageId: 'misplaced',
        data: {
          ...common,
          field: elsewhere[0]!.name,
          place: describe(elsewhere[0]!.parent, resource.ref.kind),
          alsoOf:
            elsewhere.length > 1 ? ` (and of ${describe(elsewhere[1]!.parent, resource.ref.kind)})` : '',
        },
      };
    } else if (close !== undefined) {
      message = { messageId: 'otherShape', data: { ...common, suggestion: close } };
    } else {
      message = {
        messageId: 'unknown',
        data: { ...common, known: names.map((n) => `\`${n}\``).join(', ') },
      };
    }
    const duplicate = suggestion !== undefined && suggestion in siblings;
    this.report({
      target: { resource, path, anchor: 'key' },
      ...message,
      fix:
        suggestion !== undefined && !duplicate ? renameKeyFix(resource.object, path, suggestion) : undefined,
    });
    return suggestion;
  }
}

/**
 * The closest sibling field by edit distance, ignoring case; else the one field that the key spells with
 * two neighbouring letters swapped (`prots` for `ports`), a typo plain edit distance counts twice.
 */
function closeName(key: string, names: readonly string[]): string | undefined {
  const lower = closestName(
    key.toLowerCase(),
    names.map((n) => n.toLowerCase()),
  );
  const close = names.find((n) => n.toLowerCase() === lower);
  if (close !== undefined) return close;
  const swapped = names.filter((n) => isTransposition(key.toLowerCase(), n.toLowerCase()));
  return swapped.length === 1 ? swapped[0] : undefined;
}

/** `a` is `b` with two neighbouring characters swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Whether a value could be meant for a field: a rename is only certain when the shapes agree. */
function fitsShape(schema: FieldSchema, value: unknown): boolean {
  if (value === null || value === undefined || schema.type === 'opaque') return true;
  if (schema.type === 'list') return Array.isArray(value);
  if (schema.type === 'object' || schema.type === 'map') return isRecord(value);
  return !Array.isArray(value) && !isRecord(value);
}

/** `spec.ports[]` -> "an item of `spec.ports`"; '' -> "the top level of a Service". */
function describe(parent: string, kind: string): string {
  if (parent === '') return `the top level of ${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;
  if (parent.endsWith('[]')) return `an item of \`${parent.slice(0, -2)}\``;
  return `\`${parent}\``;
}
