// The JSON GitHub returns for each record, with every field its OpenAPI description requires (the
// fake checks its own responses against those schemas). API URLs point back at the fake server.
import type { PullRequestFile } from './git-repo.js';
import type {
  CheckRun,
  FakeState,
  IssueComment,
  PullRequest,
  Repo,
  Review,
  ReviewComment,
  User,
} from './state.js';

export const HTML = 'https://github.com';
const CREATED = '2024-01-01T00:00:00Z';

export interface Urls {
  api: string;
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`fake:${id}`).toString('base64url')}`;
}

export function userJson(user: User, { api }: Urls): Record<string, unknown> {
  const url = `${api}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${HTML}/${user.type === 'Bot' ? `apps/${user.login.replace(/\[bot\]$/, '')}` : user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/**
 * `GET /user` for a person's token: the public profile (`user_view_type: public`; the private fields
 * need a classic token's `user` scope).
 */
export function authenticatedUserJson(user: User, urls: Urls): Record<string, unknown> {
  return {
    ...userJson(user, urls),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: CREATED,
    updated_at: CREATED,
  };
}

const REPO_URL_TEMPLATES: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

export function repoJson(repo: Repo, state: FakeState, urls: Urls): Record<string, unknown> {
  const url = `${urls.api}/repos/${repo.fullName}`;
  const html = `${HTML}/${repo.fullName}`;
  const templated = Object.fromEntries(
    Object.entries(REPO_URL_TEMPLATES).map(([key, suffix]) => [key, url + suffix]),
  );
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: false,
    owner: userJson(state.user(repo.owner), urls),
    html_url: html,
    description: null,
    fork: repo.fork,
    url,
    ...templated,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: 'YAML',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 1,
    default_branch: repo.defaultBranch,
    open_issues: 1,
    open_issues_count: 1,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    license: null,
    pushed_at: CREATED,
    created_at: CREATED,
    updated_at: CREATED,
  };
}

/** `GET /repos/{owner}/{repo}` answers the "full repository", which adds a few counters. */
export function fullRepoJson(repo: Repo, state: FakeState, urls: Urls): Record<string, unknown> {
  return { ...repoJson(repo, state, urls), network_count: 0, subscribers_count: 0 };
}

export function pullUrl(pull: PullRequest, { api }: Urls): string {
  return `${api}/repos/${pull.base.repo.fullName}/pulls/${pull.number}`;
}

export function pullJson(pull: PullRequest, state: FakeState, urls: Urls): Record<string, unknown> {
  const repoApi = `${urls.api}/repos/${pull.base.repo.fullName}`;
  const url = pullUrl(pull, urls);
  const html = `${HTML}/${pull.base.repo.fullName}/pull/${pull.number}`;
  const additions = pull.files.reduce((sum, f) => sum + f.additions, 0);
  const deletions = pull.files.reduce((sum, f) => sum + f.deletions, 0);
  const branch = (side: PullRequest['base']) => ({
    label: `${side.repo.owner}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: userJson(state.user(side.repo.owner), urls),
    repo: repoJson(side.repo, state, urls),
  });
  const links = {
    self: url,
    html,
    issue: `${repoApi}/issues/${pull.number}`,
    comments: `${repoApi}/issues/${pull.number}/comments`,
    review_comments: `${url}/comments`,
    review_comment: `${repoApi}/pulls/comments{/number}`,
    commits: `${url}/commits`,
    statuses: `${repoApi}/statuses/${pull.head.sha}`,
  };
  return {
    url,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: links.issue,
    commits_url: links.commits,
    review_comments_url: links.review_comments,
    review_comment_url: links.review_comment,
    comments_url: links.comments,
    statuses_url: links.statuses,
    number: pull.number,
    state: 'open',
    locked: false,
    title: pull.title,
    user: userJson(pull.author, urls),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.createdAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: pull.mergeSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.head),
    base: branch(pull.base),
    _links: Object.fromEntries(Object.entries(links).map(([key, href]) => [key, { href }])),
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: pull.draft,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: state.issueComments.filter((c) => c.repo === pull.base.repo && c.issueNumber === pull.number)
      .length,
    review_comments: state.visibleComments(pull).length,
    maintainer_can_modify: pull.head.repo !== pull.base.repo,
    commits: 1,
    additions,
    deletions,
    changed_files: pull.files.length,
  };
}

export function fileJson(file: PullRequestFile, pull: PullRequest, urls: Urls): Record<string, unknown> {
  const repo = pull.base.repo.fullName;
  const encoded = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.changes,
    blob_url: `${HTML}/${repo}/blob/${pull.head.sha}/${encoded}`,
    raw_url: `${HTML}/${repo}/raw/${pull.head.sha}/${encoded}`,
    contents_url: `${urls.api}/repos/${repo}/contents/${encoded}?ref=${pull.head.sha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
  };
}

// A bot is no member of the repository ("NONE", as github-actions[bot]'s comments show); people are contributors here.
function association(user: User, _state: FakeState): string {
  return user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR';
}

export function reviewCommentJson(
  comment: ReviewComment,
  state: FakeState,
  urls: Urls,
): Record<string, unknown> {
  const repoApi = `${urls.api}/repos/${comment.pull.base.repo.fullName}`;
  const url = `${repoApi}/pulls/comments/${comment.id}`;
  const html = `${HTML}/${comment.pull.base.repo.fullName}/pull/${comment.pull.number}#discussion_r${comment.id}`;
  const pullRequestUrl = pullUrl(comment.pull, urls);
  return {
    url,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: nodeId('PRRC', comment.id),
    diff_hunk: comment.diffHunk,
    path: comment.path,
    position: comment.position,
    original_position: comment.position,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    ...(comment.inReplyTo !== null ? { in_reply_to_id: comment.inReplyTo } : {}),
    user: userJson(comment.author, urls),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    html_url: html,
    pull_request_url: pullRequestUrl,
    author_association: association(comment.author, state),
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullRequestUrl } },
    start_line: comment.startLine,
    original_start_line: comment.startLine,
    start_side: comment.startSide,
    line: comment.line,
    original_line: comment.line,
    side: comment.side,
    subject_type: comment.subjectType,
  };
}

