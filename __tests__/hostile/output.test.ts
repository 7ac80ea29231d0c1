/**
 * Text from manifests (resource names, file paths, parser messages) is written by whoever opened the
 * pull request. In every output it stays text: no workflow command in a log (`::cmd::` at a line's
 * start, `##[cmd]` anywhere: actions/runner ActionCommand), no HTML, link, image, @-mention, issue
 * reference or block in Markdown, no markup in the job summary, exact paths in annotations.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOMEPAGE } from '../../src/version.js';
import { actionRun, createPullRequestRepo, runAction, startFakeGitHub } from '../github-server/index.js';
import { runCli } from '../helpers/cli.js';

/** Resource names that try every trick; each becomes an Endpoints with no Service. */
const HOSTILE_NAMES = [
  'x\n::error file=svc.yaml,line=1::pwned by a name',
  '##[error]pwned ##[add-mask]x ##[stop-commands]tok',
  '@admin and @octo/team',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '`code` **bold** _it_ ~~del~~ [link](https://evil.example/x) ![img](https://evil.example/i.png)',
  '\r\r# heading\r\r```suggestion\nrm -rf /\n```\n> quote\n- item',
  '#123 and octo/app#4 www.evil.example http://evil.example/y',
  '<!-- kube-pairing:review listed=deadbeef --> | a | b |',
  '1. list\r\n    indented code',
];
/** File paths that try the same (a newline, `::`, `##[`, `%`, `:` and `,` in a file name are all legal). */
const HOSTILE_PATHS = [
  'k8s/evil ::error::pwned ##[error]x.yaml',
  'k8s/@admin <img src=x onerror=alert(1)> [x](y) %0A:,.yaml',
  'k8s/line\n::warning::injected.yaml',
  'k8s/`tick` #1 ünï.yaml',
];

const endpoints = (name: string) =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${JSON.stringify(name)}\n  namespace: default\nsubsets:\n  - addresses:\n      - ip: 10.20.30.40\n    ports:\n      - name: client\n        port: 2379\n`;

/** One file per hostile path, each holding Endpoints with every hostile name. */
function hostileTree(): Record<string, string> {
  const docs = HOSTILE_NAMES.map(endpoints).join('---\n');
  return Object.fromEntries(HOSTILE_PATHS.map((p, i) => [p, i === 0 ? docs : endpoints(`plain-${i}`)]));
}

/** Lines as the runner splits a step's output: at CR, LF or CRLF. */
const runnerLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** The workflow commands the runner would run for this output (actions/runner ActionCommand.TryParseV2/TryParse). */
function commandsIn(text: string): { name: string; properties: Record<string, string>; data: string }[] {
  const commands: { name: string; properties: Record<string, string>; data: string }[] = [];
  for (const line of runnerLines(text)) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      if (end < 0) continue;
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      const properties: Record<string, string> = {};
      if (space > 0) {
        for (const pair of info.slice(space + 1).split(',')) {
          const eq = pair.indexOf('=');
          if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
        }
      }
      commands.push({
        name: space < 0 ? info : info.slice(0, space),
        properties,
        data: unescapeData(trimmed.slice(end + 2)),
      });
    } else if (line.includes('##[')) {
      commands.push({ name: `v1:${line.slice(line.indexOf('##['))}`, properties: {}, data: '' });
    }
  }
  return commands;
}
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kp-hostile-out-'));
  for (const [file, text] of Object.entries(hostileTree())) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI prints hostile text as text', () => {
  it('text: no line reads as a workflow command, and every name is still shown (escaped)', () => {
    const run = runCli(['--fix-preview'], dir);
    expect(run.status).toBe(1);
    expect(commandsIn(run.stdout)).toEqual([]);
    expect(commandsIn(run.stderr)).toEqual([]);
    expect(run.stdout).toContain('#\\u0023[error]pwned');
    expect(run.stdout).toContain('x\\u000a::error file=svc.yaml');
    expect(run.stdout).toContain('k8s/line\\u000a::warning::injected.yaml');
    // No raw control characters reach the terminal.
    expect(run.stdout).not.toContain('\r');
    expect(run.stdout).not.toContain('\u001b');
  });

  it('json and sarif: the exact names survive a parse, and no line reads as a workflow command', () => {
    for (const format of ['json', 'sarif']) {
      const run = runCli(['--format', format], dir);
      expect(run.status).toBe(1);
      expect(commandsIn(run.stdout)).toEqual([]);
      const parsed = JSON.stringify(JSON.parse(run.stdout));
      for (const name of HOSTILE_NAMES) expect(parsed).toContain(JSON.stringify(name).slice(1, -1));
      // (SARIF holds paths as URIs, encoded: only the JSON report is compared with the exact paths.)
      if (format === 'json')
        for (const file of HOSTILE_PATHS) expect(parsed).toContain(JSON.stringify(file).slice(1, -1));
    }
  });

  it('github: one annotation per finding, the exact path in `file`, the exact message as data', () => {
    const run = runCli(['--format', 'github'], dir);
    const json = JSON.parse(runCli(['--format', 'json'], dir).stdout) as {
      findings: { file: string; line: number; message: string; severity: string }[];
    };
    const commands = commandsIn(run.stdout);
    expect(commands.map((c) => `${c.name} ${c.properties.file}:${c.properties.line} ${c.data}`)).toEqual(
      json.findings.map((f) => `${f.severity} ${f.file}:${f.line} ${f.message}`),
    );
    expect(runnerLines(run.stdout.trimEnd())).toHaveLength(json.findings.length);
  });
});

describe('the Action writes hostile text safely', () => {
  let ACTION = path.resolve('dist/index.js');
  beforeAll(() => {
    const bundle = mkdtempSync(path.join(os.tmpdir(), 'kp-hostile-bundle-'));
    copyFileSync(ACTION, path.join(bundle, 'index.mjs'));
    ACTION = path.join(bundle, 'index.mjs');
    return () => rmSync(bundle, { recursive: true, force: true });
  });

  it('in annotations, review comments, the review body, the job summary and the check run', async () => {
    const repo = createPullRequestRepo({
      base: { 'README.md': '# x\n' },
      head: { 'README.md': '# x\n', ...hostileTree() },
    });
    const fake = await startFakeGitHub();
    const pull = fake.addPullRequest({ owner: 'octo', repo: 'app', number: 12, ...repo });
    const run = actionRun(fake, {
      pull,
      workspace: repo.dir,
      inputs: { report: 'all', 'check-run': 'true', 'max-comments': '3' },
    });
    try {
      const result = await runAction(ACTION, run, {
        HOME: os.tmpdir(),
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: os.devNull,
      });
      expect(result.status).toBe(1);
      expect(fake.violations).toEqual([]);
      const paths = new Set(Object.keys(hostileTree()));

      // The log: only the Action's own commands; each annotation names an existing file exactly.
      const commands = [...commandsIn(result.stdout), ...commandsIn(result.stderr)];
      expect(
        commands.filter((c) => !['error', 'warning', 'notice', 'add-mask', 'debug'].includes(c.name)),
      ).toEqual([]);
      const annotated = commands.filter((c) => c.properties.file !== undefined);
      expect(annotated.length).toBeGreaterThan(0);
      for (const c of annotated) {
        expect(paths.has(c.properties.file as string), c.properties.file).toBe(true);
        expect(c.properties.title).toMatch(/^kube-pairing: [a-z-]+$/);
      }

      // Markdown: review bodies and review comments.
      const markdown = [
        ...fake.state.reviews.map((r) => r.body),
        ...fake.state.reviewComments.map((c) => c.body),
      ];
      expect(fake.state.reviewComments.length).toBeGreaterThan(0);
      expect(markdown.join('\n')).toContain('\\[link\\]');
      for (const body of markdown) expectSafeMarkdown(body);

      // The job summary: HTML the Action wrote, text for everything else.
      const summary = readFileSync(run.summaryPath, 'utf8');
      expectSafeHtml(summary);
      expect(summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(summary).toContain('k8s/line&#10;::warning::injected.yaml');

      // The check run: plain-text annotations on the exact paths.
      const annotations = fake.state.checkRuns[0]?.annotations ?? [];
      expect(annotations.length).toBeGreaterThan(annotated.length - 1);
      for (const a of annotations) {
        expect(paths.has(a.path), a.path).toBe(true);
        expect((a.title ?? '').length).toBeLessThanOrEqual(255);
      }
      expect(annotations.map((a) => a.message).join('\n')).toContain('<script>alert(1)</script>');
      expect(annotations.map((a) => a.path)).toContain('k8s/line\n::warning::injected.yaml');
      expect(fake.state.checkRuns[0]?.output.summary ?? '').not.toMatch(/<|@\w/);
    } finally {
      await fake.close();
      repo.cleanup();
      run.cleanup();
    }
  }, 60_000);
});

const ALLOWED_URL = new RegExp(
  `^(https://github\\.com/octo/app/(blob/[0-9a-f]{40}/|actions/runs/)|${HOMEPAGE.replace(/[.]/g, '\\.')}/blob/main/docs/rules/)`,
);

