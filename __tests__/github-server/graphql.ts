// The slice of GitHub's GraphQL API a review bot needs to clean up after itself: listing a pull
// request's review threads and resolving / unresolving them. Queries are validated against this slice
// first (unknown fields, missing arguments, undeclared variables are errors, as on GitHub), then run.
import {
  GraphqlSyntaxError,
  parse,
  type DocumentNode,
  type FieldNode,
  type Location,
  type OperationNode,
  type Selection,
  type Value,
} from './graphql-parser.js';
import { nodeId } from './objects.js';
import type { FakeState, PullRequest, Repo, ReviewComment, ReviewThread, User } from './state.js';

interface Context {
  state: FakeState;
  canWrite: boolean;
  /** The token's user (a bot for installation tokens). */
  viewer: User;
}

interface FieldDef {
  type: string;
  args?: Record<string, string>;
  resolve: (source: never, args: Record<string, unknown>, ctx: Context) => unknown;
}

interface TypeDef {
  kind: 'object' | 'interface' | 'scalar' | 'input';
  fields?: Record<string, FieldDef>;
  /** Input object fields: name -> type. */
  inputFields?: Record<string, string>;
  possibleTypes?: string[];
}

/** A value of an interface type carries its concrete type. */
interface Typed {
  typename: string;
  value: unknown;
}

class ExecutionError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_PAGE = 100;

function field<S>(
  type: string,
  resolve: (source: S, args: Record<string, unknown>, ctx: Context) => unknown,
  args?: Record<string, string>,
): FieldDef {
  return { type, resolve: resolve as FieldDef['resolve'], ...(args ? { args } : {}) };
}

const CONNECTION_ARGS = { first: 'Int', last: 'Int', after: 'String', before: 'String' };

function connection<T>(name: string, items: T[], args: Record<string, unknown>) {
  // An argument given as null (a `$cursor` variable sent as null or left out) means "not given":
  // `after: null` is the first page, as on GitHub.
  const given = <V>(value: unknown): V | undefined => (value === null ? undefined : (value as V | undefined));
  const first = given<number>(args.first);
  const last = given<number>(args.last);
  const after = given<string>(args.after);
  const before = given<string>(args.before);
  if (first === undefined && last === undefined) {
    throw new ExecutionError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  for (const [key, n] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (n !== undefined && n > MAX_PAGE) {
      throw new ExecutionError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${n} records on the \`${name}\` connection exceeds the \`${key}\` limit of ${MAX_PAGE} records.`,
      );
    }
  }
  const decode = (cursor: string): number =>
    Number(
      Buffer.from(cursor, 'base64')
        .toString('utf8')
        .replace(/^cursor:v2:/, ''),
    );
  let start = after !== undefined ? decode(after) + 1 : 0;
  let end = before !== undefined ? decode(before) : items.length;
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  const cursor = (i: number): string => Buffer.from(`cursor:v2:${i}`).toString('base64');
  const slice = items.slice(start, end).map((node, i) => ({ node, cursor: cursor(start + i) }));
  return {
    nodes: slice.map((e) => e.node),
    edges: slice,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice[0]?.cursor ?? null,
      endCursor: slice[slice.length - 1]?.cursor ?? null,
    },
  };
}

function actor(user: User): Typed {
  return { typename: user.type === 'Bot' ? 'Bot' : 'User', value: user };
}

function threadComments(ctx: Context, thread: ReviewThread): ReviewComment[] {
  return ctx.state.reviewComments.filter((c) => c.threadId === thread.id).sort((a, b) => a.id - b.id);
}

function rootComment(ctx: Context, thread: ReviewThread): ReviewComment | undefined {
  return threadComments(ctx, thread)[0];
}

function findNode(ctx: Context, id: unknown): Typed | undefined {
  const { state } = ctx;
  const thread = state.threads.find((t) => nodeId('PRRT', t.id) === id);
  if (thread) return { typename: 'PullRequestReviewThread', value: thread };
  const comment = state.reviewComments.find((c) => nodeId('PRRC', c.id) === id);
  if (comment) return { typename: 'PullRequestReviewComment', value: comment };
  const pull = state.pulls.find((p) => nodeId('PR', p.id) === id);
  if (pull) return { typename: 'PullRequest', value: pull };
  return undefined;
}

