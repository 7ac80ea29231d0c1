// What the fake GitHub knows: repositories, pull requests and everything a client wrote to them.
// Plain records; the JSON GitHub returns for them is built in objects.ts.
import type { PullRequestFile } from './git-repo.js';
import { parsePatch, type ParsedPatch, type Side } from './hunks.js';

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** The user behind `GITHUB_TOKEN`. */
export const ACTIONS_BOT: User = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** The default author of pull requests. */
const OCTOCAT: User = { login: 'octocat', id: 583231, type: 'User' };

/** A stable made-up account for a login. */
export function userFor(login: string): User {
  let hash = 7000;
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) % 9_000_000;
  return { login, id: 1_000_000 + hash, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  fork: boolean;
  defaultBranch: string;
  /** Commits GitHub knows in this repository (check runs need one). */
  commits: Set<string>;
  /** Git repositories holding its commits and files (the contents API reads them). */
  gitDirs: string[];
}

export interface PullRequest {
  id: number;
  number: number;
  title: string;
  body: string | null;
  author: User;
  draft: boolean;
  base: { repo: Repo; ref: string; sha: string };
  head: { repo: Repo; ref: string; sha: string };
  mergeSha: string | null;
  /** Every changed file; the files endpoint serves at most `fileListLimit` of them. */
  files: PullRequestFile[];
  patches: Map<string, ParsedPatch>;
  createdAt: string;
}

export interface ReviewComment {
  id: number;
  pull: PullRequest;
  reviewId: number;
  author: User;
  body: string;
  path: string;
  commitId: string;
  subjectType: 'line' | 'file';
  line: number | null;
  side: Side | null;
  startLine: number | null;
  startSide: Side | null;
  position: number | null;
  diffHunk: string;
  inReplyTo: number | null;
  threadId: number;
  createdAt: string;
  updatedAt: string;
}

export type ReviewState = 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED';

export interface Review {
  id: number;
  pull: PullRequest;
  author: User;
  body: string;
  state: ReviewState;
  commitId: string;
  submittedAt: string | null;
}

/** A conversation on the diff: its first comment and the replies to it (GraphQL `PullRequestReviewThread`). */
export interface ReviewThread {
  id: number;
  pull: PullRequest;
  isResolved: boolean;
  resolvedBy: User | null;
}

export interface IssueComment {
  id: number;
  repo: Repo;
  issueNumber: number;
  author: User;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  repo: Repo;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** All annotations, in the order they were sent across create + every update. */
  annotations: Annotation[];
  /** How many annotations each request carried, to assert batching. */
  annotationBatches: number[];
}

export interface PullRequestSeed {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  mergeSha?: string;
  /** `owner/name` of the head repository; differs from the base for a fork. */
  headRepoFullName?: string;
  baseRepoFullName?: string;
  baseRef?: string;
  headRef?: string;
  title?: string;
  body?: string | null;
  author?: string;
  draft?: boolean;
  files: PullRequestFile[];
  /** The git repository of base and head (`createPullRequestRepo(...).dir`): the contents API reads it. */
  dir?: string;
}

export class FakeState {
  readonly repos = new Map<string, Repo>();
  readonly pulls: PullRequest[] = [];
  readonly reviews: Review[] = [];
  readonly reviewComments: ReviewComment[] = [];
  readonly threads: ReviewThread[] = [];
  readonly issueComments: IssueComment[] = [];
  readonly checkRuns: CheckRun[] = [];
  private nextId = 1000;
  private tick = 0;
  /** One record per login, so that authors compare by identity. */
  private readonly users = new Map<string, User>();

  /** @param actor the user of the default token (every token not given its own user). */
  constructor(readonly actor: User) {
    for (const user of [OCTOCAT, actor]) this.users.set(user.login.toLowerCase(), user);
  }

  newId(): number {
    return this.nextId++;
  }