/** What GitHub would render as something other than text, outside the Action's own markup. */
function expectSafeMarkdown(body: string): void {
  const ours = body.replace(/<!-- kube-pairing:(comment|review|post) [^>]*-->/g, '');
  expect(ours, body).not.toMatch(/[<\r]/); // no HTML, no hidden marker, no CR line break
  expect(ours, body).not.toMatch(/@\w/); // no mention (the entity after @ breaks it)
  expect(ours, body).not.toMatch(/(?<!&)#\d/); // no issue reference
  for (const url of ours.match(/\b(?:https?|ftp):\/\/[^\s)\]]*/g) ?? [])
    expect(url, body).toMatch(ALLOWED_URL);
  expect(ours, body).not.toMatch(/\bwww\./);
  // Only our own links and images: every `](` follows a `]` we wrote and leads to an allowed URL.
  for (const m of ours.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(m[1], body).toMatch(ALLOWED_URL);
  expect(ours, body).not.toMatch(/(?<!\\)!\[/);
  // No block a name could start: headings, quotes, lists, fences other than ours.
  for (const line of ours.split('\n').filter((l) => !l.startsWith('### kube-pairing: '))) {
    expect(line, body).not.toMatch(/^\s*(#|>|```(?!(yaml|suggestion)?$))/);
    expect(line, body).not.toMatch(/^\s*\d+[.)]\s/);
  }
}

const ALLOWED_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'strong',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'code',
  'br',
  'ul',
  'li',
  'details',
  'summary',
]);

function expectSafeHtml(summary: string): void {
  expect(summary).not.toMatch(/\r|<!--/);
  for (const m of summary.matchAll(/<\/?([a-zA-Z][\w-]*)/g))
    expect(ALLOWED_TAGS.has(m[1] as string), m[0]).toBe(true);
  for (const m of summary.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(ALLOWED_URL);
  expect(summary).not.toMatch(/@\w/);
  expect(summary).not.toMatch(/(?<!&|pull request )#\d/); // (the Action names the pull request itself)
  // An HTML block ends at a blank line: none inside a table or list, where Markdown would start again.
  for (const block of summary.match(/<(table|ul|details)>[\s\S]*?<\/\1>/g) ?? [])
    expect(block).not.toMatch(/\n\s*\n/);
}