function setResolved(ctx: Context, args: Record<string, unknown>, resolved: boolean) {
  const input = args.input as { threadId: string; clientMutationId?: string };
  const found = findNode(ctx, input.threadId);
  if (found?.typename !== 'PullRequestReviewThread') {
    throw new ExecutionError(
      'NOT_FOUND',
      `Could not resolve to a node with the global id of '${input.threadId}'`,
    );
  }
  if (!ctx.canWrite) throw new ExecutionError('FORBIDDEN', 'Resource not accessible by integration');
  const thread = found.value as ReviewThread;
  thread.isResolved = resolved;
  thread.resolvedBy = resolved ? ctx.viewer : null;
  return { clientMutationId: input.clientMutationId ?? null, thread };
}

const actorFields = {
  id: field<User>('ID!', (u) => nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id)),
  databaseId: field<User>('Int', (u) => u.id),
  login: field<User>('String!', (u) => u.login),
  url: field<User>('URI!', (u) => `https://github.com/${u.login}`),
  avatarUrl: field<User>('URI!', (u) => `https://avatars.githubusercontent.com/u/${u.id}?v=4`, {
    size: 'Int',
  }),
};

const TYPES: Record<string, TypeDef> = {
  String: { kind: 'scalar' },
  Int: { kind: 'scalar' },
  Boolean: { kind: 'scalar' },
  ID: { kind: 'scalar' },
  URI: { kind: 'scalar' },
  DateTime: { kind: 'scalar' },
  GitObjectID: { kind: 'scalar' },
  DiffSide: { kind: 'scalar' },
  PullRequestReviewThreadSubjectType: { kind: 'scalar' },
  PullRequestState: { kind: 'scalar' },
  Query: {
    kind: 'object',
    fields: {
      // Answers every token, installation tokens included: GITHUB_TOKEN's viewer is `github-actions[bot]`.
      viewer: field<null>('User!', (_, __, ctx) => ctx.viewer),
      repository: field<null>(
        'Repository',
        (_, args, ctx) => {
          const repo = ctx.state.findRepo(String(args.owner), String(args.name));
          if (!repo)
            throw new ExecutionError(
              'NOT_FOUND',
              `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`,
            );
          return repo;
        },
        { owner: 'String!', name: 'String!', followRenames: 'Boolean' },
      ),
      node: field<null>(
        'Node',
        (_, args, ctx) => {
          const found = findNode(ctx, args.id);
          if (!found)
            throw new ExecutionError(
              'NOT_FOUND',
              `Could not resolve to a node with the global id of '${String(args.id)}'`,
            );
          return found;
        },
        { id: 'ID!' },
      ),
    },
  },
  Mutation: {
    kind: 'object',
    fields: {
      resolveReviewThread: field<null>(
        'ResolveReviewThreadPayload',
        (_, args, ctx) => setResolved(ctx, args, true),
        {
          input: 'ResolveReviewThreadInput!',
        },
      ),
      unresolveReviewThread: field<null>(
        'UnresolveReviewThreadPayload',
        (_, args, ctx) => setResolved(ctx, args, false),
        {
          input: 'UnresolveReviewThreadInput!',
        },
      ),
    },
  },
  ResolveReviewThreadInput: { kind: 'input', inputFields: { threadId: 'ID!', clientMutationId: 'String' } },
  UnresolveReviewThreadInput: { kind: 'input', inputFields: { threadId: 'ID!', clientMutationId: 'String' } },
  ResolveReviewThreadPayload: {
    kind: 'object',
    fields: {
      clientMutationId: field<{ clientMutationId: string | null }>('String', (p) => p.clientMutationId),
      thread: field<{ thread: ReviewThread }>('PullRequestReviewThread', (p) => p.thread),
    },
  },
  UnresolveReviewThreadPayload: { kind: 'object' }, // same fields, filled below
  Node: {
    kind: 'interface',
    fields: { id: field('ID!', () => null) },
    possibleTypes: ['PullRequest', 'PullRequestReviewThread', 'PullRequestReviewComment', 'Bot', 'User'],
  },
  Actor: { kind: 'interface', fields: actorFields, possibleTypes: ['Bot', 'User'] },
  Bot: { kind: 'object', fields: actorFields },
  User: { kind: 'object', fields: actorFields },
  Repository: {
    kind: 'object',
    fields: {
      id: field<Repo>('ID!', (r) => nodeId('R', r.id)),
      databaseId: field<Repo>('Int', (r) => r.id),
      name: field<Repo>('String!', (r) => r.name),
      nameWithOwner: field<Repo>('String!', (r) => r.fullName),
      url: field<Repo>('URI!', (r) => `https://github.com/${r.fullName}`),
      pullRequest: field<Repo>(
        'PullRequest',
        (repo, args, ctx) => {
          const pull = ctx.state.findPull(repo, Number(args.number));
          if (!pull)
            throw new ExecutionError(
              'NOT_FOUND',
              `Could not resolve to a PullRequest with the number of ${String(args.number)}.`,
            );
          return pull;
        },
        { number: 'Int!' },
      ),
    },
  },
  PullRequest: {
    kind: 'object',
    fields: {
      id: field<PullRequest>('ID!', (p) => nodeId('PR', p.id)),
      databaseId: field<PullRequest>('Int', (p) => p.id),
      number: field<PullRequest>('Int!', (p) => p.number),
      title: field<PullRequest>('String!', (p) => p.title),
      url: field<PullRequest>('URI!', (p) => `https://github.com/${p.base.repo.fullName}/pull/${p.number}`),
      state: field<PullRequest>('PullRequestState!', () => 'OPEN'),
      isDraft: field<PullRequest>('Boolean!', (p) => p.draft),
      headRefName: field<PullRequest>('String!', (p) => p.head.ref),
      headRefOid: field<PullRequest>('GitObjectID!', (p) => p.head.sha),
      baseRefName: field<PullRequest>('String!', (p) => p.base.ref),
      baseRefOid: field<PullRequest>('GitObjectID!', (p) => p.base.sha),
      changedFiles: field<PullRequest>('Int!', (p) => p.files.length),
      author: field<PullRequest>('Actor', (p) => actor(p.author)),
      reviewThreads: field<PullRequest>(
        'PullRequestReviewThreadConnection!',
        (p, args, ctx) => {
          const visible = new Set(ctx.state.visibleComments(p).map((c) => c.threadId));
          return connection(
            'reviewThreads',
            ctx.state.threads.filter((t) => t.pull === p && visible.has(t.id)),
            args,
          );
        },
        CONNECTION_ARGS,
      ),
    },
  },
  PullRequestReviewThreadConnection: connectionType('PullRequestReviewThread'),
  PullRequestReviewThreadEdge: edgeType('PullRequestReviewThread'),
  PullRequestReviewCommentConnection: connectionType('PullRequestReviewComment'),
  PullRequestReviewCommentEdge: edgeType('PullRequestReviewComment'),
  PageInfo: {
    kind: 'object',
    fields: {
      hasNextPage: field<Record<string, unknown>>('Boolean!', (p) => p.hasNextPage),
      hasPreviousPage: field<Record<string, unknown>>('Boolean!', (p) => p.hasPreviousPage),
      startCursor: field<Record<string, unknown>>('String', (p) => p.startCursor),
      endCursor: field<Record<string, unknown>>('String', (p) => p.endCursor),
    },
  },
  PullRequestReviewThread: {
    kind: 'object',
    fields: {
      id: field<ReviewThread>('ID!', (t) => nodeId('PRRT', t.id)),
      isResolved: field<ReviewThread>('Boolean!', (t) => t.isResolved),
      isOutdated: field<ReviewThread>('Boolean!', () => false),
      isCollapsed: field<ReviewThread>('Boolean!', (t) => t.isResolved),
      path: field<ReviewThread>('String!', (t, _, ctx) => rootComment(ctx, t)?.path),
      line: field<ReviewThread>('Int', (t, _, ctx) => rootComment(ctx, t)?.line ?? null),
      originalLine: field<ReviewThread>('Int', (t, _, ctx) => rootComment(ctx, t)?.line ?? null),
      startLine: field<ReviewThread>('Int', (t, _, ctx) => rootComment(ctx, t)?.startLine ?? null),
      originalStartLine: field<ReviewThread>('Int', (t, _, ctx) => rootComment(ctx, t)?.startLine ?? null),
      diffSide: field<ReviewThread>('DiffSide!', (t, _, ctx) => rootComment(ctx, t)?.side ?? 'RIGHT'),
      startDiffSide: field<ReviewThread>('DiffSide', (t, _, ctx) => rootComment(ctx, t)?.startSide ?? null),
      subjectType: field<ReviewThread>('PullRequestReviewThreadSubjectType!', (t, _, ctx) =>
        rootComment(ctx, t)?.subjectType === 'file' ? 'FILE' : 'LINE',
      ),
      resolvedBy: field<ReviewThread>('Actor', (t) => (t.resolvedBy ? actor(t.resolvedBy) : null)),
      viewerCanResolve: field<ReviewThread>('Boolean!', (t, _, ctx) => ctx.canWrite && !t.isResolved),
      viewerCanUnresolve: field<ReviewThread>('Boolean!', (t, _, ctx) => ctx.canWrite && t.isResolved),
      viewerCanReply: field<ReviewThread>('Boolean!', (_, __, ctx) => ctx.canWrite),
      pullRequest: field<ReviewThread>('PullRequest!', (t) => t.pull),
      comments: field<ReviewThread>(
        'PullRequestReviewCommentConnection!',
        (t, args, ctx) => connection('comments', threadComments(ctx, t), args),
        CONNECTION_ARGS,
      ),
    },
  },
  PullRequestReviewComment: {
    kind: 'object',
    fields: {
      id: field<ReviewComment>('ID!', (c) => nodeId('PRRC', c.id)),
      databaseId: field<ReviewComment>('Int', (c) => c.id),
      fullDatabaseId: field<ReviewComment>('String', (c) => String(c.id)),
      body: field<ReviewComment>('String!', (c) => c.body),
      path: field<ReviewComment>('String!', (c) => c.path),
      line: field<ReviewComment>('Int', (c) => c.line),
      originalLine: field<ReviewComment>('Int', (c) => c.line),
      startLine: field<ReviewComment>('Int', (c) => c.startLine),
      diffHunk: field<ReviewComment>('String!', (c) => c.diffHunk),
      outdated: field<ReviewComment>('Boolean!', () => false),
      url: field<ReviewComment>(
        'URI!',
        (c) => `https://github.com/${c.pull.base.repo.fullName}/pull/${c.pull.number}#discussion_r${c.id}`,
      ),
      createdAt: field<ReviewComment>('DateTime!', (c) => c.createdAt),
      updatedAt: field<ReviewComment>('DateTime!', (c) => c.updatedAt),
      author: field<ReviewComment>('Actor', (c) => actor(c.author)),
      replyTo: field<ReviewComment>(
        'PullRequestReviewComment',
        (c, _, ctx) => ctx.state.reviewComments.find((p) => p.id === c.inReplyTo) ?? null,
      ),
      pullRequest: field<ReviewComment>('PullRequest!', (c) => c.pull),
      viewerCanUpdate: field<ReviewComment>('Boolean!', (_, __, ctx) => ctx.canWrite),
      viewerCanDelete: field<ReviewComment>('Boolean!', (_, __, ctx) => ctx.canWrite),
    },
  },
};
TYPES.UnresolveReviewThreadPayload = TYPES.ResolveReviewThreadPayload as TypeDef;