  /** Strictly increasing timestamps, so "updated" is visible and ordering is stable. */
  now(): string {
    return new Date(Date.UTC(2024, 4, 1, 12, 0, 0) + 1000 * this.tick++)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  repo(fullName: string): Repo {
    let repo = this.repos.get(fullName.toLowerCase());
    if (!repo) {
      const [owner = '', name = ''] = fullName.split('/');
      repo = {
        id: this.newId(),
        owner,
        name,
        fullName,
        fork: false,
        defaultBranch: 'main',
        commits: new Set(),
        gitDirs: [],
      };
      this.repos.set(fullName.toLowerCase(), repo);
    }
    return repo;
  }

  findRepo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addPullRequest(seed: PullRequestSeed): PullRequest {
    const base = this.repo(seed.baseRepoFullName ?? `${seed.owner}/${seed.repo}`);
    if (base.fullName.toLowerCase() !== `${seed.owner}/${seed.repo}`.toLowerCase()) {
      throw new Error('baseRepoFullName must be the repository the pull request lives in (owner/repo)');
    }
    const head = this.repo(seed.headRepoFullName ?? base.fullName);
    if (head !== base) head.fork = true;
    if (this.findPull(base, seed.number)) throw new Error(`${base.fullName}#${seed.number} already exists`);
    // GitHub mirrors fork commits into the base repository's refs/pull/N/head.
    for (const sha of [seed.baseSha, seed.headSha, seed.mergeSha]) if (sha) base.commits.add(sha);
    head.commits.add(seed.headSha);
    if (seed.dir !== undefined)
      for (const repo of new Set([base, head]))
        if (!repo.gitDirs.includes(seed.dir)) repo.gitDirs.push(seed.dir);
    const patches = new Map<string, ParsedPatch>();
    for (const file of seed.files)
      if (file.patch !== undefined) patches.set(file.filename, parsePatch(file.patch));
    const pull: PullRequest = {
      id: this.newId(),
      number: seed.number,
      title: seed.title ?? 'Change manifests',
      body: seed.body ?? null,
      author: this.user(seed.author ?? OCTOCAT.login),
      draft: seed.draft ?? false,
      base: { repo: base, ref: seed.baseRef ?? 'main', sha: seed.baseSha },
      head: { repo: head, ref: seed.headRef ?? 'feature', sha: seed.headSha },
      mergeSha: seed.mergeSha ?? null,
      files: seed.files,
      patches,
      createdAt: this.now(),
    };
    this.pulls.push(pull);
    return pull;
  }

  /** A push to the pull request's branch: new head and merge commits, the changed files from their diff. */
  updateHead(
    pull: PullRequest,
    head: { headSha: string; mergeSha?: string; files: PullRequestFile[] },
  ): void {
    pull.head.sha = head.headSha;
    pull.mergeSha = head.mergeSha ?? null;
    pull.files = head.files;
    pull.patches = new Map();
    for (const file of head.files)
      if (file.patch !== undefined) pull.patches.set(file.filename, parsePatch(file.patch));
    for (const sha of [head.headSha, head.mergeSha]) if (sha) pull.base.repo.commits.add(sha);
    pull.head.repo.commits.add(head.headSha);
  }

  findPull(repo: Repo, number: number): PullRequest | undefined {
    return this.pulls.find((p) => p.base.repo === repo && p.number === number);
  }

  /** The account of a login: `github-actions[bot]` is GITHUB_TOKEN's bot, `…[bot]` an app's, else a person. */
  user(login: string): User {
    const key = login.toLowerCase();
    let user = this.users.get(key);
    if (!user) {
      user = key === ACTIONS_BOT.login ? ACTIONS_BOT : userFor(login);
      this.users.set(key, user);
    }
    return user;
  }

  /** Comments visible through the API: pending reviews are private to their author until submitted. */
  visibleComments(pull: PullRequest): ReviewComment[] {
    const pending = new Set(this.reviews.filter((r) => r.state === 'PENDING').map((r) => r.id));
    return this.reviewComments.filter((c) => c.pull === pull && !pending.has(c.reviewId));
  }

  threadOf(comment: ReviewComment): ReviewThread | undefined {
    return this.threads.find((t) => t.id === comment.threadId);
  }
}
