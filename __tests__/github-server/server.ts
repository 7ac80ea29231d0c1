// A real HTTP server on 127.0.0.1 that answers like api.github.com for the routes in routes.ts.
// Pipeline per request: record -> injected fault -> auth -> parse -> OpenAPI check -> permission ->
// handler -> response (itself checked against GitHub's response schema).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GENERIC_DOCS,
  GitHubError,
  invalidRequest,
  notAccessible,
  notFound,
  problemsParsingJson,
  unauthorized,
} from './errors.js';
import type { Fault } from './faults.js';
import { pushCommit, type FileTree, type PullRequestRepo } from './git-repo.js';
import { executeGraphql } from './graphql.js';
import type { Urls } from './objects.js';
import {
  findOperation,
  operationFor,
  successStatus,
  validateQuery,
  validateRequestBody,
  validateResponseBody,
  type Operation,
} from './openapi.js';
import { routes, type Permission, type Reply, type Route } from './routes.js';
import {
  ACTIONS_BOT,
  FakeState,
  userFor,
  type PullRequest,
  type PullRequestSeed,
  type User,
} from './state.js';

export type Access = 'none' | 'read' | 'write';

export interface FakeGitHubOptions {
  /** Tokens the server accepts; by default any non-empty token is valid. */
  tokens?: string[];
  /** Every write answers 403 "Resource not accessible by integration" (a fork's GITHUB_TOKEN). */
  readOnly?: boolean;
  /** Per-permission access of the token (default: write everywhere), e.g. `{ checks: 'read' }`. */
  permissions?: Partial<Record<Permission, Access>>;
  /** Login of the default token's user; default `github-actions[bot]` (GITHUB_TOKEN). */
  actor?: string;
  /**
   * Other tokens and the login of their user, e.g. `{ ghp_mallory: 'mallory' }`. A login ending in
   * `[bot]` is an app installation's bot (`GET /user` → 403), any other a person (`GET /user` → 200,
   * a personal access token). What a token writes is authored by its user; with `tokens` set, these
   * tokens must be listed there too.
   */
  users?: Record<string, string>;
  /** Most files `GET /pulls/{n}/files` lists; GitHub stops at 3000. */
  fileListLimit?: number;
  /** The repository setting "Allow GitHub Actions to create and approve pull requests" (off by default). */
  allowActionsToApprove?: boolean;
  /** Check the fake's own responses against GitHub's response schemas (default true). */
  validateResponses?: boolean;
}

export type ViolationKind =
  | 'unknown-route'
  | 'unsupported-route'
  | 'invalid-json'
  | 'invalid-body'
  | 'invalid-query'
  | 'invalid-response'
  | 'graphql'
  /** The fake itself failed (a bug in the fake): answered 500. */
  | 'fake-error';