function connectionType(node: string): TypeDef {
  return {
    kind: 'object',
    fields: {
      nodes: field<{ nodes: unknown[] }>(`[${node}]`, (c) => c.nodes),
      edges: field<{ edges: unknown[] }>(`[${node}Edge]`, (c) => c.edges),
      pageInfo: field<{ pageInfo: unknown }>('PageInfo!', (c) => c.pageInfo),
      totalCount: field<{ totalCount: number }>('Int!', (c) => c.totalCount),
    },
  };
}

function edgeType(node: string): TypeDef {
  return {
    kind: 'object',
    fields: {
      cursor: field<{ cursor: string }>('String!', (e) => e.cursor),
      node: field<{ node: unknown }>(node, (e) => e.node),
    },
  };
}

// ---- validation ----------------------------------------------------------------------------------

interface GraphqlError {
  message: string;
  locations?: Location[];
  path?: (string | number)[];
  type?: string;
  extensions?: Record<string, unknown>;
}

function namedType(type: string): string {
  return type.replace(/[[\]!]/g, '');
}

function fieldsOf(typeName: string): Record<string, FieldDef> {
  return TYPES[typeName]?.fields ?? {};
}

function canSpread(fragmentType: string, parentType: string): boolean {
  if (fragmentType === parentType) return true;
  const possible = (name: string) => TYPES[name]?.possibleTypes ?? [name];
  return possible(fragmentType).some((t) => possible(parentType).includes(t));
}

