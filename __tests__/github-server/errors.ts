// GitHub's error bodies, as observed in real responses: `message`, `documentation_url` (the
// operation's docs page) and `status` as a string; 422s add `errors`.

export class GitHubError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

function error(
  status: number,
  message: string,
  docs: string,
  extra: Record<string, unknown> = {},
): GitHubError {
  return new GitHubError(status, { message, ...extra, documentation_url: docs, status: String(status) });
}

export const GENERIC_DOCS = 'https://docs.github.com/rest';

export function notFound(docs: string): GitHubError {
  return error(404, 'Not Found', docs);
}

/** Missing token: GitHub answers "Requires authentication"; a token it does not know: "Bad credentials". */
export function unauthorized(reason: 'missing' | 'bad'): GitHubError {
  return error(401, reason === 'missing' ? 'Requires authentication' : 'Bad credentials', GENERIC_DOCS);
}

/** What a token without the needed permission gets, e.g. GITHUB_TOKEN on a fork's pull request. */
export function notAccessible(docs: string): GitHubError {
  return error(403, 'Resource not accessible by integration', docs);
}

/** A body that does not match the operation's schema: `Invalid request.` and one problem per line. */
export function invalidRequest(docs: string, problems: string[]): GitHubError {
  return error(422, `Invalid request.\n\n${problems.join('\n')}`, docs);
}

/** The review endpoints' style: plain sentences, e.g. `["Line could not be resolved"]`. */
export function unprocessable(docs: string, errors: string[]): GitHubError {
  return error(422, 'Unprocessable Entity', docs, { errors });
}

export interface FieldError {
  resource: string;
  code: string;
  field: string;
  message?: string;
}

/** The single-comment endpoints' style: `Validation Failed` with one object per field. */
export function validationFailed(docs: string, errors: FieldError[]): GitHubError {
  return error(422, 'Validation Failed', docs, { errors });
}

export function problemsParsingJson(docs: string): GitHubError {
  return error(400, 'Problems parsing JSON', docs);
}
