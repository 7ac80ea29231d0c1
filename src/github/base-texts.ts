/**
 * Base-commit texts of the changed manifests, to see which Services a change deleted or renamed.
 * Cheapest source first: the patch applied in reverse to the checkout's text (no history, no API
 * call); then `git show <base>:<path>`; then the contents API at the base commit.
 */
import type { ChangeSet } from '../action/change-set.js';
import { reverseApply } from '../action/diff.js';
import type { GitHubClient } from './client.js';
import { describeError } from './client.js';
import type { Repo } from './changes.js';
import type { Git } from './git.js';

const MANIFEST = /\.(ya?ml|json)$/i;

export interface BaseTextSources {
  changes: ChangeSet;
  /** Texts of the manifests in the checkout, by path. */
  headTexts: ReadonlyMap<string, string>;
  /** The base commit; with `headSha`, their merge base is used when the checkout has it (as GitHub diffs). */
  baseSha?: string;
  headSha?: string;
  git: Git;
  client?: GitHubClient;
  repo: Repo;
}

export interface BaseTexts {
  texts: Map<string, string>;
  /** Base paths whose text could not be found, with why. */
  missing: string[];
}

export async function baseTextsOf(src: BaseTextSources): Promise<BaseTexts> {
  const texts = new Map<string, string>();
  const missing: string[] = [];
  let baseCommit: Promise<string | undefined> | undefined;
  const base = (): Promise<string | undefined> =>
    (baseCommit ??=
      src.baseSha && src.headSha
        ? src.git.mergeBase(src.baseSha, src.headSha).then((b) => b ?? src.baseSha)
        : Promise.resolve(src.baseSha));
  for (const file of src.changes.files?.values() ?? []) {
    if (file.status === 'added' || file.status === 'copied' || file.status === 'unchanged') continue;
    const basePath = file.previousPath ?? file.path;
    const headText = file.status === 'removed' ? '' : src.headTexts.get(file.path);
    // Only manifests the analysis loaded (or removed ones that look like manifests) matter.
    if (headText === undefined || !MANIFEST.test(basePath)) continue;
    // Nothing deleted: no Service can have gone.
    if (file.diff && file.diff.deleted.size === 0 && file.status !== 'removed') continue;
    const fromPatch =
      file.diff && (file.status !== 'removed' || file.diff.deleted.size > 0)
        ? reverseApply(file.diff, headText)
        : undefined;
    if (fromPatch !== undefined) {
      texts.set(basePath, fromPatch);
      continue;
    }
    const commit = await base();
    const fromGit = commit ? await src.git.show(commit, basePath) : undefined;
    if (fromGit !== undefined) {
      texts.set(basePath, fromGit);
      continue;
    }
    const fromApi =
      commit && src.client ? await contentAt(src.client, src.repo, basePath, commit) : undefined;
    if (typeof fromApi === 'string') texts.set(basePath, fromApi);
    else missing.push(`${basePath}${fromApi ? ` (${fromApi.error})` : ''}`);
  }
  return { texts, missing };
}

async function contentAt(
  client: GitHubClient,
  repo: Repo,
  path: string,
  ref: string,
): Promise<string | { error: string }> {
  try {
    const response = await client.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
    const data: unknown = response.data;
    return typeof data === 'string' ? data : { error: 'the contents API did not return the raw file' };
  } catch (error) {
    return { error: describeError(error) };
  }
}