function validateDocument(document: DocumentNode, operation: OperationNode): GraphqlError[] {
  const errors: GraphqlError[] = [];
  const used = new Set<string>();
  const declared = new Map(operation.variables.map((v) => [v.name, v]));
  const opLabel = operation.name ? `${operation.operation} ${operation.name}` : operation.operation;
  const opName = operation.name ? `operation ${operation.name}` : `anonymous ${operation.operation}`;

  const useVariables = (value: Value, type: string, where: string, path: (string | number)[]): void => {
    if (value.kind === 'list')
      value.items.forEach((item) => useVariables(item, type.replace(/^\[|\]!?$/g, ''), where, path));
    if (value.kind === 'object') {
      const fields = TYPES[namedType(type)]?.inputFields ?? {};
      for (const [key, inner] of Object.entries(value.fields))
        useVariables(inner, fields[key] ?? 'String', key, path);
    }
    if (value.kind !== 'variable') return;
    used.add(value.name);
    const variable = declared.get(value.name);
    if (!variable) {
      errors.push({
        message: `Variable $${value.name} is used by ${opName} but not declared`,
        locations: [value.loc],
        path,
        extensions: { code: 'variableNotDefined', variableName: value.name },
      });
    } else if (type.endsWith('!') && !variable.type.endsWith('!') && variable.defaultValue === undefined) {
      errors.push({
        message: `Nullability mismatch on variable $${value.name} and argument ${where} (${variable.type} / ${type})`,
        locations: [value.loc],
        path,
        extensions: { code: 'variableMismatch' },
      });
    } else if (namedType(variable.type) !== namedType(type)) {
      errors.push({
        message: `Type mismatch on variable $${value.name} and argument ${where} (${variable.type} / ${type})`,
        locations: [value.loc],
        path,
        extensions: { code: 'variableMismatch' },
      });
    }
  };

  const checkValue = (value: Value, type: string, where: string, path: (string | number)[]): void => {
    useVariables(value, type, where, path);
    const problem = value.kind === 'variable' ? undefined : literalProblem(value, type);
    if (problem) {
      errors.push({
        message: `Argument '${where}' has an invalid value (${problem}). Expected type '${type}'.`,
        locations: [value.loc],
        path,
        extensions: { code: 'argumentLiteralsIncompatible', typeName: 'Field', argumentName: where },
      });
    }
  };

  const walk = (typeName: string, selections: Selection[], path: (string | number)[]): void => {
    for (const selection of selections) {
      if (selection.kind === 'spread') {
        const fragment = document.fragments.get(selection.name);
        if (!fragment) {
          errors.push({
            message: `Fragment ${selection.name} was used, but not defined`,
            locations: [selection.loc],
            path,
            extensions: { code: 'useAndDefineFragment', fragmentName: selection.name },
          });
        } else if (!TYPES[fragment.typeCondition] || !canSpread(fragment.typeCondition, typeName)) {
          errors.push({
            message: `Fragment ${selection.name} on ${fragment.typeCondition} can't be spread inside ${typeName}`,
            locations: [selection.loc],
            path,
            extensions: { code: 'fragmentSpreadImpossible' },
          });
        } else {
          walk(fragment.typeCondition, fragment.selections, [...path, `... ${selection.name}`]);
        }
        continue;
      }
      if (selection.kind === 'inline') {
        const condition = selection.typeCondition ?? typeName;
        if (!TYPES[condition] || !canSpread(condition, typeName)) {
          errors.push({
            message: `Fragment on ${condition} can't be spread inside ${typeName}`,
            locations: [selection.loc],
            path,
            extensions: { code: 'fragmentSpreadImpossible' },
          });
        } else {
          walk(condition, selection.selections, [...path, `... on ${condition}`]);
        }
        continue;
      }
      const fieldPath = [...path, selection.alias ?? selection.name];
      if (selection.name === '__typename') continue;
      const def = fieldsOf(typeName)[selection.name];
      if (!def) {
        errors.push({
          message: `Field '${selection.name}' doesn't exist on type '${typeName}'`,
          locations: [selection.loc],
          path: fieldPath,
          extensions: { code: 'undefinedField', typeName, fieldName: selection.name },
        });
        continue;
      }
      const argDefs = def.args ?? {};
      for (const [name, value] of Object.entries(selection.args)) {
        const argType = argDefs[name];
        if (!argType) {
          errors.push({
            message: `Field '${selection.name}' doesn't accept argument '${name}'`,
            locations: [value.loc],
            path: [...fieldPath, name],
            extensions: {
              code: 'argumentNotAccepted',
              name: selection.name,
              typeName: 'Field',
              argumentName: name,
            },
          });
        } else {
          checkValue(value, argType, name, [...fieldPath, name]);
        }
      }
      const missing = Object.entries(argDefs)
        .filter(([name, type]) => type.endsWith('!') && !(name in selection.args))
        .map(([name]) => name);
      if (missing.length > 0) {
        errors.push({
          message: `Field '${selection.name}' is missing required arguments: ${missing.join(', ')}`,
          locations: [selection.loc],
          path: fieldPath,
          extensions: {
            code: 'missingRequiredArguments',
            className: 'Field',
            name: selection.name,
            arguments: missing.join(', '),
          },
        });
      }
      const returned = namedType(def.type);
      const composite = TYPES[returned]?.kind === 'object' || TYPES[returned]?.kind === 'interface';
      if (composite && !selection.selections) {
        errors.push({
          message: `Field must have selections (field '${selection.name}' returns ${returned} but has no selections. Did you mean '${selection.name} { ... }'?)`,
          locations: [selection.loc],
          path: fieldPath,
          extensions: {
            code: 'selectionMismatch',
            nodeName: `field '${selection.name}'`,
            typeName: returned,
          },
        });
      } else if (!composite && selection.selections) {
        errors.push({
          message: `Selections can't be made on scalars (field '${selection.name}' returns ${returned} but has selections [${selection.selections.map((s) => (s.kind === 'field' ? s.name : '...')).join(', ')}])`,
          locations: [selection.loc],
          path: fieldPath,
          extensions: {
            code: 'selectionMismatch',
            nodeName: `field '${selection.name}'`,
            typeName: returned,
          },
        });
      } else if (selection.selections) {
        walk(returned, selection.selections, fieldPath);
      }
    }
  };

  walk(operation.operation === 'query' ? 'Query' : 'Mutation', operation.selections, [opLabel]);
  for (const variable of operation.variables) {
    if (!used.has(variable.name)) {
      errors.push({
        message: `Variable $${variable.name} is declared by ${opName} but not used`,
        locations: [operation.loc],
        path: [opLabel],
        extensions: { code: 'variableNotUsed', variableName: variable.name },
      });
    }
  }
  return errors;
}

