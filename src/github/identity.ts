/**
 * Whose comments are the Action's own. The hidden markers (`src/action/markers.ts`) only say what a
 * comment is about: anyone who can comment on the pull request can paste one. So a marker counts only
 * in a comment or review written by the account the Action's token posts as.
 *
 * That account, found once per run:
 *   1. `GET /user` answers for a person's token (a PAT, an OAuth token): that person.
 *   2. Installation tokens — GITHUB_TOKEN, a GitHub App's — have no user: GitHub refuses them
 *      `GET /user` (403 "Resource not accessible by integration"), and `GET /app` wants the app's JWT.
 *      GraphQL `viewer` answers them with the installation's bot: `github-actions[bot]` for
 *      GITHUB_TOKEN, `<app-slug>[bot]` for an app.
 *   3. When neither answers, the account is unknown and the review channel posts nothing: earlier
 *      comments could not be told from copies, and posting anyway could duplicate them.
 * A comment is the Action's own when its author has that login (GitHub logins are unique and a person
 * cannot take a `[bot]` login) and is a bot exactly when the account is one; a deleted author (null)
 * is nobody's. With a PAT this trusts that person's own comments too: they post as the same account.
 */
import type { GitHubClient } from './client.js';

export interface Identity {
  login: string;
  /** An installation's bot (user.type `Bot`), not a person. */
  bot: boolean;
}

/** The author of a comment or review as the REST API returns it (`user`, nullable). */
export interface Author {
  login: string;
  type?: string;
}

const VIEWER_QUERY = 'query { viewer { login } }';

/** The account the token posts as; throws the last error when neither `GET /user` nor `viewer` answers. */
export async function ownIdentity(client: GitHubClient): Promise<Identity> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, bot: data.type === 'Bot' };
  } catch {
    // Refused to installation tokens (403); whatever the reason, GraphQL may still answer.
  }
  const { viewer } = await client.graphql<{ viewer: { login: string } }>(VIEWER_QUERY);
  return { login: viewer.login, bot: viewer.login.endsWith('[bot]') };
}

export function isOwn(identity: Identity, author: Author | null | undefined): boolean {
  if (!author) return false;
  return (
    author.login.toLowerCase() === identity.login.toLowerCase() && (author.type === 'Bot') === identity.bot
  );
}
