/**
 * The examples of every rule page run as tests: docs/rules/<id>.md's "Failing example" must make rule <id>
 * report, and its "Fixed example" must not, and must give no error or warning of any rule at all. Both run
 * with every rule (ALL_RULES), in memory, in namespace `default`, exactly on the files the block shows.
 *
 * How an example block (the one ```yaml fence under the heading) becomes files:
 *   - the block is cut at lines that are exactly `---`;
 *   - a part whose first line is a comment naming a path, `# <path>` with <path> ending in .yaml, .yml or
 *     .json (optionally followed by a space and any remark: `# app/etcd.yaml — the only definition`),
 *     starts a new file at that path; that comment line is not part of the file, so lines are counted as
 *     in the real file;
 *   - a part without such a comment is one more document of the file before it (the `---` is kept);
 *   - a block that does not start with a path comment starts with the file `manifest.yaml`.
 * Each example is complete: the fixed example repeats the files that did not change.
 *
 * A long list may be elided: a line holding only the comment `# ... <n> more` (optionally followed by a
 * remark) stands for <n> copies of the line above it, each with the last IPv4 address of that line counted
 * up by one (`- ip: 10.0.0.1` / `# ... 2 more` is 10.0.0.1, 10.0.0.2, 10.0.0.3). The test expands it.
 *
 * A line of the failing example with the comment `# <- <id>` (optionally followed by a remark:
 * `# <- <id>: did you mean etcd?`) marks where the rule reports: one of its findings must be on that line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../src/engine/analyze.js';
import type { Finding } from '../src/engine/finding.js';
import { ALL_RULES } from '../src/rules/index.js';
import { REPO } from './helpers/cli.js';

const docsDir = path.join(REPO, 'docs/rules');
const ids = ALL_RULES.map((r) => r.meta.id);

interface ExampleFile {
  path: string;
  text: string;
}

/** The body of the one ```yaml block under `## <heading>`. */
function exampleBlock(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`no "## ${heading}" section`);
  const rest = page.slice(start + heading.length + 5);
  const section = rest.slice(0, rest.search(/\n## |$/));
  const blocks = [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  if (blocks.length !== 1) throw new Error(`"## ${heading}" has ${blocks.length} yaml blocks, not one`);
  return blocks[0]!;
}

const PATH_COMMENT = /^# (\S+\.(?:ya?ml|json))(?:\s.*)?$/;

const ELISION = /^\s*# \.\.\. (\d+) more(?:\W.*)?$/;
const IPV4 = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b(?!.*\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)/;

/** Expands `# ... <n> more` lines (see the top of this file). */
function expandElisions(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const elided = ELISION.exec(line);
    const previous = out[out.length - 1];
    if (!elided || previous === undefined) {
      out.push(line);
      continue;
    }
    const ip = IPV4.exec(previous);
    const base = ip ? ip.slice(1, 5).reduce((n, octet) => n * 256 + Number(octet), 0) : 0;
    for (let i = 1; i <= Number(elided[1]); i++) {
      if (!ip) {
        out.push(previous);
        continue;
      }
      const n = base + i;
      const next = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
      out.push(previous.slice(0, ip.index) + next + previous.slice(ip.index + ip[0].length));
    }
  }
  return out.join('\n');
}

/** Splits an example block into files (see the top of this file). */
function exampleFiles(block: string): ExampleFile[] {
  const files: ExampleFile[] = [];
  for (const part of block.split(/^---$\n?/m)) {
    const [first, ...rest] = part.split('\n');
    const named = PATH_COMMENT.exec(first ?? '');
    if (named) files.push({ path: named[1]!, text: rest.join('\n') });
    else if (files.length === 0) files.push({ path: 'manifest.yaml', text: part });
    else files[files.length - 1]!.text += `---\n${part}`;
  }
  for (const f of files) f.text = expandElisions(f.text);
  const paths = files.map((f) => f.path);
  if (new Set(paths).size !== paths.length) throw new Error(`a path is named twice: ${paths.join(', ')}`);
  return files;
}

/** The `file:line` of every line that carries the marker `# <- <id>`. */
function markedLines(files: readonly ExampleFile[], id: string): string[] {
  const marker = new RegExp(`#\\s*<-\\s*${id}(?![\\w-])`);
  return files.flatMap((f) =>
    f.text.split('\n').flatMap((line, i) => (marker.test(line) ? [`${f.path}:${i + 1}`] : [])),
  );
}

const run = (files: readonly ExampleFile[]): Finding[] =>
  analyzeTexts(files, { rules: ALL_RULES, knownRuleIds: ids }).findings;

const brief = (f: Finding): string => `${f.rule} ${f.severity} ${f.file}:${f.line}:${f.column}`;

describe('how an example becomes files', () => {
  it('cuts at ---, names files by their path comment, keeps unnamed parts as documents', () => {
    const block = [
      '# base/kustomization.yaml',
      'resources: [svc.yaml]',
      '---',
      '# base/svc.yaml — a remark',
      'kind: Service',
      '---',
      'kind: Endpoints',
      '',
    ].join('\n');
    expect(exampleFiles(block)).toEqual([
      { path: 'base/kustomization.yaml', text: 'resources: [svc.yaml]\n' },
      { path: 'base/svc.yaml', text: 'kind: Service\n---\nkind: Endpoints\n' },
    ]);
    expect(exampleFiles('# a comment\nkind: Service\n---\nkind: Endpoints\n')).toEqual([
      { path: 'manifest.yaml', text: '# a comment\nkind: Service\n---\nkind: Endpoints\n' },
    ]);
    expect(expandElisions('a:\n  - ip: 10.0.0.254\n  # ... 2 more\n  # ... not a count\n')).toBe(
      'a:\n  - ip: 10.0.0.254\n  - ip: 10.0.0.255\n  - ip: 10.0.1.0\n  # ... not a count\n',
    );
    expect(
      markedLines(exampleFiles(block.replace('kind: Endpoints', 'kind: X # <- some-rule: why')), 'some-rule'),
    ).toEqual(['base/svc.yaml:3']);
  });
});

describe.each(ids)('docs/rules/%s.md examples', (id) => {
  const page = readFileSync(path.join(docsDir, `${id}.md`), 'utf8');

  it('the failing example fires the rule, on the marked lines', () => {
    const files = exampleFiles(exampleBlock(page, 'Failing example'));
    const findings = run(files);
    const own = findings.filter((f) => f.rule === id);
    expect(own.map(brief), `${id} reports on the failing example`).not.toEqual([]);
    const at = new Set(own.map((f) => `${f.file}:${f.line}`));
    expect(
      markedLines(files, id).filter((l) => !at.has(l)),
      'marked lines without a finding',
    ).toEqual([]);
  });

  it('the fixed example fires neither the rule nor any error or warning', () => {
    const findings = run(exampleFiles(exampleBlock(page, 'Fixed example')));
    expect(
      findings.filter((f) => f.rule === id || f.severity !== 'notice').map((f) => `${brief(f)} ${f.message}`),
    ).toEqual([]);
  });
});