/** Stands for a variable inside a literal; its value is checked against the variable's declaration. */
const VARIABLE = Symbol('variable');

// What is wrong with a literal (or a variable's value) for a type, if anything: the value as shown.
function literalProblem(value: Value | unknown, type: string): string | undefined {
  const literal = isValueNode(value) ? literalOf(value) : value;
  if (literal === VARIABLE) return undefined;
  const shown = JSON.stringify(literal) ?? 'null';
  if (literal === null || literal === undefined) return type.endsWith('!') ? shown : undefined;
  const named = namedType(type);
  if (type.startsWith('[')) return Array.isArray(literal) ? undefined : shown;
  const def = TYPES[named];
  if (def?.kind === 'input') {
    if (typeof literal !== 'object' || Array.isArray(literal)) return shown;
    const fields = def.inputFields ?? {};
    const entries = literal as Record<string, unknown>;
    for (const key of Object.keys(entries))
      if (!(key in fields)) return `${shown}: ${key} is not a field of ${named}`;
    for (const [key, fieldType] of Object.entries(fields)) {
      if (literalProblem(entries[key], fieldType))
        return `${shown}: ${key} ${entries[key] === undefined ? 'is required' : 'is invalid'}`;
    }
    return undefined;
  }
  const ok =
    named === 'Int'
      ? Number.isInteger(literal)
      : named === 'Boolean'
        ? typeof literal === 'boolean'
        : named === 'ID'
          ? typeof literal === 'string' || Number.isInteger(literal)
          : typeof literal === 'string';
  return ok ? undefined : shown;
}