export function reviewJson(review: Review, state: FakeState, urls: Urls): Record<string, unknown> {
  const html = `${HTML}/${review.pull.base.repo.fullName}/pull/${review.pull.number}#pullrequestreview-${review.id}`;
  const pullRequestUrl = pullUrl(review.pull, urls);
  return {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: userJson(review.author, urls),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullRequestUrl,
    _links: { html: { href: html }, pull_request: { href: pullRequestUrl } },
    ...(review.submittedAt !== null ? { submitted_at: review.submittedAt } : {}),
    commit_id: review.commitId,
    author_association: association(review.author, state),
  };
}

export function issueCommentJson(
  comment: IssueComment,
  state: FakeState,
  urls: Urls,
): Record<string, unknown> {
  const repoApi = `${urls.api}/repos/${comment.repo.fullName}`;
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${repoApi}/issues/comments/${comment.id}`,
    html_url: `${HTML}/${comment.repo.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userJson(comment.author, urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApi}/issues/${comment.issueNumber}`,
    author_association: association(comment.author, state),
    performed_via_github_app: null,
  };
}

const GITHUB_ACTIONS_APP = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: 'https://github.com/apps/github-actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2024-04-10T20:33:16Z',
  permissions: {
    checks: 'write',
    contents: 'write',
    issues: 'write',
    metadata: 'read',
    pull_requests: 'write',
  },
  events: ['check_run', 'check_suite', 'pull_request', 'push'],
};

export function checkRunJson(run: CheckRun, state: FakeState, urls: Urls): Record<string, unknown> {
  const url = `${urls.api}/repos/${run.repo.fullName}/check-runs/${run.id}`;
  const pulls = state.pulls.filter((p) => p.base.repo === run.repo && p.head.sha === run.headSha);
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CR', run.id),
    external_id: run.externalId ?? '',
    url,
    html_url: `${HTML}/${run.repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${HTML}/${run.repo.fullName}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: { ...GITHUB_ACTIONS_APP, owner: userJson(state.user('github'), urls) },
    pull_requests: pulls.map((p) => ({
      url: pullUrl(p, urls),
      id: p.id,
      number: p.number,
      head: {
        ref: p.head.ref,
        sha: p.head.sha,
        repo: {
          id: p.head.repo.id,
          url: `${urls.api}/repos/${p.head.repo.fullName}`,
          name: p.head.repo.name,
        },
      },
      base: {
        ref: p.base.ref,
        sha: p.base.sha,
        repo: {
          id: p.base.repo.id,
          url: `${urls.api}/repos/${p.base.repo.fullName}`,
          name: p.base.repo.name,
        },
      },
    })),
  };
}
