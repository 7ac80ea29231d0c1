// GitHub's own OpenAPI description (from @octokit/openapi) is the contract: every route the fake serves
// must exist there, and every request body the client sends is checked against the operation's schema.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validate, isObject, type Schema } from './schema.js';

export interface Operation {
  method: string;
  /** The path template as GitHub documents it, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  operationId: string;
  documentationUrl: string;
  requestSchema: Schema | undefined;
  requestBodyRequired: boolean;
  queryParameters: Map<string, Schema>;
  responses: Record<string, unknown>;
}

interface Spec {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: Record<string, Record<string, unknown>>;
}

interface CompiledPath {
  template: string;
  regex: RegExp;
  names: string[];
}

let loaded: { spec: Spec; compiled: CompiledPath[] } | undefined;

function load(): { spec: Spec; compiled: CompiledPath[] } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const compiled = Object.keys(spec.paths).map((template) => {
    const names: string[] = [];
    // Parameters GitHub marks `x-multi-segment` (a file's `path`) may hold slashes.
    const multiSegment = new Set(
      Object.values(spec.paths[template] ?? {}).flatMap((operation) =>
        ((operation.parameters as Record<string, unknown>[] | undefined) ?? [])
          .filter((p) => p['x-multi-segment'] === true)
          .map((p) => String(p.name)),
      ),
    );
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return multiSegment.has(name) ? '(.*)' : '([^/]+)';
      })
      .join('');
    return { template, regex: new RegExp(`^${source}$`), names };
  });
  // Literal segments beat parameters (`/pulls/comments/{id}` before `/pulls/{pull_number}/...`).
  compiled.sort((a, b) => literalLength(b.template) - literalLength(a.template));
  loaded = { spec, compiled };
  return loaded;
}

function literalLength(template: string): number {
  return template.replace(/\{[^}]+\}/g, '').length;
}

export function resolveRef(ref: string): Schema {
  const { spec } = load();
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>(
      (node, key) => (isObject(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
      spec,
    );
  if (!isObject(target)) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

function deref<T>(value: T): T {
  let current: unknown = value;
  while (isObject(current) && typeof current.$ref === 'string') current = resolveRef(current.$ref);
  return current as T;
}

/** Finds the documented operation for a request; `undefined` when GitHub has no such route. */
export function findOperation(
  method: string,
  path: string,
): { operation: Operation; params: Record<string, string> } | { pathExists: boolean } {
  const { spec, compiled } = load();
  let pathExists = false;
  for (const { template, regex, names } of compiled) {
    const match = regex.exec(path);
    if (!match) continue;
    pathExists = true;
    const raw = spec.paths[template]?.[method.toLowerCase()];
    if (!raw) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
    return { operation: compile(method, template, raw), params };
  }
  return { pathExists };
}

/** The operation for a known method + template, for code that names routes (faults, tests). */
export function operationFor(method: string, template: string): Operation | undefined {
  const raw = load().spec.paths[template]?.[method.toLowerCase()];
  return raw ? compile(method, template, raw) : undefined;
}

const compiledOperations = new Map<string, Operation>();

function compile(method: string, template: string, raw: Record<string, unknown>): Operation {
  const key = `${method} ${template}`;
  const cached = compiledOperations.get(key);
  if (cached) return cached;
  const body = deref(raw.requestBody as Schema | undefined);
  const content = isObject(body?.content) ? body.content : {};
  const json = content['application/json'];
  const queryParameters = new Map<string, Schema>();
  for (const param of (raw.parameters as Schema[] | undefined) ?? []) {
    const resolved = deref(param);
    if (resolved.in === 'query' && typeof resolved.name === 'string') {
      queryParameters.set(resolved.name, (resolved.schema as Schema | undefined) ?? {});
    }
  }
  const docs = raw.externalDocs as { url?: string } | undefined;
  const operation: Operation = {
    method: method.toUpperCase(),
    template,
    operationId: String(raw.operationId),
    documentationUrl: docs?.url ?? 'https://docs.github.com/rest',
    requestSchema: correctedSchema(key, isObject(json) && isObject(json.schema) ? json.schema : undefined),
    requestBodyRequired: body?.required === true,
    queryParameters,
    responses: (raw.responses as Record<string, unknown> | undefined) ?? {},
  };
  compiledOperations.set(key, operation);
  return operation;
}

/**
 * Where the published description is known to differ from what GitHub accepts, the fake follows
 * GitHub. A reply (`in_reply_to`) needs only `body`: "all parameters other than body are ignored",
 * and an `in_reply_to` sent as a string is refused as '"in_reply_to" is not a permitted key.', which
 * shows GitHub validates two alternatives, not the single schema the description publishes.
 */
function correctedSchema(key: string, schema: Schema | undefined): Schema | undefined {
  if (key !== 'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments' || !schema) return schema;
  const { in_reply_to: inReplyTo = { type: 'integer' }, ...others } = schema.properties as Record<
    string,
    Schema
  >;
  return {
    oneOf: [
      { ...schema, properties: others },
      {
        type: 'object',
        properties: { ...others, in_reply_to: inReplyTo },
        required: ['body', 'in_reply_to'],
      },
    ],
  };
}

/** Checks a request body the way GitHub does; returns GitHub-worded problems. */
export function validateRequestBody(operation: Operation, body: unknown): string[] {
  if (operation.requestSchema === undefined) {
    // An operation without a body still refuses keys (PUT .../enforce_admins with `enabled` -> 422).
    if (isObject(body) && Object.keys(body).length > 0) {
      const keys = Object.keys(body).sort();
      return [
        `"${keys.join('", "')}" ${keys.length === 1 ? 'is not a permitted key.' : 'are not permitted keys.'}`,
      ];
    }
    return [];
  }
  if (body === undefined) return operation.requestBodyRequired ? ['A request body is required.'] : [];
  return validate(operation.requestSchema, body, { resolveRef, rejectUnknownKeys: true });
}

/** Checks query parameters against their declared types (GitHub ignores bad values; we report them). */
export function validateQuery(operation: Operation, query: URLSearchParams): string[] {
  const problems: string[] = [];
  for (const [name, value] of query) {
    const schema = operation.queryParameters.get(name);
    if (!schema) continue; // GitHub ignores unknown query parameters
    const type = deref(schema).type;
    if (
      (type === 'integer' && !/^-?\d+$/.test(value)) ||
      (type === 'boolean' && !/^(true|false)$/.test(value))
    ) {
      problems.push(
        `query parameter ${name}=${JSON.stringify(value)} is not ${type === 'integer' ? 'an' : 'a'} ${String(type)}`,
      );
    }
    const allowed = deref(schema).enum;
    if (Array.isArray(allowed) && !allowed.includes(value)) {
      problems.push(`query parameter ${name}=${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
    }
  }
  return problems;
}

/** The first documented 2xx status of an operation: 200 for "create a review", 201 for a comment. */
export function successStatus(operation: Operation): number {
  const codes = Object.keys(operation.responses).filter((code) => /^2\d\d$/.test(code));
  return Number(codes.sort()[0] ?? 200);
}

/**
 * Checks a response the fake produced against GitHub's documented response schema, so the fake cannot
 * drift from the shapes octokit users rely on. Undocumented statuses are not checked.
 */
export function validateResponseBody(operation: Operation, status: number, body: unknown): string[] {
  const response = deref(operation.responses[String(status)] as Schema | undefined);
  const content = isObject(response?.content) ? response.content : undefined;
  const json = content?.['application/json'];
  if (!isObject(json) || !isObject(json.schema)) return [];
  return validate(json.schema, body, { resolveRef, rejectUnknownKeys: false, nullForOptional: true });
}