/** A request GitHub's contract does not allow (or a response of the fake that breaks it). */
export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  route?: string;
  problems: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** `METHOD /template` as GitHub documents it, e.g. `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews`. */
  route?: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, the raw text when it is not JSON, `undefined` without a body. */
  body: unknown;
  /** Status sent; `undefined` while pending or when the connection was dropped. */
  status?: number;
  fault?: Fault['kind'];
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  violations: Violation[];
  state: FakeState;
  addPullRequest(seed: PullRequestSeed): PullRequest;
  /**
   * A push to an open pull request: commits `head` as the new head tree in `repo` (its git repository),
   * remakes the merge commit, and serves the pull request at the new head with the new files and patches.
   */
  pushCommit(pull: PullRequest, repo: PullRequestRepo, head: FileTree, options?: { message?: string }): void;
  /** Queue faults on a route (`'POST /repos/{owner}/{repo}/check-runs'`, `'POST /graphql'` or `'*'`). */
  injectFaults(route: string, ...faults: Fault[]): void;
  setReadOnly(readOnly: boolean): void;
  /** Recorded requests of one route, in order. */
  requestsTo(route: string): RecordedRequest[];
  close(): Promise<void>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const GRAPHQL_ROUTE = 'POST /graphql';

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = new FakeState(
    options.actor === undefined || options.actor === ACTIONS_BOT.login ? ACTIONS_BOT : userFor(options.actor),
  );
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const faultQueues = new Map<string, Fault[]>();
  const permissions: Record<Permission, Access> = {
    pull_requests: 'write',
    issues: 'write',
    checks: 'write',
    contents: 'write',
    ...options.permissions,
  };
  let readOnly = options.readOnly ?? false;
  let remaining = 1000;
  const urls: Urls = { api: '' };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const problem = error instanceof Error ? (error.stack ?? error.message) : String(error);
      violations.push({
        kind: 'fake-error',
        method: req.method ?? '',
        path: req.url ?? '',
        problems: [problem],
      });
      if (!res.headersSent) send(res, 500, { message: `fake GitHub crashed: ${String(error)}` });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', urls.api);
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
      ),
      body: parseOrRaw(raw),
    };
    requests.push(record);

    const target = resolveTarget(method, canonicalPath(url.pathname));
    record.route = target.route;
    if ('violation' in target) {
      violations.push({
        kind: target.violation,
        method,
        path: url.pathname,
        route: target.route,
        problems: [target.problem],
      });
      return reply(res, record, undefined, errorReply(notFound(GENERIC_DOCS)));
    }

    const fault = takeFault(target.route);
    if (fault) record.fault = fault.kind;
    if (fault?.kind === 'hang') return; // left open until close()
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault?.kind === 'respond' && !fault.afterApplying) {
      return reply(res, record, undefined, {
        status: fault.status,
        body: fault.body,
        headers: fault.headers ?? {},
      });
    }

    let result: Reply;
    try {
      result = process(method, url, raw, req, target);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      result = errorReply(error);
    }
    if (fault?.kind === 'respond') {
      result = { status: fault.status, body: fault.body, headers: fault.headers ?? {} };
    }
    reply(res, record, 'operation' in target ? target.operation : undefined, result);
  }

  function process(
    method: string,
    url: URL,
    raw: string,
    req: IncomingMessage,
    target: { route: string; operation?: Operation; params?: Record<string, string>; handler?: Route },
  ): Reply {
    const actor = authenticate(req.headers.authorization);
    const docs = target.operation?.documentationUrl ?? 'https://docs.github.com/graphql';
    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        violations.push({
          kind: 'invalid-json',
          method,
          path: url.pathname,
          route: target.route,
          problems: ['body is not JSON'],
        });
        throw problemsParsingJson(docs);
      }
    }

    if (target.route === GRAPHQL_ROUTE) {
      const result = executeGraphql(state, body, {
        canWrite: access('pull_requests') === 'write',
        viewer: actor,
      });
      for (const problem of result.validationErrors) {
        violations.push({
          kind: 'graphql',
          method,
          path: url.pathname,
          route: target.route,
          problems: [problem],
        });
      }
      return { status: 200, body: result.response };
    }

    const operation = target.operation as Operation;
    const queryProblems = validateQuery(operation, url.searchParams);
    if (queryProblems.length > 0) {
      violations.push({
        kind: 'invalid-query',
        method,
        path: url.pathname,
        route: target.route,
        problems: queryProblems,
      });
    }
    const bodyProblems = validateRequestBody(operation, body);
    if (bodyProblems.length > 0) {
      violations.push({
        kind: 'invalid-body',
        method,
        path: url.pathname,
        route: target.route,
        problems: bodyProblems,
      });
    }
    const handler = target.handler as Route;
    if (
      handler.permission !== null &&
      !allowed(handler.permission, WRITE_METHODS.has(method) ? 'write' : 'read')
    )
      throw notAccessible(docs);
    if (bodyProblems.length > 0) throw invalidRequest(docs, bodyProblems);

    const result = handler.handle({
      state,
      actor,
      urls,
      operation,
      params: target.params ?? {},
      query: url.searchParams,
      body: (body ?? {}) as Record<string, unknown>,
      fileListLimit: options.fileListLimit ?? 3000,
      allowActionsToApprove: options.allowActionsToApprove ?? false,
      accept: req.headers.accept ?? '',
    });
    return { ...result, status: result.status ?? successStatus(operation) };
  }

  /** The token's user: its own from `users`, else the default actor. */
  function authenticate(header: string | undefined): User {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
    if (!header) throw unauthorized('missing');
    const token = match?.[1];
    if (!token || (options.tokens && !options.tokens.includes(token))) throw unauthorized('bad');
    const users = options.users ?? {};
    return Object.hasOwn(users, token) ? state.user(users[token] as string) : state.actor;
  }

  function access(permission: Permission): Access {
    return readOnly && permissions[permission] === 'write' ? 'read' : permissions[permission];
  }

  function allowed(permission: Permission, needed: 'read' | 'write'): boolean {
    const rank: Record<Access, number> = { none: 0, read: 1, write: 2 };
    // A comment on a pull request's conversation is also allowed with `pull-requests: write`.
    const granted =
      permission === 'issues' ? [access('issues'), access('pull_requests')] : [access(permission)];
    return granted.some((a) => rank[a] >= rank[needed]);
  }

  function resolveTarget(
    method: string,
    path: string,
  ):
    | { route: string; operation?: Operation; params?: Record<string, string>; handler?: Route }
    | { route: string; violation: ViolationKind; problem: string } {
    if (path === '/graphql') {
      return method === 'POST'
        ? { route: GRAPHQL_ROUTE }
        : { route: `${method} /graphql`, violation: 'unknown-route', problem: 'GraphQL only accepts POST' };
    }
    const found = findOperation(method, path);
    if (!('operation' in found)) {
      return {
        route: `${method} ${path}`,
        violation: 'unknown-route',
        problem: found.pathExists
          ? `GitHub has no ${method} on ${path}`
          : `GitHub documents no route ${path}`,
      };
    }
    const route = `${found.operation.method} ${found.operation.template}`;
    const handler = routes[route];
    if (!handler) {
      return {
        route,
        violation: 'unsupported-route',
        problem: `${route} (${found.operation.operationId}) is real but the fake does not implement it`,
      };
    }
    return { route, operation: found.operation, params: found.params, handler };
  }

  // GitHub's pagination links use /repositories/{id}/...; serve them like /repos/{owner}/{repo}/...
  function canonicalPath(path: string): string {
    const match = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    if (!match) return path;
    const repo = [...state.repos.values()].find((r) => r.id === Number(match[1]));
    return repo ? `/repos/${repo.fullName}${match[2] ?? ''}` : path;
  }

  function takeFault(route: string): Fault | undefined {
    for (const key of [route, '*']) {
      const queue = faultQueues.get(key);
      if (queue && queue.length > 0) return queue.shift();
    }
    return undefined;
  }

  function reply(
    res: ServerResponse,
    record: RecordedRequest,
    operation: Operation | undefined,
    result: Reply,
  ): void {
    const status = result.status ?? 200;
    record.status = status;
    if (
      operation &&
      options.validateResponses !== false &&
      typeof result.body === 'object' &&
      result.body !== null
    ) {
      const problems = validateResponseBody(operation, status, result.body);
      if (problems.length > 0) {
        violations.push({
          kind: 'invalid-response',
          method: operation.method,
          path: record.path,
          route: record.route,
          problems,
        });
      }
    }
    remaining = Math.max(1, remaining - 1);
    send(res, status, result.body, {
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(1000 - remaining),
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': record.route === GRAPHQL_ROUTE ? 'graphql' : 'core',
      ...result.headers,
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  urls.api = `http://127.0.0.1:${port}`;

  return {
    url: urls.api,
    requests,
    violations,
    state,
    addPullRequest: (seed) => state.addPullRequest(seed),
    pushCommit(pull, repo, head, pushOptions) {
      pushCommit(repo, head, pushOptions);
      state.updateHead(pull, repo);
      if (!pull.base.repo.gitDirs.includes(repo.dir)) pull.base.repo.gitDirs.push(repo.dir);
    },
    injectFaults(route, ...faults) {
      if (route !== '*' && route !== GRAPHQL_ROUTE) {
        const [method = '', template = ''] = route.split(' ');
        if (!operationFor(method, template)) throw new Error(`GitHub documents no route "${route}"`);
        if (!routes[route]) throw new Error(`the fake does not serve "${route}"`);
      }
      faultQueues.set(route, [...(faultQueues.get(route) ?? []), ...faults]);
    },
    setReadOnly(value) {
      readOnly = value;
    },
    requestsTo: (route) => requests.filter((r) => r.route === route),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function errorReply(error: GitHubError): Reply {
  return { status: error.status, body: error.body, headers: error.headers };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseOrRaw(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const isText = typeof body === 'string';
  const payload = status === 204 || body === undefined ? '' : isText ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...(payload !== ''
      ? { 'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' }
      : {}),
    ...headers,
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}
