/** Where links in comments and the summary point: the repository at the commit that was checked. */
export interface LinkContext {
  /** e.g. https://github.com */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** The commit findings refer to: the pull request's head, never the merge commit. */
  sha: string;
  /** The workflow run, for "see the job summary". */
  runUrl?: string;
}

/** A link to `path` lines `line..endLine` at the checked commit. */
export function blobUrl(ctx: LinkContext, path: string, line?: number, endLine?: number): string {
  // Parentheses too: an unbalanced `)` would end a Markdown link's destination early.
  const encoded = path
    .split('/')
    .map((part) =>
      encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
  const anchor =
    line === undefined ? '' : endLine !== undefined && endLine > line ? `#L${line}-L${endLine}` : `#L${line}`;
  return `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${encoded}${anchor}`;
}