function isValueNode(value: unknown): value is Value {
  return typeof value === 'object' && value !== null && 'kind' in value && 'loc' in value;
}

function literalOf(value: Value): unknown {
  switch (value.kind) {
    case 'variable':
      return VARIABLE;
    case 'literal':
      return value.value;
    case 'list':
      return value.items.map(literalOf);
    case 'object':
      return Object.fromEntries(Object.entries(value.fields).map(([k, v]) => [k, literalOf(v)]));
  }
}

// ---- execution -----------------------------------------------------------------------------------

function valueOf(value: Value, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case 'variable':
      return variables[value.name];
    case 'literal':
      return value.value;
    case 'list':
      return value.items.map((item) => valueOf(item, variables));
    case 'object':
      return Object.fromEntries(Object.entries(value.fields).map(([k, v]) => [k, valueOf(v, variables)]));
  }
}

function included(
  directives: { name: string; args: Record<string, Value> }[],
  variables: Record<string, unknown>,
): boolean {
  return directives.every((d) => {
    const condition = d.args.if ? Boolean(valueOf(d.args.if, variables)) : true;
    return d.name === 'include' ? condition : d.name === 'skip' ? !condition : true;
  });
}

function execute(
  document: DocumentNode,
  operation: OperationNode,
  variables: Record<string, unknown>,
  ctx: Context,
): { data: Record<string, unknown>; errors: GraphqlError[] } {
  const errors: GraphqlError[] = [];

  const collect = (typename: string, selections: Selection[]): FieldNode[] =>
    selections.flatMap((s) => {
      if (!included(s.directives, variables)) return [];
      if (s.kind === 'field') return [s];
      const fragment = s.kind === 'spread' ? document.fragments.get(s.name) : undefined;
      const condition = s.kind === 'spread' ? fragment?.typeCondition : s.typeCondition;
      if (condition && !canSpread(condition, typename)) return [];
      return collect(typename, s.kind === 'spread' ? (fragment?.selections ?? []) : s.selections);
    });

  const selectionSet = (
    typename: string,
    source: unknown,
    selections: Selection[],
    path: (string | number)[],
  ) => {
    const result: Record<string, unknown> = {};
    for (const node of collect(typename, selections)) {
      const key = node.alias ?? node.name;
      if (node.name === '__typename') {
        result[key] = typename;
        continue;
      }
      const def = fieldsOf(typename)[node.name] as FieldDef;
      const args = Object.fromEntries(Object.entries(node.args).map(([k, v]) => [k, valueOf(v, variables)]));
      try {
        const value = def.resolve(source as never, args, ctx);
        result[key] = complete(def.type, value, node, [...path, key]);
      } catch (error) {
        if (!(error instanceof ExecutionError)) throw error;
        errors.push({
          type: error.type,
          path: [...path, key],
          locations: [node.loc],
          message: error.message,
        });
        result[key] = null;
      }
    }
    return result;
  };

  const complete = (type: string, value: unknown, node: FieldNode, path: (string | number)[]): unknown => {
    if (value === null || value === undefined) return null;
    const bare = type.replace(/!$/, '');
    if (bare.startsWith('[')) {
      const inner = bare.slice(1, -1);
      return (value as unknown[]).map((item, i) => complete(inner, item, node, [...path, i]));
    }
    const def = TYPES[bare];
    if (def?.kind === 'interface') {
      const typed = value as Typed;
      return selectionSet(typed.typename, typed.value, node.selections ?? [], path);
    }
    if (def?.kind === 'object') return selectionSet(bare, value, node.selections ?? [], path);
    return value;
  };

  const data = selectionSet(
    operation.operation === 'query' ? 'Query' : 'Mutation',
    null,
    operation.selections,
    [],
  );
  return { data, errors };
}

export interface GraphqlResult {
  response: { data?: unknown; errors?: GraphqlError[] };
  /** Errors that mean the client sent something GitHub would refuse; the caller records them. */
  validationErrors: string[];
}

export function executeGraphql(
  state: FakeState,
  body: unknown,
  options: { canWrite: boolean; viewer: User },
): GraphqlResult {
  const request = (typeof body === 'object' && body !== null ? body : {}) as {
    query?: unknown;
    variables?: unknown;
    operationName?: unknown;
  };
  const refuse = (errors: GraphqlError[]): GraphqlResult => ({
    response: { errors },
    validationErrors: errors.map((e) => e.message),
  });
  if (typeof request.query !== 'string')
    return refuse([{ message: 'A query attribute must be specified and must be a string.' }]);

  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    if (!(error instanceof GraphqlSyntaxError)) throw error;
    return refuse([{ message: error.message, locations: [error.loc] }]);
  }
  const operation = request.operationName
    ? document.operations.find((o) => o.name === request.operationName)
    : document.operations.length === 1
      ? document.operations[0]
      : undefined;
  if (!operation)
    return refuse([
      {
        message:
          'An operation name is required when the document has several operations (or operationName matched none)',
      },
    ]);

  const errors = validateDocument(document, operation);
  if (errors.length > 0) return refuse(errors);

  const provided = (
    typeof request.variables === 'object' && request.variables !== null ? request.variables : {}
  ) as Record<string, unknown>;
  const variables: Record<string, unknown> = {};
  const variableErrors: GraphqlError[] = [];
  for (const definition of operation.variables) {
    const value =
      definition.name in provided
        ? provided[definition.name]
        : definition.defaultValue
          ? valueOf(definition.defaultValue, {})
          : undefined;
    const problem = literalProblem(value, definition.type);
    if (problem) {
      variableErrors.push({
        message: `Variable $${definition.name} of type ${definition.type} was provided invalid value`,
        locations: [operation.loc],
        extensions: {
          value: value ?? null,
          problems: [{ path: [], explanation: `Expected value of type ${definition.type}, got ${problem}` }],
        },
      });
    }
    variables[definition.name] = value;
  }
  if (variableErrors.length > 0) return refuse(variableErrors);

  const result = execute(document, operation, variables, {
    state,
    canWrite: options.canWrite,
    viewer: options.viewer,
  });
  return { response: result.errors.length > 0 ? result : { data: result.data }, validationErrors: [] };
}
